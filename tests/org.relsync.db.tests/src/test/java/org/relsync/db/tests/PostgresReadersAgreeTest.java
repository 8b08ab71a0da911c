package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Table;
import org.relsync.sync.catalog.SchemaRef;
import org.relsync.testing.PostgresServer;
import org.relsync.testing.SqlScript;
import org.relsync.testing.Samples;

/**
 * RelSync's bulk PostgreSQL reader and SchemaCrawler read the Pagila sample into the same
 * relational model: same tables, views, columns with their types, keys, indexes and sequences.
 */
@ExtendWith(PostgresServer.class)
class PostgresReadersAgreeTest {

    private static Database project;

    @BeforeAll
    static void loadPagila() throws Exception {
        String url = PostgresServer.createDatabase("pagila_readers");
        Path script = Samples.file("pagila", "pagila-schema.sql");
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            SqlScript.run(c, script, sql -> true);
        }
        project = RelationalFactory.eINSTANCE.createDatabase();
        project.setName("pagila");
        project.setDriverId("postgresql");
        project.setUrl(url);
        project.setUser("postgres");
    }

    @Test
    void bothReadersBuildTheSameSnapshot() {
        List<SchemaRef> schemas = List.of(new SchemaRef("pagila_readers", "public"));
        Database bySchemaCrawler = new PostgresSchemaCrawlerSource(Connections.fromEnvironment())
                .read(project, schemas, new BasicMonitor());
        Database byBulkReader = new DatabaseCatalogSource(Connections.fromEnvironment())
                .read(project, schemas, new BasicMonitor());
        assertTrue(byBulkReader.getCatalogs().get(0).getSchemas().get(0).getTables().size() > 20);
        assertEquals(List.of(), differences(bySchemaCrawler, byBulkReader));
        assertTrue(EcoreUtil.equals(bySchemaCrawler, byBulkReader));
    }

    @Test
    void aSchemaWhoseForeignKeysLeaveItIsReadAloneTheSameWayByBoth() throws Exception {
        try (Connection c = DriverManager.getConnection(project.getUrl(), "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS sales");
            s.execute("CREATE TABLE IF NOT EXISTS sales.invoice (id int PRIMARY KEY, customer_id int NOT NULL "
                    + "REFERENCES public.customer (customer_id), store_id int REFERENCES public.store (store_id))");
            s.execute("CREATE TABLE IF NOT EXISTS sales.refund (id int PRIMARY KEY, invoice_id int REFERENCES sales.invoice (id), "
                    + "staff_id int REFERENCES public.staff (staff_id))");
        }
        List<SchemaRef> schemas = List.of(new SchemaRef("pagila_readers", "sales"));
        Database bySchemaCrawler = new PostgresSchemaCrawlerSource(Connections.fromEnvironment())
                .read(project, schemas, new BasicMonitor());
        Database byBulkReader = new DatabaseCatalogSource(Connections.fromEnvironment())
                .read(project, schemas, new BasicMonitor());
        assertEquals(List.of(), differences(bySchemaCrawler, byBulkReader));
        Table invoice = bySchemaCrawler.getCatalogs().get(0).getSchemas().get(0).getTables().stream()
                .filter(t -> t.getName().equals("invoice")).findFirst().orElseThrow();
        assertEquals(List.of("customer", "store"), invoice.getForeignKeys().stream()
                .map(fk -> fk.getReferencedTable().getName()).sorted().toList(), "stand-ins for the tables of public");
    }

    /** The first few elements that differ, walking both trees side by side, with the attribute that differs. */
    private static List<String> differences(EObject expected, EObject actual) {
        List<String> found = new ArrayList<>();
        TreeIterator<EObject> left = expected.eAllContents();
        Iterator<EObject> right = actual.eAllContents();
        while (left.hasNext() && right.hasNext() && found.size() < 5) {
            EObject a = left.next();
            EObject b = right.next();
            if (a.eClass() != b.eClass()) {
                found.add(describe(a) + " <> " + describe(b));
                break;
            }
            for (EAttribute attribute : a.eClass().getEAllAttributes()) {
                if (!java.util.Objects.equals(a.eGet(attribute), b.eGet(attribute))) {
                    found.add(describe(a) + "." + attribute.getName() + ": " + a.eGet(attribute) + " <> " + b.eGet(attribute));
                }
            }
        }
        if (found.isEmpty() && left.hasNext() != right.hasNext()) {
            found.add("one tree has more elements");
        }
        return found;
    }

    private static String describe(EObject o) {
        Object name = o.eClass().getEStructuralFeature("name") == null ? "" : o.eGet(o.eClass().getEStructuralFeature("name"));
        Object parent = o.eContainer() == null || o.eContainer().eClass().getEStructuralFeature("name") == null ? ""
                : o.eContainer().eGet(o.eContainer().eClass().getEStructuralFeature("name"));
        return o.eClass().getName() + " " + parent + "/" + name;
    }
}
