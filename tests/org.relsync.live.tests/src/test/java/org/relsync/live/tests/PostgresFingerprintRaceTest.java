package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relsync.db.DatabaseKinds;
import org.relsync.live.SchemaFingerprint;
import org.relsync.testing.PostgresServer;

/**
 * The polled fingerprint while DDL commits under it, on a real PostgreSQL server: its catalog
 * functions ({@code pg_get_indexdef}, {@code pg_get_constraintdef}) fail on a relation dropped
 * between the query's snapshot and the call. The watcher must not take that for a lost database.
 */
@ExtendWith(PostgresServer.class)
class PostgresFingerprintRaceTest {

    @Test
    void readsWhileTablesAreCreatedAndDropped() throws Exception {
        PostgresServer.createDatabase("live_race");
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger changes = new AtomicInteger();
        List<Throwable> ddlFailures = new ArrayList<>();
        Thread ddl = Thread.ofPlatform().start(() -> {
            try (Connection c = PostgresServer.connect("live_race"); Statement s = c.createStatement()) {
                for (int i = 0; !done.get(); i++) {
                    s.execute("CREATE TABLE churn" + i + " (id INTEGER PRIMARY KEY, code VARCHAR(8) UNIQUE,"
                            + " parent INTEGER REFERENCES churn" + i + " (id))");
                    s.execute("CREATE INDEX churn" + i + "_code ON churn" + i + " (lower(code))");
                    s.execute("DROP TABLE churn" + i);
                    changes.incrementAndGet();
                }
            } catch (SQLException e) {
                ddlFailures.add(e);
            }
        });
        int reads = 0;
        try (Connection c = PostgresServer.connect("live_race")) {
            long end = System.nanoTime() + 4_000_000_000L;
            while (System.nanoTime() < end) {
                SchemaFingerprint.read(c, DatabaseKinds.find("postgresql").orElseThrow());
                reads++;
            }
        } finally {
            done.set(true);
            ddl.join();
        }
        assertEquals(List.of(), ddlFailures);
        int read = reads;
        assertTrue(changes.get() > 20 && read > 20, () -> changes + " changes, " + read + " reads: too few to race");
    }
}
