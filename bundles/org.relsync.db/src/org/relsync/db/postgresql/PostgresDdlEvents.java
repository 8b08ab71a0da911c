package org.relsync.db.postgresql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.relsync.db.DdlEvents;

/**
 * PostgreSQL's schema changes as notifications: two event triggers ({@code ddl_command_end},
 * {@code sql_drop}) run {@code public.relsync_notify_ddl()}, which sends a {@code NOTIFY} on
 * channel {@value #CHANNEL} naming each affected object as {@code schema object} lines (the schema
 * quoted where it needs it, {@code quote_ident}), each ended by a newline. Where they would not
 * fit the server's 8,000-byte payload limit the notification is empty: it names nothing, so every
 * schema is read (as for a schema itself, which has no schema of its own). A payload that does
 * not end in a newline was cut (by the function of an older RelSync, which cut it) and counts as
 * empty too. Notifications are delivered at commit.
 */
final class PostgresDdlEvents implements DdlEvents {

    static final String CHANNEL = "relsync_ddl";
    private static final String FUNCTION = "public.relsync_notify_ddl";
    private static final String ON_END = "relsync_ddl_end";
    private static final String ON_DROP = "relsync_ddl_drop";
    /** The longest payload sent, below the server's 8,000 bytes. */
    private static final int LIMIT = 7900;

    @Override
    public void install(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE FUNCTION " + FUNCTION + "() RETURNS event_trigger LANGUAGE plpgsql AS $relsync$\n"
                    + "DECLARE r record; payload text := '';\n"
                    + "BEGIN\n"
                    + "  IF TG_EVENT = 'sql_drop' THEN\n"
                    + "    FOR r IN SELECT schema_name, object_identity FROM pg_event_trigger_dropped_objects() LOOP\n"
                    + "      payload := payload || coalesce(quote_ident(r.schema_name), '') || ' ' || coalesce(r.object_identity, '') || E'\\n';\n"
                    + "    END LOOP;\n"
                    + "  ELSE\n"
                    + "    FOR r IN SELECT schema_name, object_identity FROM pg_event_trigger_ddl_commands() LOOP\n"
                    + "      payload := payload || coalesce(quote_ident(r.schema_name), '') || ' ' || coalesce(r.object_identity, '') || E'\\n';\n"
                    + "    END LOOP;\n"
                    + "  END IF;\n"
                    + "  IF octet_length(payload) > " + LIMIT + " THEN\n"
                    + "    payload := '';\n"
                    + "  END IF;\n"
                    + "  PERFORM pg_notify('" + CHANNEL + "', payload);\n"
                    + "END\n"
                    + "$relsync$");
            s.execute("DROP EVENT TRIGGER IF EXISTS " + ON_END);
            s.execute("DROP EVENT TRIGGER IF EXISTS " + ON_DROP);
            s.execute("CREATE EVENT TRIGGER " + ON_END + " ON ddl_command_end EXECUTE FUNCTION " + FUNCTION + "()");
            s.execute("CREATE EVENT TRIGGER " + ON_DROP + " ON sql_drop EXECUTE FUNCTION " + FUNCTION + "()");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    @Override
    public boolean installed(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery("SELECT count(*) FROM pg_event_trigger WHERE evtname IN ('" + ON_END
                        + "', '" + ON_DROP + "') AND evtenabled <> 'D'")) {
            return rows.next() && rows.getInt(1) == 2;
        }
    }

    @Override
    public void listen(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        }
    }

    @Override
    public List<Affected> await(Connection connection, int millis) throws SQLException {
        PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(Math.max(1, millis));
        List<Affected> names = new ArrayList<>();
        if (notifications != null) {
            for (PGNotification n : notifications) {
                String payload = n.getParameter();
                if (payload.isBlank() || !payload.endsWith("\n")) {
                    names.add(Affected.UNKNOWN); // too much to name, or cut: everything
                    continue;
                }
                for (String line : payload.split("\n")) {
                    if (!line.isBlank()) {
                        names.add(affected(line));
                    }
                }
            }
        }
        return names;
    }

    /** A payload line, {@code schema object}: the schema as {@code quote_ident} writes it, or nothing. */
    static Affected affected(String line) {
        if (line.startsWith("\"")) {
            StringBuilder schema = new StringBuilder();
            for (int i = 1; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    schema.append('"');
                    i++;
                } else if (c == '"') {
                    return new Affected(schema.toString(), line.substring(Math.min(i + 2, line.length())));
                } else {
                    schema.append(c);
                }
            }
            return Affected.UNKNOWN;
        }
        int space = line.indexOf(' ');
        return space <= 0 ? Affected.UNKNOWN : new Affected(line.substring(0, space), line.substring(space + 1));
    }
}
