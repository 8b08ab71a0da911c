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
 * channel {@value #CHANNEL} naming each affected object as {@code schema object} lines (cut to the
 * server's 8,000-byte payload limit). Notifications are delivered at commit.
 */
final class PostgresDdlEvents implements DdlEvents {

    static final String CHANNEL = "relsync_ddl";
    private static final String FUNCTION = "public.relsync_notify_ddl";
    private static final String ON_END = "relsync_ddl_end";
    private static final String ON_DROP = "relsync_ddl_drop";

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
                    + "      payload := payload || coalesce(r.schema_name, '') || ' ' || coalesce(r.object_identity, '') || E'\\n';\n"
                    + "    END LOOP;\n"
                    + "  ELSE\n"
                    + "    FOR r IN SELECT schema_name, object_identity FROM pg_event_trigger_ddl_commands() LOOP\n"
                    + "      payload := payload || coalesce(r.schema_name, '') || ' ' || coalesce(r.object_identity, '') || E'\\n';\n"
                    + "    END LOOP;\n"
                    + "  END IF;\n"
                    + "  PERFORM pg_notify('" + CHANNEL + "', left(payload, 7900));\n"
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
    public List<String> await(Connection connection, int millis) throws SQLException {
        PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(Math.max(1, millis));
        List<String> names = new ArrayList<>();
        if (notifications != null) {
            for (PGNotification n : notifications) {
                for (String line : n.getParameter().split("\n")) {
                    if (!line.isBlank()) {
                        names.add(line.strip());
                    }
                }
                if (n.getParameter().isBlank()) {
                    names.add("");
                }
            }
        }
        return names;
    }
}
