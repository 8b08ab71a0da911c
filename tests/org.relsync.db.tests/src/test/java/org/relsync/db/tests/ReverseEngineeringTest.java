package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.model.RelSyncModel;
import org.relsync.model.common.CaseStyle;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.entity.TypedView;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.ReportWriter;
import org.relsync.sync.reverse.ReverseEngineer;

/** Reverse engineering of a real H2 database, and the sync that follows it changes nothing. */
class ReverseEngineeringTest {

    @TempDir
    Path dir;

    private Project project;
    private Database database;
    private SyncEngine engine;

    @BeforeEach
    void reverseTheShop() throws Exception {
        String url = H2Shop.build(dir);
        project = RelSyncModel.newProject("Shop");
        project.getSettings().getNamingRules().setTableCaseStyle(CaseStyle.UPPER_SNAKE);
        project.getSettings().getNamingRules().setFieldCaseStyle(CaseStyle.UPPER_SNAKE);
        database = new DatabaseSetup(Connections.fromEnvironment()).add(project, new DatabaseSetup.Spec("shop", "h2", url,
                null, null, List.of("PUBLIC", "REPORTING"), SyncSource.DATABASE));
        engine = SyncEngine.builder().catalogSource(new DatabaseCatalogSource(Connections.fromEnvironment()))
                .dialects(DatabaseKinds.dialects()).build();
        ChangeReport report = engine.run(project, SyncOptions.builder().task(DatabaseSetup.taskName("shop")).build()).report();
        new ReverseEngineer(project, database, Naming.of(project, database, DatabaseKinds.dialects()), report).reverse(s -> true);
    }

    private Entity entity(String name) {
        return project.getEntityModel().getEntities().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }

    private Relationship relationship(Entity from, Entity to) {
        return project.getEntityModel().getRelationships().stream().filter(r -> r.getStart() == from && r.getEnd() == to)
                .findFirst().orElseThrow();
    }

    @Test
    void everyTableBecomesAMappedEntityNamedByTheReverseRules() {
        assertEquals(List.of("Customer", "Order", "OrderLine", "Product", "ProductTag"),
                project.getEntityModel().getEntities().stream().map(Entity::getName).sorted().toList());
        Entity customer = entity("Customer");
        EntityField id = customer.getFields().get(0);
        assertEquals("Id", id.getName());
        assertEquals(ModelType.INT32, id.getType());
        assertTrue(id.isIdentifying());
        assertTrue(id.isIdentity());
        EntityField name = customer.getFields().get(1);
        assertEquals(ModelType.STRING, name.getType());
        assertEquals(100, name.getLength());
        assertFalse(name.isOptional());
        assertEquals("CreatedAt", customer.getFields().get(3).getName());
        assertEquals("UC_CUSTOMER_EMAIL", customer.getUniqueConstraints().get(0).getName());
        EntityField price = entity("Product").getFields().get(2);
        assertEquals(ModelType.DECIMAL, price.getType());
        assertEquals(10, price.getPrecision());
        assertEquals(2, price.getScale());
        DatabaseMappings mappings = DatabaseMappings.of(project, database);
        assertEquals("CUSTOMER", mappings.target(customer).orElseThrow().getName());
        assertEquals("NAME", mappings.target(name).orElseThrow().getName());
    }

    @Test
    void foreignKeysBecomeRelationshipsWithNavigatorsOnBothEnds() {
        Relationship orderCustomer = relationship(entity("Order"), entity("Customer"));
        assertEquals(RelationshipKind.MANY_TO_ONE, orderCustomer.getKind());
        assertEquals("Customer", orderCustomer.getStartNavigator());
        assertEquals("Orders", orderCustomer.getEndNavigator());
        assertEquals(List.of("CustomerId"), orderCustomer.getFkFields().stream().map(EntityField::getName).toList());
        assertEquals("FK_ORDER_CUSTOMER", DatabaseMappings.of(project, database).target(orderCustomer).orElseThrow().getName());
        assertEquals(4, project.getEntityModel().getRelationships().size());
    }

    @Test
    void aForeignKeyOnUniqueColumnsIsOneToOneAndASecondReverseAddsOnlyWhatIsNew() throws Exception {
        Relationship tagProduct = relationship(entity("ProductTag"), entity("Product"));
        assertEquals(RelationshipKind.MANY_TO_ONE, tagProduct.getKind(), "PRODUCT_ID alone is not unique in PRODUCT_TAG");

        H2Shop.execute(database.getUrl(), "CREATE TABLE CUSTOMER_PROFILE (CUSTOMER_ID INTEGER NOT NULL PRIMARY KEY, "
                + "BIO VARCHAR(2000), CONSTRAINT FK_CUSTOMER_PROFILE_CUSTOMER FOREIGN KEY (CUSTOMER_ID) REFERENCES CUSTOMER (ID))");
        ChangeReport report = engine.run(project, SyncOptions.builder().task(DatabaseSetup.taskName("shop")).build()).report();
        new ReverseEngineer(project, database, Naming.of(project, database, DatabaseKinds.dialects()), report).reverse(s -> true);

        assertEquals(6, project.getEntityModel().getEntities().size(), "only the new table became an entity");
        Relationship profile = relationship(entity("CustomerProfile"), entity("Customer"));
        assertEquals(RelationshipKind.ONE_TO_ONE, profile.getKind());
        assertEquals("CustomerProfile", profile.getEndNavigator(), "one-to-one: a singular navigator");
    }

