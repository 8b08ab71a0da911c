package org.relsync.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * `relsync sync`, `validate`, `settings`, `set-source` and the model-editing commands, in-process;
 * a database error's exit code 3 from the product's process.
 */
class SyncAndEditCommandsTest {

    private static final String MODEL_TASK = "Sync with the model";

    @TempDir
    Path dir;

    private Path shop;

    @BeforeEach
    void copyTheExample() throws IOException {
        shop = Files.copy(Cli.repo().resolve("examples/shop/shop.relsync"), dir.resolve("shop.relsync"));
    }

    private Result ok(String... args) {
        Result result = Cli.run(dir, args);
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }

    @Test
    void aModelEditedFromTheCommandLineIsSyncedBackedUpAndThenStable() throws IOException {
        ok("entity", "shop.relsync", "add", "Invoice");
        ok("field", "shop.relsync", "add", "Invoice.Id", "Int64", "--identifying", "--identity");
        ok("field", "shop.relsync", "add", "Invoice.Total", "Decimal", "--precision", "12", "--scale", "2");
        ok("relation", "shop.relsync", "add", "InvoiceCustomer", "--from", "Invoice", "--to", "Customer");

        Result sync = ok("sync", "shop.relsync", "--task", MODEL_TASK);
        assertTrue(sync.out().contains("created  Table       Invoice"), sync::toString);
        assertTrue(sync.out().contains("FK_Invoice_Customer"), sync::toString);
        try (Stream<Path> backups = Files.list(dir.resolve(".relsync/backups"))) {
            assertEquals(1, backups.count(), "one backup before the sync");
        }

        Result again = ok("sync", "shop.relsync", "--task", MODEL_TASK, "--no-backup");
        assertTrue(again.out().contains("No change;"), again::toString);
        JsonNode info = new ObjectMapper().readTree(ok("info", "shop.relsync", "--json").out());
        assertEquals(5, info.get("counts").get("Entity").asInt());
        assertEquals(5, info.get("schemas").get(0).get("tables").asInt());
    }

    @Test
    void aDryRunPrintsTheReportAsJsonAndWritesNothing() throws IOException {
        ok("entity", "shop.relsync", "add", "Invoice");
        ok("field", "shop.relsync", "add", "Invoice.Id", "Int64", "--identifying"); // an entity without fields is an error
        byte[] before = Files.readAllBytes(shop);
        Result dry = ok("sync", "shop.relsync", "--task", MODEL_TASK, "--dry-run", "--report", "json");
        JsonNode report = new ObjectMapper().readTree(dry.out());
        assertTrue(report.get("dryRun").asBoolean());
        assertTrue(report.get("counts").get("created").asInt() >= 1, "the new entity's table and mapping");
        assertArrayEquals(before, Files.readAllBytes(shop));
        assertTrue(Files.notExists(dir.resolve(".relsync")), "no backup for a dry run");
    }

    @Test
    void theReportCanGoToAFile() throws IOException {
        Result result = ok("sync", "shop.relsync", "--task", MODEL_TASK, "--no-backup", "-o", "report.txt");
        assertTrue(result.out().contains("Report written to report.txt"), result::toString);
        assertTrue(Files.readString(dir.resolve("report.txt")).startsWith("Sync of project Shop"));
    }

