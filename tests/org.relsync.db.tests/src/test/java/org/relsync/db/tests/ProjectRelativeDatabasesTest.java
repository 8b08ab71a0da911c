package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.model.RelSyncModel;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.catalog.CatalogException;

/**
 * Relative file paths in a project's URLs are the project file's folder's, not the current
 * directory's; and reading a file database that is not there reports it and creates nothing.
 * The tests run in this module's folder, never the project's.
 */
class ProjectRelativeDatabasesTest {

    @TempDir
    Path dir;

    private final SyncEngine engine = SyncEngine.builder()
            .catalogSource(new DatabaseCatalogSource(Connections.fromEnvironment())).dialects(DatabaseKinds.dialects()).build();

    /** A project file in {@code dir/project} whose database {@code shop} has {@code url}, saved and loaded again. */
    private Project project(String driver, String url, String schema) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("project"));
        Project project = RelSyncModel.newProject("Shop");
        Path file = folder.resolve("shop.relsync");
        ProjectFiles.save(project, file);
        project = ProjectFiles.load(file); // in its file: add-db resolves against the project's folder too
        new DatabaseSetup(Connections.fromEnvironment()).add(project, new DatabaseSetup.Spec("shop", driver, url, null, null,
                List.of(schema), SyncSource.DATABASE));
        ProjectFiles.save(project, file);
        return ProjectFiles.load(file);
    }

    private static List<String> tables(Project project) {
        Database database = project.getDatabases().get(0);
        return database.getCatalogs().get(0).getSchemas().get(0).getTables().stream().map(Table::getName).sorted().toList();
    }

    private static List<Path> cwdFiles(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(Path.of("").toAbsolutePath())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    @Test
    void aRelativeH2UrlIsTheDatabaseBesideTheProject() throws Exception {
        H2Shop.build(dir.resolve("project/db"));
        for (String url : List.of("jdbc:h2:./db/shop;USER=sa", "jdbc:h2:file:db/shop;USER=sa", "jdbc:h2:db/shop;USER=sa;MODE=Regular")) {
            Project project = project("h2", url, "PUBLIC");
            assertEquals(url, project.getDatabases().get(0).getUrl(), "stored as given: the project moves with its database");
            engine.run(project, SyncOptions.defaults());
            assertEquals(List.of("CUSTOMER", "ORDER", "ORDER_LINE", "PRODUCT", "PRODUCT_TAG"), tables(project), url);
            assertFalse(Files.exists(Path.of("db").toAbsolutePath()), "nothing in the current directory");
        }
    }

    @Test
    void aRelativeSqlitePathIsTheFileBesideTheProject() throws Exception {
        Files.createDirectories(dir.resolve("project"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("project/notes.db"));
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)");
        }
        for (String url : List.of("jdbc:sqlite:notes.db", "jdbc:sqlite:./notes.db?busy_timeout=500",
                "jdbc:sqlite:file:notes.db?mode=ro")) {
            Project project = project("sqlite", url, "main");
            engine.run(project, SyncOptions.defaults());
            assertEquals(List.of("note"), tables(project), url);
            assertEquals(List.of(), cwdFiles("notes.db"), "nothing in the current directory");
        }
    }

    @Test
    void aMissingFileDatabaseIsAnErrorAndIsNotCreated() throws Exception {
        H2Shop.build(dir.resolve("project/db"));
        Files.createDirectories(dir.resolve("project"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("project/notes.db"));
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)");
        }
        Project h2 = project("h2", "jdbc:h2:./db/shop;USER=sa;IFEXISTS=FALSE", "PUBLIC");
        Project sqlite = project("sqlite", "jdbc:sqlite:notes.db", "main");
        engine.run(h2, SyncOptions.defaults());
        engine.run(sqlite, SyncOptions.defaults());
        Files.delete(dir.resolve("project/db/shop.mv.db"));
        Files.delete(dir.resolve("project/notes.db"));

        CatalogException h2Missing = assertThrows(CatalogException.class, () -> engine.run(h2, SyncOptions.defaults()));
        assertEquals("shop: no H2 database at " + dir.resolve("project/db/shop") + " (.mv.db)", h2Missing.getMessage());
        CatalogException sqliteMissing = assertThrows(CatalogException.class,
                () -> engine.run(sqlite, SyncOptions.builder().dryRun(true).build()));
        assertEquals("shop: no SQLite database at " + dir.resolve("project/notes.db"), sqliteMissing.getMessage());

        assertFalse(Files.exists(dir.resolve("project/db/shop.mv.db")), "no empty H2 database was made");
        assertFalse(Files.exists(dir.resolve("project/notes.db")), "no empty SQLite database was made");
        assertEquals(List.of(), cwdFiles("notes.db"));
        assertFalse(Files.exists(Path.of("db").toAbsolutePath()));
        assertTrue(tables(h2).contains("CUSTOMER"), "the model kept what it had: the failed sync changed nothing");
    }
}
