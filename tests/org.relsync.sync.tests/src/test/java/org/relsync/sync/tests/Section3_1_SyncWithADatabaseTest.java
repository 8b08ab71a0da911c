package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.sync.tests.Fixture.column;
import static org.relsync.sync.tests.Fixture.field;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.catalog.SchemaRef;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.reverse.ReverseEngineer;

/** SYNC-SPEC section 3.1: "Sync with a database": R (read), M (migrate), A (auto-map). */
class Section3_1_SyncWithADatabaseTest extends Scenario {

    private final Database db = fixture.database("crm", "ansi");
    private final Schema live = Fixture.schema(db, "CRM", SyncSource.DATABASE);
    private final DatabaseSyncTask task = fixture.databaseTask(db);

    /** The database as it is now: what the catalog source will serve. */
    private final Database server = Fixture.newDatabase("crm", "ansi");
    private final Schema serverSchema = Fixture.schema(server, "CRM", SyncSource.DATABASE);

    {
        catalogs.put("crm", server);
    }

    private Table serverCustomers() {
        Table t = Fixture.table(serverSchema, "CUSTOMERS", "ID INTEGER NOT NULL", "NAME VARCHAR(100) NOT NULL");
        Fixture.primaryKey(t, "PK_CUSTOMERS", "ID");
        return t;
    }

    @Test
    void r_readsOnlyDatabaseAndMixedSchemasWithTheTasksFilters() {
        Fixture.schema(db, "APP", SyncSource.MODEL);
        Fixture.schema(db, "STAGE", SyncSource.MIXED);
        Fixture.schema(server, "STAGE", SyncSource.MIXED);
        Fixture.schema(db, "ARCHIVE", SyncSource.DATABASE);
        task.getSchemaFilters().add("C*");
        task.getSchemaFilters().add("stage");
        List<List<SchemaRef>> asked = new ArrayList<>();
        CatalogSource recording = (database, schemas, monitor) -> {
            asked.add(schemas);
            return catalogs.read(database, schemas, monitor);
        };
        engineWith(recording);

        assertEquals(List.of(List.of(new SchemaRef("DB", "CRM"), new SchemaRef("DB", "STAGE"))), asked);
    }

    @Test
    void r_sequencesAlwaysComeFromTheDatabase() {
        Fixture.sequence(live, "OLD_SEQ");
        Fixture.sequence(serverSchema, "INVOICE_SEQ").setIncrement(50);

        ChangeReport report = sync();

        assertEquals(List.of("INVOICE_SEQ"), live.getSequences().stream().map(s -> s.getName()).toList());
        assertEquals(50, live.getSequences().get(0).getIncrement());
        assertChange(report, ChangeKind.REMOVED, "Sequence", "OLD_SEQ");
        assertChange(report, ChangeKind.CREATED, "Sequence", "INVOICE_SEQ");
    }

    /**
     * Issue 10: a column whose default draws from a sequence it does not own (one made on its own,
     * perhaps shared) is linked to it in the model, as the database reads it; the link is the
     * model's own sequence object, survives further syncs, and keeps the sequence from being an
     * orphan.
     */
    @Test
    void m_aColumnTakesTheSequenceItsDefaultDrawsFromAndKeepsIt() {
        Sequence modelSequence = Fixture.sequence(live, "INVOICE_SEQ");
        Table t = Fixture.table(live, "INVOICES", "ID INTEGER NOT NULL IDENTITY");
        column(t, "ID").setDefaultValue("nextval('invoice_seq'::regclass)");
        Sequence served = Fixture.sequence(serverSchema, "INVOICE_SEQ");
        Table s = Fixture.table(serverSchema, "INVOICES", "ID INTEGER NOT NULL IDENTITY");
        column(s, "ID").setDefaultValue("nextval('invoice_seq'::regclass)");
        column(s, "ID").setSequence(served);
        column(s, "ID").setOwnsSequence(false);

        for (int run = 1; run <= 2; run++) {
            ChangeReport report = sync();

            assertSame(modelSequence, column(t, "ID").getSequence(), "run " + run);
            assertFalse(column(t, "ID").isOwnsSequence());
            assertEquals(List.of(), problems(report, "orphan.sequence"), "run " + run);
            if (run == 1) {
                assertChange(report, ChangeKind.CHANGED, "TableField", "INVOICES.ID");
            }
        }
    }

