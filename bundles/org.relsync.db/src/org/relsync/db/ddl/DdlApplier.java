package org.relsync.db.ddl;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseKind;

/**
 * Runs a DDL script on a database: in one transaction where its kind's DDL rolls back
 * ({@link DatabaseKind#transactionalDdl()}: PostgreSQL, SQLite), otherwise statement by statement,
 * stopping at the first failure and saying how far it got; with the kind's {@link ScriptGuard}
 * around it.
 */
public final class DdlApplier {

    /**
     * How a run ended.
     *
     * @param done       the statements that took effect (all of them, or none after a rollback)
     * @param total      the statements of the script
     * @param failure    the failing statement's message, or null
     * @param failed     the failing statement, or null
     * @param rolledBack whether the database is as it was before the run
     */
    public record Outcome(int done, int total, String failure, String failed, boolean rolledBack) {
        public boolean succeeded() {
            return failure == null;
        }

        /** One line for the user. */
        public String summary() {
            if (succeeded()) {
                return "applied " + total + (total == 1 ? " statement" : " statements");
            }
            String where = "statement " + (rolledBack ? "" : (done + 1) + " of " + total + " ") + "failed: " + failure;
            return rolledBack ? where + "; rolled back, the database is as it was"
                    : where + "; the " + done + " statement" + (done == 1 ? "" : "s") + " before it took effect, the rest did not run";
        }
    }

    private DdlApplier() {
    }

    /** Runs {@code script} on {@code connection}, a connection to a database of {@code kind}. */
    public static Outcome apply(Connection connection, DdlScript script, DatabaseKind kind) throws SQLException {
        return apply(connection, script, kind, new BasicMonitor());
    }

    /** As {@link #apply(Connection, DdlScript, DatabaseKind)}, counting the statements on {@code monitor}. */
    public static Outcome apply(Connection connection, DdlScript script, DatabaseKind kind, Monitor monitor) throws SQLException {
        monitor.beginTask("Applying DDL", script.statements().size());
        boolean transactional = kind.transactionalDdl();
        ScriptGuard guard = kind.scriptGuard();
        int total = script.statements().size();
        try (Statement statement = connection.createStatement()) {
            guard.before(statement);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(!transactional);
            int done = 0;
            try {
                for (DdlStatement ddl : script.statements()) {
                    try {
                        statement.execute(ddl.sql());
                    } catch (SQLException e) {
                        if (transactional) {
                            connection.rollback();
                        }
                        return new Outcome(transactional ? 0 : done, total, Connections.reason(e), ddl.sql(), transactional);
                    }
                    done++;
                    monitor.worked(1);
                }
                String veto = guard.veto(statement);
                if (veto != null) {
                    connection.rollback();
                    return new Outcome(0, total, veto, null, true);
                }
                if (transactional) {
                    connection.commit();
                }
                return new Outcome(done, total, null, null, false);
            } finally {
                connection.setAutoCommit(autoCommit);
                guard.after(statement);
            }
        }
    }
}
