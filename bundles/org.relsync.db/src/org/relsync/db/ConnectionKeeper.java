package org.relsync.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps one idle connection per database for {@link Connections#keeping()}: a connection the
 * caller closes is put back as it was opened (its transaction rolled back, auto-commit, read-only
 * and isolation as the driver first gave them) and lent again to the next open of the same key
 * while it still answers ({@link Connection#isValid}); one that does not is closed and replaced by
 * a new one. A caller that reads the same database again and again ({@code relsync watch}: a
 * PostgreSQL connection took 6-15 ms of a 40 ms change) pays for the connection once. Lent
 * connections are handed out one caller at a time; two at once get two connections, and the
 * second one put back is closed.
 * <p>
 * Not a pool (no size, no waiting, no eviction thread): a handful of lines for one idle
 * connection per database, where a pool library would bring its threads and its logging.
 */
final class ConnectionKeeper implements AutoCloseable {

    /** Opens a new connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** A connection with the state the driver gave it, to put back after a caller changed it. */
    private record Kept(Connection connection, boolean autoCommit, boolean readOnly, int isolation) {

        static Kept of(Connection connection) throws SQLException {
            return new Kept(connection, connection.getAutoCommit(), connection.isReadOnly(),
                    connection.getTransactionIsolation());
        }

        /** Back as it was opened; false when that fails (the connection is then of no use). */
        boolean reset() {
            try {
                if (connection.isClosed()) {
                    return false;
                }
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                if (connection.getAutoCommit() != autoCommit) {
                    connection.setAutoCommit(autoCommit);
                }
                if (connection.isReadOnly() != readOnly) {
                    connection.setReadOnly(readOnly);
                }
                if (connection.getTransactionIsolation() != isolation) {
                    connection.setTransactionIsolation(isolation);
                }
                return true;
            } catch (SQLException | RuntimeException e) {
                return false;
            }
        }
    }

    private final Map<String, Kept> idle = new HashMap<>();
    private boolean closed;

    /**
     * A connection for {@code key} (the database's URL and credentials): the idle one while it
     * answers, else a new one from {@code opener}. Closing it puts it back.
     */
    Connection open(String key, Opener opener) throws SQLException {
        Kept kept;
        synchronized (this) {
            kept = idle.remove(key);
        }
        if (kept != null && !answers(kept.connection())) {
            quietlyClose(kept.connection());
            kept = null;
        }
        if (kept == null) {
            Connection opened = opener.open();
            try {
                kept = Kept.of(opened);
            } catch (SQLException | RuntimeException e) {
                quietlyClose(opened);
                throw e;
            }
        }
        return lend(key, kept);
    }

    private static boolean answers(Connection connection) {
        try {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** {@code kept}'s connection as the caller sees it: closing it puts it back, once. */
    private Connection lend(String key, Kept kept) {
        Connection real = kept.connection();
        AtomicBoolean back = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (back.compareAndSet(false, true)) {
                                putBack(key, kept);
                            }
                            return null;
                        case "isClosed":
                            if (back.get()) {
                                return true;
                            }
                            break;
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "toString":
                            return "kept " + real;
                        default:
                            break;
                    }
                    if (back.get()) {
                        throw new SQLException("the connection is closed");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void putBack(String key, Kept kept) {
        if (!kept.reset()) {
            quietlyClose(kept.connection());
            return;
        }
        Kept other;
        synchronized (this) {
            if (closed) {
                other = kept;
            } else {
                other = idle.put(key, kept);
            }
        }
        if (other != null) {
            quietlyClose(other.connection());
        }
    }

    /** Closes the idle connections; those lent now are closed when put back. */
    @Override
    public void close() {
        List<Kept> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(idle.values());
            idle.clear();
        }
        all.forEach(k -> quietlyClose(k.connection()));
    }

    private static void quietlyClose(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            // going anyway
        }
    }
}