    @Test
    void aPureLinkTableBecomesAManyToManyRelationshipNotAnEntity() throws Exception {
        H2Shop.execute(database.getUrl(), "CREATE TABLE CATEGORY (ID INTEGER PRIMARY KEY, NAME VARCHAR(40) NOT NULL);"
                + "CREATE TABLE PRODUCT_CATEGORY (PRODUCT_ID INTEGER NOT NULL, CATEGORY_ID INTEGER NOT NULL,"
                + " CONSTRAINT PK_PRODUCT_CATEGORY PRIMARY KEY (PRODUCT_ID, CATEGORY_ID),"
                + " CONSTRAINT FK_PRODUCT_CATEGORY_PRODUCT FOREIGN KEY (PRODUCT_ID) REFERENCES PRODUCT (ID),"
                + " CONSTRAINT FK_PRODUCT_CATEGORY_CATEGORY FOREIGN KEY (CATEGORY_ID) REFERENCES CATEGORY (ID))");
        ChangeReport report = engine.run(project, SyncOptions.builder().task(DatabaseSetup.taskName("shop")).build()).report();
        new ReverseEngineer(project, database, Naming.of(project, database, DatabaseKinds.dialects()), report).reverse(s -> true);

        assertTrue(project.getEntityModel().getEntities().stream().noneMatch(e -> e.getName().equals("ProductCategory")));
        Relationship link = relationship(entity("Product"), entity("Category"));
        assertEquals(RelationshipKind.MANY_TO_MANY, link.getKind());
        assertEquals("Categories", link.getStartNavigator());
        assertEquals("Products", link.getEndNavigator());
        assertTrue(link.getFkFields().isEmpty());
        var mapping = DatabaseMappings.of(project, database).container().getRelationshipMappings().stream()
                .filter(m -> m.getRelationship() == link).findFirst().orElseThrow();
        assertEquals("PRODUCT_CATEGORY", mapping.getLinkTable().getName());

        ChangeReport sync = engine.run(project, SyncOptions.defaults()).report();
        assertTrue(sync.problems().stream().noneMatch(p -> p.path().contains("PRODUCT_CATEGORY")),
                () -> "the link table is no orphan: " + ReportWriter.text(sync));
        assertEquals(List.of(), engine.run(project, SyncOptions.defaults()).report().changes());
        assertTrue(org.relsync.sync.validation.Validation.validate(project).stream()
                .noneMatch(f -> f.code().startsWith("relationship")));
    }

    @Test
    void viewsBecomeMappedTypedViews() {
        TypedView totals = project.getEntityModel().getTypedViews().get(0);
        assertEquals("CustomerTotals", totals.getName());
        assertEquals(List.of("CustomerId", "Total"), totals.getFields().stream().map(f -> f.getName()).toList());
        assertSame(database.getCatalogs().get(0).getSchemas().get(1).getViews().get(0),
                DatabaseMappings.of(project, database).container().getTypedViewMappings().get(0).getTarget());
    }

    @Test
    void aFullSyncAfterReverseEngineeringChangesNothing() {
        database.getCatalogs().get(0).getSchemas().get(0).setSyncSource(SyncSource.MIXED);
        ChangeReport report = engine.run(project, SyncOptions.defaults()).report();
        assertEquals(List.of(), report.changes(), () -> ReportWriter.text(report));
    }

    @Test
    void aColumnRenamedInTheDatabaseBySqlIsFoundAgainWithoutCase() throws Exception {
        // H2 folds unquoted names to upper case: a rename that changes only the case in the model's
        // eyes keeps the mapping (SYNC-SPEC 3.1 M: exact, then case-insensitive)
        EntityField note = entity("Order").getFields().get(3);
        String url = database.getUrl();
        H2Shop.execute(url, "ALTER TABLE \"ORDER\" ALTER COLUMN NOTE RENAME TO \"Note\"");
        ChangeReport report = engine.run(project, SyncOptions.builder().task(DatabaseSetup.taskName("shop")).build()).report();
        assertEquals("Note", DatabaseMappings.of(project, database).target(note).orElseThrow().getName());
        assertTrue(report.changes().stream().noneMatch(c -> c.kind() == org.relsync.sync.report.ChangeKind.REMOVED),
                () -> ReportWriter.text(report));
    }
}
