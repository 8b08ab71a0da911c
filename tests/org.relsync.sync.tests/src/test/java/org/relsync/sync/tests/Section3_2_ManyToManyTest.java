package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.sync.tests.Fixture.column;
import static org.relsync.sync.tests.Fixture.field;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relsync.model.common.CaseStyle;
import org.relsync.model.common.NamedElement;
import org.relsync.model.common.NamingRules;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem;
import org.relsync.sync.report.ReportWriter;
import org.relsync.testing.Golden;

/**
 * SYNC-SPEC section 3.2 for a many-to-many relationship modelled first: model sync finds or
 * creates its link table (step 1), keeps the names of the table and its columns (step 3), and
 * makes its columns, primary key and two foreign keys (step 6); once the relationship is gone, the
 * link table is an orphan (section 4). The rules are in docs/SYNC-DECISIONS.md.
 */
class Section3_2_ManyToManyTest extends Scenario {

    private final Database db = fixture.database("main", "ansi");
    private final Schema app = Fixture.schema(db, "APP", SyncSource.MODEL);

    private Entity product;
    private Entity category;

    /** Product (key Id, an identity Int32) and Category (key Code, a String(10)), linked by ProductCategories. */
    private Relationship productCategories() {
        product = fixture.entity("Product");
        field(product, "Id", ModelType.INT32, "id", "identity");
        field(product, "Name", ModelType.STRING, "len=100");
        category = fixture.entity("Category");
        field(category, "Code", ModelType.STRING, "id", "len=10");
        field(category, "Title", ModelType.STRING, "len=50");
        return fixture.manyToMany("ProductCategories", product, category);
    }

    private RelationshipMapping mappingOf(Relationship relationship) {
        return DatabaseMappings.of(project(), db).relationshipMapping(relationship)
                .orElseThrow(() -> new AssertionError("no mapping of " + relationship.getName()));
    }

    private static List<String> names(List<? extends NamedElement> elements) {
        return elements.stream().map(NamedElement::getName).toList();
    }

    @Test
    void aManyToManyRelationshipGetsALinkTableWithItsColumnsKeysAndMapping() {
        Relationship relationship = productCategories();

        ChangeReport report = sync();

        Table products = Fixture.table(db, "APP", "Product");
        Table categories = Fixture.table(db, "APP", "Category");
        Table link = Fixture.table(db, "APP", "ProductCategory");
        assertEquals(List.of("Product", "Category", "ProductCategory"), names(app.getTables()));
        assertEquals(List.of("ProductId", "CategoryCode"), names(link.getFields()));
        TableField productId = column(link, "ProductId");
        assertEquals("INTEGER", productId.getDataType());
        assertFalse(productId.isNullable());
        assertFalse(productId.isIdentity(), "a link column references a value; it does not generate one");
        TableField categoryCode = column(link, "CategoryCode");
        assertEquals("VARCHAR", categoryCode.getDataType());
        assertEquals(10, categoryCode.getLength());
        assertFalse(categoryCode.isNullable());

        assertEquals("PK_ProductCategory", link.getPrimaryKey().getName());
        assertEquals(List.of(productId, categoryCode), link.getPrimaryKey().getFields());
        assertEquals(List.of("FK_ProductCategory_Product", "FK_ProductCategory_Category"), names(link.getForeignKeys()));
        ForeignKey toProduct = link.getForeignKeys().get(0);
        assertEquals(List.of(productId), toProduct.getFields());
        assertSame(products, toProduct.getReferencedTable());
        assertEquals(List.of(column(products, "Id")), toProduct.getReferencedFields());
        ForeignKey toCategory = link.getForeignKeys().get(1);
        assertEquals(List.of(categoryCode), toCategory.getFields());
        assertSame(categories, toCategory.getReferencedTable());
        assertEquals(List.of(column(categories, "Code")), toCategory.getReferencedFields());

        RelationshipMapping mapping = mappingOf(relationship);
        assertSame(link, mapping.getLinkTable());
        assertSame(toProduct, mapping.getTarget(), "as reverse engineering maps it: the key to the start side");
        assertSame(toCategory, mapping.getInverseTarget());
        assertTrue(relationship.getFkFields().isEmpty(), "the entity model is not changed");
        assertEquals(2, project().getEntityModel().getEntities().size());
        assertEquals(List.of(), report.problems());
        Golden.assertMatches(getClass(), "created.txt", ReportWriter.text(report));
    }

