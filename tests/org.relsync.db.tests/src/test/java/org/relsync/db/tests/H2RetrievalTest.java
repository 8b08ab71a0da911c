package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.ReferentialAction;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.View;
import org.relsync.sync.catalog.SchemaRef;

/** SchemaCrawler retrieval from a real H2 database, checked against H2's own INFORMATION_SCHEMA. */
class H2RetrievalTest {

    @TempDir
    static Path dir;

    private static String url;
    private static Database snapshot;

    @BeforeAll
    static void buildAndRead() throws Exception {
        url = "jdbc:h2:file:" + dir.resolve("shop") + ";USER=sa";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + Path.of(System.getProperty("relsync.repo", "../.."))
                    .resolve("examples/shop/shop-h2.sql").toAbsolutePath() + "'");
        }
        Database project = RelationalFactory.eINSTANCE.createDatabase();
        project.setName("shop");
        project.setDriverId("h2");
        project.setUrl(url);
        snapshot = new DatabaseCatalogSource(Connections.fromEnvironment()).read(project,
                List.of(new SchemaRef("SHOP", "PUBLIC"), new SchemaRef("SHOP", "REPORTING")), new BasicMonitor());
    }

    private static Schema schema(String name) {
        Catalog catalog = snapshot.getCatalogs().get(0);
        assertEquals("SHOP", catalog.getName());
        return catalog.getSchemas().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Table table(String name) {
        return schema("PUBLIC").getTables().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    private static TableField column(Table table, String name) {
        return table.getFields().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }

    /** Rows of an INFORMATION_SCHEMA query, as name → count. */
    private static Map<String, Integer> counts(String sql) throws Exception {
        Map<String, Integer> result = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getInt(2));
            }
        }
        return result;
    }

    @Test
    void tablesAndTheirColumnsAreThoseOfTheDatabasesOwnCatalog() throws Exception {
        Map<String, Integer> expected = counts("SELECT TABLE_NAME, COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' GROUP BY TABLE_NAME");
        Map<String, Integer> actual = new HashMap<>();
        schema("PUBLIC").getTables().forEach(t -> actual.put(t.getName(), t.getFields().size()));
        assertEquals(expected, actual);
    }

    @Test
    void columnsCarryTypeLengthPrecisionNullabilityAndIdentity() {
        Table customer = table("CUSTOMER");
        assertEquals("VARCHAR", column(customer, "NAME").getDataType(), "the dialect's canonical name");
        assertEquals(100, column(customer, "NAME").getLength());
        assertFalse(column(customer, "NAME").isNullable());
        assertTrue(column(customer, "ID").isIdentity());
        assertEquals("TIMESTAMP", column(customer, "CREATED_AT").getDataType());
        TableField price = column(table("PRODUCT"), "PRICE");
        assertEquals("NUMERIC", price.getDataType());
        assertEquals(10, price.getPrecision());
        assertEquals(2, price.getScale());
        assertTrue(column(table("ORDER"), "NOTE").isNullable());
        assertEquals(List.of("ID", "CUSTOMER_ID", "PLACED_AT", "NOTE"),
                table("ORDER").getFields().stream().map(TableField::getName).toList(), "in column order");
    }

    @Test
    void keysConstraintsAndIndexesAreRead() throws Exception {
        Table line = table("ORDER_LINE");
        assertEquals("PK_ORDER_LINE", line.getPrimaryKey().getName());
        assertEquals(List.of("ORDER_ID", "LINE_NO"), line.getPrimaryKey().getFields().stream().map(TableField::getName).toList());
        ForeignKey toOrder = line.getForeignKeys().stream().filter(k -> k.getName().equals("FK_ORDER_LINE_ORDER")).findFirst()
                .orElseThrow();
        assertSame(table("ORDER"), toOrder.getReferencedTable());
        assertSame(column(table("ORDER"), "ID"), toOrder.getReferencedFields().get(0));
        assertEquals(ReferentialAction.CASCADE, toOrder.getOnDelete());
        assertEquals("UC_CUSTOMER_EMAIL", table("CUSTOMER").getUniqueConstraints().get(0).getName());
        assertTrue(table("ORDER").getIndexes().stream().anyMatch(i -> i.getName().equals("IX_ORDER_PLACED_AT")));
        int foreignKeys = counts("SELECT 'all', COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
                + "WHERE CONSTRAINT_TYPE = 'FOREIGN KEY' AND TABLE_SCHEMA = 'PUBLIC'").get("all");
        assertEquals(foreignKeys, schema("PUBLIC").getTables().stream().mapToInt(t -> t.getForeignKeys().size()).sum());
    }

    @Test
    void viewsWithDefinitionsAndSequencesAreRead() {
        View totals = schema("REPORTING").getViews().get(0);
        assertEquals("CUSTOMER_TOTALS", totals.getName());
        assertNotNull(totals.getDefinition());
        assertTrue(totals.getDefinition().toUpperCase().contains("SUM"), totals.getDefinition());
        assertEquals(2, totals.getFields().size());
        assertTrue(schema("PUBLIC").getSequences().stream().anyMatch(s -> s.getName().equals("INVOICE_NUMBER")
                && s.getStartValue() == 1000), schema("PUBLIC").getSequences().toString());
        assertEquals(SyncSource.DATABASE, schema("REPORTING").getSyncSource());
    }

    @Test
    void theDatabaseFileIsThere() {
        assertTrue(Files.exists(dir.resolve("shop.mv.db")));
    }
}
