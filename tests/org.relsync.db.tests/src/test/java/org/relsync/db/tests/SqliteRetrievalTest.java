package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.model.RelSyncModel;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.ReportWriter;
import org.relsync.sync.reverse.ReverseEngineer;
import org.relsync.testing.SqlScript;
import org.relsync.testing.Samples;

/** The Sakila sample for SQLite (test resources, samples/sakila) read through SchemaCrawler, checked against SQLite's own catalog. */
class SqliteRetrievalTest {

    @TempDir
    static Path dir;

    private static String url;
    private static Project project;
    private static Database database;
    private static SyncEngine engine;

    @BeforeAll
    static void loadSakila() throws Exception {
        url = "jdbc:sqlite:" + dir.resolve("sakila.db");
        Path script = Samples.file("sakila", "sqlite-sakila-schema.sql");
        try (Connection c = DriverManager.getConnection(url)) {
            SqlScript.run(c, script, sql -> true);
        }
        project = RelSyncModel.newProject("Sakila");
        database = new DatabaseSetup(Connections.fromEnvironment()).add(project,
                new DatabaseSetup.Spec("sakila", "sqlite", url, null, null, List.of(), SyncSource.DATABASE));
        engine = SyncEngine.builder().catalogSource(new DatabaseCatalogSource(Connections.fromEnvironment()))
                .dialects(DatabaseKinds.dialects()).build();
        engine.run(project, SyncOptions.builder().task(DatabaseSetup.taskName("sakila")).build());
    }

    private static Schema schema() {
        return database.getCatalogs().get(0).getSchemas().get(0);
    }

    private static Map<String, Integer> columnsPerTable() throws Exception {
        Map<String, Integer> result = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT m.name, COUNT(*) FROM sqlite_master m, pragma_table_info(m.name) p "
                        + "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' GROUP BY m.name")) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getInt(2));
            }
        }
        return result;
    }

    @Test
    void tablesColumnsViewsAndKeysMatchSqlitesCatalog() throws Exception {
        assertEquals("main", schema().getName());
        Map<String, Integer> actual = new TreeMap<>();
        schema().getTables().forEach(t -> actual.put(t.getName(), t.getFields().size()));
        assertEquals(columnsPerTable(), actual);
        int foreignKeys = 0;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT m.name || '.' || p.id) FROM sqlite_master m, "
                        + "pragma_foreign_key_list(m.name) p WHERE m.type = 'table'")) {
            rs.next();
            foreignKeys = rs.getInt(1);
        }
        assertEquals(foreignKeys, schema().getTables().stream().mapToInt(t -> t.getForeignKeys().size()).sum());
        Table actor = schema().getTables().stream().filter(t -> t.getName().equals("actor")).findFirst().orElseThrow();
        assertEquals("VARCHAR", actor.getFields().get(1).getDataType());
        assertEquals(45, actor.getFields().get(1).getLength());
        assertTrue(schema().getViews().size() > 0);
    }

    @Test
    void reverseEngineeringThenSyncingTwiceChangesNothingTheSecondTime() {
        ChangeReport report = new ChangeReport("Sakila");
        new ReverseEngineer(project, database, Naming.of(project, database, DatabaseKinds.dialects()), report).reverse(s -> true);
        assertEquals(schema().getTables().size(), project.getEntityModel().getEntities().size());
        engine.run(project, SyncOptions.defaults());
        ChangeReport second = engine.run(project, SyncOptions.defaults()).report();
        assertEquals(List.of(), second.changes(), () -> ReportWriter.text(second));
    }
}
