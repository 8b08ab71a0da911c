package org.relsync.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.relsync.db.Connections;
import org.relsync.db.DatabaseKind;
import org.relsync.model.relational.Database;

/**
 * One database a watcher polls: its kind, the sync tasks that read it, the connection the
 * fingerprint is read on (opened again after a failure) and the fingerprint of what the project
 * last synced.
 */
final class WatchedDatabase {

    final Database database;
    final DatabaseKind kind;
    final List<String> tasks;
    /** The fingerprint the project is in sync with; null until first read. */
    String synced;
    /** The wait before the next attempt while the database is unreachable; 0 when it answers. */
    long backoff;
    private Connection connection;

    WatchedDatabase(Database database, DatabaseKind kind, List<String> tasks) {
        this.database = database;
        this.kind = kind;
        this.tasks = List.copyOf(tasks);
    }

    String name() {
        return database.getName();
    }

    /** The fingerprint now, connecting first if needed; a failure closes the connection. */
    String fingerprint(Connections connections) throws SQLException {
        try {
            if (connection == null) {
                connection = connections.open(database);
            }
            return SchemaFingerprint.read(connection, kind);
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
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
