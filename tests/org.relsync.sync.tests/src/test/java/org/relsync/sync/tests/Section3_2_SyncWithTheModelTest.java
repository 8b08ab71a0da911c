package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.sync.tests.Fixture.column;
import static org.relsync.sync.tests.Fixture.field;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.TypedView;
import org.relsync.model.mapping.MappingFactory;
import org.relsync.model.mapping.TypedViewFieldMapping;
import org.relsync.model.mapping.TypedViewMapping;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;

/** SYNC-SPEC section 3.2: "Sync with the model", steps 1 to 7 and rule T. */
class Section3_2_SyncWithTheModelTest extends Scenario {

    private final Database db = fixture.database("main", "ansi");
    private final Schema schema = Fixture.schema(db, "APP", SyncSource.MODEL);

    private Entity customer() {
        Entity customer = fixture.entity("Customer");
        field(customer, "Id", ModelType.INT32, "id", "identity");
        field(customer, "Name", ModelType.STRING, "len=100");
        field(customer, "Note", ModelType.STRING, "optional");
        return customer;
    }

    @Test
    void step1_anUnmappedEntityGetsANewTableInTheDefaultSchema() {
        Entity customer = customer();
        ChangeReport report = sync();

        Table table = Fixture.table(db, "APP", "Customer");
        assertSame(table, DatabaseMappings.of(project(), db).target(customer).orElseThrow());
        assertChange(report, ChangeKind.CREATED, "Table", "Customer");
        assertChange(report, ChangeKind.CREATED, "EntityMapping", "Customer");
    }

    @Test
    void step1_anExistingTableThatTheNamingRulesNameIsMappedNotDuplicated() {
        project().getSettings().getNamingRules().setTableCaseStyle(org.relsync.model.common.CaseStyle.UPPER_SNAKE);
        Table existing = Fixture.table(schema, "ORDER_LINE", "ORDER_ID INTEGER NOT NULL");
        Entity orderLine = fixture.entity("OrderLine");
        field(orderLine, "OrderId", ModelType.INT32, "id");

        ChangeReport report = sync();

        assertEquals(1, schema.getTables().size(), "found, not created");
        assertSame(existing, DatabaseMappings.of(project(), db).target(orderLine).orElseThrow());
        assertTrue(changes(report, ChangeKind.CREATED, "Table").isEmpty());
    }

    @Test
    void step1_aTableInADatabaseSchemaIsNeverCreatedAndNotUsedByModelSync() {
        Database other = fixture.database("warehouse", "ansi");
        Fixture.schema(other, "DW", SyncSource.DATABASE);
        customer();

        sync();

        assertTrue(other.getCatalogs().get(0).getSchemas().get(0).getTables().isEmpty());
        assertTrue(DatabaseMappings.of(project(), other).container().getEntityMappings().isEmpty());
    }

    @Test
    void step2_unmappedFieldsGetColumnsTypedByTheDialect() {
        customer();
        sync();

        Table table = Fixture.table(db, "APP", "Customer");
        TableField id = column(table, "Id");
        TableField name = column(table, "Name");
        TableField note = column(table, "Note");
        assertEquals("INTEGER", id.getDataType());
        assertFalse(id.isNullable());
        assertTrue(id.isIdentity());
        assertEquals("VARCHAR", name.getDataType());
        assertEquals(100, name.getLength());
        assertFalse(name.isNullable());
        assertTrue(note.isNullable());
        assertEquals(List.of("Id", "Name", "Note"), table.getFields().stream().map(TableField::getName).toList());
    }

    @Test
    void step2_anExistingColumnWithTheRuleNameIsMapped() {
        Table table = Fixture.table(schema, "Customer", "Id INTEGER NOT NULL", "name VARCHAR(100) NOT NULL");
        Entity customer = customer();

        sync();

        EntityField nameField = customer.getFields().get(1);
        TableField mapped = DatabaseMappings.of(project(), db).target(nameField).orElseThrow();
        assertSame(column(table, "Name"), mapped, "found without case and renamed by step 3");
        assertEquals(3, table.getFields().size());
    }

    @Test
    void step3_renamingAnEntityAndAFieldRenamesTableAndColumn() {
        Entity customer = customer();
        sync();
        Table table = Fixture.table(db, "APP", "Customer");

        customer.setName("Client");
        customer.getFields().get(1).setName("FullName");
        ChangeReport report = sync();

        assertEquals("Client", table.getName(), "the same table, renamed");
        assertEquals("FullName", table.getFields().get(1).getName());
        assertChange(report, ChangeKind.RENAMED, "Table", "Customer");
        assertChange(report, ChangeKind.RENAMED, "TableField", "Client.Name");
        assertEquals("PK_Client", table.getPrimaryKey().getName(), "constraint names follow the rules");
    }

    @Test
    void step3_isOffWhenTheSettingIsOff() {
        project().getSettings().setSyncRelationalModelDataElementNameWithTargetElementName(false);
        Entity customer = customer();
        sync();
        customer.setName("Client");
        sync();
        assertEquals("Customer", Fixture.table(db, "APP", "Customer").getName());
    }

    @Test
    void step4_nullabilityFollowsOptionalAndKeysAreNeverNullable() {
        Entity customer = customer();
        sync();
        Table table = Fixture.table(db, "APP", "Customer");

        customer.getFields().get(1).setOptional(true);
        customer.getFields().get(0).setOptional(true); // identifying: stays NOT NULL
        ChangeReport report = sync();

        assertTrue(column(table, "Name").isNullable());
        assertFalse(column(table, "Id").isNullable());
        assertChange(report, ChangeKind.CHANGED, "TableField", "Customer.Name");
    }

