package org.relsync.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * A database kind's way to say that its schema changed, pushed by the server rather than polled
 * (PostgreSQL: an event trigger that sends a {@code NOTIFY}). Each method works on a connection
 * the caller opened and closes.
 */
public interface DdlEvents {

    /**
     * Installs (or replaces) what makes the server send the events; needs the rights the server
     * asks for that (PostgreSQL: a superuser).
     *
     * @throws SQLException when the server refuses, with its reason
     */
    void install(Connection connection) throws SQLException;

    /** Whether the database sends the events (installed, and enabled). */
    boolean installed(Connection connection) throws SQLException;

    /** Makes {@code connection} receive the events; it is then kept for {@link #await}. */
    void listen(Connection connection) throws SQLException;

    /**
     * Waits up to {@code millis} (at least 1) for events on a listening connection and returns
     * what each names, oldest first; empty when none came.
     */
    List<Affected> await(Connection connection, int millis) throws SQLException;

    /**
     * An object an event names, with its schema and, where the server could say, the relation
     * (table, view, sequence) it belongs to: a column, key, index or trigger names its table. A
     * schema without a relation stands for the whole schema; {@link #UNKNOWN} when the server could
     * not say (a schema itself changed, or more objects than one event can carry): then every
     * schema may have changed.
     *
     * @param schema   the schema's name, empty when unknown
     * @param relation the relation's name, empty when unknown (then the whole schema may have changed)
     * @param object   the object as the server names it ({@code sales.orders}), empty where it sends only the relation
     */
    record Affected(String schema, String relation, String object) {

        /** Some objects of some schemas. */
        public static final Affected UNKNOWN = new Affected("", "", "");

        public Affected {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(object, "object");
        }

        /** An object of {@code schema} whose relation is not known. */
        public Affected(String schema, String object) {
            this(schema, "", object);
        }

        public boolean known() {
            return !schema.isEmpty();
        }
    }
}