    @Test
    void m_aTableRenamedOnlyInCaseKeepsItsObjectItsIdAndItsMappings() {
        Table t = Fixture.table(live, "Customers", "Id INTEGER NOT NULL", "Name VARCHAR(100) NOT NULL");
        Entity customer = fixture.entity("Customers");
        EntityField name = field(customer, "Name", ModelType.STRING, "len=100");
        DatabaseMappings m = DatabaseMappings.of(project(), db);
        m.map(m.map(customer, t), name, column(t, "Name"));
        String id = t.getId();
        serverCustomers();

        ChangeReport report = sync();

        assertSame(t, live.getTables().get(0));
        assertEquals("CUSTOMERS", t.getName());
        assertEquals(id, t.getId());
        assertSame(column(t, "NAME"), DatabaseMappings.of(project(), db).target(name).orElseThrow());
        assertChange(report, ChangeKind.RENAMED, "Table", "Customers");
        assertTrue(changes(report, ChangeKind.REMOVED, "Table").isEmpty(), "a rename is not a drop and an add");
    }

    @Test
    void m_changedColumnPropertiesAreTakenFromTheDatabase() {
        Table t = Fixture.table(live, "CUSTOMERS", "ID INTEGER NOT NULL", "NAME VARCHAR(50)");
        serverCustomers();

        ChangeReport report = sync();

        assertEquals(100, column(t, "NAME").getLength());
        assertFalse(column(t, "NAME").isNullable());
        assertChange(report, ChangeKind.CHANGED, "TableField", "CUSTOMERS.NAME");
        assertChange(report, ChangeKind.CREATED, "PrimaryKey", "CUSTOMERS.PK_CUSTOMERS");
    }

    @Test
    void m_aMappingWhoseTargetIsGoneIsRemovedAndTheEntityGetsAnError() {
        Table gone = Fixture.table(live, "LEGACY", "ID INTEGER NOT NULL");
        Entity legacy = fixture.entity("Legacy");
        EntityField id = field(legacy, "Id", ModelType.INT32, "id");
        DatabaseMappings m = DatabaseMappings.of(project(), db);
        m.map(m.map(legacy, gone), id, column(gone, "ID"));

        ChangeReport report = sync();

        assertTrue(project().getEntityModel().getEntities().contains(legacy), "the entity is not deleted");
        assertTrue(DatabaseMappings.of(project(), db).entityMapping(legacy).isEmpty());
        assertChange(report, ChangeKind.REMOVED, "Table", "LEGACY");
        assertChange(report, ChangeKind.REMOVED, "EntityMapping", "Legacy");
        assertEquals(1, problems(report, "mapping.lost").size());
        assertEquals("entity model/Legacy", problems(report, "mapping.lost").get(0).path());
    }

    @Test
    void m_inAMixedSchemaATableTheModelCreatedWaitsForItsDdl() {
        Schema mixed = Fixture.schema(db, "STAGE", SyncSource.MIXED);
        db.setDefaultSchema(mixed);
        Schema serverMixed = Fixture.schema(server, "STAGE", SyncSource.MIXED);
        Fixture.table(serverMixed, "EXISTING", "ID INTEGER NOT NULL");
        Entity invoice = fixture.entity("Invoice");
        field(invoice, "Id", ModelType.INT32, "id");
        sync(); // model sync creates Invoice in STAGE; the database does not have it yet
        Table created = mixed.getTables().stream().filter(t -> t.getName().equals("Invoice")).findFirst().orElseThrow();

        ChangeReport second = sync();

        assertTrue(mixed.getTables().contains(created), "kept: waiting for its DDL");
        assertTrue(mixed.getTables().stream().anyMatch(t -> t.getName().equals("EXISTING")));
        assertNoChange(second, "Table", "Invoice");
    }

