package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.db.ddl.DdlApplier;
import org.relsync.db.ddl.DdlScript;
import org.relsync.db.ddl.DdlService;
import org.relsync.db.ddl.DdlStatement;
import org.relsync.db.ddl.SqlWriter;
import org.relsync.model.RelSyncModel;
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.project.OrphanAction;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.catalog.SchemaRef;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.edit.ProjectEditor.FieldSpec;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.ReportWriter;
import org.relsync.testing.MariaDbServer;
import org.relsync.testing.PostgresServer;

/**
 * Issue 5, model first, on every database: entities → sync → create script → apply → the database
 * read back equals the model and an update script is empty; then model changes (fields and
 * entities added, renamed and removed, a type widened, a field made required, a relationship
 * added and one removed) → update script → apply → again equal and empty. Rows survive, renames
 * are renames, and what the model marked for deletion is dropped and then purged.
 */
@ExtendWith({MariaDbServer.class, PostgresServer.class})
class ModelFirstDdlTest {

    @TempDir
    Path dir;

    private final DatabaseCatalogSource source = new DatabaseCatalogSource(Connections.fromEnvironment());
    private final SyncEngine engine = SyncEngine.builder().catalogSource(source).dialects(DatabaseKinds.dialects()).build();
    private final DdlService ddl = new DdlService(Connections.fromEnvironment(), source);

    private record Target(String url, String user, String schema) {
    }

