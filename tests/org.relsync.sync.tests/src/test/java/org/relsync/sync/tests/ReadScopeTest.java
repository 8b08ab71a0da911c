package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.ReadScope;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.catalog.RelationChoice;
import org.relsync.sync.catalog.SchemaListing;
import org.relsync.sync.catalog.SchemaRef;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;

/**
 * LIVE-SPEC section 1 in the engine: a run with a {@link ReadScope} reads the schemas the scope
 * names and those with a foreign key onto them, and leaves every other schema as it was. The
 * database served here has lost ARCHIVE's table, so a read of ARCHIVE shows (it removes it).
 */
class ReadScopeTest extends Scenario {

    private final Database db = fixture.database("crm", "ansi");
    private final Schema crm = Fixture.schema(db, "CRM", SyncSource.DATABASE);
    private final Schema archive = Fixture.schema(db, "ARCHIVE", SyncSource.DATABASE);
    private final Table old = Fixture.table(archive, "OLD_CUSTOMERS", "ID INTEGER NOT NULL");
    private final Database server = Fixture.newDatabase("crm", "ansi");
    private final List<List<SchemaRef>> asked = new ArrayList<>();

    {
        fixture.databaseTask(db);
        Fixture.table(crm, "CUSTOMERS", "ID INTEGER NOT NULL");
        Fixture.table(Fixture.schema(server, "CRM", SyncSource.DATABASE), "CUSTOMERS", "ID INTEGER NOT NULL",
                "EMAIL VARCHAR(80)");
        Fixture.schema(server, "ARCHIVE", SyncSource.DATABASE);
        catalogs.put("crm", server);
    }

    private ChangeReport run(ReadScope scope) {
        CatalogSource noting = (database, schemas, monitor) -> {
            asked.add(schemas);
            return catalogs.read(database, schemas, monitor);
        };
        return SyncEngine.builder().catalogSource(noting).build().run(project(), SyncOptions.builder().scope(scope).build())
                .report();
    }

    @Test
    void aScopedRunReadsItsSchemasAndLeavesTheOthersAsTheyWere() {
        ChangeReport report = run(ReadScope.everything().limit("crm", Set.of("crm")));

        assertEquals(List.of(List.of(new SchemaRef("DB", "CRM"))), asked, "names compare without case");
        assertChange(report, ChangeKind.CREATED, "TableField", "CUSTOMERS.EMAIL");
        assertSame(old, archive.getTables().get(0), "ARCHIVE, not read, keeps its table");
        assertFalse(old.isMarkedForDeletion());
    }

    @Test
    void aSchemaWithAForeignKeyOntoAScopedOneIsReadToo() {
        Fixture.primaryKey(Fixture.table(db, "CRM", "CUSTOMERS"), "PK_CUSTOMERS", "ID");
        Fixture.table(archive, "ORDERS", "CUSTOMER_ID INTEGER");
        Fixture.foreignKey(Fixture.table(db, "ARCHIVE", "ORDERS"), "FK_ORDERS", "CUSTOMER_ID",
                Fixture.table(db, "CRM", "CUSTOMERS"), "ID");

        ChangeReport report = run(ReadScope.everything().limit("crm", Set.of("CRM")));

        assertEquals(List.of(List.of(new SchemaRef("DB", "CRM"), new SchemaRef("DB", "ARCHIVE"))), asked);
        assertChange(report, ChangeKind.REMOVED, "Table", "OLD_CUSTOMERS");
    }

    @Test
    void aScopeOfOtherSchemasReadsNothingAndAnotherDatabaseIsReadWhole() {
        ChangeReport report = run(ReadScope.everything().limit("crm", Set.of("public")));
        assertEquals(List.of(), asked);
        assertEquals(List.of(), report.changes());

        run(ReadScope.everything().limit("elsewhere", Set.of("public")));
        assertEquals(List.of(List.of(new SchemaRef("DB", "CRM"), new SchemaRef("DB", "ARCHIVE"))), asked);
        assertEquals(List.of(), archive.getTables(), "a full read: ARCHIVE's table is gone");
    }

