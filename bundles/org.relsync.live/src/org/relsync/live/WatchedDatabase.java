package org.relsync.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.relsync.db.Connections;
import org.relsync.db.DatabaseKind;
import org.relsync.db.DdlEvents;
import org.relsync.model.relational.Database;
import org.relsync.sync.ReadScope;

/**
 * One database a watcher watches: its kind, the sync tasks that read it, and either the connection
 * its fingerprint is polled on and the fingerprint the project last synced, or, where the server
 * sends its schema changes ({@link DdlEvents}), the dedicated connection that listens for them.
 * Connections are opened again after a failure.
 */
final class WatchedDatabase {

    final Database database;
    final DatabaseKind kind;
    final List<String> tasks;
    /** The fingerprint the project is in sync with; null until first read. */
    SchemaFingerprint synced;
    /** The wait before the next attempt while the database is unreachable; 0 when it answers. */
    long backoff;
    /** Where the server sends schema changes; null while polled. */
    DdlEvents events;
    /** Whether a sync is due without a notification: the listening connection was lost meanwhile. */
    boolean resync;
    private Connection connection;

    WatchedDatabase(Database database, DatabaseKind kind, List<String> tasks) {
        this.database = database;
        this.kind = kind;
        this.tasks = List.copyOf(tasks);
    }

    String name() {
        return database.getName();
    }

    boolean listening() {
        return events != null;
    }

    /** The fingerprint now, connecting first if needed; a failure closes the connection. */
    SchemaFingerprint fingerprint(Connections connections) throws SQLException {
        try {
            return SchemaFingerprint.read(connection(connections), kind);
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Listens on a connection of its own from now on. */
    void listen(Connections connections, DdlEvents ddlEvents) throws SQLException {
        close();
        events = ddlEvents;
        try {
            events.listen(connection(connections));
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** What the server named within {@code millis}, listening again first after a failure. */
    List<DdlEvents.Affected> await(Connections connections, int millis) throws SQLException {
        try {
            if (connection == null) {
                events.listen(connection(connections));
            }
            return events.await(connection, millis);
        } catch (SQLException | RuntimeException e) {
            close();
            resync = true; // what changed while nobody listened is synced once it listens again
            throw e;
        }
    }

    /**
     * What a sync of this database reads: the schemas {@code touched} names, or (empty: the
     * detector could not tell) all of them.
     */
    ReadScope scope(Optional<Set<String>> touched) {
        return touched.map(schemas -> ReadScope.everything().limit(name(), schemas)).orElse(ReadScope.everything());
    }

    /**
     * What a sync of this database reads after the server's events {@code named}: of each schema
     * they name, the relations they name (a table scope, {@link ReadScope#relations}), or the
     * whole schema where one names an object of it without its relation (an older trigger
     * function names none); everything when one of them could not tell even the schema.
     */
    ReadScope scope(List<DdlEvents.Affected> named) {
        Set<String> whole = new LinkedHashSet<>();
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        for (DdlEvents.Affected affected : named) {
            if (!affected.known()) {
                return ReadScope.everything();
            }
            if (affected.relation().isEmpty()) {
                whole.add(affected.schema());
            } else {
                tables.computeIfAbsent(affected.schema(), s -> new LinkedHashSet<>()).add(affected.relation());
            }
        }
        return ReadScope.everything().limit(name(), whole, tables);
    }

    private Connection connection(Connections connections) {
        if (connection == null) {
            connection = connections.open(database);
        }
        return connection;
    }

    void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // going anyway: the next attempt opens a new one
            }
            connection = null;
        }
    }
}