    @Test
    void a_anUnmappedEntityIsMappedOntoTheTableItsNameGivesAndNothingIsCreated() {
        project().getSettings().getNamingRules().setPluralizeTableNames(true);
        project().getSettings().getNamingRules().setTableCaseStyle(org.relsync.model.common.CaseStyle.UPPER_SNAKE);
        project().getSettings().getNamingRules().setFieldCaseStyle(org.relsync.model.common.CaseStyle.UPPER_SNAKE);
        Entity customer = fixture.entity("Customer");
        EntityField name = field(customer, "Name", ModelType.STRING);
        field(customer, "Missing", ModelType.STRING);
        serverCustomers();

        ChangeReport report = sync();

        Table customers = Fixture.table(db, "CRM", "CUSTOMERS");
        DatabaseMappings m = DatabaseMappings.of(project(), db);
        assertSame(customers, m.target(customer).orElseThrow());
        assertSame(column(customers, "NAME"), m.target(name).orElseThrow());
        assertTrue(m.target(customer.getFields().get(1)).isEmpty(), "no column is created in a Database schema");
        assertEquals(2, customers.getFields().size());
        assertChange(report, ChangeKind.CREATED, "EntityMapping", "Customer");
    }

    @Test
    void a_anEntityIsNeverMappedOntoTheLinkTableOfAManyToManyRelationship() {
        Table customers = serverCustomers();
        Table tags = Fixture.table(serverSchema, "Tag", "ID INTEGER NOT NULL");
        Fixture.primaryKey(tags, "PK_TAG", "ID");
        Table link = Fixture.table(serverSchema, "CustomersTag", "CUSTOMER_ID INTEGER NOT NULL", "TAG_ID INTEGER NOT NULL");
        Fixture.primaryKey(link, "PK_CUSTOMER_TAG", "CUSTOMER_ID", "TAG_ID");
        Fixture.foreignKey(link, "FK_CUSTOMER_TAG_CUSTOMERS", "CUSTOMER_ID", customers, "ID");
        Fixture.foreignKey(link, "FK_CUSTOMER_TAG_TAG", "TAG_ID", tags, "ID");
        ChangeReport read = sync();
        new ReverseEngineer(project(), db, Naming.of(project(), db, dialects), read).reverse(s -> true);
        Relationship reversed = project().getEntityModel().getRelationships().get(0);
        assertEquals(RelationshipKind.MANY_TO_MANY, reversed.getKind());

        Entity customersTag = fixture.entity("CustomersTag"); // the name that finds the link table
        field(customersTag, "CustomerId", ModelType.INT32);
        ChangeReport report = sync();

        DatabaseMappings m = DatabaseMappings.of(project(), db);
        assertTrue(m.entityMapping(customersTag).isEmpty(), "a link table belongs to its relationship");
        assertSame(Fixture.table(db, "CRM", "CustomersTag"), m.linkTable(reversed).orElseThrow());
        assertTrue(changes(report, ChangeKind.CREATED, "EntityMapping").isEmpty());
    }

    @Test
    void aFailingReadChangesNothing() {
        Fixture.table(live, "KEEP", "ID INTEGER NOT NULL");
        Entity keep = fixture.entity("Keep");
        field(keep, "Id", ModelType.INT32, "id");
        Database before = EcoreUtil.copy(db);
        CatalogSource broken = (database, schemas, monitor) -> {
            throw new CatalogException("crm: connection refused");
        };

        assertThrows(CatalogException.class, () -> org.relsync.sync.SyncEngine.builder().catalogSource(broken).build()
                .run(project(), SyncOptions.defaults()));

        assertTrue(EcoreUtil.equals(before, db));
        assertTrue(project().getMappings().isEmpty() || project().getMappings().get(0).getEntityMappings().isEmpty());
    }

    private void engineWith(CatalogSource source) {
        org.relsync.sync.SyncEngine.builder().catalogSource(source).build().run(project(), SyncOptions.defaults());
    }
}