    @Test
    void aSecondSyncChangesNothingAndFindsNoOrphan() {
        productCategories();
        sync();
        Table link = Fixture.table(db, "APP", "ProductCategory");

        ChangeReport second = sync();

        assertEquals(List.of(), second.changes(), () -> ReportWriter.text(second));
        assertEquals(List.of(), second.problems());
        assertFalse(link.isMarkedForDeletion());
        assertTrue(link.getFields().stream().noneMatch(TableField::isMarkedForDeletion));
        assertTrue(link.getForeignKeys().stream().noneMatch(ForeignKey::isMarkedForDeletion));
        assertFalse(link.getPrimaryKey().isMarkedForDeletion());
    }

    @Test
    void theLinkTableAndItsColumnsAreNamedByTheRules() {
        NamingRules rules = project().getSettings().getNamingRules();
        rules.setTableCaseStyle(CaseStyle.UPPER_SNAKE);
        rules.setFieldCaseStyle(CaseStyle.UPPER_SNAKE);
        rules.setPluralizeTableNames(true);
        productCategories();

        sync();

        assertEquals(List.of("PRODUCTS", "CATEGORIES", "PRODUCT_CATEGORIES"), names(app.getTables()));
        Table link = Fixture.table(db, "APP", "PRODUCT_CATEGORIES");
        assertEquals(List.of("PRODUCT_ID", "CATEGORY_CODE"), names(link.getFields()));
        assertEquals("PK_PRODUCT_CATEGORIES", link.getPrimaryKey().getName());
        assertEquals(List.of("FK_PRODUCT_CATEGORIES_PRODUCTS", "FK_PRODUCT_CATEGORIES_CATEGORIES"),
                names(link.getForeignKeys()));
    }

    @Test
    void aLongLinkTableNameIsShortenedLikeEveryOtherName() {
        project().getSettings().getNamingRules().setMaxIdentifierLength(20);
        Entity warehouse = fixture.entity("WarehouseLocation");
        field(warehouse, "Id", ModelType.INT32, "id");
        Entity distributor = fixture.entity("Distributor");
        field(distributor, "Id", ModelType.INT32, "id");
        Relationship supplies = fixture.manyToMany("Supplies", warehouse, distributor);

        sync();

        CRC32 crc = new CRC32();
        crc.update("WarehouseLocationDistributor".getBytes(StandardCharsets.UTF_8));
        String expected = "WarehouseLo_" + String.format("%08x", crc.getValue());
        assertEquals(expected, mappingOf(supplies).getLinkTable().getName());
        assertEquals(20, expected.length());
        assertTrue(app.getTables().stream().allMatch(t -> t.getName().length() <= 20));
    }

    @Test
    void renamingAnEntityAndAKeyFieldRenamesTheLinkTableItsColumnsAndItsKeys() {
        Relationship relationship = productCategories();
        sync();
        Table link = Fixture.table(db, "APP", "ProductCategory");
        String id = link.getId();

        product.setName("Article");
        category.getFields().get(0).setName("Key");
        ChangeReport report = sync();

        assertSame(link, mappingOf(relationship).getLinkTable(), "the same table, renamed");
        assertEquals("ArticleCategory", link.getName());
        assertEquals(id, link.getId());
        assertEquals(List.of("ArticleId", "CategoryKey"), names(link.getFields()));
        assertEquals("PK_ArticleCategory", link.getPrimaryKey().getName());
        assertEquals(List.of("FK_ArticleCategory_Article", "FK_ArticleCategory_Category"), names(link.getForeignKeys()));
        assertChange(report, ChangeKind.RENAMED, "Table", "Product");
        assertChange(report, ChangeKind.RENAMED, "Table", "ProductCategory");
        assertChange(report, ChangeKind.RENAMED, "TableField", "ArticleCategory.ProductId");
        assertChange(report, ChangeKind.RENAMED, "TableField", "ArticleCategory.CategoryCode");
        assertTrue(changes(report, ChangeKind.CREATED, "Table").isEmpty(), "renamed, not made again");
        assertTrue(changes(report, ChangeKind.MARKED, "Table").isEmpty());
        assertEquals(3, app.getTables().size());
    }