    @Test
    void step4_isOffWhenTheSettingIsOff() {
        project().getSettings().setReflectNullabilityOfElementFieldInTargetField(false);
        Entity customer = customer();
        sync();
        customer.getFields().get(1).setOptional(true);
        sync();
        assertFalse(column(Fixture.table(db, "APP", "Customer"), "Name").isNullable());
    }

    @Test
    void step5_typesFollowTheModelTypeLengthPrecisionAndScale() {
        Entity customer = customer();
        EntityField balance = field(customer, "Balance", ModelType.DECIMAL, "prec=10", "scale=2");
        sync();
        Table table = Fixture.table(db, "APP", "Customer");
        assertEquals("DECIMAL", column(table, "Balance").getDataType());
        assertEquals(10, column(table, "Balance").getPrecision());

        balance.setPrecision(12);
        customer.getFields().get(1).setLength(200);
        customer.getFields().get(2).setType(ModelType.JSON);
        ChangeReport report = sync();

        assertEquals(12, column(table, "Balance").getPrecision());
        assertEquals(200, column(table, "Name").getLength());
        assertEquals("JSON", column(table, "Note").getDataType());
        assertNull(column(table, "Note").getLength());
        assertEquals(3, changes(report, ChangeKind.CHANGED, "TableField").size());
    }

    @Test
    void step5_isOffWhenTheSettingIsOff() {
        project().getSettings().setReflectTypeOfElementFieldInTargetField(false);
        Entity customer = customer();
        sync();
        customer.getFields().get(1).setLength(200);
        sync();
        assertEquals(100, column(Fixture.table(db, "APP", "Customer"), "Name").getLength());
    }

    @Test
    void step6_primaryForeignAndUniqueKeysFollowTheModel() {
        Entity customer = customer();
        Fixture.unique(customer, "UniqueName", customer.getFields().get(1));
        Entity order = fixture.entity("Order");
        field(order, "Id", ModelType.INT64, "id", "identity");
        EntityField customerId = field(order, "CustomerId", ModelType.INT32);
        fixture.manyToOne("OrderCustomer", order, customer, customerId);

        sync();

        Table customers = Fixture.table(db, "APP", "Customer");
        Table orders = Fixture.table(db, "APP", "Order");
        assertEquals("PK_Customer", customers.getPrimaryKey().getName());
        assertEquals(List.of(column(customers, "Id")), customers.getPrimaryKey().getFields());
        assertEquals("UC_Customer_Name", customers.getUniqueConstraints().get(0).getName());
        ForeignKey fk = orders.getForeignKeys().get(0);
        assertEquals("FK_Order_Customer", fk.getName());
        assertEquals(List.of(column(orders, "CustomerId")), fk.getFields());
        assertSame(customers, fk.getReferencedTable());
        assertEquals(List.of(column(customers, "Id")), fk.getReferencedFields());
    }

    @Test
    void step6_twoRelationshipsBetweenTheSameTablesGetUniqueKeyNames() {
        Entity customer = customer();
        Entity order = fixture.entity("Order");
        field(order, "Id", ModelType.INT64, "id");
        EntityField buyer = field(order, "BuyerId", ModelType.INT32);
        EntityField payer = field(order, "PayerId", ModelType.INT32);
        fixture.manyToOne("Buyer", order, customer, buyer);
        fixture.manyToOne("Payer", order, customer, payer);

        sync();

        List<String> names = Fixture.table(db, "APP", "Order").getForeignKeys().stream().map(ForeignKey::getName).toList();
        assertEquals(List.of("FK_Order_Customer", "FK_Order_Customer_2"), names);
    }

    @Test
    void step6_aDialectWithSequencesGetsOneSequencePerTableWithIdentity() {
        dialects = new DialectRegistry(new TestDialects.SequenceDialect());
        customer();
        sync();

        Table table = Fixture.table(db, "APP", "Customer");
        assertNotNull(column(table, "Id").getSequence());
        assertEquals("SEQ_Customer", column(table, "Id").getSequence().getName());
        assertEquals(1, schema.getSequences().size());
    }

    @Test
    void ruleT_typedViewsAreNeverTouchedAndOnlyTheEntityCounts() {
        Entity customer = customer();
        sync();
        Table table = Fixture.table(db, "APP", "Customer");
        TypedView view = fixture.typedView("CustomerName", "Name");
        view.getFields().get(0).setOptional(true); // disagrees with the entity
        view.getFields().get(0).setLength(5);
        TypedViewMapping tvm = MappingFactory.eINSTANCE.createTypedViewMapping();
        tvm.setTypedView(view);
        tvm.setTarget(table);
        TypedViewFieldMapping tvfm = MappingFactory.eINSTANCE.createTypedViewFieldMapping();
        tvfm.setField(view.getFields().get(0));
        tvfm.setTarget(column(table, "Name"));
        tvm.getFieldMappings().add(tvfm);
        DatabaseMappings.of(project(), db).container().getTypedViewMappings().add(tvm);

        customer.getFields().get(1).setLength(150);
        sync();

        assertEquals(150, column(table, "Name").getLength(), "the entity counts");
        assertFalse(column(table, "Name").isNullable());
        assertEquals(5, view.getFields().get(0).getLength(), "the typed view is untouched");
        assertTrue(view.getFields().get(0).isOptional());
        assertEquals(1, DatabaseMappings.of(project(), db).container().getTypedViewMappings().size());
    }
}
