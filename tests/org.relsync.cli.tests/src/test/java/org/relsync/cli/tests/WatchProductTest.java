package org.relsync.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code relsync watch} in the product, on a SQLite file another program changes: the watcher and
 * the SQLite driver inside OSGi, a line per change, and Ctrl-C (SIGINT) or SIGTERM ending it with
 * exit 0 and the project saved.
 */
class WatchProductTest {

    @TempDir
    Path dir;

    /** {@code notes.relsync}, reversed from a SQLite file with one table, {@code author}; returns its JDBC URL. */
    private String reversedNotes() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("notes.db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE author (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL)");
        }
        assertEquals(0, Cli.run(dir, "init", "notes.relsync").exitCode());
        assertEquals(0, Cli.run(dir, "add-db", "notes.relsync", "--id", "notes", "--driver", "sqlite", "--url", url).exitCode());
        assertEquals(0, Cli.run(dir, "reverse", "notes.relsync", "--db", "notes").exitCode());
        return url;
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalStopsTheWatchWithExit0AndTheProjectSaved(String signal) throws Exception {
        String url = reversedNotes();

        Product.Running watch = Product.start(dir, "watch", "notes.relsync", "--interval", "50");
        waitUntil(() -> watch.outSoFar().contains("watching (polling every 50 ms"), watch::outSoFar);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE author ADD COLUMN email VARCHAR(80)");
        }
        waitUntil(() -> watch.outSoFar().lines().anyMatch(
                l -> l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  #1  notes: 1 created; .*: created TableField author\\.email")),
                watch::outSoFar);
        watch.signal(signal);
        Result result = watch.await();
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().endsWith("Stopped; notes.relsync is saved.\n"), result::toString);
        // nothing on standard error but, on the first start after a build, the note of the start-up archive
        assertEquals(java.util.List.of(), result.errLines().stream().filter(l -> !l.contains("preparing the start-up archive"))
                .toList(), result::toString);
        assertTrue(Files.readString(dir.resolve("notes.relsync")).contains("name=\"email\""));
    }

    /**
     * {@code relsync watch --port 0 --token-env} and {@code relsync events} as two processes: Jetty
     * inside OSGi, the token, an event for a schema change as one JSON line, Ctrl-C ending both
     * with exit 0; and the refusals.
     */
    @Test
    void theEventStreamBetweenTwoProcesses() throws Exception {
        String url = reversedNotes();
        Map<String, String> env = Map.of("RELSYNC_TOKEN", "product-test-token-7c41", "RELSYNC_WRONG_TOKEN", "not-it");
        byte[] before = Files.readAllBytes(dir.resolve("notes.relsync"));
        Result noToken = Product.run(dir, env, "watch", "notes.relsync", "--port", "0");
        assertEquals(2, noToken.exitCode(), noToken::toString);
        assertEquals("", noToken.out(), noToken::toString);
        assertTrue(noToken.err().contains("relsync: watch: --port needs --token-env VAR"), noToken::toString);
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("notes.relsync")), "nothing written");

        Product.Running watch = Product.start(dir, env, null, "watch", "notes.relsync", "--interval", "50", "--port", "0",
                "--token-env", "RELSYNC_TOKEN");
        waitUntil(() -> watch.outSoFar().contains("watching (polling every 50 ms"), watch::outSoFar);
        Matcher line = Pattern.compile("(?m)^events: (ws://127\\.0\\.0\\.1:\\d+/events) \\(token from \\$RELSYNC_TOKEN\\)$")
                .matcher(watch.outSoFar());
        assertTrue(line.find(), watch::outSoFar);
        String stream = line.group(1);

        Result wrong = Product.run(dir, env, "events", stream, "--token-env", "RELSYNC_WRONG_TOKEN");
        assertEquals(7, wrong.exitCode(), wrong::toString);
        assertEquals("", wrong.out(), wrong::toString);
        assertTrue(wrong.errLines().contains("relsync: events: " + stream + " refused (HTTP 401): no token, or not the "
                + "server's token"), wrong::toString);

        Product.Running events = Product.start(dir, env, null, "events", stream, "--since", "0", "--token-env", "RELSYNC_TOKEN");
        Thread.sleep(1000); // connected (--since 0 would catch up anyway)
        long t = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE author ADD COLUMN email VARCHAR(80)");
        }
        waitUntil(() -> events.outSoFar().contains("\n"), events::outSoFar);
        System.out.println("WatchProductTest: SQLite DDL -> the line of relsync events (polling every 50 ms): "
                + (System.nanoTime() - t) / 1_000_000 + " ms");
        JsonObject event = JsonParser.parseString(events.outSoFar().lines().findFirst().orElseThrow()).getAsJsonObject();
        assertEquals(1, event.get("sequence").getAsLong());
        assertEquals("org.relsync.schema.changed", event.get("type").getAsString());
        assertEquals("notes", event.get("subject").getAsString());
        assertTrue(event.getAsJsonObject("data").toString().contains("author.email"), event::toString);
        // then the watch saves the file and says so
        waitUntil(() -> events.outSoFar().lines().count() == 2, events::outSoFar);
        JsonObject saved = JsonParser.parseString(events.outSoFar().lines().skip(1).findFirst().orElseThrow()).getAsJsonObject();
        assertEquals("org.relsync.project.saved", saved.get("type").getAsString(), saved::toString);
        assertEquals(1, saved.getAsJsonObject("data").get("change").getAsLong(), saved::toString);

        events.signal("INT");
        Result printed = events.await();
        assertEquals(0, printed.exitCode(), printed::toString);
        assertEquals(2, printed.out().lines().count(), printed::toString);
        watch.signal("INT");
        Result watched = watch.await();
        assertEquals(0, watched.exitCode(), watched::toString);
        for (Result r : java.util.List.of(noToken, wrong, printed, watched)) {
            assertFalse(r.out().contains("product-test-token-7c41") || r.err().contains("product-test-token-7c41"), r::toString);
            assertEquals(java.util.List.of(), r.errLines().stream().filter(l -> !l.contains("preparing the start-up archive")
                    && !l.startsWith("relsync: ") && !l.startsWith("Run 'relsync help")).toList(), r::toString); // no other noise (logging)
        }
    }

    private static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> state) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L; // the product's first start prepares its class-data archive
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not in time:\n" + state.get());
            }
            Thread.sleep(20);
        }
    }
}