    @Test
    void withoutNameSyncTheLinkTableKeepsItsNameLikeEveryOtherTable() {
        project().getSettings().setSyncRelationalModelDataElementNameWithTargetElementName(false);
        Relationship relationship = productCategories();
        sync();

        product.setName("Article");
        ChangeReport report = sync();

        assertEquals("ProductCategory", mappingOf(relationship).getLinkTable().getName());
        assertEquals("Product", Fixture.table(db, "APP", "Product").getName());
        assertEquals(List.of(), report.changes());
    }

    @ParameterizedTest(name = "{0} schema")
    @EnumSource(value = SyncSource.class, names = {"MODEL", "MIXED"})
    void removingTheRelationshipMakesTheLinkTableAnOrphanMarkedForDeletion(SyncSource source) {
        app.setSyncSource(source);
        productCategories();
        sync();
        Table link = Fixture.table(db, "APP", "ProductCategory");

        ProjectEditor editor = new ProjectEditor(project());
        editor.execute(editor.removeRelationship("ProductCategories"));
        ChangeReport report = sync();

        assertTrue(link.isMarkedForDeletion(), "the default for an excludable orphan: MarkForDeletion");
        assertChange(report, ChangeKind.MARKED, "Table", "ProductCategory");
        assertTrue(app.getTables().contains(link), "it stays until a DDL script drops it");
        assertEquals(List.of(), DatabaseMappings.of(project(), db).container().getRelationshipMappings());
        assertFalse(Fixture.table(db, "APP", "Product").isMarkedForDeletion());
        assertFalse(Fixture.table(db, "APP", "Category").isMarkedForDeletion());
        assertEquals(List.of(), report.problems(), "the parts of an orphaned table are not orphans of their own");
    }

    @Test
    void aRelationshipModelledAgainTakesItsMarkedLinkTableBack() {
        productCategories();
        sync();
        Table link = Fixture.table(db, "APP", "ProductCategory");
        ProjectEditor editor = new ProjectEditor(project());
        editor.execute(editor.removeRelationship("ProductCategories"));
        sync();
        assertTrue(link.isMarkedForDeletion());

        Relationship again = fixture.manyToMany("ProductCategories", product, category);
        ChangeReport report = sync();

        assertFalse(link.isMarkedForDeletion());
        assertChange(report, ChangeKind.UNMARKED, "Table", "ProductCategory");
        assertSame(link, mappingOf(again).getLinkTable(), "found by the naming rules");
        assertTrue(changes(report, ChangeKind.CREATED, "Table").isEmpty());
        assertEquals(2, link.getFields().size());
        assertEquals(2, link.getForeignKeys().size(), "its keys are found again, not doubled");
        assertSame(link.getForeignKeys().get(0), mappingOf(again).getTarget());
        assertSame(link.getForeignKeys().get(1), mappingOf(again).getInverseTarget());
    }

