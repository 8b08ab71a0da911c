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
 * channel {@value #CHANNEL} naming what changed, a line each, each ended by a newline, every name
 * as {@code quote_ident} writes it:
 * <ul>
 * <li>{@code schema :relation}: an object of the table, view or sequence {@code relation} (the
 * relation itself, or a column, key, constraint, index, trigger, rule, policy or default of it;
 * a sequence created or altered names the table owning it too);
 * <li>{@code schema object}: an object of {@code schema} whose relation the trigger cannot know (a
 * dropped index, whose table is gone from the catalog; a type, a function), named by its
 * {@code object_identity}: the whole schema may have changed. This is every line of the function
 * of an older RelSync, whose payloads so keep meaning "these schemas";
 * <li>a line that names no schema (a schema itself changed): everything may have changed.
 * </ul>
 * An object dropped only because another dropped object owned it (an internal or automatic
 * dependency: a table's indexes, row type, toast table and serial sequence, a foreign key's
 * triggers on the table it references) is left out: its owner is named, and what it was part of
 * did not change otherwise. An older RelSync reads a new line as its schema's
 * (what precedes the first space), so either side reads the other's payloads. Where the lines
 * would not fit the server's 8,000-byte payload limit the notification is empty: it names nothing,
 * so every schema is read. A payload that does not end in a newline was cut (by the function of an
 * older RelSync, which cut it) and counts as empty too. Notifications are delivered at commit.
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
            s.execute(function());
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

    /**
     * The trigger function. The relation of an object created or altered is found from its
     * catalog row ({@code classid}, {@code objid}): an index's {@code indrelid}, a constraint's
     * {@code conrelid} (0 for a domain's: no relation), a trigger's, a default's, a rule's, a
     * policy's table; that of a dropped one from {@code address_names}, which for a relation is
     * {schema, name} and for a column, table constraint, trigger, rule, policy or default
     * {schema, table, name}. Lines are distinct; objects in {@code pg_toast} are left out. A
     * {@code DROP} command's {@code ddl_command_end} names nothing (its {@code sql_drop} named
     * what it dropped) and sends no notification: an empty one would mean everything.
     */
    static String function() {
        return "CREATE OR REPLACE FUNCTION " + FUNCTION + "() RETURNS event_trigger LANGUAGE plpgsql AS $relsync$\n"
                + "DECLARE payload text;\n"
                + "BEGIN\n"
                + "  IF TG_EVENT = 'sql_drop' THEN\n"
                + "    SELECT string_agg(DISTINCT line, '') INTO payload FROM (\n"
                + "      SELECT CASE\n"
                + "        WHEN NOT o.original AND NOT o.normal THEN NULL\n" // went with its owner, which is named
                + "        WHEN o.object_type IN ('table', 'view', 'materialized view', 'sequence', 'foreign table',\n"
                + "            'table column', 'table constraint', 'trigger', 'rule', 'policy', 'default value')\n"
                + "          AND cardinality(o.address_names) >= 2\n"
                + "          THEN quote_ident(o.address_names[1]) || ' :' || quote_ident(o.address_names[2])\n"
                + "        ELSE coalesce(quote_ident(o.schema_name), '') || ' ' || coalesce(o.object_identity, '')\n"
                + "      END || E'\\n' AS line\n"
                + "      FROM pg_event_trigger_dropped_objects() o\n"
                + "      WHERE o.schema_name IS DISTINCT FROM 'pg_toast') lines;\n"
                + "  ELSE\n"
                + "    SELECT string_agg(DISTINCT line, '') INTO payload FROM (\n"
                + "      SELECT CASE WHEN rel.relname IS NOT NULL THEN quote_ident(rn.nspname) || ' :' || quote_ident(rel.relname)\n"
                + "        ELSE coalesce(quote_ident(c.schema_name), '') || ' ' || coalesce(c.object_identity, '')\n"
                + "      END || E'\\n' AS line\n"
                + "      FROM pg_event_trigger_ddl_commands() c\n"
                + "      LEFT JOIN pg_class rel ON rel.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND rel.oid = CASE c.classid\n"
                + "        WHEN 'pg_class'::regclass::oid\n"
                + "          THEN coalesce((SELECT i.indrelid FROM pg_index i WHERE i.indexrelid = c.objid), c.objid)\n"
                + "        WHEN 'pg_constraint'::regclass::oid THEN (SELECT k.conrelid FROM pg_constraint k WHERE k.oid = c.objid)\n"
                + "        WHEN 'pg_trigger'::regclass::oid THEN (SELECT t.tgrelid FROM pg_trigger t WHERE t.oid = c.objid)\n"
                + "        WHEN 'pg_attrdef'::regclass::oid THEN (SELECT d.adrelid FROM pg_attrdef d WHERE d.oid = c.objid)\n"
                + "        WHEN 'pg_rewrite'::regclass::oid THEN (SELECT w.ev_class FROM pg_rewrite w WHERE w.oid = c.objid)\n"
                + "        WHEN 'pg_policy'::regclass::oid THEN (SELECT p.polrelid FROM pg_policy p WHERE p.oid = c.objid)\n"
                + "      END\n"
                + "      LEFT JOIN pg_namespace rn ON rn.oid = rel.relnamespace\n"
                + "      WHERE c.schema_name IS DISTINCT FROM 'pg_toast'\n"
                + "      UNION ALL\n" // a sequence's owner: its column's link to the sequence may be new
                + "      SELECT quote_ident(tn.nspname) || ' :' || quote_ident(t.relname) || E'\\n'\n"
                + "      FROM pg_event_trigger_ddl_commands() c\n"
                + "      JOIN pg_depend d ON c.classid = 'pg_class'::regclass::oid AND d.classid = 'pg_class'::regclass\n"
                + "        AND d.objid = c.objid AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0\n"
                + "        AND d.deptype IN ('a', 'i')\n"
                + "      JOIN pg_class s ON s.oid = c.objid AND s.relkind = 'S'\n"
                + "      JOIN pg_class t ON t.oid = d.refobjid\n"
                + "      JOIN pg_namespace tn ON tn.oid = t.relnamespace) lines;\n"
                + "  END IF;\n"
                + "  IF payload IS NULL AND TG_EVENT = 'ddl_command_end' AND TG_TAG LIKE 'DROP %' THEN\n"
                + "    RETURN;\n" // its sql_drop named what it dropped
                + "  END IF;\n"
                + "  payload := coalesce(payload, '');\n"
                + "  IF octet_length(payload) > " + LIMIT + " THEN\n"
                + "    payload := '';\n"
                + "  END IF;\n"
                + "  PERFORM pg_notify('" + CHANNEL + "', payload);\n"
                + "END\n"
                + "$relsync$";
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

    /**
     * A payload line (see the class comment): {@code schema :relation} or {@code schema object};
     * {@link Affected#UNKNOWN} when it names no schema, or is not such a line (read everything).
     */
    static Affected affected(String line) {
        int[] end = new int[1];
        String schema = ident(line, 0, end);
        if (schema == null || schema.isEmpty() || end[0] >= line.length() || line.charAt(end[0]) != ' ') {
            return Affected.UNKNOWN;
        }
        String rest = line.substring(end[0] + 1);
        if (rest.startsWith(":")) {
            String relation = ident(rest, 1, end);
            if (relation != null && !relation.isEmpty() && end[0] == rest.length()) {
                return new Affected(schema, relation, "");
            }
        }
        return new Affected(schema, rest);
    }

    /**
     * The name {@code quote_ident} wrote at {@code from}: in double quotes (a doubled one inside
     * standing for one), or up to the next space; null when a quote is not closed or an unquoted
     * name is not followed by a space or the end. {@code end[0]} is set to the index after it.
     */
    private static String ident(String text, int from, int[] end) {
        if (from < text.length() && text.charAt(from) == '"') {
            StringBuilder name = new StringBuilder();
            for (int i = from + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    name.append('"');
                    i++;
                } else if (c == '"') {
                    end[0] = i + 1;
                    return name.toString();
                } else {
                    name.append(c);
                }
            }
            return null;
        }
        int space = text.indexOf(' ', from);
        end[0] = space < 0 ? text.length() : space;
        return text.substring(from, end[0]);
    }
}
