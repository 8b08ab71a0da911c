package org.relsync.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code relsync watch} in the product, on a SQLite file another program changes: the watcher and
 * the SQLite driver inside OSGi, a line per change, and Ctrl-C (SIGINT) or SIGTERM ending it with
 * exit 0 and the project saved.
 */
class WatchProductTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalStopsTheWatchWithExit0AndTheProjectSaved(String signal) throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("notes.db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE author (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL)");
        }
        assertEquals(0, Cli.run(dir, "init", "notes.relsync").exitCode());
        assertEquals(0, Cli.run(dir, "add-db", "notes.relsync", "--id", "notes", "--driver", "sqlite", "--url", url).exitCode());
        assertEquals(0, Cli.run(dir, "reverse", "notes.relsync", "--db", "notes").exitCode());

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
