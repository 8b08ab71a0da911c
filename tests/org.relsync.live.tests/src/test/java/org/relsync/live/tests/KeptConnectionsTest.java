package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relsync.db.Connections;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.testing.PostgresServer;

/**
 * {@link Connections#keeping()} on a real PostgreSQL server (embedded): what {@code relsync watch}
 * reads its databases with. A closed connection is lent again, as it was first opened; one the
 * server dropped is replaced; closing the keeper closes what it keeps.
 */
@ExtendWith(PostgresServer.class)
class KeptConnectionsTest {

    private static Database database;

    @BeforeAll
    static void database() {
        PostgresServer.createDatabase("kept");
        database = RelationalFactory.eINSTANCE.createDatabase();
        database.setName("kept");
        database.setDriverId("postgresql");
        database.setUrl(PostgresServer.jdbcUrl("kept"));
        database.setUser("postgres");
    }

    private static Connections connections() {
        return new Connections(Map.<String, String>of()::get);
    }

    private static int backend(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int sessions() throws SQLException {
        try (Connection admin = PostgresServer.connect("postgres"); Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = 'kept'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aClosedConnectionIsLentAgainAsItWasOpened() throws Exception {
        try (Connections kept = connections().keeping()) {
            int first;
            try (Connection c = kept.open(database)) {
                first = backend(c);
                // what the PostgreSQL reader does: one read-only repeatable-read transaction, here left open
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
                backend(c);
            }
            try (Connection c = kept.open(database)) {
                assertEquals(first, backend(c), "the same server session");
                assertTrue(c.getAutoCommit());
                assertFalse(c.isReadOnly());
                assertEquals(Connection.TRANSACTION_READ_COMMITTED, c.getTransactionIsolation());
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE written (id integer)"); // not read-only, and committed
                }
            }
            try (Connection other = PostgresServer.connect("kept"); Statement s = other.createStatement()) {
                s.execute("DROP TABLE written"); // seen by another session: it was committed
            }
        }
    }

    @Test
    void aClosedLentConnectionCannotBeUsedAndTwoAtOnceAreTwo() throws Exception {
        try (Connections kept = connections().keeping()) {
            Connection lent = kept.open(database);
            try (Connection second = kept.open(database)) {
                assertNotEquals(backend(lent), backend(second), "one lent: the next open connects");
            }
            lent.close();
            assertTrue(lent.isClosed());
            assertThrows(SQLException.class, lent::createStatement);
            lent.close(); // twice: nothing
        }
    }

    @Test
    void aConnectionTheServerDroppedIsReplaced() throws Exception {
        try (Connections kept = connections().keeping()) {
            int first;
            try (Connection c = kept.open(database)) {
                first = backend(c);
            }
            try (Connection admin = PostgresServer.connect("postgres"); Statement s = admin.createStatement()) {
                s.execute("SELECT pg_terminate_backend(" + first + ")");
            }
            try (Connection c = kept.open(database)) {
                int second = backend(c);
                assertNotEquals(first, second, "a new session");
            }
        }
    }

    @Test
    void closingTheKeeperClosesWhatItKeeps() throws Exception {
        int before = sessions();
        Connections kept = connections().keeping();
        try (Connection c = kept.open(database)) {
            backend(c);
        }
        assertEquals(before + 1, sessions(), "kept open");
        kept.close();
        long end = System.nanoTime() + 5_000_000_000L;
        while (sessions() != before && System.nanoTime() < end) {
            Thread.sleep(20); // the server ends the session after the client's goodbye
        }
        assertEquals(before, sessions(), "closed");
        try (Connections plain = connections(); Connection a = plain.open(database)) {
            int pid = backend(a);
            a.close();
            try (Connection b = plain.open(database)) {
                assertNotEquals(pid, backend(b), "without keeping, each open connects");
            }
        }
    }
}
