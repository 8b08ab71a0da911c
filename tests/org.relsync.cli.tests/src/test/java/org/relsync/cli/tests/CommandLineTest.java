package org.relsync.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * The `relsync` command line: output, exit codes, and files left alone. The version (the bundle's)
 * and a usage error's exit code come from the built product; the rest runs in-process.
 */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void versionPrintsTheBundleVersion() {
        Result result = Product.run(dir, "--version");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().matches("relsync 0\\.1\\.0\\.\\d{12}\\n"), result::toString);
        assertEquals("", result.err());
    }

    @Test
    void theProductWritesJsonWithItsJsonLibraryInsideOsgi() throws Exception {
        assertEquals(0, Product.run(dir, "init", "p.relsync", "--name", "Quote \" and <tag> & \u00e9").exitCode());
        Result result = Product.run(dir, "info", "p.relsync", "--json");
        assertEquals(0, result.exitCode(), result::toString);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.out());
        assertEquals("Quote \" and <tag> & \u00e9", json.get("name").asText(), result::toString);
        assertEquals(1, json.get("counts").get("Project").asInt(), result::toString);
        assertTrue(result.out().contains("<tag> &"), "no HTML escaping: " + result);
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Result result = Cli.run(dir, "help");
        assertEquals(0, result.exitCode(), result::toString);
        for (String word : List.of("init <file.relsync> [--name NAME]", "info <file.relsync> [--json]", "Exit codes",
                "2 bad usage", "events <url> [--since N [--stream ID]] [--database NAME,...] [--type TYPE,...] [--token-env VAR]", "7 refused", "9 reload")) {
            assertTrue(result.out().contains(word), () -> word + " in\n" + result);
        }
    }

    @Test
    void noCommandPrintsAShortHelpOnStandardOutput() {
        Result result = Cli.run(dir);
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.err());
        assertTrue(result.out().contains("usage: relsync <command>"), result::toString);
        assertTrue(result.out().contains("commands: init, info, demo"), result::toString);
        assertTrue(result.out().lines().count() <= 5, result::toString);
    }

    @Test
    void anUnknownCommandOrOptionIsBadUsage() {
        Result unknown = Product.run(dir, "frobnicate");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertEquals("relsync: unknown command 'frobnicate'", unknown.errLines().get(0));

        Result badOption = Product.run(dir, "info", "x.relsync", "--colour");
        assertEquals(2, badOption.exitCode(), badOption::toString);
        assertEquals("relsync: info: unknown option --colour", badOption.errLines().get(0));
    }

    @Test
    void eachCommandAndActionHasItsOwnHelp() {
        Result help = Cli.run(dir, "help", "entity");
        assertEquals(0, help.exitCode(), help::toString);
        assertTrue(help.out().startsWith("usage: relsync entity <file> list | add NAME | rename NAME NEW | remove NAME\n"), help::toString);
        assertTrue(help.out().contains("Actions:") && help.out().contains("rename  rename an entity"), help::toString);
        assertEquals(help, Cli.run(dir, "entity", "--help"), "relsync COMMAND --help says the same");

        Result action = Cli.run(dir, "entity", "p.relsync", "add", "--help");
        assertEquals(0, action.exitCode(), action::toString);
        assertTrue(action.out().startsWith("usage: relsync entity <file> add NAME\n"), action::toString);
        assertEquals(action, Cli.run(dir, "help", "entity", "add"));

        Result sync = Cli.run(dir, "sync", "-h");
        assertTrue(sync.out().contains("--dry-run") && sync.out().contains("--backup-folder=DIR"), sync::toString);
        assertEquals("", sync.err());
    }

    @Test
    void optionsTakeTheirValueEitherWayAndDoubleDashEndsThem() throws IOException {
        assertEquals(0, Cli.run(dir, "init", "a.relsync", "--name=Alpha").exitCode());
        assertEquals(0, Cli.run(dir, "init", "--name", "Beta", "b.relsync").exitCode());
        assertEquals("Alpha", new ObjectMapper().readTree(Cli.run(dir, "info", "a.relsync", "--json").out()).get("name").asText());
        assertEquals("Beta", new ObjectMapper().readTree(Cli.run(dir, "info", "b.relsync", "--json").out()).get("name").asText());

        Result dashed = Cli.run(dir, "entity", "a.relsync", "add", "--", "-Dashed");
        assertEquals(0, dashed.exitCode(), dashed::toString);
        assertTrue(Cli.run(dir, "entity", "a.relsync", "list").out().startsWith("-Dashed (0 fields)"));
    }

    @Test
    void usageErrorsAreOneLineWithAHintAndExit2() {
        List<List<String>> lines = List.of(
                List.of("relsync: ddl: --db ID is required", "Run 'relsync help ddl' for usage."),
                List.of("relsync: ddl: option --db needs a value", "Run 'relsync help ddl' for usage."),
                List.of("relsync: ddl: option --db given more than once", "Run 'relsync help ddl' for usage."),
                List.of("relsync: entity: missing action (list, add, rename, remove)", "Run 'relsync help entity' for usage."),
                List.of("relsync: entity: unknown action 'frob' (list, add, rename, remove)", "Run 'relsync help entity' for usage."),
                List.of("relsync: entity: unexpected argument Extra", "Run 'relsync help entity' for usage."),
                List.of("relsync: init: missing <file.relsync>", "Run 'relsync help init' for usage."));
        List<Result> results = List.of(
                Cli.run(dir, "ddl", "p.relsync", "--create"),
                Cli.run(dir, "ddl", "p.relsync", "--create", "--db"),
                Cli.run(dir, "ddl", "p.relsync", "--create", "--db", "a", "--db=b"),
                Cli.run(dir, "entity", "p.relsync"),
                Cli.run(dir, "entity", "p.relsync", "frob"),
                Cli.run(dir, "entity", "p.relsync", "add", "Name", "Extra"),
                Cli.run(dir, "init"));
        for (int i = 0; i < lines.size(); i++) {
            Result result = results.get(i);
            assertEquals(2, result.exitCode(), result::toString);
            assertEquals(lines.get(i), result.errLines());
            assertEquals("", result.out());
        }
        assertEquals(List.of(), list(dir), "nothing written");
    }

    @Test
    void completionPrintsAScriptThatKnowsTheCommandsAndTheirOptions() {
        Result completion = Cli.run(dir, "completion");
        assertEquals(0, completion.exitCode(), completion::toString);
        assertTrue(completion.out().startsWith("#!/usr/bin/env bash"), completion::toString);
        for (String word : List.of("complete -F", "add-db", "typed-view", "--allow-destructive", "--sync-source", "events",
                "--token-env", "--bind", "--stream")) {
            assertTrue(completion.out().contains(word), word);
        }
    }

    @Test
    void initCreatesAProjectThatInfoDescribes() throws IOException {
        Result init = Cli.run(dir, "init", "crm.relsync", "--name", "CRM");
        assertEquals(0, init.exitCode(), init::toString);
        assertTrue(Files.isRegularFile(dir.resolve("crm.relsync")));

        Result info = Cli.run(dir, "info", "crm.relsync", "--json");
        assertEquals(0, info.exitCode(), info::toString);
        JsonNode json = new ObjectMapper().readTree(info.out());
        assertEquals("CRM", json.get("name").asText());
        assertEquals(1, json.get("counts").get("Project").asInt());
        assertEquals(1, json.get("counts").get("ModelSyncTask").asInt());
        assertEquals(0, json.get("counts").get("Entity").asInt());
        assertEquals(0, json.get("schemas").size());
    }

    @Test
    void initNamesTheProjectAfterTheFileByDefault() throws IOException {
        assertEquals(0, Cli.run(dir, "init", "billing.relsync").exitCode());
        JsonNode json = new ObjectMapper().readTree(Cli.run(dir, "info", "billing.relsync", "--json").out());
        assertEquals("billing", json.get("name").asText());
    }

    @Test
    void infoListsEachSchemaWithItsSyncSource() throws IOException {
        Path shop = Cli.repo().resolve("examples/shop/shop.relsync");
        Result text = Cli.run(dir, "info", shop.toString());
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().lines().anyMatch(l -> l.matches("\\s+main\\s+h2\\s+SHOP\\s+PUBLIC\\s+Model\\s+4\\s+0\\s+0")),
                text::toString);
        assertTrue(text.out().lines().anyMatch(l -> l.matches("\\s+Entity\\s+4")), text::toString);

        JsonNode json = new ObjectMapper().readTree(Cli.run(dir, "info", shop.toString(), "--json").out());
        JsonNode reporting = json.get("schemas").get(1);
        assertEquals("REPORTING", reporting.get("schema").asText());
        assertEquals("Database", reporting.get("syncSource").asText());
        assertEquals(1, reporting.get("views").asInt());
    }

    @Test
    void initNeverOverwritesAFile() throws IOException {
        Path existing = Files.writeString(dir.resolve("mine.relsync"), "my notes");
        Result result = Cli.run(dir, "init", "mine.relsync");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(List.of("relsync: mine.relsync: already exists; not overwritten"), result.errLines());
        assertEquals("my notes", Files.readString(existing));
    }

    @Test
    void initRefusesAFileNameWithoutTheExtensionAndWritesNothing() {
        Result result = Cli.run(dir, "init", "notes.txt");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(List.of("relsync: notes.txt: a project file name must end with .relsync"), result.errLines());
        assertEquals(List.of(), list(dir));
    }

    @Test
    void infoOnAMissingFileNamesTheFileInOneLine() {
        Result result = Cli.run(dir, "info", "absent.relsync");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(List.of("relsync: absent.relsync: no such file"), result.errLines());
        assertEquals("", result.out());
    }

    @Test
    void infoOnACorruptFileSaysWhyInOneLineAndLeavesItAlone() throws IOException {
        Path shop = Cli.repo().resolve("examples/shop/shop.relsync");
        byte[] full = Files.readAllBytes(shop);
        Path corrupt = Files.write(dir.resolve("corrupt.relsync"), java.util.Arrays.copyOf(full, full.length / 3));
        byte[] before = Files.readAllBytes(corrupt);

        Result result = Cli.run(dir, "info", "corrupt.relsync");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("relsync: corrupt.relsync: not a readable project file: "), result::toString);
        assertFalse(result.err().contains("\tat "), "no stack trace");
        assertArrayEquals(before, Files.readAllBytes(corrupt));
        assertEquals(List.of("corrupt.relsync"), list(dir));
    }

    @Test
    void infoOnAnotherKindOfXmiFileSaysItIsNoProject() throws IOException {
        Files.writeString(dir.resolve("model.relsync"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <entity:EntityModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:entity="http://relsync.org/model/entity/1.0" id="m" name="M"/>
                """);
        Result result = Cli.run(dir, "info", "model.relsync");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(List.of("relsync: model.relsync: not a project: its root element is EntityModel, not Project"),
                result.errLines());
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
