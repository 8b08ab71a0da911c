package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.db.ddl.DdlScript;
import org.relsync.db.ddl.DdlService;
import org.relsync.db.ddl.DdlStatement;
import org.relsync.model.RelSyncModel;
import org.relsync.model.entity.ModelType;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.edit.ProjectEditor.FieldSpec;

/**
 * The baseline an apply records: it survives a save and a load, and when the database cannot be
 * reached an update script is computed against it, renames included (H2 has no identities of its
 * own, so only the baseline can tell a rename from a drop and an add).
 */
class BaselineUpdateTest {

    @TempDir
    Path dir;

    @Test
    void anUnreachableDatabaseIsUpdatedFromTheBaselineOfTheLastApply() throws Exception {
        Path folder = dir.resolve("db");
        String url = "jdbc:h2:" + folder.resolve("shop").toAbsolutePath() + ";IFEXISTS=FALSE";
        Project project = RelSyncModel.newProject("Shop");
        Database database = new DatabaseSetup(Connections.fromEnvironment()).add(project,
                new DatabaseSetup.Spec("shop", "h2", url, "sa", null, List.of("PUBLIC"), SyncSource.MODEL));
        DatabaseCatalogSource source = new DatabaseCatalogSource(Connections.fromEnvironment());
        SyncEngine engine = SyncEngine.builder().catalogSource(source).dialects(DatabaseKinds.dialects()).build();
        ProjectEditor editor = new ProjectEditor(project);
        editor.execute(editor.addEntity("Customer"));
        editor.execute(editor.addField("Customer.Id", new FieldSpec(ModelType.INT64, null, null, null, false, true, true, null,
                false, false, false)));
        editor.execute(editor.addField("Customer.Name", new FieldSpec(ModelType.STRING, 100, null, null, false, null, null,
                null, false, false, false)));
        engine.run(project, SyncOptions.defaults());
        DdlService ddl = new DdlService(Connections.fromEnvironment(), source);
        assertTrue(ddl.apply(database, ddl.create(database)).succeeded());

        Path file = dir.resolve("shop.relsync");
        ProjectFiles.save(project, file);
        project = ProjectFiles.load(file);
        database = project.getDatabases().get(0);
        assertNotNull(database.getBaseline(), "the baseline is saved with the project");

        editor = new ProjectEditor(project);
        editor.execute(editor.renameField("Customer.Name", "FullName"));
        editor.execute(editor.renameEntity("Customer", "Client"));
        engine.run(project, SyncOptions.builder().task(RelSyncModel.MODEL_SYNC_TASK_NAME).build());
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.writeString(folder, "not a folder"); // H2 cannot open or create the database now

        DdlScript update = ddl.update(database);
        assertTrue(update.against().startsWith("the baseline of the last apply (the database cannot be reached"),
                update::text);
        assertEquals(List.of("ALTER TABLE PUBLIC.\"Customer\" RENAME TO \"Client\"",
                "ALTER TABLE PUBLIC.\"Client\" RENAME COLUMN \"Name\" TO \"FullName\"",
                "ALTER TABLE PUBLIC.\"Client\" RENAME CONSTRAINT \"PK_Customer\" TO \"PK_Client\""),
                update.statements().stream().map(DdlStatement::sql).toList(), update::text);
    }
}
