package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import org.relsync.sync.Elements;
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
 * Every PostgreSQL sample of the project on a real server: what RelSync reads is what
 * PostgreSQL's own catalog holds (per schema: tables with their column, foreign-key, unique and
 * primary-key counts, views, sequences); then reverse engineering and a sync that is stable.
 */
@ExtendWith(PostgresServer.class)
class PostgresSamplesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pagila, pagila-schema.sql", "chinook, Chinook_PostgreSql.sql", "northwind, northwind.sql",
        "adventureworks, adventureworks-schema-only.sql", "sakila, postgres-sakila-schema.sql"})
    void readsWhatTheCatalogHoldsAndSyncsStably(String sample, String file) throws Exception {
        String url = PostgresServer.createDatabase("sample_" + sample);
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            SqlScript.run(c, Samples.file(sample, file), SqlScript.INTO_A_TEST_DATABASE);
        }
        List<String> schemas = query(url, "SELECT nspname, 0 FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                + "AND nspname <> 'information_schema' AND EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = "
                + "pg_namespace.oid AND c.relkind IN ('r', 'p', 'v', 'm'))").keySet().stream().toList();
        Project project = RelSyncModel.newProject(sample);
        Database database = new DatabaseSetup(Connections.fromEnvironment()).add(project, new DatabaseSetup.Spec("db",
                "postgresql", url, "postgres", null, schemas, SyncSource.DATABASE));
        SyncEngine engine = SyncEngine.builder().catalogSource(new DatabaseCatalogSource(Connections.fromEnvironment()))
                .dialects(DatabaseKinds.dialects()).build();
        engine.run(project, SyncOptions.builder().task(DatabaseSetup.taskName("db")).build());

        for (Schema schema : Elements.schemas(database)) {
            String in = " AND n.nspname = '" + schema.getName() + "'";
            assertEquals(query(url, "SELECT c.relname, COUNT(a.attnum) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
                    + "WHERE c.relkind IN ('r', 'p')" + in + " GROUP BY c.relname"), counts(schema, t -> t.getFields().size()),
                    sample + "." + schema.getName() + ": tables and columns");
            assertEquals(query(url, constraintCount('f', in)), nonZero(counts(schema, t -> t.getForeignKeys().size())),
                    sample + "." + schema.getName() + ": foreign keys");
            assertEquals(query(url, constraintCount('u', in)), nonZero(counts(schema, t -> t.getUniqueConstraints().size())),
                    sample + "." + schema.getName() + ": unique constraints");
            assertEquals(query(url, constraintCount('p', in)), nonZero(counts(schema, t -> t.getPrimaryKey() == null ? 0 : 1)),
                    sample + "." + schema.getName() + ": primary keys");
            assertEquals(one(url, "SELECT 'n', COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE c.relkind IN ('v', 'm')" + in), schema.getViews().size(), sample + "." + schema.getName() + ": views");
            assertEquals(one(url, "SELECT 'n', COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE c.relkind = 'S'" + in), schema.getSequences().size(), sample + "." + schema.getName() + ": sequences");
        }

        ChangeReport reversed = new ChangeReport(sample);
        new ReverseEngineer(project, database, Naming.of(project, database, DatabaseKinds.dialects()), reversed).reverse(s -> true);
        int tables = Elements.schemas(database).stream().mapToInt(s -> s.getTables().size()).sum();
        long links = project.getMappings().get(0).getRelationshipMappings().stream().filter(m -> m.getLinkTable() != null).count();
        assertEquals(tables - links, project.getEntityModel().getEntities().size(),
                "every table became an entity, but pure link tables, which became many-to-many relationships");
        engine.run(project, SyncOptions.defaults());
        ChangeReport second = engine.run(project, SyncOptions.defaults()).report();
        assertEquals(List.of(), second.changes(), () -> ReportWriter.text(second));
        assertTrue(tables > 0);
    }

    private static String constraintCount(char type, String in) {
        return "SELECT c.relname, COUNT(*) FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE con.contype = '" + type + "'" + in
                + " GROUP BY c.relname";
    }

    private interface Count {
        int of(Table table);
    }

    private static Map<String, Integer> counts(Schema schema, Count count) {
        Map<String, Integer> result = new TreeMap<>();
        schema.getTables().forEach(t -> result.put(t.getName(), count.of(t)));
        return result;
    }

    private static Map<String, Integer> nonZero(Map<String, Integer> counts) {
        counts.values().removeIf(v -> v == 0);
        return counts;
    }

    private static int one(String url, String sql) throws Exception {
        return query(url, sql).values().stream().findFirst().orElse(0);
    }

    private static Map<String, Integer> query(String url, String sql) throws Exception {
        Map<String, Integer> result = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getInt(2));
            }
        }
        return result;
    }
}
