package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relsync watch} in-process on an H2 file database: the terminal's lines, stopping, refusals. */
class WatchCommandTest {

    @TempDir
    Path dir;

    private LiveDb reversed() throws Exception {
        return reversed(dir);
    }

    /** {@code shop.relsync} in {@code dir}, reversed from {@link H2WatchTest#shop an H2 database} as database {@code main}. */
    static LiveDb reversed(Path dir) throws Exception {
        LiveDb h2 = H2WatchTest.shop(dir);
        assertEquals(0, Cli.run(dir, "init", "shop.relsync").exitCode);
        Cli.Run added = Cli.run(dir, "add-db", "shop.relsync", "--id", "main", "--driver", "h2", "--url", h2.url());
        assertEquals(0, added.exitCode, added::toString);
        Cli.Run reversed = Cli.run(dir, "reverse", "shop.relsync", "--db", "main");
        assertEquals(0, reversed.exitCode, reversed::toString);
        return h2;
    }

    @Test
    void aLinePerChangeAndStoppedCleanlyWithTheProjectSaved() throws Exception {
        LiveDb h2 = reversed();
        Cli.Run watch = Cli.start(dir, "watch", "shop.relsync", "--interval", "50");
        WatcherScenario.waitUntil(() -> watch.out().contains("watching (polling every 50 ms"), "watching: " + watch);
        assertTrue(watch.out().contains("synced shop.relsync: No change;"), watch::toString);

        h2.execute("ALTER TABLE CUSTOMER ADD COLUMN EMAIL VARCHAR(80)");
        WatcherScenario.waitUntil(() -> watch.out().contains("  #1  main: "), "event #1: " + watch);
        h2.execute("CREATE TABLE INVOICE (ID INTEGER PRIMARY KEY)");
        // each change's event is followed by its saved event (#2): the next change is #3
        WatcherScenario.waitUntil(() -> watch.out().contains("  #3  main: "), "event #3: " + watch);
        String line = watch.out().lines().filter(l -> l.contains("  #1  main: ")).findFirst().orElseThrow();
        assertTrue(line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  #1  main: .*created TableField .*EMAIL.*"), line);

        watch.thread.interrupt(); // what Ctrl-C does in the product (through a shutdown hook): stop between steps
        watch.thread.join(10_000);
        assertFalse(watch.thread.isAlive());
        assertEquals(0, watch.exitCode, watch::toString);
        assertTrue(watch.out().endsWith("Stopped; shop.relsync is saved.\n"), watch::toString);
        assertEquals("", watch.err(), watch::toString);
        ProjectContent saved = ProjectContent.load(dir.resolve("shop.relsync"));
        assertTrue(saved.columns("CUSTOMER").stream().anyMatch(c -> c.startsWith("EMAIL ")));
        assertTrue(saved.table("INVOICE").isPresent());
    }

    @Test
    void refusalsWriteNothing() throws Exception {
        reversed();
        byte[] before = Files.readAllBytes(dir.resolve("shop.relsync"));
        Cli.Run badInterval = Cli.run(dir, "watch", "shop.relsync", "--interval", "0");
        assertEquals(2, badInterval.exitCode, badInterval::toString);
        assertTrue(badInterval.err().contains("--interval is between 10 and 3600000 milliseconds"), badInterval::toString);
        Cli.Run missing = Cli.run(dir, "watch", "nothing.relsync");
        assertEquals(2, missing.exitCode, missing::toString);

        Files.delete(dir.resolve("shop.mv.db")); // the database is gone: the first sync fails as relsync sync does
        Cli.Run gone = Cli.run(dir, "watch", "shop.relsync");
        assertEquals(3, gone.exitCode, gone::toString);
        assertEquals(List.of("relsync: database error: main: no H2 database at " + dir.resolve("shop").toAbsolutePath() + " (.mv.db)"),
                gone.err().lines().toList(), gone::toString);
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("shop.relsync")));
        assertEquals(List.of("shop.relsync"), names(), "no temporary file, no backup left");
    }

    private List<String> names() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
