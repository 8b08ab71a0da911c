package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relsync.live.WatchOptions;
import org.relsync.testing.PostgresServer;

import com.google.gson.JsonObject;

/**
 * PostgreSQL with the event trigger: installed as a superuser, its notifications drive the
 * watcher (the poll interval is made long, so only they can be in time); without the rights, or
 * not installed, the watcher says so and polls.
 */
@ExtendWith(PostgresServer.class)
class PostgresTriggerTest extends WatcherScenario {

    private static final Duration LONG_INTERVAL = Duration.ofSeconds(2);

    private String user = "postgres";
    private boolean install = true;
    private Duration interval = LONG_INTERVAL;

    @Override
    LiveDb database() throws Exception {
        PostgresServer.createDatabase("live_trigger");
        try (Connection admin = PostgresServer.connect("live_trigger"); Statement s = admin.createStatement()) {
            s.execute("DROP ROLE IF EXISTS modeler");
            s.execute("CREATE ROLE modeler LOGIN NOSUPERUSER PASSWORD 'modeler-secret'");
            s.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(40))");
            s.execute("ALTER TABLE customer OWNER TO modeler");
        }
        return new LiveDb("postgresql", "jdbc:postgresql://localhost:" + PostgresServer.port() + "/live_trigger", user,
                user.equals("modeler") ? "modeler-secret" : null, false);
    }

    @Override
    WatchOptions options() {
        return WatchOptions.every(interval).installTrigger(install);
    }

    @Test
    void eachChangeNotifiedByTheEventTrigger() throws Exception {
        eachChangeBecomesOneEventAndTheFileFollows();
        assertEquals(List.of("main: event trigger installed", "main: listening to the event trigger's notifications"),
                notices);
        // a poll would have waited for two intervals (a change, then the same fingerprint again)
        assertTrue(latencies.stream().allMatch(ms -> ms < LONG_INTERVAL.toMillis()), latencies::toString);
    }

    @Test
    void withoutTheRightsToInstallItPolls() throws Exception {
        user = "modeler";
        interval = INTERVAL;
        reverse();
        Running r = start();
        waitUntil(() -> notices.size() == 1, "a notice");
        assertTrue(notices.get(0).startsWith("main: cannot install the event trigger (installing it needs a superuser): "),
                notices::toString);
        assertTrue(notices.get(0).endsWith("; polling every 100 ms"), notices::toString);
        long t = System.nanoTime();
        db.execute("ALTER TABLE customer ADD COLUMN phone VARCHAR(20)");
        JsonObject data = awaitEvent(r, 1, t);
        assertTrue(data.toString().contains("phone"), data::toString);
        stop(r);
    }

    @Test
    void notInstalledItSaysSoAndPolls() throws Exception {
        install = false;
        interval = INTERVAL;
        reverse();
        Running r = start();
        waitUntil(() -> notices.size() == 1, "a notice");
        assertEquals("main: no event trigger in this database (relsync watch --install-trigger installs it, as a superuser); "
                + "polling every 100 ms", notices.get(0));
        long t = System.nanoTime();
        db.execute("DROP TABLE customer");
        awaitEvent(r, 1, t);
        assertTrue(ProjectContent.load(project).table("customer").isEmpty());
        stop(r);
    }
}