    @Test
    void aReportAimedAtTheProjectFileIsRefusedAndTheProjectIsUntouched() throws IOException {
        byte[] before = Files.readAllBytes(shop);
        Result result = Cli.run(dir, "sync", "shop.relsync", "--task", MODEL_TASK, "--no-backup", "-o", "./shop.relsync");
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("that is the project file"), result::toString);
        assertArrayEquals(before, Files.readAllBytes(shop));
    }

    @Test
    void aDatabaseThatCannotBeReadIsExitCode3AndTheProjectIsUntouched() throws IOException {
        byte[] before = Files.readAllBytes(shop);
        Result result = Product.run(dir, "sync", "shop.relsync", "--no-backup");
        assertEquals(3, result.exitCode(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("relsync: database error: main:"), result::toString);
        assertArrayEquals(before, Files.readAllBytes(shop));
    }

    @Test
    void validateReportsErrorsWithPathsAndFixesAndExits1() throws IOException {
        assertTrue(ok("validate", "shop.relsync").out().contains("0 errors"));
        // a second identifying field on Customer breaks the relationship OrderCustomer (one FK field)
        ok("field", "shop.relsync", "set", "Customer.Email", "--identifying", "true");
        Result result = Cli.run(dir, "validate", "shop.relsync");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.out().contains("error  entity model/OrderCustomer: 1 foreign-key fields for 2 identifying fields"
                + " of Customer [relationship.fkFields]"), result::toString);
        assertTrue(result.out().contains("fix: remove the relationship"), result::toString);
        JsonNode json = new ObjectMapper().readTree(Cli.run(dir, "validate", "shop.relsync", "--json").out());
        assertTrue(json.get("errors").asInt() >= 1);
    }

    @Test
    void anEntityWithoutFieldsIsAnErrorThatValidateSyncAndDdlAllSee() throws IOException {
        ok("entity", "shop.relsync", "add", "Empty");

        Result validate = Cli.run(dir, "validate", "shop.relsync");
        assertEquals(1, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("error  entity model/Empty: the entity has no fields: its table would have no columns"
                + " [entity.fields]"), validate::toString);
        assertTrue(validate.out().contains("fix: remove the entity"), validate::toString);

        Result sync = Cli.run(dir, "sync", "shop.relsync", "--task", MODEL_TASK, "--no-backup");
        assertEquals(1, sync.exitCode(), "the sync reports the same error and exits 1: " + sync);
        assertTrue(sync.out().contains("entity model/Empty: the entity has no fields"), sync::toString);
        Result again = Cli.run(dir, "sync", "shop.relsync", "--task", MODEL_TASK, "--no-backup");
        assertEquals(1, again.exitCode(), "errors do not disappear between commands: " + again);
        assertTrue(again.out().contains("No change; ") && again.out().contains(" 1 error."), again::toString);

        byte[] before = Files.readAllBytes(shop);
        Result ddl = Cli.run(dir, "ddl", "shop.relsync", "--db", "main", "--create");
        assertEquals(1, ddl.exitCode(), ddl::toString);
        assertTrue(ddl.err().contains("entity model/Empty: the entity has no fields"), ddl::toString);
        assertArrayEquals(before, Files.readAllBytes(shop));
    }

    @Test
    void settingsAreShownAndChangedAllOrNothing() throws IOException {
        Result all = ok("settings", "shop.relsync");
        assertTrue(all.out().contains("excludableOrphanedElementDetectedAction=MarkForDeletion"), all::toString);
        assertTrue(all.out().contains("naming.tablePattern=") || all.out().contains("naming.tableNamePattern={Entity}"));

        ok("settings", "shop.relsync", "naming.tableCaseStyle=UPPER_SNAKE", "createBackupBeforeSync=false");
        assertEquals("naming.tableCaseStyle=UPPER_SNAKE\n", ok("settings", "shop.relsync", "naming.tableCaseStyle").out());

        byte[] before = Files.readAllBytes(shop);
        Result bad = Cli.run(dir, "settings", "shop.relsync", "reflectTypeOfElementFieldInTargetField=false",
                "nonExcludableOrphanedElementDetectedAction=Explode");
        assertEquals(2, bad.exitCode(), bad::toString);
        assertEquals(List.of("relsync: nonExcludableOrphanedElementDetectedAction: 'Explode' is not one of"
                + " [DoNothing, RaiseWarning, MarkForDeletion]"), bad.errLines());
        assertArrayEquals(before, Files.readAllBytes(shop), "the valid first change was not applied either");
    }

    @Test
    void setSourceChangesASchemasSyncSource() throws IOException {
        ok("set-source", "shop.relsync", "--db", "main", "--schema", "REPORTING", "Mixed");
        JsonNode info = new ObjectMapper().readTree(ok("info", "shop.relsync", "--json").out());
        assertEquals("Mixed", info.get("schemas").get(1).get("syncSource").asText());
    }

    static Stream<List<String>> badInput() {
        return Stream.of(
                List.of("field", "shop.relsync", "add", "Customer.Age", "Integer"),
                List.of("field", "shop.relsync", "add", "Nobody.Age", "Int32"),
                List.of("field", "shop.relsync", "set", "Customer.Id", "--length", "ten"),
                List.of("entity", "shop.relsync", "add", "Customer"),
                List.of("entity", "shop.relsync", "rename", "Ghost", "Spirit"),
                List.of("relation", "shop.relsync", "add", "R", "--from", "Order", "--to", "Ghost"),
                List.of("unique", "shop.relsync", "add", "Customer", "U", "--fields", "Nope"),
                List.of("typed-view", "shop.relsync", "add", "V", "--fields", "A:Text"),
                List.of("set-source", "shop.relsync", "--db", "main", "--schema", "PUBLIC", "Sometimes"),
                List.of("set-source", "shop.relsync", "--db", "other", "--schema", "PUBLIC", "Model"),
                List.of("sync", "shop.relsync", "--task", "No such task"),
                List.of("sync", "shop.relsync", "--report", "xml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsExitCode2OneLineAndTheFileUnchanged(List<String> args) throws IOException {
        byte[] before = Files.readAllBytes(shop);
        Result result = Cli.run(dir, args.toArray(String[]::new));
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.errLines().get(0).startsWith("relsync: "), result::toString);
        assertTrue(result.errLines().size() <= 2, result::toString);
        assertTrue(!result.err().contains("\tat "), "no stack trace");
        assertArrayEquals(before, Files.readAllBytes(shop));
        assertTrue(Files.notExists(dir.resolve(".relsync")), "no backup either");
    }
}
