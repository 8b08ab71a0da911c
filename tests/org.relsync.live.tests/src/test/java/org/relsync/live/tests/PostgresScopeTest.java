package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relsync.live.WatchOptions;
import org.relsync.testing.PostgresServer;

/**
 * Only what a change touched read again, on PostgreSQL with the event trigger: its notifications
 * name the relations (tables, views, sequences) of the objects a change touched, so a change in
 * {@code sales} reads the tables it named and those around them ({@code ReadScope.relations}),
 * not the whole schema; one that cannot name them (more objects than a notification carries)
 * makes the watcher read everything. The oracle: after each change the file is what a full
 * {@code relsync sync} of the file as it was makes. {@code sales} has, besides the scenario's
 * tables, 21 more: a chain of foreign keys, serial and bigserial columns, a column drawing from a
 * sequence of its own, a view over two tables, a partitioned table and its partition.
 */
@ExtendWith(PostgresServer.class)
class PostgresScopeTest extends ScopeScenario {

    @Override
    LiveDb database() throws Exception {
        PostgresServer.createDatabase("live_scope");
        LiveDb pg = new LiveDb("postgresql", "jdbc:postgresql://localhost:" + PostgresServer.port() + "/live_scope",
                "postgres", null, false);
        createSchemas(pg);
        List<String> more = new ArrayList<>(List.of(
                "CREATE TABLE sales.region (id serial PRIMARY KEY, name varchar(40) NOT NULL UNIQUE)",
                "CREATE TABLE sales.country (id serial PRIMARY KEY, region_id integer REFERENCES sales.region (id), "
                        + "name varchar(40))",
                "CREATE TABLE sales.city (id serial PRIMARY KEY, country_id integer REFERENCES sales.country (id), "
                        + "name varchar(40))",
                "CREATE TABLE sales.address (id serial PRIMARY KEY, city_id integer REFERENCES sales.city (id), "
                        + "street varchar(80))",
                "CREATE TABLE sales.supplier (id serial PRIMARY KEY, address_id integer REFERENCES sales.address (id), "
                        + "name varchar(40))",
                "CREATE TABLE sales.product (id serial PRIMARY KEY, supplier_id integer REFERENCES sales.supplier (id), "
                        + "name varchar(40), price numeric(10, 2))",
                "CREATE TABLE sales.invoice (id serial PRIMARY KEY, customer_id integer REFERENCES sales.customer (id), "
                        + "total numeric(12, 2))",
                "CREATE TABLE sales.invoice_line (invoice_id integer REFERENCES sales.invoice (id) ON DELETE CASCADE, "
                        + "line integer, product_id integer REFERENCES sales.product (id), qty integer, "
                        + "PRIMARY KEY (invoice_id, line))",
                "CREATE TABLE sales.payment (id bigserial PRIMARY KEY, invoice_id integer REFERENCES sales.invoice (id), "
                        + "amount numeric(12, 2))",
                "CREATE SEQUENCE sales.ticket_seq START 1000",
                "CREATE TABLE sales.ticket (id integer DEFAULT nextval('sales.ticket_seq') PRIMARY KEY, subject varchar(80))",
                "CREATE VIEW sales.product_prices AS SELECT p.id, p.name, p.price, s.name AS supplier "
                        + "FROM sales.product p JOIN sales.supplier s ON s.id = p.supplier_id",
                "CREATE TABLE sales.event (id integer NOT NULL, at date NOT NULL, PRIMARY KEY (id, at)) "
                        + "PARTITION BY RANGE (at)",
                "CREATE TABLE sales.event_2025 PARTITION OF sales.event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"));
        for (int i = 0; i < 8; i++) {
            more.add("CREATE TABLE sales.note_" + i + " (id serial PRIMARY KEY, body text)");
        }
        pg.execute(more.toArray(String[]::new));
        return pg;
    }

    @Override
    WatchOptions options() {
        return WatchOptions.every(Duration.ofSeconds(2)).installTrigger(true);
    }

