package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.model.common.NamedElement;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.ReferentialAction;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.catalog.SchemaRef;
import org.relsync.testing.PostgresServer;

/**
 * PostgreSQL's bulk reader names the columns of keys and indexes by attribute number: what it
 * builds from them in the cases where numbers and columns part (dropped columns, keys in another
 * order than the table's, expressions in indexes, included and repeated columns, a foreign key to
 * a schema that is not read).
 */
@ExtendWith(PostgresServer.class)
class PostgresKeysAndIndexesTest {

    @Test
    void keysAndIndexesNameTheirColumnsInKeyOrder() throws Exception {
        String url = PostgresServer.createDatabase("keys_and_indexes");
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA other");
            s.execute("CREATE TABLE other.parent (k1 int, \"odd, name\" text UNIQUE, k2 int, PRIMARY KEY (k2, k1))");
            s.execute("CREATE TABLE pair (x int, y int, PRIMARY KEY (y, x))");
            s.execute("CREATE TABLE child (id int PRIMARY KEY, gone int, a int, b int, note text)");
            s.execute("ALTER TABLE child DROP COLUMN gone");
            s.execute("ALTER TABLE child ADD COLUMN late text");
            s.execute("ALTER TABLE child ADD CONSTRAINT to_parent FOREIGN KEY (b, a) REFERENCES other.parent (k2, k1) "
                    + "ON DELETE CASCADE");
            s.execute("ALTER TABLE child ADD CONSTRAINT to_pair FOREIGN KEY (a, b) REFERENCES pair (x, y)");
            s.execute("ALTER TABLE child ADD CONSTRAINT to_odd FOREIGN KEY (note) REFERENCES other.parent (\"odd, name\")");
            s.execute("ALTER TABLE child ADD CONSTRAINT late_b UNIQUE (late, b)");
            s.execute("CREATE INDEX by_expression ON child (lower(note))");
            s.execute("CREATE INDEX by_mixed ON child (lower(note), b, a)");
            s.execute("CREATE INDEX by_included ON child (late) INCLUDE (note)");
            s.execute("CREATE INDEX by_repeated ON child (b, b)");
        }
        Database database = RelationalFactory.eINSTANCE.createDatabase();
        database.setName("db");
        database.setDriverId("postgresql");
        database.setUrl(url);
        database.setUser("postgres");
        Database snapshot = new DatabaseCatalogSource(Connections.fromEnvironment())
                .read(database, List.of(new SchemaRef("keys_and_indexes", "public")), new BasicMonitor());
        Schema schema = snapshot.getCatalogs().get(0).getSchemas().get(0);
        Table child = table(schema, "child");
        Table pair = table(schema, "pair");

        assertEquals(List.of("id", "a", "b", "note", "late"), names(child.getFields()));
        assertEquals(List.of(1, 3, 4, 5, 6), child.getFields().stream().map(TableField::getOrdinal).toList(),
                "ordinals are attribute numbers: the dropped column's is missing");
        assertEquals(List.of("y", "x"), names(pair.getPrimaryKey().getFields()));
        assertEquals(List.of("late", "b"), names(child.getUniqueConstraints().get(0).getFields()));

        assertEquals(List.of("to_odd", "to_pair", "to_parent"), names(child.getForeignKeys()));
        ForeignKey toPair = child.getForeignKeys().get(1);
        assertSame(pair, toPair.getReferencedTable());
        assertEquals(List.of("a", "b"), names(toPair.getFields()));
        assertEquals(List.of("x", "y"), names(toPair.getReferencedFields()));
        assertSame(pair.getFields().get(0), toPair.getReferencedFields().get(0));

        ForeignKey toParent = child.getForeignKeys().get(2);
        Table parent = toParent.getReferencedTable();
        assertEquals("parent", parent.getName());
        assertEquals("other", ((Schema) parent.eContainer()).getName());
        assertEquals("keys_and_indexes", ((org.relsync.model.relational.Catalog) parent.eContainer().eContainer()).getName(),
                "in the catalog read, where the engine finds the real table by its names");
        assertNotSame(snapshot, EcoreUtil.getRootContainer(parent), "a stand-in outside the snapshot");
        assertEquals(List.of("b", "a"), names(toParent.getFields()));
        assertEquals(List.of("k2", "k1"), names(toParent.getReferencedFields()));
        assertEquals(ReferentialAction.CASCADE, toParent.getOnDelete());
        ForeignKey toOdd = child.getForeignKeys().get(0);
        assertSame(parent, toOdd.getReferencedTable(), "one stand-in per table");
        assertEquals(List.of("odd, name"), names(toOdd.getReferencedFields()));
        assertEquals(List.of("odd, name", "k2", "k1"), names(parent.getFields()),
                "the stand-in's columns in the order the foreign keys, by name, reference them");

        assertEquals(List.of("by_included", "by_mixed", "by_repeated", "child_pkey", "late_b"), names(child.getIndexes()),
                "an index on expressions only has no column the model knows");
        assertEquals(List.of("late", "note"), names(index(child, "by_included").getFields()));
        assertEquals(List.of("b", "a"), names(index(child, "by_mixed").getFields()));
        assertEquals(List.of("b"), names(index(child, "by_repeated").getFields()));
    }

    private static Table table(Schema schema, String name) {
        return schema.getTables().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Index index(Table table, String name) {
        return table.getIndexes().stream().filter(i -> i.getName().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(List<? extends NamedElement> elements) {
        return elements.stream().map(NamedElement::getName).toList();
    }
}
