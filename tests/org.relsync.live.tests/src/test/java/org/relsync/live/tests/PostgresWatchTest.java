package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relsync.testing.PostgresServer;

import com.google.gson.JsonObject;

/** The watcher on a real PostgreSQL server (embedded), polled through {@code pg_catalog}. */
@ExtendWith(PostgresServer.class)
class PostgresWatchTest extends WatcherScenario {

    @Override
    LiveDb database() throws Exception {
        PostgresServer.createDatabase("live_watch");
        LiveDb pg = new LiveDb("postgresql", "jdbc:postgresql://localhost:" + PostgresServer.port() + "/live_watch",
                "postgres", null, false);
        pg.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(40))");
        return pg;
    }

    @Test
    void eachChange() throws Exception {
        eachChangeBecomesOneEventAndTheFileFollows();
    }

    /** The server drops the watcher's connection: reported, reconnected, and the change made meanwhile synced. */
    @Test
    void aLostConnectionIsReportedAndRetried() throws Exception {
        reverse();
        Running r = start();
        Thread.sleep(3 * INTERVAL.toMillis());
        try (Connection admin = PostgresServer.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'live_watch'");
        }
        waitUntil(() -> !trouble.isEmpty(), "the lost connection reported");
        assertTrue(trouble.get(0).startsWith("main: "), trouble::toString);
        long t = System.nanoTime();
        db.execute("ALTER TABLE customer ADD COLUMN phone VARCHAR(20)");
        JsonObject data = awaitEvent(r, 1, t);
        assertTrue(data.toString().contains("phone"), data::toString);
        assertTrue(ProjectContent.load(project).columns("customer").contains("PHONE VARCHAR"),
                () -> ProjectContent.load(project).columns("customer").toString());
        assertTrue(r.thread().isAlive(), "no crash");
        stop(r);
    }
}
