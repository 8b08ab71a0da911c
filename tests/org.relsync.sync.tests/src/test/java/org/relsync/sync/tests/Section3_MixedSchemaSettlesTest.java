package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relsync.model.common.CaseStyle;
import org.relsync.model.common.NamingRules;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.SyncResult;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.ReportWriter;
import org.relsync.sync.reverse.ReverseEngineer;

/**
 * SYNC-SPEC sections 3.1 and 3.2 on a Mixed schema (issue 10, item 2): a snake_case database
 * reversed into a Mixed schema settles whatever the naming rules. The database keeps its names
 * (no DDL runs here), so each sync reads them again; the sync after the first changes nothing.
 */
class Section3_MixedSchemaSettlesTest extends Scenario {

    static Stream<Arguments> rules() {
        List<Arguments> all = new ArrayList<>();
        for (CaseStyle tables : CaseStyle.VALUES) {
            for (CaseStyle fields : CaseStyle.VALUES) {
                for (boolean plural : List.of(false, true)) {
                    for (String pattern : List.of("{Entity}", "T_{Entity}")) {
                        all.add(Arguments.of(tables, fields, plural, pattern));
                    }
                }
            }
        }
        return all.stream();
    }

    /** A small snake_case schema: keys named the database's way, a unique constraint, a pure link table. */
    private static Database snakeCase() {
        Database server = Fixture.newDatabase("shop", "ansi");
        Schema s = Fixture.schema(server, "app", SyncSource.MIXED);
        Table customer = Fixture.table(s, "customer", "customer_id INTEGER NOT NULL", "full_name VARCHAR(100) NOT NULL",
                "email VARCHAR(200)");
        Fixture.primaryKey(customer, "customer_pkey", "customer_id");
        Fixture.uniqueConstraint(customer, "customer_email_key", "email");
        Table order = Fixture.table(s, "sales_order", "order_id INTEGER NOT NULL", "customer_id INTEGER NOT NULL",
                "placed_at TIMESTAMP");
        Fixture.primaryKey(order, "sales_order_pkey", "order_id");
        Fixture.foreignKey(order, "sales_order_customer_id_fkey", "customer_id", customer, "customer_id");
        Table product = Fixture.table(s, "product", "product_id INTEGER NOT NULL", "title TEXT NOT NULL");
        Fixture.primaryKey(product, "product_pkey", "product_id");
        Table link = Fixture.table(s, "order_product", "order_id INTEGER NOT NULL", "product_id INTEGER NOT NULL");
        Fixture.primaryKey(link, "order_product_pkey", "order_id", "product_id");
        Fixture.foreignKey(link, "order_product_order_id_fkey", "order_id", order, "order_id");
        Fixture.foreignKey(link, "order_product_product_id_fkey", "product_id", product, "product_id");
        return server;
    }

    @Test
    void reversingIntoAMixedSchemaTakesTheDatabasesStyleSoTheFirstSyncRenamesNothing() {
        Database db = fixture.database("shop", "ansi");
        Fixture.schema(db, "app", SyncSource.MIXED);
        fixture.databaseTask(db);
        catalogs.put("shop", snakeCase());
        ChangeReport reversed = engine().run(project(), SyncOptions.builder().task("Sync with database shop").build()).report();
        new ReverseEngineer(project(), db, Naming.of(project(), db, dialects), reversed).reverse(s -> true);

        NamingRules rules = project().getSettings().getNamingRules();
        assertEquals(CaseStyle.LOWER_SNAKE, rules.getTableCaseStyle());
        assertEquals(CaseStyle.LOWER_SNAKE, rules.getFieldCaseStyle());
        assertFalse(rules.isPluralizeTableNames());
        assertChange(reversed, ChangeKind.CHANGED, "NamingRules", "naming.tableCaseStyle");
        assertChange(reversed, ChangeKind.CHANGED, "NamingRules", "naming.fieldCaseStyle");
        assertEquals(List.of("Customer", "Product", "SalesOrder"),
                project().getEntityModel().getEntities().stream().map(e -> e.getName()).sorted().toList());

        // only the link table takes the name the link-table rule gives it (no rule of its own to adopt)
        ChangeReport first = sync();
        assertEquals(List.of("order_product"), changes(first, ChangeKind.RENAMED, "Table").stream().map(c -> c.path()).toList(),
                () -> ReportWriter.text(first));
        assertTrue(changes(first, ChangeKind.RENAMED, "TableField").stream()
                .allMatch(c -> c.path().startsWith("sales_order_product.")), () -> ReportWriter.text(first));
    }

    @Test
    void aDatabaseWhoseNamesHaveAnotherStyleThanTheProjectsOtherDatabaseGetsItsOwnRules() {
        Database other = fixture.database("main", "ansi");
        Table customers = Fixture.table(Fixture.schema(other, "APP", SyncSource.MODEL), "Customer", "Id INTEGER NOT NULL");
        org.relsync.sync.DatabaseMappings.of(project(), other).map(fixture.entity("Client"), customers);
        Database db = fixture.database("shop", "ansi");
        Fixture.schema(db, "app", SyncSource.MIXED);
        fixture.databaseTask(db);
        catalogs.put("shop", snakeCase());
        ChangeReport reversed = engine().run(project(), SyncOptions.builder().task("Sync with database shop").build()).report();
        new ReverseEngineer(project(), db, Naming.of(project(), db, dialects), reversed).reverse(s -> true);

        assertEquals(CaseStyle.AS_IS, project().getSettings().getNamingRules().getTableCaseStyle(), "main keeps its names");
        assertEquals(CaseStyle.LOWER_SNAKE, db.getNamingRules().getTableCaseStyle());
        assertChange(reversed, ChangeKind.CHANGED, "NamingRules", "database shop: naming.tableCaseStyle");
    }

    @ParameterizedTest(name = "tables {0}, fields {1}, plural {2}, pattern {3}")
    @MethodSource("rules")
    void aSnakeCaseDatabaseReversedIntoAMixedSchemaSettles(CaseStyle tables, CaseStyle fields, boolean plural,
            String pattern) {
        NamingRules rules = project().getSettings().getNamingRules();
        rules.setTableCaseStyle(tables);
        rules.setFieldCaseStyle(fields);
        rules.setPluralizeTableNames(plural);
        rules.setTableNamePattern(pattern);
        Database db = fixture.database("shop", "ansi");
        Fixture.schema(db, "app", SyncSource.MIXED);
        fixture.databaseTask(db);
        catalogs.put("shop", snakeCase());

        // reverse: read the database, then make the entity model from it
        ChangeReport read = engine().run(project(), SyncOptions.builder().task("Sync with database shop").build()).report();
        new ReverseEngineer(project(), db, Naming.of(project(), db, dialects), read).reverse(s -> true);
        assertEquals(3, project().getEntityModel().getEntities().size());
        assertEquals(2, project().getEntityModel().getRelationships().size());

        sync();
        for (int run = 2; run <= 3; run++) {
            SyncResult result = engine().run(project(), SyncOptions.defaults());
            int n = run;
            assertEquals(List.of(), result.report().changes(), () -> "sync " + n + ":\n" + ReportWriter.text(result.report()));
            assertFalse(result.modified(), "sync " + run + " changed the model");
        }
    }
}