    @Test
    void aRelationshipThatIsNoLongerManyToManyLetsGoOfItsLinkTable() {
        Relationship relationship = productCategories();
        sync();
        Table link = Fixture.table(db, "APP", "ProductCategory");

        EntityField categoryCode = field(product, "CategoryCode", ModelType.STRING, "len=10");
        relationship.setKind(RelationshipKind.MANY_TO_ONE);
        relationship.getFkFields().add(categoryCode);
        ChangeReport report = sync();

        Table products = Fixture.table(db, "APP", "Product");
        RelationshipMapping mapping = mappingOf(relationship);
        assertNull(mapping.getLinkTable());
        assertNull(mapping.getInverseTarget());
        assertSame(products, mapping.getTarget().eContainer());
        assertEquals("FK_Product_Category", mapping.getTarget().getName());
        assertChange(report, ChangeKind.CHANGED, "RelationshipMapping", "ProductCategories");
        assertTrue(link.isMarkedForDeletion(), "nothing maps it any more");
        assertChange(report, ChangeKind.MARKED, "Table", "ProductCategory");
    }

    @Test
    void entitiesMappedInADatabaseSchemaNeverGetALinkTable() {
        Schema dw = Fixture.schema(db, "DW", SyncSource.DATABASE); // APP stays the schema for new tables
        Table products = Fixture.table(dw, "Product", "Id INTEGER NOT NULL");
        Fixture.primaryKey(products, "PK_Product", "Id");
        Table categories = Fixture.table(dw, "Category", "Code VARCHAR(10) NOT NULL");
        Fixture.primaryKey(categories, "PK_Category", "Code");
        product = fixture.entity("Product");
        category = fixture.entity("Category");
        DatabaseMappings m = DatabaseMappings.of(project(), db);
        m.map(m.map(product, products), field(product, "Id", ModelType.INT32, "id"), column(products, "Id"));
        m.map(m.map(category, categories), field(category, "Code", ModelType.STRING, "id", "len=10"),
                column(categories, "Code"));
        Relationship relationship = fixture.manyToMany("ProductCategories", product, category);

        ChangeReport report = sync();

        assertEquals(List.of(), app.getTables(), "nothing created in the Model schema");
        assertEquals(List.of("Product", "Category"), names(dw.getTables()));
        assertTrue(DatabaseMappings.of(project(), db).relationshipMapping(relationship).isEmpty());
        assertEquals(List.of(), report.changes());
        assertEquals(List.of(), report.problems());
    }

    @Test
    void inAMixedSchemaTheLinkTableWaitsForItsDdl() {
        app.setSyncSource(SyncSource.MIXED);
        fixture.databaseTask(db);
        Database server = Fixture.newDatabase("main", "ansi");
        Schema serverApp = Fixture.schema(server, "APP", SyncSource.MIXED);
        Fixture.primaryKey(Fixture.table(serverApp, "Product", "Id INTEGER NOT NULL IDENTITY", "Name VARCHAR(100) NOT NULL"),
                "PK_Product", "Id");
        Fixture.primaryKey(Fixture.table(serverApp, "Category", "Code VARCHAR(10) NOT NULL", "Title VARCHAR(50) NOT NULL"),
                "PK_Category", "Code");
        catalogs.put("main", server);
        Relationship relationship = productCategories();
        ChangeReport first = sync(); // the database has the two tables, not the link table yet
        assertChange(first, ChangeKind.CREATED, "Table", "ProductCategory");
        Table link = Fixture.table(db, "APP", "ProductCategory");

        ChangeReport second = sync();

        assertSame(link, Fixture.table(db, "APP", "ProductCategory"), "kept: waiting for its DDL");
        assertSame(link, mappingOf(relationship).getLinkTable());
        assertEquals(2, link.getForeignKeys().size());
        assertEquals(List.of(), second.changes(), () -> ReportWriter.text(second));
    }

    @Test
    void aSelfReferencingRelationshipGetsTwoColumnsAndTwoKeysWithDistinctNames() {
        Entity person = fixture.entity("Person");
        field(person, "Id", ModelType.INT64, "id");
        Relationship friends = fixture.manyToMany("Friends", person, person);

        sync();

        Table link = Fixture.table(db, "APP", "PersonPerson");
        assertEquals(List.of("PersonId", "PersonId_2"), names(link.getFields()));
        assertEquals(link.getFields(), link.getPrimaryKey().getFields());
        assertEquals(List.of("FK_PersonPerson_Person", "FK_PersonPerson_Person_2"), names(link.getForeignKeys()));
        assertEquals(List.of(column(link, "PersonId")), mappingOf(friends).getTarget().getFields());
        assertEquals(List.of(column(link, "PersonId_2")), mappingOf(friends).getInverseTarget().getFields());
    }

