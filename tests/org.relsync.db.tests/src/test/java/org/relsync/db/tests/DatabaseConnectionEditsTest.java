package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseSetup;
import org.relsync.model.RelSyncModel;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.Elements;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.edit.EditException;
import org.relsync.sync.edit.ProjectEditor;

/**
 * Connections changed after {@code add-db} (issue 10, item 5), and {@code add-db}'s schema
 * patterns and its hint when the default schema is empty, on real H2 databases.
 */
class DatabaseConnectionEditsTest {

    @TempDir
    Path dir;

    private String h2(String name, String... statements) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve(name) + ";USER=sa";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
        return url;
    }

    private Project projectOn(String url, List<String> schemas, List<String> notes) {
        Project project = RelSyncModel.newProject("P");
        new DatabaseSetup(Connections.fromEnvironment()).add(project,
                new DatabaseSetup.Spec("shop", "h2", url, null, null, schemas, SyncSource.DATABASE), notes::add);
        return project;
    }

    @Test
    void aDatabaseCanBePointedElsewhereOnceTheNewPlaceHasItsSchemas() throws Exception {
        String first = h2("first", "CREATE SCHEMA SALES", "CREATE TABLE SALES.T (ID INT)");
        String second = h2("second", "CREATE SCHEMA SALES");
        String third = h2("third");
        Project project = projectOn(first, List.of("SALES"), new ArrayList<>());
        ProjectEditor editor = new ProjectEditor(project);
        Database database = project.getDatabases().get(0);
        DatabaseSetup setup = new DatabaseSetup(Connections.fromEnvironment());

        CatalogException missing = assertThrows(CatalogException.class, () -> setup.changeConnection(editor, "shop",
                new DatabaseSetup.ConnectionChange(third, null, null)));
        assertTrue(missing.getMessage().contains("schema 'SALES' does not exist there"), missing.getMessage());
        assertEquals(first, database.getUrl());

        EditException refused = assertThrows(EditException.class, () -> setup.changeConnection(editor, "shop",
                new DatabaseSetup.ConnectionChange(second + ";INIT=RUNSCRIPT FROM 'x.sql'", null, null)));
        assertTrue(refused.getMessage().contains("INIT"), refused.getMessage());

        CatalogException unset = assertThrows(CatalogException.class, () -> setup.changeConnection(editor, "shop",
                new DatabaseSetup.ConnectionChange(null, null, "RELSYNC_TEST_VARIABLE_THAT_IS_NOT_SET")));
        assertTrue(unset.getMessage().contains("RELSYNC_TEST_VARIABLE_THAT_IS_NOT_SET that holds the password is not set"),
                unset.getMessage());

        database.setUser("sa");
        Project before = EcoreUtil.copy(project);
        editor.execute(setup.changeConnection(editor, "shop", new DatabaseSetup.ConnectionChange(second, "", null)));
        assertEquals(second, database.getUrl());
        assertNull(database.getUser());
        editor.undo();
        assertTrue(EcoreUtil.equals(before, project), "one undoable change");

        EditException nothing = assertThrows(EditException.class, () -> setup.changeConnection(editor, "shop",
                new DatabaseSetup.ConnectionChange(null, null, null)));
        assertTrue(nothing.getMessage().contains("nothing to change"), nothing.getMessage());
    }

    @Test
    void schemaPatternsPickEveryMatchingSchemaAndAPatternThatMatchesNoneIsAnError() throws Exception {
        String url = h2("many", "CREATE SCHEMA SALES_EU", "CREATE SCHEMA SALES_US", "CREATE SCHEMA HR");
        Project project = projectOn(url, List.of("SALES_*", "HR"), new ArrayList<>());
        assertEquals(List.of("SALES_EU", "SALES_US", "HR"),
                Elements.schemas(project.getDatabases().get(0)).stream().map(s -> s.getName()).toList());
        CatalogException none = assertThrows(CatalogException.class, () -> projectOn(url, List.of("FIN*"), new ArrayList<>()));
        assertTrue(none.getMessage().contains("no schema matches 'FIN*'"), none.getMessage());
    }

    @Test
    void anEmptyDefaultSchemaNextToFullOnesGetsAHint() throws Exception {
        String url = h2("empty-default", "CREATE SCHEMA SALES", "CREATE TABLE SALES.ORDERS (ID INT)");
        List<String> notes = new ArrayList<>();
        projectOn(url, List.of(), notes);
        assertEquals(1, notes.size(), notes::toString);
        assertTrue(notes.get(0).startsWith("the default schema PUBLIC has no table or view; [SALES] has some: add-db --schemas SALES"),
                notes.get(0));

        List<String> quiet = new ArrayList<>();
        projectOn(h2("full-default", "CREATE TABLE T (ID INT)"), List.of(), quiet);
        assertEquals(List.of(), quiet, "no hint when the default schema has tables");
    }
}
