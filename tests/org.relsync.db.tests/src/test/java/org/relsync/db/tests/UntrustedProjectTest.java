package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.model.RelSyncModel;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.edit.EditException;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem;
import org.relsync.sync.report.ReportWriter;

/**
 * A project file from a pull request, synced (even as a dry run) through the real engine and
 * {@link DatabaseCatalogSource}: an H2 URL whose {@code INIT} runs a script, creates a Java alias
 * or calls a function that writes a file is refused before any connection, and nothing runs;
 * a URL with allowed settings still syncs.
 */
class UntrustedProjectTest {

    @TempDir
    Path dir;

    private Path projectFile;
    private String url;
    private final SyncEngine engine = SyncEngine.builder()
            .catalogSource(new DatabaseCatalogSource(Connections.fromEnvironment())).dialects(DatabaseKinds.dialects()).build();

    @BeforeEach
    void aProjectOnTheShop() throws Exception {
        url = H2Shop.build(dir);
        Project project = RelSyncModel.newProject("Shop");
        new DatabaseSetup(Connections.fromEnvironment()).add(project, new DatabaseSetup.Spec("shop", "h2", url, null, null,
                List.of("PUBLIC"), SyncSource.DATABASE));
        projectFile = dir.resolve("shop.relsync");
        ProjectFiles.save(project, projectFile);
    }

    /** The project file with {@code settings} appended to the database's URL, as a hostile pull request would. */
    private Project tampered(String settings) throws Exception {
        String text = Files.readString(projectFile);
        assertTrue(text.contains("url=\"" + url + "\""), text);
        String xml = settings.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        Files.writeString(projectFile, text.replace("url=\"" + url + "\"", "url=\"" + url + xml + "\""));
        return ProjectFiles.load(projectFile);
    }

    private void assertRefusedAndNothingRan(String settings, Path marker) throws Exception {
        Project project = tampered(settings);
        for (boolean dryRun : List.of(true, false)) {
            EditException e = assertThrows(EditException.class,
                    () -> engine.run(project, SyncOptions.builder().dryRun(dryRun).build()));
            assertTrue(e.getMessage().startsWith("database shop: the URL setting INIT is not allowed (it runs SQL when "
                    + "connecting); allowed: MODE,"), e.getMessage());
            assertFalse(Files.exists(marker), marker + " was written: the URL ran code");
        }
    }

    @Test
    void initRunscriptDoesNotRun() throws Exception {
        Path marker = dir.resolve("runscript.csv");
        Path script = dir.resolve("evil.sql");
        Files.writeString(script, "CALL CSVWRITE('" + marker + "', 'SELECT 1');\n");
        assertRefusedAndNothingRan(";INIT=RUNSCRIPT FROM '" + script + "'", marker);
    }

    @Test
    void initCreateAliasDoesNotRunJava() throws Exception {
        Path marker = dir.resolve("alias.txt");
        String java = "CREATE ALIAS IF NOT EXISTS PWN AS $$ String pwn(String p) throws Exception { "
                + "java.nio.file.Files.writeString(java.nio.file.Path.of(p), \"pwned\"); return p; } $$;CALL PWN('"
                + marker + "')";
        // H2 reads '\;' in a setting's value as a ';' of that value
        assertRefusedAndNothingRan(";init=" + java.replace(";", "\\;"), marker);
    }

    @Test
    void initCallThatWritesAFileDoesNotRun() throws Exception {
        Path marker = dir.resolve("call.csv");
        assertRefusedAndNothingRan(";MODE=Regular;INIT=CALL CSVWRITE('" + marker + "', 'SELECT 1')", marker);
    }

    @Test
    void allowedSettingsStillSync() throws Exception {
        Project project = tampered(";MODE=Regular;DB_CLOSE_DELAY=0;DEFAULT_NULL_ORDERING=LOW");
        ChangeReport report = engine.run(project, SyncOptions.defaults()).report();
        assertEquals(0, report.count(Problem.Severity.ERROR), () -> ReportWriter.text(report));
        assertEquals(List.of("CUSTOMER", "ORDER", "ORDER_LINE", "PRODUCT", "PRODUCT_TAG"),
                project.getDatabases().get(0).getCatalogs().get(0).getSchemas().get(0).getTables().stream()
                        .map(t -> t.getName()).sorted().toList());
    }
}
