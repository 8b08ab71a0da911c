package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.live.Event;
import org.relsync.live.EventLog;
import org.relsync.live.SchemaWatcher;
import org.relsync.live.WatchListener;
import org.relsync.live.WatchOptions;
import org.relsync.sync.ProjectSync;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.report.ChangeReport;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * LIVE-SPEC section 1 on one real database: a project reversed from it, a watcher on it, and the
 * schema changed under it; each subclass gives the database.
 */
abstract class WatcherScenario {

    static final Duration INTERVAL = Duration.ofMillis(100);
    static final long WAIT_MILLIS = 15_000;
    static final String PASSWORD_VARIABLE = "RELSYNC_LIVE_TEST_PASSWORD";

    @TempDir
    Path dir;
    Path project;
    LiveDb db;
    private Running running;
    /** The kept connections of the watchers' engines, closed after the test. */
    private final List<Connections> kept = new CopyOnWriteArrayList<>();
    final List<String> trouble = new CopyOnWriteArrayList<>();
    /** The wait before the next attempt each {@link #trouble} announced, in ms. */
    final List<Long> retries = new CopyOnWriteArrayList<>();
    /** The databases the listener was told answer again, in order. */
    final List<String> recovered = new CopyOnWriteArrayList<>();
    final List<String> notices = new CopyOnWriteArrayList<>();
    final List<Long> latencies = new ArrayList<>();
    /** Whether the watcher's first sync is done. */
    volatile boolean started;
    /** How many changes the first sync made: 1 when it changed something, else 0. */
    long first;
    /** What the watchers' syncs read, through the real catalog source. */
    ReadLog reads;
    /** The engine's phase times of each change's sync, in ms. */
    final List<Map<String, Long>> phases = new CopyOnWriteArrayList<>();

    /** The database, with one table {@code customer (id, name)}. */
    abstract LiveDb database() throws Exception;

    /** The password variable with the database's password, when it has one. */
    Map<String, String> environment() {
        return db.password() == null ? Map.of() : Map.of(PASSWORD_VARIABLE, db.password());
    }

    Connections connections() {
        Map<String, String> environment = environment();
        return new Connections(name -> environment.containsKey(name) ? environment.get(name) : System.getenv(name));
    }

    /** What {@code add-db} is told of the schemas to sync (default: the database's default schema). */
    List<String> schemas() {
        return List.of();
    }

    /** How the watchers of this test watch. */
    WatchOptions options() {
        return WatchOptions.every(INTERVAL);
    }

    /**
     * A watcher running on a thread of its own, with its log; {@code saves} when it saves a file,
     * so each change's event is followed by a saved event.
     */
    record Running(SchemaWatcher watcher, EventLog log, Thread thread, Throwable[] failure, boolean saves) {

        /** The sequence number of the event of change {@code n} (1, 2, ...): changes and saves alternate in a file's stream. */
        long changeEvent(long n) {
            return saves ? 2 * n - 1 : n;
        }

        /** How many changes the log's events are. */
        long changes() {
            return saves ? log.last() / 2 : log.last();
        }
    }

    void reverse() throws Exception {
        db = database();
        project = dir.resolve("live.relsync");
        assertEquals(0, Cli.run(dir, "init", "live.relsync").exitCode);
        List<String> add = new ArrayList<>(List.of("add-db", "live.relsync", "--id", "main", "--driver", db.driver(), "--url", db.url()));
        if (db.user() != null) {
            add.addAll(List.of("--user", db.user()));
        }
        if (db.password() != null) {
            add.addAll(List.of("--password-env", PASSWORD_VARIABLE));
        }
        add.addAll(schemas());
        Cli.Run added = Cli.run(dir, environment(), add.toArray(String[]::new));
        assertEquals(0, added.exitCode, added::toString);
        Cli.Run reversed = Cli.run(dir, environment(), "reverse", "live.relsync", "--db", "main");
        assertEquals(0, reversed.exitCode, reversed::toString);
        assertTrue(ProjectContent.load(project).table("customer").isPresent());
    }

    /**
     * The sync engine of a watcher, reading the real databases on connections kept between reads
     * (as {@code relsync watch} does) and noting each read in {@link #reads}.
     */
    SyncEngine engine() {
        Connections keeping = connections().keeping();
        kept.add(keeping);
        reads = new ReadLog(new DatabaseCatalogSource(keeping));
        return SyncEngine.builder().catalogSource(reads).dialects(DatabaseKinds.dialects()).build();
    }

    Running start() {
        SyncEngine engine = engine();
        EventLog log = new EventLog("urn:relsync:project:live.relsync", 64);
        WatchListener listener = new WatchListener() {
            @Override
            public void started(ChangeReport report, Event event) {
                started = true;
            }

            @Override
            public void changed(Event event, ChangeReport report) {
                phases.add(report.phaseMillis());
            }

            @Override
            public void trouble(String database, String message, long retryMillis) {
                retries.add(retryMillis);
                trouble.add(database + ": " + message);
            }

            @Override
            public void recovered(String database) {
                recovered.add(database);
            }

            @Override
            public void notice(String database, String message) {
                notices.add(database + ": " + message);
            }
        };
        return start(new SchemaWatcher(project, new ProjectSync(engine, Clock.systemUTC()),
                connections(), options(), log, listener, Clock.systemUTC()), log, true);
    }

