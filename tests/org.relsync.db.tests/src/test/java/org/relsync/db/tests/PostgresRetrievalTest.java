package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import org.relsync.testing.PostgresServer;
import org.relsync.testing.SqlScript;
import org.relsync.testing.Samples;

/**
 * The Pagila sample (test resources, samples/pagila) on a real PostgreSQL 15 server: retrieval checked
 * against PostgreSQL's own catalog, then reverse engineering and an idempotent sync.
 */
@ExtendWith(PostgresServer.class)
class PostgresRetrievalTest {

    private static String url;
    private static Project project;
    private static Database database;
    private static SyncEngine engine;

    @BeforeAll
    static void loadPagila() throws Exception {
        url = PostgresServer.createDatabase("pagila");
        Path script = Samples.file("pagila", "pagila-schema.sql");
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            SqlScript.run(c, script, sql -> true);
        }
        project = RelSyncModel.newProject("Pagila");
        database = new DatabaseSetup(Connections.fromEnvironment()).add(project, new DatabaseSetup.Spec("pagila",
                "postgresql", url, "postgres", null, List.of("public"), SyncSource.DATABASE));
        engine = SyncEngine.builder().catalogSource(new DatabaseCatalogSource(Connections.fromEnvironment()))
                .dialects(DatabaseKinds.dialects()).build();
        engine.run(project, SyncOptions.builder().task(DatabaseSetup.taskName("pagila")).build());
    }

    private static Schema schema() {
        return database.getCatalogs().get(0).getSchemas().get(0);
    }

    private static Map<String, Integer> query(String sql) throws Exception {
        Map<String, Integer> result = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getInt(2));
            }
        }
        return result;
    }

    @Test
    void tablesAndColumnsMatchTheInformationSchema() throws Exception {
        Map<String, Integer> expected = query("SELECT c.table_name, COUNT(*) FROM information_schema.columns c "
                + "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                + "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' GROUP BY c.table_name");
        Map<String, Integer> actual = new TreeMap<>();
        schema().getTables().forEach(t -> actual.put(t.getName(), t.getFields().size()));
        assertEquals(expected, actual);
    }

    @Test
    void viewsSequencesAndForeignKeysMatchTheCatalog() throws Exception {
        int views = query("SELECT 'v', COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm')").get("v"); // views and materialized views
        assertEquals(views, schema().getViews().size());
        assertTrue(schema().getViews().stream().allMatch(v -> v.getDefinition() != null && !v.getDefinition().isBlank()));
        int sequences = query("SELECT 's', COUNT(*) FROM information_schema.sequences WHERE sequence_schema = 'public'").get("s");
        assertEquals(sequences, schema().getSequences().size());
        Map<String, Integer> foreignKeys = query("SELECT table_name, COUNT(*) FROM information_schema.table_constraints "
                + "WHERE constraint_type = 'FOREIGN KEY' AND table_schema = 'public' GROUP BY table_name");
        Map<String, Integer> actual = new HashMap<>();
        for (Table t : schema().getTables()) {
            if (!t.getForeignKeys().isEmpty()) {
                actual.put(t.getName(), t.getForeignKeys().size());
            }
        }
        assertEquals(foreignKeys, new TreeMap<>(actual));
    }

    @Test
    void columnDetailsUseTheDialectsNames() {
        Table film = schema().getTables().stream().filter(t -> t.getName().equals("film")).findFirst().orElseThrow();
        var title = film.getFields().stream().filter(f -> f.getName().equals("title")).findFirst().orElseThrow();
        assertEquals("text", title.getDataType());
        var rate = film.getFields().stream().filter(f -> f.getName().equals("rental_rate")).findFirst().orElseThrow();
        assertEquals("numeric", rate.getDataType());
        assertEquals(4, rate.getPrecision());
        assertEquals(2, rate.getScale());
        assertEquals("film_pkey", film.getPrimaryKey().getName());
    }

    @Test
    void reverseEngineeringThenSyncingTwiceChangesNothingTheSecondTime() {
        ChangeReport report = new ChangeReport("Pagila");
        new ReverseEngineer(project, database, Naming.of(project, database, DatabaseKinds.dialects()), report)
                .reverse(s -> true);
        assertTrue(project.getEntityModel().getEntities().size() >= 15);
        engine.run(project, SyncOptions.defaults());
        ChangeReport second = engine.run(project, SyncOptions.defaults()).report();
        assertEquals(List.of(), second.changes(), () -> ReportWriter.text(second));
    }
}
