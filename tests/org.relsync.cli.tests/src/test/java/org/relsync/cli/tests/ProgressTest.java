package org.relsync.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.app.cli.CliContext;
import org.relsync.app.cli.RelSyncCli;

/**
 * Long commands show what they do on standard error when it is a terminal (a line rewritten in
 * place: the task, a bar with its count, the step, the seconds) and clear it when done; in
 * scripts standard error stays as quiet as before.
 */
class ProgressTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(boolean terminal, String... args) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.remove("RELSYNC_DEBUG");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = new RelSyncCli("in-process", new CliContext(dir, environment, o, e, terminal)).run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** The lines a terminal showed, one per rewrite, without the control sequences. */
    private static List<String> shown(String err) {
        return Pattern.compile("\r\033\\[K").splitAsStream(err).filter(s -> !s.isEmpty()).toList();
    }

    private static final Pattern SYNCING = Pattern.compile("relsync: Syncing \\S+ \\[[#-]{16}\\] +(\\d+)/(\\d+)  .*");

    @Test
    void aSyncShowsItsStepsWithABarOnATerminalAndNothingInAScript() {
        assertEquals(0, run(false, "demo", "shop").exitCode());
        Path project = dir.resolve("shop").resolve("shop.relsync");

        Run quiet = run(false, "sync", project.toString());
        assertEquals(0, quiet.exitCode(), quiet::toString);
        assertEquals("", quiet.err(), "a script sees no progress");

        Run shownRun = run(true, "sync", project.toString());
        assertEquals(0, shownRun.exitCode(), shownRun::toString);
        assertEquals(quiet.out().replaceAll("\\d+ ms", "N ms"), shownRun.out().replaceAll("\\d+ ms", "N ms"),
                "the report is the same");
        List<String> lines = shown(shownRun.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("relsync: Loading shop.relsync")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("relsync: Syncing Shop \\[[#-]{16}\\] +\\d+/\\d+  Reading .*  \\d+\\.\\d s")),
                lines::toString);
        List<int[]> counts = lines.stream().map(SYNCING::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))}).toList();
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i)[0] >= counts.get(i - 1)[0], "the count only grows: " + lines);
        }
        int[] last = counts.get(counts.size() - 1);
        assertTrue(last[0] >= last[1] - 1, "validation is the last step: " + lines);
        assertTrue(lines.get(lines.size() - 1).contains("Validating"), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.contains("Merging what shop holds: 5 tables")), lines::toString);
        assertTrue(shownRun.err().endsWith("\r\033[K"), "the line is cleared at the end");
        assertTrue(lines.stream().allMatch(l -> l.length() <= 100), "one line of a terminal: " + lines);
    }

    @Test
    void aReverseCountsItsTables() {
        assertEquals(0, run(false, "demo", "shop").exitCode());
        assertEquals(0, run(false, "init", "p.relsync").exitCode());
        Run added = run(false, "add-db", "p.relsync", "--id", "shop", "--driver", "h2", "--url",
                "jdbc:h2:file:" + dir.resolve("shop").resolve("shop") + ";USER=sa", "--sync-source", "Mixed");
        assertEquals(0, added.exitCode(), added::toString);

        Run reversed = run(true, "reverse", "p.relsync", "--db", "shop");
        assertEquals(0, reversed.exitCode(), reversed::toString);
        List<String> lines = shown(reversed.err());
        assertTrue(lines.stream().anyMatch(l -> l.matches(
                "relsync: Reverse-engineering shop \\[[#-]{16}\\] +\\d+/\\d+  entities from 5 tables, 0 views  .*")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("relsync: Reverse-engineering shop \\[#{8}-{8}\\]  5/10  relationships, 0 link tables  .*")), lines::toString);
        assertTrue(lines.get(lines.size() - 1).matches("relsync: Reverse-engineering shop \\[#{16}\\] 10/10  Saving p.relsync  .*"), lines::toString);
        assertTrue(reversed.err().endsWith("\r\033[K"));
    }

    @Test
    void anApplyCountsItsStatements() {
        assertEquals(0, run(false, "demo", "shop").exitCode());
        String project = dir.resolve("shop").resolve("shop.relsync").toString();
        assertEquals(0, run(false, "entity", project, "add", "Invoice").exitCode());
        assertEquals(0, run(false, "field", project, "add", "Invoice.Id", "Int64", "--identifying", "--identity").exitCode());
        assertEquals(0, run(false, "field", project, "add", "Invoice.Total", "Decimal", "--precision", "10", "--scale", "2").exitCode());
        Run synced = run(false, "sync", project);
        assertEquals(0, synced.exitCode(), synced::toString);

        Run applied = run(true, "ddl", project, "--db", "shop", "--update", "--apply");
        assertEquals(0, applied.exitCode(), applied::toString);
        List<String> lines = shown(applied.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("relsync: Reading shop")), lines::toString);
        long statements = applied.out().lines().filter(l -> l.endsWith(";")).count();
        assertTrue(statements > 0, applied::toString);
        assertTrue(lines.stream().anyMatch(l -> l.matches("relsync: Applying DDL \\[[#-]{16}\\] +\\d+/" + statements + "  .*")),
                "counted in the script's statements: " + lines);
        assertTrue(lines.get(lines.size() - 1).matches("relsync: Applying DDL \\[#{16}\\] +" + statements + "/" + statements
                + "  Saving shop.relsync  .*"), lines::toString);
        assertTrue(applied.err().endsWith("\r\033[K"));
    }
}
