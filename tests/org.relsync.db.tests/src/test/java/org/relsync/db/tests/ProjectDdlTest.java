package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.db.ddl.DdlScript;
import org.relsync.db.ddl.DdlService;
import org.relsync.db.ddl.ProjectDdl;
import org.relsync.db.ddl.ProjectDdl.Status;
import org.relsync.model.entity.ModelType;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.ProjectSync;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.edit.ProjectEditor.FieldSpec;

/**
 * {@link ProjectDdl}, the DDL policy the command line and the workbench share, on a real H2 file
 * database: each outcome, what it leaves on disk and in the database.
 */
class ProjectDdlTest {

    @TempDir
    Path dir;

    private Path file;
    private String url;
    private final DatabaseCatalogSource source = new DatabaseCatalogSource(Connections.fromEnvironment());
    private final ProjectDdl ddl = new ProjectDdl(new DdlService(Connections.fromEnvironment(), source), Clock.systemUTC());

    @BeforeEach
    void modelFirstProject() {
        url = "jdbc:h2:file:" + dir.resolve("db/shop") + ";USER=sa";
        file = dir.resolve("p.relsync");
        Project project = ProjectFiles.create(file, "Shop");
        new DatabaseSetup(Connections.fromEnvironment()).add(project, new DatabaseSetup.Spec("shop", "h2", url, null, null,
                List.of("PUBLIC"), SyncSource.MODEL));
        ProjectEditor editor = new ProjectEditor(project);
        editor.execute(editor.addEntity("Customer"));
        editor.execute(editor.addField("Customer.Id", new FieldSpec(ModelType.INT64, null, null, null, false, true, true, null,
                false, false, false)));
        ProjectFiles.save(project, file);
        new ProjectSync(SyncEngine.builder().catalogSource(source).dialects(DatabaseKinds.dialects()).build(), Clock.systemUTC())
                .sync(file, SyncOptions.builder().backup(false).build());
    }

    private ProjectDdl.Options options(DdlScript.Mode mode, boolean apply) {
        return new ProjectDdl.Options("shop", mode, apply, false, false, true, null);
    }

    @Test
    void aScriptIsMadeAndNothingIsWritten() throws Exception {
        byte[] before = Files.readAllBytes(file);
        ProjectDdl.Result result = ddl.run(file, options(DdlScript.Mode.CREATE, false));
        assertEquals(Status.SCRIPT, result.status());
        assertTrue(result.script().text().contains("CREATE TABLE"), result.script().text());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void validationErrorsRefuseUnlessForced() throws Exception {
        Project project = ProjectFiles.load(file);
        project.getEntityModel().getEntities().get(0).getFields().get(0).setName("");
        ProjectFiles.save(project, file);
        byte[] before = Files.readAllBytes(file);
        ProjectDdl.Result refused = ddl.run(file, options(DdlScript.Mode.CREATE, true));
        assertEquals(Status.REFUSED_ERRORS, refused.status());
        assertFalse(refused.errors().isEmpty());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve(".relsync")));
    }

    @Test
    void anApplyBacksUpAppliesRecordsTheBaselineAndSaves() throws Exception {
        ProjectDdl.Result applied = ddl.run(file, options(DdlScript.Mode.CREATE, true));
        assertEquals(Status.APPLIED, applied.status(), () -> String.valueOf(applied.applied()));
        assertNotNull(ProjectFiles.load(file).getDatabases().get(0).getBaseline(), "the baseline is saved with the project");
        try (var backups = Files.list(dir.resolve(".relsync/backups"))) {
            assertEquals(1, backups.count());
        }
        assertEquals(Status.SCRIPT, ddl.run(file, options(DdlScript.Mode.UPDATE, false)).status());
        assertTrue(ddl.run(file, options(DdlScript.Mode.UPDATE, false)).script().isEmpty());
    }

    @Test
    void aFailedApplyLeavesTheFileAndNoBackup() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"Customer\" (x INT)"); // in the way of the script
        }
        byte[] before = Files.readAllBytes(file);
        ProjectDdl.Result failed = ddl.run(file, options(DdlScript.Mode.CREATE, true));
        assertEquals(Status.APPLY_FAILED, failed.status());
        assertFalse(failed.applied().succeeded());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve(".relsync")), "the backup went with the failed apply");
    }

    @Test
    void aProjectInMemoryGetsItsScriptWithUnsavedEditsAndNothingIsWrittenOrApplied() throws Exception {
        assertEquals(Status.APPLIED, ddl.run(file, options(DdlScript.Mode.CREATE, true)).status());
        byte[] before = Files.readAllBytes(file);
        Project project = ProjectFiles.load(file);
        ProjectEditor editor = new ProjectEditor(project);
        editor.execute(editor.addField("Customer.Phone", new FieldSpec(ModelType.STRING, 20, null, null, true, false, false, null,
                false, false, false)));
        SyncEngine.builder().catalogSource(source).dialects(DatabaseKinds.dialects()).build().run(project,
                SyncOptions.builder().backup(false).build());

        ProjectDdl.Result result = ddl.script(project, options(DdlScript.Mode.UPDATE, false));
        assertEquals(Status.SCRIPT, result.status());
        assertTrue(result.script().text().contains("ADD") && result.script().text().contains("Phone"), result.script().text());
        assertArrayEquals(before, Files.readAllBytes(file), "the file is not written");
        assertTrue(ddl.run(file, options(DdlScript.Mode.UPDATE, false)).script().isEmpty(),
                "the database is not changed, and the file does not have the edit");
        assertThrows(IllegalArgumentException.class, () -> ddl.script(project, options(DdlScript.Mode.UPDATE, true)),
                "an apply saves: it runs on the file");

        project.getEntityModel().getEntities().get(0).getFields().get(0).setName("");
        ProjectDdl.Result refused = ddl.script(project, options(DdlScript.Mode.UPDATE, false));
        assertEquals(Status.REFUSED_ERRORS, refused.status(), "the same validation gating as on the file");
        assertFalse(refused.errors().isEmpty());
    }
}
