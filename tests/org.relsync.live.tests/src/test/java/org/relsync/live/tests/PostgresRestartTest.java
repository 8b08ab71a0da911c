package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relsync.live.SchemaWatcher;
import org.relsync.live.WatchOptions;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server of a watched database goes away and comes back (LIVE-SPEC section 1):
 * stopped cleanly, or its postmaster killed (a crash, which PostgreSQL recovers from when started
 * again). The watcher reports the loss for the database and tries again with back-off
 * ({@link WatchOptions#backoffAfter}), keeps running and leaves the project file as it was; once
 * the server answers it tells {@code recovered} once and syncs what changed meanwhile, polled or
 * listening to the event trigger (then on a new connection: a change made after the recovery
 * still comes by notification).
 * <p>
 * The server is this class's own, not the shared {@link org.relsync.testing.PostgresServer} (that
 * one serves the other classes of the run): an embedded one whose data directory and port stay,
 * so that it starts again on the same data, where the project's URL finds it.
 */
class PostgresRestartTest extends WatcherScenario {

    /** The trigger path's interval: a change only the notification can bring within it. */
    private static final Duration LONG_INTERVAL = Duration.ofSeconds(1);

    private Path data;
    private int port;
    private EmbeddedPostgres server;
    private boolean trigger;
    /** The backends {@link #freezeTheBackends()} stopped; killed after the test if a failure left them so. */
    private final List<Long> frozen = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        data = Files.createDirectories(dir.resolve("pgdata"));
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = startedServer();
    }

    /**
     * The server on {@link #data} and {@link #port}: made there the first time, started again on
     * the same data after. A commit is on disk when it returns ({@code synchronous_commit}, which
     * the embedded server turns off by default): a change committed before a crash survives it.
     */
    private EmbeddedPostgres startedServer() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("synchronous_commit", "on").start();
    }

    @AfterEach
    void stopServer() throws IOException, InterruptedException {
        for (long pid : frozen) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        stopWatcher(); // before the server goes, so that nothing is reported after the test
        if (server != null) {
            server.close();
        }
    }

    @Override
    LiveDb database() throws Exception {
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE live");
        }
        LiveDb pg = new LiveDb("postgresql", "jdbc:postgresql://localhost:" + port + "/live", "postgres", null, false);
        pg.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(40))");
        return pg;
    }

    @Override
    WatchOptions options() {
        return trigger ? WatchOptions.every(LONG_INTERVAL).installTrigger(true) : WatchOptions.every(INTERVAL);
    }

    @Test
    void polledServerStoppedAndStartedAgain() throws Exception {
        survives(false);
    }

    @Test
    void polledServerKilledAndStartedAgain() throws Exception {
        survives(true);
    }

    @Test
    void notifiedServerStoppedAndStartedAgain() throws Exception {
        trigger = true;
        survives(false);
    }

    @Test
    void notifiedServerKilledAndStartedAgain() throws Exception {
        trigger = true;
        survives(true);
    }

    /**
     * A watcher, idle; the server stopped ({@code crash}: its postmaster killed, right after a
     * change the watcher cannot have seen: its connections' backends were frozen first), reported
     * and retried while away; started again and changed at once: the change (and the one before
     * the crash) synced, in sync with {@code relsync sync}; then a change after the recovery.
     */
    private void survives(boolean crash) throws Exception {
        String path = (trigger ? "notified" : "polled") + ", " + (crash ? "killed" : "stopped");
        Running r = reversedAndWatched();
        assertEquals(0, first, "the first sync changes nothing");
        if (trigger) {
            assertTrue(notices.contains("main: " + SchemaWatcher.LISTENING), notices::toString);
        }
        Thread.sleep(3 * INTERVAL.toMillis()); // idle
        byte[] before = Files.readAllBytes(project);
        List<Path> files = files();

        long down = System.nanoTime();
        if (crash) {
            freezeTheBackends();
            // committed (and flushed: synchronous_commit) where the watcher cannot see it before the crash
            db.execute("SET LOCAL lock_timeout = '5s'", "ALTER TABLE customer ADD COLUMN fax VARCHAR(20)");
            killThePostmaster();
            server.close(); // its stop fails (nothing runs); the data directory's lock is let go, the data kept
        } else {
            server.close();
        }
        assertTrue(Files.isRegularFile(data.resolve("PG_VERSION")), "the data directory kept");
        server = null;
        // away for at least two attempts: the loss reported, then retried with back-off
        waitUntil(() -> trouble.size() >= 2, "the loss reported and retried");
        assertTrue(trouble.stream().allMatch(t -> t.startsWith("main: ")), trouble::toString);
        for (int i = 0; i < retries.size(); i++) {
            assertEquals(options().backoffAfter(i == 0 ? 0 : retries.get(i - 1)), retries.get(i), retries::toString);
        }
        assertTrue(r.thread().isAlive(), "no crash of the watcher");
        assertEquals(List.of(), recovered, "nothing recovered while away");
        assertArrayEquals(before, Files.readAllBytes(project), "the project file as it was");
        assertEquals(files, files(), "no file left half-written beside it");
        assertEquals(0, r.changes(), "no event while away");

        server = startedServer();
        long back = System.nanoTime();
        long downMillis = (back - down) / 1_000_000;
        if (crash) {
            try (Connection c = db.connect(); ResultSet fax = c.getMetaData().getColumns(null, "public", "customer", "fax")) {
                assertTrue(fax.next(), "the change committed before the crash survived it");
            }
        }
        db.execute("ALTER TABLE customer ADD COLUMN phone VARCHAR(20)");
        awaitEvent(r, 1, back);
        long n = 1;
        if (crash && !ProjectContent.load(project).columns("customer").contains("PHONE VARCHAR")) {
            awaitEvent(r, ++n, back); // the watcher came back between the two changes: one event each
        }
        long backToEvent = latencies.get(latencies.size() - 1);
        List<String> columns = ProjectContent.load(project).columns("customer");
        assertTrue(columns.contains("PHONE VARCHAR"), columns::toString);
        assertEquals(crash, columns.contains("FAX VARCHAR"), columns::toString);
        assertEquals(List.of("main"), recovered, "recovered told once");
        assertInSync();

        // after the recovery: listened to on a new connection, or polled again
        long t = System.nanoTime();
        db.execute("ALTER TABLE customer ADD COLUMN email VARCHAR(80)");
        awaitEvent(r, n + 1, t);
        long afterRecovery = latencies.get(latencies.size() - 1);
        assertTrue(ProjectContent.load(project).columns("customer").contains("EMAIL VARCHAR"));
        if (trigger) { // listened to, nothing is polled: the notification brought it, within the interval
            assertTrue(afterRecovery < LONG_INTERVAL.toMillis(), "by notification, not a poll: " + afterRecovery + " ms");
            assertEquals(1, listeners(), "one connection listens");
        }
        assertInSync();
        int troubles = trouble.size();
        for (int i = 1; i < retries.size(); i++) { // those while the server was starting too
            assertEquals(options().backoffAfter(retries.get(i - 1)), retries.get(i), retries::toString);
        }
        stop(r);
        assertEquals(List.of("main"), recovered);
        assertEquals(troubles, trouble.size(), "no trouble after the recovery");
        System.out.println(getClass().getSimpleName() + " (" + path + "): down " + downMillis + " ms, " + troubles
                + " attempts, back-offs " + retries + " ms; server back -> " + (crash ? "both changes" : "event") + " ("
                + n + " event(s)) ms: " + backToEvent + "; after the recovery DDL -> event ms: " + afterRecovery
                + "; first trouble: " + trouble.get(0));
    }

    /** The files beside the project (the server's data directory left out). */
    private List<Path> files() throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.filter(p -> !p.equals(data)).sorted().toList();
        }
    }

    /**
     * Stops (SIGSTOP) the backends of database {@code live}: those of the watcher's connections
     * (its polling or listening one, the engine's kept one), which then neither answer nor send a
     * notification; notes their pids in {@link #frozen}.
     */
    private void freezeTheBackends() throws Exception {
        List<Long> pids = new ArrayList<>();
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement s = admin.createStatement();
                ResultSet rows = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = 'live'")) {
            while (rows.next()) {
                pids.add(rows.getLong(1));
            }
        }
        assertFalse(pids.isEmpty(), "the watcher's connections");
        frozen.addAll(pids);
        for (long pid : pids) {
            signal("STOP", pid);
        }
    }

    /**
     * Kills (SIGKILL) the postmaster, whose pid is the first line of {@code postmaster.pid}, and
     * the {@code frozen} backends (which, stopped, cannot see it die); waits until all its
     * processes are gone, so that it can start again on the data it left.
     */
    private void killThePostmaster() throws Exception {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no postmaster " + pid));
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        signal("KILL", pid);
        for (long backend : frozen) {
            signal("KILL", backend);
        }
        frozen.clear();
        waitUntil(() -> all.stream().noneMatch(ProcessHandle::isAlive), "the server's processes gone");
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
    }

    /** How many backends of database {@code live} listen to the event trigger's channel. */
    private int listeners() throws SQLException {
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement s = admin.createStatement();
                ResultSet rows = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = 'live' "
                        + "AND query ILIKE 'LISTEN %'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