    private Target target(String driver) {
        return switch (driver) {
            case "h2" -> new Target("jdbc:h2:" + dir.resolve("shop").toAbsolutePath(), "sa", "PUBLIC");
            case "postgresql" -> new Target(PostgresServer.createDatabase("model_first"), "postgres", "public");
            case "mariadb" -> new Target(MariaDbServer.createDatabase("model_first"), "root", "model_first");
            case "sqlite" -> new Target("jdbc:sqlite:" + dir.resolve("shop.db").toAbsolutePath(), null, "main");
            default -> throw new IllegalArgumentException(driver);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb", "sqlite"})
    void entitiesBecomeTablesAndEveryLaterChangeReachesTheDatabase(String driver) throws Exception {
        Target target = target(driver);
        Project project = RelSyncModel.newProject("Shop");
        project.getSettings().setNonExcludableOrphanedElementDetectedAction(OrphanAction.MARK_FOR_DELETION);
        Database database = new DatabaseSetup(Connections.fromEnvironment()).add(project, new DatabaseSetup.Spec("shop",
                driver, target.url(), target.user(), null, List.of(target.schema()), SyncSource.MODEL));
        ProjectEditor editor = new ProjectEditor(project);
        entity(editor, "Customer");
        editor.execute(editor.addField("Customer.Name", type(ModelType.STRING, 100, null, null, false)));
        editor.execute(editor.addField("Customer.Email", type(ModelType.STRING, 200, null, null, true)));
        entity(editor, "Order");
        editor.execute(editor.addField("Order.Total", type(ModelType.DECIMAL, null, 12, 2, false)));
        editor.execute(editor.addField("Order.PlacedAt", type(ModelType.DATE_TIME, null, null, null, true)));
        entity(editor, "Coupon");
        editor.execute(editor.addField("Coupon.Code", type(ModelType.STRING, 20, null, null, false)));
        editor.execute(editor.addRelationship("CustomerOrders", "Customer", "Order", RelationshipKind.ONE_TO_MANY,
                RelationshipEnd.END, null, "Orders", "Customer"));
        editor.execute(editor.addUniqueConstraint("Customer", "UniqueEmail", List.of("Email")));
        sync(project);

        DdlScript create = ddl.create(database);
        assertTrue(create.destructive().isEmpty(), create::text);
        assertApplied(ddl.apply(database, create), create);
        assertInSync(database, driver, target);

        try (Connection c = connect(driver, target); Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + table(driver, "Customer") + " (" + column(driver, "Name") + ") VALUES ('Ada')");
            s.execute("INSERT INTO " + table(driver, "Order") + " (" + column(driver, "Total") + ", " + column(driver, "CustomerId")
                    + ") SELECT 12.5, " + column(driver, "Id") + " FROM " + table(driver, "Customer"));
        }

        editor.execute(editor.addField("Customer.Phone", type(ModelType.STRING, 30, null, null, true)));
        editor.execute(editor.renameField("Customer.Name", "FullName"));
        editor.execute(editor.removeField("Order.PlacedAt"));
        editor.execute(editor.renameEntity("Order", "Purchase"));
        editor.execute(editor.setField("Purchase.Total", type(ModelType.DECIMAL, null, 14, 2, null)));
        editor.execute(editor.setField("Customer.Email", type(null, null, null, null, false)));
        editor.execute(editor.removeEntity("Coupon"));
        entity(editor, "Product");
        editor.execute(editor.addField("Product.Title", type(ModelType.STRING, 80, null, null, false)));
        editor.execute(editor.addRelationship("PurchaseProduct", "Product", "Purchase", RelationshipKind.ONE_TO_MANY,
                RelationshipEnd.END, null, "Purchases", "Product"));
        // the purchase already there has no product: a required one could not be added
        editor.execute(editor.setField("Purchase.ProductId", type(null, null, null, null, true)));
        editor.execute(editor.removeRelationship("CustomerOrders"));
        sync(project);

        DdlScript update = ddl.update(database);
        String text = update.text();
        assertTrue(text.contains("RENAME"), text);
        assertFalse(text.contains("CREATE TABLE " + table(driver, "Purchase") + " (")
                || text.contains("CREATE TABLE " + unquotedTable(driver, "Purchase") + " ("),
                "a renamed entity renames its table (SQLite: rebuilds it under its new name):\n" + text);
        assertTrue(update.destructive().stream().anyMatch(s -> s.risk().contains("Email") && s.risk().contains("1 null")),
                "Ada has no e-mail, so making it required is flagged:\n" + text);
        assertTrue(update.destructive().stream().anyMatch(s -> s.risk().contains("drops table")), text);

        try (Connection c = connect(driver, target); Statement s = c.createStatement()) {
            s.execute("UPDATE " + table(driver, "Customer") + " SET " + column(driver, "Email") + " = 'ada@example.org'");
        }
        update = ddl.update(database);
        assertTrue(update.destructive().stream().noneMatch(s -> s.risk().contains("Email")), update::text);
        assertApplied(ddl.apply(database, update), update);
        assertInSync(database, driver, target);
        assertTrue(schema(database).getTables().stream().noneMatch(t -> t.getName().equals("Coupon")),
                "the dropped table is purged from the model");
        assertTrue(schema(database).getTables().stream().noneMatch(t -> t.isMarkedForDeletion()));
        try (Connection c = connect(driver, target); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + column(driver, "FullName") + " FROM " + table(driver, "Customer"))) {
            assertTrue(rs.next());
            assertEquals("Ada", rs.getString(1), "a renamed column keeps its values");
        }
        try (Connection c = connect(driver, target); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + column(driver, "Total") + " FROM " + table(driver, "Purchase"))) {
            assertTrue(rs.next(), "a renamed table keeps its rows");
            assertEquals(12.5, rs.getDouble(1), 0.001);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void anIndexOnlyTheDatabaseHasIsLeftAloneWithANote(String driver) throws Exception {
        Target target = target(driver);
        Database database = customers(driver, target);
        sync((Project) database.eContainer());
        assertApplied(ddl.apply(database, ddl.create(database)), ddl.create(database));
        try (Connection c = connect(driver, target); Statement s = c.createStatement()) {
            s.execute("CREATE INDEX " + column(driver, "IX_Theirs") + " ON " + table(driver, "Customer") + " ("
                    + column(driver, "Name") + ")");
        }
        DdlScript update = ddl.update(database);
        assertEquals(List.of(), update.statements(), update::text);
        assertTrue(update.notes().stream().anyMatch(n -> n.startsWith("index Customer.IX_Theirs is in the database but not in the model; left alone")),
                update::text);
    }

    /**
     * A database made from a create script run by hand (so no baseline) or reversed into a Model or
     * Mixed schema: the database gives H2, MariaDB and SQLite columns no identity, and no baseline
     * records their names. A field renamed in the model is renamed in the database all the same,
     * paired the way a refresh pairs it (the only column at the same position with the same type,
     * which an entity field maps onto), and the script says it is a guess; never an added column
     * beside the old one, which would keep the values.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb", "sqlite"})
    void aColumnRenamedInTheModelIsRenamedWhereNoBaselineRecordsIt(String driver) throws Exception {
        Target target = target(driver);
        Database database = customers(driver, target);
        Project project = (Project) database.eContainer();
        ProjectEditor editor = new ProjectEditor(project);
        editor.execute(editor.addField("Customer.Email", type(ModelType.STRING, 200, null, null, true)));
        sync(project);
        DdlScript create = ddl.create(database);
        try (Connection c = connect(driver, target)) {
            assertApplied(DdlApplier.apply(c, create, DdlService.kind(database)), create); // by hand: no baseline
        }
        try (Connection c = connect(driver, target); Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + table(driver, "Customer") + " (" + column(driver, "Name") + ", "
                    + column(driver, "Email") + ") VALUES ('Ada', 'ada@example.org')");
        }

        editor.execute(editor.renameField("Customer.Email", "Mail"));
        sync(project);
        DdlScript update = ddl.update(database);
        assertEquals(List.of("RENAME_COLUMN"), update.statements().stream().map(st -> st.phase().name()).toList(),
                update::text);
        assertTrue(update.notes().stream().anyMatch(n -> n.contains("Customer.Email is renamed to Mail on a guess")),
                update::text);
        assertApplied(ddl.apply(database, update), update);
        try (Connection c = connect(driver, target); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + column(driver, "Mail") + " FROM " + table(driver, "Customer"))) {
            assertTrue(rs.next());
            assertEquals("ada@example.org", rs.getString(1), "the renamed column keeps its values");
        }
        assertInSync(database, driver, target);
    }

    /** A project whose Model schema on {@code target} has an entity Customer (Id, Name), not synced yet. */
    private static Database customers(String driver, Target target) {
        Project project = RelSyncModel.newProject("Shop");
        Database database = new DatabaseSetup(Connections.fromEnvironment()).add(project, new DatabaseSetup.Spec("shop",
                driver, target.url(), target.user(), null, List.of(target.schema()), SyncSource.MODEL));
        ProjectEditor editor = new ProjectEditor(project);
        entity(editor, "Customer");
        editor.execute(editor.addField("Customer.Name", type(ModelType.STRING, 100, null, null, false)));
        return database;
    }

    private void assertApplied(DdlApplier.Outcome outcome, DdlScript script) {
        assertTrue(outcome.succeeded(), () -> outcome.summary() + "\n" + outcome.failed() + "\n\n" + script.text());
        assertEquals(script.statements().size(), outcome.done());
    }

    /** The database read back equals the model, and an update script has nothing to do. */
    private void assertInSync(Database database, String driver, Target target) {
        Schema model = schema(database);
        Database live = source.read(database, List.of(new SchemaRef(model.eContainer() instanceof
                org.relsync.model.relational.Catalog c ? c.getName() : "", model.getName())), new org.eclipse.emf.common.util.BasicMonitor());
        SqlWriter writer = DdlService.writer(database);
        assertEquals(RelationalDump.of(model, writer), RelationalDump.of(live.getCatalogs().get(0).getSchemas().get(0), writer));
        DdlScript again = ddl.update(database);
        assertEquals(List.of(), again.statements().stream().map(DdlStatement::sql).toList(), again::text);
    }

    private void sync(Project project) {
        ChangeReport report = engine.run(project, SyncOptions.defaults()).report();
        assertEquals(0, report.count(org.relsync.sync.report.Problem.Severity.ERROR), () -> ReportWriter.text(report));
    }

    private static Schema schema(Database database) {
        return database.getCatalogs().get(0).getSchemas().get(0);
    }

    private static void entity(ProjectEditor editor, String name) {
        editor.execute(editor.addEntity(name));
        editor.execute(editor.addField(name + ".Id", new FieldSpec(ModelType.INT64, null, null, null, false, true, true, null,
                false, false, false)));
    }

    private static FieldSpec type(ModelType type, Integer length, Integer precision, Integer scale, Boolean optional) {
        return new FieldSpec(type, length, precision, scale, optional, null, null, null, false, false, false);
    }

    private static Connection connect(String driver, Target target) throws Exception {
        Properties p = new Properties();
        if (target.user() != null) {
            p.setProperty("user", target.user());
        }
        p.setProperty("password", "");
        return DriverManager.getConnection(target.url(), p);
    }

    private static String quoted(String driver, String name) {
        return driver.equals("mariadb") ? "`" + name + "`" : "\"" + name + "\"";
    }

    private static String table(String driver, String name) {
        return switch (driver) {
            case "h2" -> "PUBLIC." + quoted(driver, name);
            case "postgresql" -> "public." + quoted(driver, name);
            default -> quoted(driver, name);
        };
    }

    private static String unquotedTable(String driver, String name) {
        return switch (driver) {
            case "h2" -> "PUBLIC." + name;
            case "postgresql" -> "public." + name;
            default -> name;
        };
    }

    private static String column(String driver, String name) {
        return quoted(driver, name);
    }
}