    /**
     * A table scope reads the relations named, those the model and the database do not share (a
     * rename names only the new name), the views that read one (and the views reading those), and
     * the model's tables with a foreign key onto one; names compare without case and every
     * spelling of a chosen name is chosen.
     */
    @Test
    void aTableScopeReadsTheNamedRelationsAndThoseAroundThem() {
        Table customers = Fixture.table(db, "CRM", "CUSTOMERS");
        Fixture.primaryKey(customers, "PK_CUSTOMERS", "ID");
        Table orders = Fixture.table(crm, "ORDERS", "ID INTEGER NOT NULL", "CUSTOMER_ID INTEGER");
        Fixture.foreignKey(orders, "FK_ORDERS", "CUSTOMER_ID", customers, "ID");
        Fixture.table(crm, "UNTOUCHED", "ID INTEGER NOT NULL");
        Fixture.table(crm, "RENAMED_AWAY", "ID INTEGER NOT NULL");
        Fixture.view(crm, "CUSTOMER_VIEW", "ID INTEGER");
        Fixture.view(crm, "VIEW_OF_VIEW", "ID INTEGER");
        Fixture.view(crm, "OTHER_VIEW", "ID INTEGER");
        Fixture.table(archive, "ARCHIVED", "ID INTEGER NOT NULL");
        SchemaListing listing = new SchemaListing(Map.of("CUSTOMERS", Set.of(), "customers", Set.of(), "ORDERS", Set.of(),
                "UNTOUCHED", Set.of(), "RENAMED_TO", Set.of(), "CUSTOMER_VIEW", Set.of("customers"),
                "VIEW_OF_VIEW", Set.of("CUSTOMER_VIEW"), "OTHER_VIEW", Set.of("UNTOUCHED")));
        ReadScope scope = ReadScope.everything().limit("crm", Set.of("Archive"), Map.of("crm", Set.of("Customers")));

        assertTrue(scope.limitsTables(db, crm));
        assertFalse(scope.limitsTables(db, archive), "a schema named whole is read whole");
        assertTrue(scope.reads(db, archive));
        assertEquals(Set.of("CUSTOMERS", "customers", "ORDERS", "RENAMED_AWAY", "RENAMED_TO", "CUSTOMER_VIEW", "VIEW_OF_VIEW"),
                scope.relations(db, crm, listing), "not UNTOUCHED, nor OTHER_VIEW, which reads it");

        ReadScope both = ReadScope.everything().limit("crm", Set.of("crm"), Map.of("CRM", Set.of("CUSTOMERS")));
        assertFalse(both.limitsTables(db, crm), "a schema both named whole and by tables is read whole");
        assertFalse(ReadScope.everything().limitsTables(db, crm));
    }

    /**
     * A source that can list reads what it chose, or more: the merge takes only the relations
     * chosen, and leaves the schema's other tables exactly as they were, though the database
     * changed them too (as a full read would have shown).
     */
    @Test
    void theMergeTakesOnlyTheRelationsChosen() {
        Table other = Fixture.table(crm, "OTHER", "ID INTEGER NOT NULL");
        // served: CUSTOMERS with EMAIL, OTHER with NOTE
        Fixture.table((Schema) Fixture.table(server, "CRM", "CUSTOMERS").eContainer(), "OTHER", "ID INTEGER NOT NULL",
                "NOTE VARCHAR(10)");
        List<Set<String>> chosen = new ArrayList<>();
        CatalogSource listing = new CatalogSource() {
            @Override
            public Database read(Database database, List<SchemaRef> schemas, org.eclipse.emf.common.util.Monitor monitor) {
                return catalogs.read(database, schemas, monitor);
            }

            @Override
            public Database read(Database database, List<SchemaRef> schemas, RelationChoice choice,
                    org.eclipse.emf.common.util.Monitor monitor) {
                for (SchemaRef schema : schemas) {
                    if (choice.limits(schema)) {
                        chosen.add(choice.choose(schema, new SchemaListing(Map.of("CUSTOMERS", Set.of(), "OTHER", Set.of()))));
                    }
                }
                return read(database, schemas, monitor); // everything: more than chosen
            }
        };
        ChangeReport report = SyncEngine.builder().catalogSource(listing).build().run(project(), SyncOptions.builder()
                .scope(ReadScope.everything().limit("crm", Set.of(), Map.of("CRM", Set.of("customers")))).build()).report();

        assertEquals(List.of(Set.of("CUSTOMERS")), chosen);
        assertChange(report, ChangeKind.CREATED, "TableField", "CUSTOMERS.EMAIL");
        assertEquals(1, other.getFields().size(), "OTHER, not chosen, as it was");
        assertSame(other, Fixture.table(db, "CRM", "OTHER"));
        assertFalse(other.isMarkedForDeletion());
        assertSame(old, archive.getTables().get(0), "ARCHIVE, not read, keeps its table");
    }
}
