package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.relsync.live.EventLog;
import org.relsync.live.LiveTarget;
import org.relsync.live.SchemaWatcher;
import org.relsync.live.WatchListener;
import org.relsync.sync.ProjectSync;

/**
 * The watcher with a target of its own, as the workbench uses it: a project kept in memory and
 * synced there, never saved; one that retries a first sync that failed (the database away when
 * the watcher starts), and {@code relsync watch}'s, which throws it.
 */
class LiveTargetTest extends WatcherScenario {

    private Path h2File;

    /** An H2 file database that is not created when missing: moved away, it cannot be reached. */
    @Override
    LiveDb database() throws Exception {
        String path = dir.resolve("shop").toAbsolutePath().toString();
        new LiveDb("h2", "jdbc:h2:" + path, null, null, true).execute("CREATE TABLE CUSTOMER (ID INTEGER PRIMARY KEY, NAME VARCHAR(40))");
        h2File = Path.of(path + ".mv.db");
        return new LiveDb("h2", "jdbc:h2:" + path + ";IFEXISTS=TRUE", null, null, true);
    }

    private SchemaWatcher watcher(LiveTarget target, EventLog log, List<String> troubles, List<String> recovered) {
        return new SchemaWatcher(target, connections(), options(), log, new WatchListener() {
            @Override
            public void trouble(String database, String message, long retryMillis) {
                troubles.add(database + ": " + message + " (" + retryMillis + " ms)");
            }

            @Override
            public void recovered(String database) {
                recovered.add(database);
            }
        }, Clock.systemUTC());
    }

    @Test
    void aTargetThatRetriesWaitsForTheDatabaseThenSyncsWhatChangedMeanwhileAndSavesNothing() throws Exception {
        reverse();
        byte[] saved = Files.readAllBytes(project);
        Path away = dir.resolve("away.mv.db");
        Files.move(h2File, away);
        InMemoryTarget target = new InMemoryTarget(project, engine(), true);
        EventLog log = new EventLog("urn:relsync:test", 16);
        List<String> troubles = new CopyOnWriteArrayList<>();
        List<String> recovered = new CopyOnWriteArrayList<>();
        Running r = start(watcher(target, log, troubles, recovered), log, false);
        waitUntil(() -> troubles.size() >= 2, "the first sync's failure and a retry reported");
        assertTrue(troubles.get(0).startsWith("main: "), troubles::toString);
        assertTrue(r.thread().isAlive(), "the watcher keeps trying");
        assertEquals(0, log.last(), "no event while the database is away");

        Files.move(away, h2File);
        db.execute("ALTER TABLE CUSTOMER ADD COLUMN EMAIL VARCHAR(80)");
        assertTrue(log.await(0, WAIT_MILLIS), () -> "an event once the database is back; trouble: " + troubles);
        waitUntil(() -> target.hasColumn("CUSTOMER", "EMAIL"), "the column in the project in memory");
        assertEquals(List.of("main"), recovered);
        // H2 renames the primary key's index on an ALTER TABLE: an index removed and one created
        assertTrue(target.synced.getLast().startsWith("main: 1 table field created, "), target.synced::toString);
        stop(r);
        assertArrayEquals(saved, Files.readAllBytes(project), "a target that does not save leaves the file as it was");
    }

    @Test
    void relsyncWatchsTargetThrowsTheFirstSyncsFailure() throws Exception {
        reverse();
        Files.move(h2File, dir.resolve("away.mv.db"));
        List<String> troubles = new CopyOnWriteArrayList<>();
        SchemaWatcher watcher = new SchemaWatcher(project, new ProjectSync(engine(), Clock.systemUTC()), connections(), options(),
                new EventLog("urn:relsync:test", 16), new WatchListener() {
                    @Override
                    public void trouble(String database, String message, long retryMillis) {
                        troubles.add(message);
                    }
                }, Clock.systemUTC());
        assertThrows(RuntimeException.class, watcher::run);
        assertEquals(List.of(), troubles, "thrown, not retried");
    }
}