    @Test
    void twoRelationshipsBetweenTheSameEntitiesGetALinkTableEach() {
        Relationship main = productCategories();
        Relationship secondary = fixture.manyToMany("SecondaryCategories", product, category);

        sync();

        assertEquals("ProductCategory", mappingOf(main).getLinkTable().getName());
        assertEquals("ProductCategory_2", mappingOf(secondary).getLinkTable().getName());
        assertEquals("FK_ProductCategory_2_Product", mappingOf(secondary).getTarget().getName());
    }

    @Test
    void aSideWithoutIdentifyingFieldsGetsNoLinkTableButAnError() {
        Relationship relationship = productCategories();
        category.getFields().get(0).setIdentifying(false);

        ChangeReport report = sync();

        assertEquals(List.of("Product", "Category"), names(app.getTables()));
        assertTrue(DatabaseMappings.of(project(), db).relationshipMapping(relationship).isEmpty());
        List<Problem> errors = problems(report, "relationship.linkTable");
        assertEquals(1, errors.size());
        assertEquals(Problem.Severity.ERROR, errors.get(0).severity());
        assertEquals("entity model/ProductCategories", errors.get(0).path());
        assertEquals(List.of("make a field of Category identifying"), errors.get(0).fixes());
    }

    @Test
    void anEntityNamedLikeALinkTableGetsATableOfItsOwn() {
        Relationship relationship = productCategories();
        sync();
        Table link = Fixture.table(db, "APP", "ProductCategory");

        Entity productCategory = fixture.entity("ProductCategory");
        field(productCategory, "Id", ModelType.INT32, "id");
        sync();

        Table own = (Table) DatabaseMappings.of(project(), db).target(productCategory).orElseThrow();
        assertNotSame(link, own);
        assertEquals("ProductCategory_2", own.getName());
        assertSame(link, mappingOf(relationship).getLinkTable());
        assertEquals(List.of("ProductId", "CategoryCode"), names(link.getFields()), "the link table is left alone");
    }

    @Test
    void theLinkColumnsFollowTheKeysTheyReference() {
        Relationship relationship = productCategories();
        sync();
        Table link = Fixture.table(db, "APP", "ProductCategory");
        Table categories = Fixture.table(db, "APP", "Category");

        product.getFields().get(0).setType(ModelType.INT64);
        category.getFields().get(0).setIdentifying(false); // Category's key: Code -> Title
        category.getFields().get(1).setIdentifying(true);
        ChangeReport report = sync();

        assertEquals("BIGINT", column(link, "ProductId").getDataType());
        assertChange(report, ChangeKind.CHANGED, "TableField", "ProductCategory.ProductId");
        TableField categoryTitle = column(link, "CategoryTitle");
        assertEquals("VARCHAR", categoryTitle.getDataType());
        assertEquals(50, categoryTitle.getLength());
        assertFalse(categoryTitle.isNullable());
        assertEquals(List.of(column(link, "ProductId"), categoryTitle), link.getPrimaryKey().getFields());
        ForeignKey toCategory = mappingOf(relationship).getInverseTarget();
        assertEquals(List.of(categoryTitle), toCategory.getFields());
        assertEquals(List.of(column(categories, "Title")), toCategory.getReferencedFields());
        List<Problem> orphans = problems(report, "orphan.field");
        assertEquals(List.of("main/DB/APP/ProductCategory.CategoryCode"), orphans.stream().map(Problem::path).toList(),
                "the column of the old key is left over: a non-excludable orphan, a warning by default");
    }
}
