package org.relsync.db.tests;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.ddl.DdlPlanner;
import org.relsync.db.ddl.DdlScript;
import org.relsync.db.ddl.DdlScript.Mode;
import org.relsync.db.ddl.SqlWriter;
import org.relsync.model.entity.ModelType;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.ReferentialAction;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.UniqueConstraint;
import org.relsync.model.relational.View;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.dialect.Dialect;
import org.relsync.testing.Golden;

/**
 * The scripts each database gets, as golden files in {@code src/test/resources/golden/ddl/}: a
 * create script (identity keys, a reserved word, a unique constraint, foreign keys with a cycle
 * and a self-reference, an index, a sequence, a view) and an update script from a present state
 * that differs in every way the planner knows (renames by identity, widened and narrowed types,
 * NOT NULL on a column with nulls, dropped and added columns, tables and keys, a renamed key, a
 * changed foreign key, a sequence and a view). Rewrite them with
 * {@code -Drelsync.golden.update=true} after a deliberate change, and read the diff.
 */
class DdlScriptsGoldenTest {

    private static final RelationalFactory R = RelationalFactory.eINSTANCE;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb", "sqlite"})
    void createScript(String driver) {
        Database model = new Shop(driver, false).database;
        DdlScript script = new DdlPlanner(writer(driver), DdlPlanner.NullCount.UNKNOWN).plan(model, null, Mode.CREATE, null);
        assertMatches(driver + "-create.sql", script.text());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb", "sqlite"})
    void updateScript(String driver) {
        Database model = new Shop(driver, false).database;
        Database present = new Shop(driver, true).database;
        DdlScript script = new DdlPlanner(writer(driver), (table, column) -> column.getName().equals("Email") ? 3 : 0)
                .plan(model, present, Mode.UPDATE, "the live database");
        assertMatches(driver + "-update.sql", script.text());
    }

    private static SqlWriter writer(String driver) {
        return DatabaseKinds.find(driver).orElseThrow().sqlWriter();
    }

    /** The shop as the model wants it, or ({@code present}) as the database has it before the update. */
    private static final class Shop {
        final Database database = R.createDatabase();
        private final Dialect dialect;
        private final Schema schema = R.createSchema();

        Shop(String driver, boolean present) {
            dialect = DatabaseKinds.find(driver).orElseThrow().dialect();
            database.setName("shop");
            database.setDriverId(driver);
            Catalog catalog = R.createCatalog();
            catalog.setName("");
            database.getCatalogs().add(catalog);
            schema.setName(driver.equals("sqlite") ? "main" : "shop");
            schema.setSyncSource(SyncSource.MODEL);
            catalog.getSchemas().add(schema);

            Table customer = table(present ? "Client" : "Customer", "t1");
            TableField customerId = identity(customer, "c1");
            field(customer, present ? "Name" : "FullName", "c2", ModelType.STRING, present ? 50 : 100, null, null, false);
            TableField email = field(customer, "Email", "c3", ModelType.STRING, 200, null, null, present);
            field(customer, "CreatedAt", "c4", ModelType.DATE_TIME, null, null, null, false).setDefaultValue("CURRENT_TIMESTAMP");
            TableField fax = field(customer, "Fax", "c5", ModelType.STRING, 30, null, null, true);
            fax.setMarkedForDeletion(!present);
            key(customer, customerId);
            unique(customer, present ? "UC_Client_Email" : "UC_Customer_Email", email);

            Table order = table("Order", "t2");
            TableField orderId = identity(order, "o1");
            TableField customerRef = field(order, "CustomerId", "o2", ModelType.INT64, null, null, null, false);
            TableField total = field(order, "Total", "o3", ModelType.DECIMAL, null, present ? 14 : 12, 2, false);
            key(order, orderId);
            foreignKey(order, "FK_Order_Customer", customerRef, customer, customerId,
                    present ? ReferentialAction.NO_ACTION : ReferentialAction.CASCADE);
            Index byTotal = R.createIndex();
            byTotal.setName("IX_Order_Total");
            byTotal.getFields().add(total);
            order.getIndexes().add(byTotal);

            Table department = table("Department", "t3");
            TableField departmentId = identity(department, "d1");
            TableField head = field(department, "HeadId", "d2", ModelType.INT64, null, null, null, true);
            key(department, departmentId);
            Table employee = table("Employee", "t4");
            TableField employeeId = identity(employee, "e1");
            TableField inDepartment = field(employee, "DepartmentId", "e2", ModelType.INT64, null, null, null, true);
            TableField manager = field(employee, "ManagerId", "e3", ModelType.INT64, null, null, null, true);
            key(employee, employeeId);
            foreignKey(department, "FK_Department_Employee", head, employee, employeeId, ReferentialAction.SET_NULL);
            foreignKey(employee, "FK_Employee_Department", inDepartment, department, departmentId, ReferentialAction.NO_ACTION);
            foreignKey(employee, "FK_Employee_Manager", manager, employee, employeeId, ReferentialAction.NO_ACTION);

            if (present) {
                Table legacy = table("Legacy", "t5");
                key(legacy, identity(legacy, "l1"));
            } else {
                Table legacy = table("Legacy", "t5");
                key(legacy, identity(legacy, "l1"));
                legacy.setMarkedForDeletion(true);
                Table shipper = table("Shipper", "t6");
                TableField shipperId = identity(shipper, "s1");
                field(shipper, "Name", "s2", ModelType.STRING, 80, null, null, false);
                key(shipper, shipperId);
                TableField shipperRef = field(order, "ShipperId", "o4", ModelType.INT64, null, null, null, true);
                foreignKey(order, "FK_Order_Shipper", shipperRef, shipper, shipperId, ReferentialAction.NO_ACTION);
            }

            Sequence invoices = R.createSequence();
            invoices.setName("InvoiceNumbers");
            invoices.setExternalId("q1");
            invoices.setStartValue(1000);
            invoices.setIncrement(present ? 1 : 10);
            schema.getSequences().add(invoices);

            View big = R.createView();
            big.setName("BigOrders");
            big.setExternalId("v1");
            big.setDefinition("SELECT Id, Total FROM Orders WHERE Total > " + (present ? "500" : "1000"));
            TableField viewId = R.createTableField();
            viewId.setName("Id");
            big.getFields().add(viewId);
            schema.getViews().add(big);
        }

        private Table table(String name, String externalId) {
            Table table = R.createTable();
            table.setName(name);
            table.setExternalId(externalId);
            schema.getTables().add(table);
            return table;
        }

        private TableField identity(Table table, String externalId) {
            TableField id = field(table, "Id", externalId, ModelType.INT64, null, null, null, false);
            id.setIdentity(true);
            return id;
        }

        private TableField field(Table table, String name, String externalId, ModelType type, Integer length,
                Integer precision, Integer scale, boolean nullable) {
            DatabaseType databaseType = dialect.toDatabaseType(type, length, precision, scale);
            TableField field = R.createTableField();
            field.setName(name);
            field.setExternalId(externalId);
            field.setDataType(databaseType.name());
            field.setLength(databaseType.length());
            field.setPrecision(databaseType.precision());
            field.setScale(databaseType.scale());
            field.setNullable(nullable);
            field.setOrdinal(table.getFields().size() + 1);
            table.getFields().add(field);
            return field;
        }

        private static void key(Table table, TableField field) {
            PrimaryKey key = R.createPrimaryKey();
            key.setName("PK_" + table.getName());
            key.getFields().add(field);
            table.setPrimaryKey(key);
        }

        private static void unique(Table table, String name, TableField field) {
            UniqueConstraint unique = R.createUniqueConstraint();
            unique.setName(name);
            unique.getFields().add(field);
            table.getUniqueConstraints().add(unique);
        }

        private static void foreignKey(Table table, String name, TableField field, Table referenced, TableField key,
                ReferentialAction onDelete) {
            ForeignKey fk = R.createForeignKey();
            fk.setName(name);
            fk.getFields().add(field);
            fk.setReferencedTable(referenced);
            fk.getReferencedFields().add(key);
            fk.setOnDelete(onDelete);
            table.getForeignKeys().add(fk);
        }
    }

    private static void assertMatches(String name, String actual) {
        Golden.assertMatches("ddl/" + name, actual);
    }
}