    /** Runs {@code watcher} (whose target saves a file or not) on a thread of its own; stopped after the test if it still runs. */
    Running start(SchemaWatcher watcher, EventLog log, boolean saves) {
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(() -> {
            try {
                watcher.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "watcher");
        thread.start();
        running = new Running(watcher, log, thread, failure, saves);
        return running;
    }

    /**
     * A watcher on the project reversed from the database, once its first sync is done; its event,
     * when it changed something, is {@link #first}.
     */
    Running reversedAndWatched() throws Exception {
        reverse();
        Running r = start();
        waitUntil(() -> started, "the first sync");
        first = r.changes();
        return r;
    }

    void stop(Running r) throws InterruptedException {
        r.watcher().stop();
        r.thread().join(WAIT_MILLIS);
        assertFalse(r.thread().isAlive(), "the watcher stops");
        if (r.failure()[0] != null) {
            throw new AssertionError("the watcher failed", r.failure()[0]);
        }
    }

    /** Stops the watcher, which must have had no trouble. */
    void stopUntroubled(Running r) throws InterruptedException {
        stop(r);
        assertEquals(List.of(), trouble);
    }

    @AfterEach
    void stopWatcher() throws InterruptedException {
        if (running != null && running.thread().isAlive()) {
            running.watcher().stop();
            running.thread().join(WAIT_MILLIS);
        }
        kept.forEach(Connections::close);
    }

    /**
     * Waits for the event of change {@code n} (1, 2, ... of the run), checks it and returns its
     * data; the DDL was committed at {@code since} (nanos). For a watcher that saves a file, then
     * waits for the saved event that follows it: the file holds the change once it returns.
     */
    JsonObject awaitEvent(Running r, long n, long since) throws InterruptedException {
        long sequence = r.changeEvent(n);
        assertTrue(r.log().await(sequence - 1, WAIT_MILLIS), () -> "event #" + sequence + " in time; trouble: " + trouble);
        latencies.add((System.nanoTime() - since) / 1_000_000);
        Event event = r.log().since(sequence - 1).events().get(0);
        assertEquals(sequence, event.sequence());
        assertEquals(Event.SCHEMA_CHANGED, event.type());
        assertEquals("main", event.subject());
        JsonObject json = JsonParser.parseString(event.toJson()).getAsJsonObject();
        assertEquals("1.0", json.get("specversion").getAsString());
        assertEquals(sequence, json.get("sequence").getAsLong());
        assertEquals(r.log().stream() + "-" + sequence, json.get("id").getAsString());
        if (r.saves()) {
            assertTrue(r.log().await(sequence, WAIT_MILLIS), () -> "the saved event #" + (sequence + 1) + "; trouble: " + trouble);
            Event saved = r.log().since(sequence).events().get(0);
            assertEquals(Event.PROJECT_SAVED, saved.type());
            assertEquals("main", saved.subject());
            assertEquals(sequence, JsonParser.parseString(saved.data()).getAsJsonObject().get("change").getAsLong(),
                    saved::toJson);
        }
        return json.getAsJsonObject("data");
    }

    /** What the watcher saved is what {@code relsync sync} makes: a dry run finds nothing to change. */
    void assertInSync() {
        Cli.Run dryRun = Cli.run(dir, environment(), "sync", "live.relsync", "--dry-run");
        assertEquals(0, dryRun.exitCode, dryRun::toString);
        assertTrue(dryRun.out().contains("No change;"), dryRun::toString);
    }

    static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not in time: " + what);
            }
            Thread.sleep(20);
        }
    }

    /**
     * Add, drop a column; create a table, add a column elsewhere, change a type, drop the table;
     * rename a column: one event each, the file follows.
     */
    void eachChangeBecomesOneEventAndTheFileFollows() throws Exception {
        reverse();
        byte[] reversed = Files.readAllBytes(project);
        Running r = start();
        Thread.sleep(300); // the first sync, which changes nothing
        assertEquals(0, r.log().last(), "no event for a sync without change");
        assertTrue(java.util.Arrays.equals(reversed, Files.readAllBytes(project)), "nothing saved without a change");

        long t = System.nanoTime();
        db.execute("ALTER TABLE " + db.name("customer") + " ADD COLUMN " + db.name("email") + " VARCHAR(80)");
        JsonObject added = awaitEvent(r, 1, t);
        System.out.println(getClass().getSimpleName() + ": event #1: " + r.log().since(0).events().get(0).toJson());
        assertTrue(added.toString().toUpperCase().contains("EMAIL"), added::toString);
        assertTrue(ProjectContent.load(project).columns("customer").stream().anyMatch(c -> c.startsWith("EMAIL ")));

        // another command edits the project while it is watched: the next change keeps that edit
        Cli.Run edited = Cli.run(dir, environment(), "entity", "live.relsync", "add", "Note");
        assertEquals(0, edited.exitCode, edited::toString);
        t = System.nanoTime();
        db.execute("ALTER TABLE " + db.name("customer") + " DROP COLUMN " + db.name("email"));
        awaitEvent(r, 2, t);
        assertTrue(ProjectContent.load(project).columns("customer").stream().noneMatch(c -> c.startsWith("EMAIL ")));
        assertTrue(Files.readString(project).contains("name=\"Note\""), "the other command's entity kept");
        edited = Cli.run(dir, environment(), "entity", "live.relsync", "remove", "Note");
        assertEquals(0, edited.exitCode, edited::toString);

        t = System.nanoTime();
        db.execute("CREATE TABLE " + db.name("invoice") + " (" + db.name("id") + " INTEGER PRIMARY KEY, "
                + db.name("total") + " INTEGER)");
        JsonObject created = awaitEvent(r, 3, t);
        assertTrue(created.toString().toUpperCase().contains("INVOICE"), created::toString);
        assertTrue(ProjectContent.load(project).table("invoice").isPresent());
        assertInSync();

        // the new table is an orphan (no entity maps it): its warnings are the project's, but an event
        // lists only the problems about what it changed; the counts are the project's
        t = System.nanoTime();
        db.execute("ALTER TABLE " + db.name("customer") + " ADD COLUMN " + db.name("note") + " VARCHAR(20)");
        JsonObject noted = awaitEvent(r, 4, t);
        java.util.List<String> listed = new ArrayList<>();
        noted.getAsJsonArray("problems").forEach(p -> listed.add(p.getAsJsonObject().get("path").getAsString()));
        assertFalse(listed.isEmpty(), noted::toString);
        assertTrue(listed.stream().allMatch(p -> p.toUpperCase(java.util.Locale.ROOT).contains("CUSTOMER.NOTE")), listed::toString);
        assertTrue(noted.getAsJsonObject("counts").get("warnings").getAsLong() > listed.size(),
                () -> "the invoice table's orphan warnings counted, not listed: " + noted);

        t = System.nanoTime();
        db.changeTypeToBigint("invoice", "total");
        awaitEvent(r, 5, t);
        assertTrue(ProjectContent.load(project).columns("invoice").contains("TOTAL BIGINT"),
                () -> ProjectContent.load(project).columns("invoice").toString());

        t = System.nanoTime();
        db.execute("DROP TABLE " + db.name("invoice"));
        JsonObject dropped = awaitEvent(r, 6, t);
        assertFalse(ProjectContent.load(project).table("invoice").isPresent(), () -> dropped + "\n" + ProjectContent.load(project).table("invoice"));
        assertInSync();

        // a column renamed: the same field (its id, so the mappings that name it follow), renamed
        String before = Files.readString(project);
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("<fields id=\"([^\"]+)\" name=\"" + db.name("name") + "\"[^>]* dataType=")
                .matcher(before);
        assertTrue(name.find(), () -> "customer's name column in the project: "
                + before.lines().filter(l -> l.contains("\"" + db.name("name") + "\"")).toList());
        t = System.nanoTime();
        db.execute("ALTER TABLE " + db.name("customer") + " RENAME COLUMN " + db.name("name") + " TO " + db.name("full_name"));
        JsonObject renamed = awaitEvent(r, 7, t);
        assertTrue(renamed.toString().contains("renamed"), renamed::toString);
        assertTrue(java.util.regex.Pattern.compile("<fields id=\"" + name.group(1) + "\" name=\"" + db.name("full_name") + "\"[^>]* dataType=")
                .matcher(Files.readString(project)).find(),
                () -> "the same field renamed: " + renamed);
        assertInSync();

        Thread.sleep(300);
        assertEquals(r.changeEvent(7) + (r.saves() ? 1 : 0), r.log().last(), "one event per change (and its save), none after");
        stop(r);
        assertEquals(List.of(), trouble);
        System.out.println(getClass().getSimpleName() + ": DDL -> event (project saved) ms: " + latencies);
    }

    /** A change made while no watcher runs is synced when the next one starts, as its event #1. */
    void aRestartedWatcherPicksUpWhatChangedMeanwhile() throws Exception {
        reverse();
        Running first = start();
        Thread.sleep(3 * INTERVAL.toMillis());
        stop(first);
        db.execute("ALTER TABLE " + db.name("customer") + " ADD COLUMN " + db.name("phone") + " VARCHAR(20)");
        assertTrue(ProjectContent.load(project).columns("customer").stream().noneMatch(c -> c.startsWith("PHONE ")));
        Running second = start();
        JsonObject data = awaitEvent(second, 1, System.nanoTime());
        assertTrue(data.toString().toUpperCase().contains("PHONE"), data::toString);
        assertTrue(ProjectContent.load(project).columns("customer").stream().anyMatch(c -> c.startsWith("PHONE ")));
        stop(second);
    }
}