    /**
     * Each change reads only some tables of {@code sales} (or, for a dropped index, whose table
     * the trigger cannot name, all of it), and leaves the file as a full sync of it makes.
     */
    @Test
    void eachChangeReadsItsTablesAndEndsAsAFullSync() throws Exception {
        Running r = reversedAndWatched();
        int n = 0;
        Map<String, String> stockBefore = tableIds(stock);

        // the view that reads product, and invoice_line for its foreign key onto product, are read too
        tableScoped(r, ++n, Set.of("product", "product_prices", "invoice_line"),
                "ALTER TABLE sales.product ADD COLUMN weight numeric(8, 3)");
        assertEquals(stockBefore, tableIds(stock), "stock's tables as they were");
        tableScoped(r, ++n, Set.of("note_1"), "ALTER TABLE sales.note_1 DROP COLUMN body");
        // the view reads supplier: its definition changes; product's foreign key onto supplier is read again
        tableScoped(r, ++n, Set.of("supplier", "product", "product_prices"),
                "ALTER TABLE sales.supplier RENAME COLUMN name TO title");
        tableScoped(r, ++n, Set.of("payment"), "ALTER TABLE sales.payment ALTER COLUMN amount TYPE numeric(14, 2)");
        tableScoped(r, ++n, Set.of("coupon"), "CREATE TABLE sales.coupon (id serial PRIMARY KEY, code varchar(20) UNIQUE, "
                + "invoice_id integer REFERENCES sales.invoice (id))");
        tableScoped(r, ++n, Set.of("note_2"), "DROP TABLE sales.note_2");
        assertFalse(ProjectContent.load(project).table("note_2").isPresent());
        // a rename names only the new name: the old one is read as the one the database no longer has
        tableScoped(r, ++n, Set.of("note_3", "memo"), "ALTER TABLE sales.note_3 RENAME TO memo");
        tableScoped(r, ++n, Set.of("region", "area", "country"), "ALTER TABLE sales.region RENAME TO area");
        assertEquals("area", ProjectContent.load(project).table("country").orElseThrow().getForeignKeys().get(0)
                .getReferencedTable().getName(), "the foreign key onto the renamed table follows it");
        // CASCADE drops supplier's foreign key onto address: supplier is named, and read for the model's
        // foreign key too; the view reading supplier and product with its foreign key onto supplier with it
        tableScoped(r, ++n, Set.of("address", "supplier", "product", "product_prices"), "DROP TABLE sales.address CASCADE");
        assertTrue(ProjectContent.load(project).table("supplier").orElseThrow().getForeignKeys().isEmpty());
        tableScoped(r, ++n, Set.of("product", "product_prices", "invoice_line"),
                "CREATE INDEX product_name ON sales.product (name)");
        before = change(r, ++n, "DROP INDEX sales.product_name");
        assertEquals(Map.of(), reads.relations(), "a dropped index names no table: sales read whole");
        assertSameAsFullSync(before);
        tableScoped(r, ++n, Set.of("city"), "ALTER TABLE sales.city ADD CONSTRAINT city_name UNIQUE (name)");
        tableScoped(r, ++n, Set.of("city"), "ALTER TABLE sales.city DROP CONSTRAINT city_name");
        tableScoped(r, ++n, Set.of("note_4"), "ALTER TABLE sales.note_4 ADD COLUMN customer_id integer "
                + "CONSTRAINT note_4_customer REFERENCES sales.customer (id)");
        tableScoped(r, ++n, Set.of("payment"), "ALTER TABLE sales.payment DROP CONSTRAINT payment_invoice_id_fkey");
        tableScoped(r, ++n, Set.of(), "CREATE SEQUENCE sales.extra_seq START 100");
        tableScoped(r, ++n, Set.of(), "DROP SEQUENCE sales.extra_seq");
        tableScoped(r, ++n, Set.of("ticket"), "ALTER TABLE sales.ticket ALTER COLUMN subject TYPE varchar(120)");
        // the sequence's owner: named by the trigger when it owns it, found in the model when it no longer does
        tableScoped(r, ++n, Set.of("ticket"), "ALTER SEQUENCE sales.ticket_seq OWNED BY sales.ticket.id");
        tableScoped(r, ++n, Set.of("ticket"), "ALTER SEQUENCE sales.ticket_seq OWNED BY NONE");
        // a partition takes its partitioned table's new column
        tableScoped(r, ++n, Set.of("event", "event_2025"), "ALTER TABLE sales.event ADD COLUMN note text");
        tableScoped(r, ++n, Set.of("note_5", "note_6", "diary", "note_7", "note_new", "ticket"),
                "ALTER TABLE sales.note_5 ADD COLUMN x integer",
                "ALTER TABLE sales.note_6 RENAME TO diary",
                "DROP TABLE sales.note_7",
                "CREATE TABLE sales.note_new (id serial PRIMARY KEY, ticket_id integer REFERENCES sales.ticket (id))",
                "ALTER TABLE sales.ticket ADD COLUMN closed boolean");
        assertEquals(stockBefore, tableIds(stock), "stock's tables as they were");
        stopUntroubled(r);
    }

    private byte[] before;

    /**
     * A table moved to another schema: {@code ALTER TABLE … SET SCHEMA} names only the schema it
     * went to, so the schema it came from is read for it too (the model has a table of that name
     * there), and it leaves that schema as a full sync shows.
     */
    @Test
    void aTableMovedToAnotherSchemaLeavesTheOneItCameFrom() throws Exception {
        Running r = reversedAndWatched();
        // stock is read for nothing else (no foreign key of it points into sales)
        before = change(r, 1, "ALTER TABLE " + stock + ".shelf SET SCHEMA " + sales);
        assertEquals(List.of(new ReadLog.Read("main", List.of(sales, stock))), reads.reads(), "where it went, and where it came from");
        assertEquals(Set.of("shelf"), reads.relations().get(stock), () -> "stock read in part: " + reads.relations());
        assertSameAsFullSync(before);
        stopUntroubled(r);
    }

    /**
     * Runs {@code sql}, then checks that the sync read {@code sales} in part, exactly
     * {@code relations}, and that the file is what a full sync makes.
     */
    private void tableScoped(Running r, int n, Set<String> relations, String... sql) throws Exception {
        before = change(r, n, sql);
        assertEquals(Map.of(sales, relations), reads.relations(), () -> String.join("; ", sql));
        assertEquals(List.of(new ReadLog.Read("main", List.of(sales))), reads.reads(), "sales alone");
        assertSameAsFullSync(before);
    }

    @Test
    void aNotificationTooLongToNameItsObjectsReadsEverything() throws Exception {
        Running r = reversedAndWatched();
        List<String> tables = new ArrayList<>();
        List<String> creates = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            tables.add("sales.bulk_table_with_a_name_long_enough_to_fill_a_payload_" + i);
            creates.add("CREATE TABLE " + tables.get(i) + " (id INTEGER PRIMARY KEY, name VARCHAR(40))");
        }
        db.execute(creates.toArray(String[]::new)); // one notification per statement: each names its table
        awaitEvent(r, first + 1, System.nanoTime());
        // one statement: too many objects for 8,000 bytes
        byte[] before = change(r, 2, "DROP TABLE " + String.join(", ", tables));
        assertEquals(List.of(new ReadLog.Read("main", List.of("sales", "stock"))), reads.reads(),
                "everything read (nothing refers to sales: a named scope would have been sales alone)");
        assertSameAsFullSync(before);
        stopUntroubled(r);
    }
}
