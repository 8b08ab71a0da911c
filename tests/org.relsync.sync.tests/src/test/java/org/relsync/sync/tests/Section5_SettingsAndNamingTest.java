package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.sync.tests.Fixture.field;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relsync.model.RelSyncModel;
import org.relsync.model.common.CaseStyle;
import org.relsync.model.common.NamingRules;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.ModelType;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.dialect.AnsiDialect;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.naming.Inflector;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.naming.Words;

/** SYNC-SPEC section 5: settings and naming rules, in both directions. */
class Section5_SettingsAndNamingTest extends Scenario {

    private static Naming naming(NamingRules rules) {
        return new Naming(rules, new AnsiDialect());
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({
        "OrderLine, UPPER_SNAKE, ORDER_LINE",
        "OrderLine, lower_snake, order_line",
        "order_line, PascalCase, OrderLine",
        "XMLDocument, lower_snake, xml_document",
        "Address2Line, UPPER_SNAKE, ADDRESS2_LINE",
        "OrderLine, AsIs, OrderLine"})
    void caseStyles(String name, String style, String expected) {
        assertEquals(expected, Words.apply(CaseStyle.get(style), name));
    }

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource({"Customer, Customers", "Category, Categories", "Box, Boxes", "Person, People", "Day, Days",
        "OrderLine, OrderLines", "Address, Addresses"})
    void pluralAndSingularAreInverse(String singular, String plural) {
        assertEquals(plural, Inflector.pluralize(singular));
        assertEquals(singular, Inflector.singularize(plural));
    }

    @Test
    void modelToDatabaseUsesPatternPluralAndCaseStyle() {
        NamingRules rules = RelSyncModel.newNamingRules();
        rules.setTableNamePattern("T_{Entity}");
        rules.setPluralizeTableNames(true);
        rules.setTableCaseStyle(CaseStyle.UPPER_SNAKE);
        rules.setFieldCaseStyle(CaseStyle.LOWER_SNAKE);
        Naming naming = naming(rules);
        assertEquals("T_ORDER_LINES", naming.tableName("OrderLine"));
        assertEquals("unit_price", naming.fieldName("UnitPrice"));
        assertEquals("PK_T_ORDER_LINES", naming.primaryKeyName("T_ORDER_LINES"));
        assertEquals("FK_A_B", naming.foreignKeyName("A", "B"));
        assertEquals("UC_A_x_y", naming.uniqueConstraintName("A", List.of("x", "y")));
        assertEquals("SEQ_A", naming.sequenceName("A"));
    }

    @Test
    void aLinkTableIsNamedLikeATableForBothEntityNamesJoinedInRelationshipOrder() {
        NamingRules rules = RelSyncModel.newNamingRules();
        assertEquals("ProductCategory", naming(rules).linkTableName("Product", "Category"));
        assertEquals("CategoryProduct", naming(rules).linkTableName("Category", "Product"), "relationship order");
        assertEquals("ProductId", naming(rules).linkColumnName("Product", "Id"));
        rules.setTableNamePattern("T_{Entity}");
        rules.setPluralizeTableNames(true);
        rules.setTableCaseStyle(CaseStyle.UPPER_SNAKE);
        rules.setFieldCaseStyle(CaseStyle.LOWER_SNAKE);
        Naming naming = naming(rules);
        assertEquals("T_PRODUCT_CATEGORIES", naming.linkTableName("Product", "Category"));
        assertEquals("T_PRODUCT_CATEGORIES", naming.linkTableName("product", "category"), "the case styles see two words");
        assertEquals("order_line_line_no", naming.linkColumnName("OrderLine", "lineNo"));
        Naming short16 = new Naming(RelSyncModel.newNamingRules(), new TestDialects.ShortNamesDialect(16));
        assertEquals(short16.tableName("CustomerAddressHistory"), short16.linkTableName("CustomerAddress", "History"),
                "shortened like every table name");
    }

    @Test
    void databaseToModelStripsPrefixesSingularizesAndEscapesKeywords() {
        NamingRules rules = RelSyncModel.newNamingRules();
        rules.setSingularizeEntityNames(true);
        Naming naming = naming(rules);
        assertEquals("Customer", naming.entityName("tbl_customers"));
        assertEquals("OrderLine", naming.entityName("ORDER_LINES_t"));
        assertEquals("CreatedAt", naming.entityFieldName("created_at"));
        rules.setEntityFieldCaseStyle(CaseStyle.AS_IS);
        assertEquals("class_", naming.entityFieldName("class"), "a Java keyword is escaped");
    }

    @Test
    void shorteningIsDeterministicFitsTheLimitAndKeepsNamesApart() {
        Naming naming = new Naming(RelSyncModel.newNamingRules(), new TestDialects.ShortNamesDialect(16));
        String a = naming.tableName("CustomerAddressHistory");
        String b = naming.tableName("CustomerAddressHistoryArchive");
        assertEquals(16, a.length());
        assertEquals(a, naming.tableName("CustomerAddressHistory"), "deterministic");
        assertNotEquals(a, b);
        Set<String> taken = new HashSet<>(List.of("ORDERS", "ORDERS_2"));
        assertEquals("ORDERS_3", naming.unique("ORDERS", n -> taken.stream().anyMatch(t -> t.equalsIgnoreCase(n))));
    }

    @Test
    void theProjectsMaximumIdentifierLengthIsUsedWhenShorterThanTheDialects() {
        NamingRules rules = RelSyncModel.newNamingRules();
        rules.setMaxIdentifierLength(10);
        assertEquals(10, naming(rules).tableName("AVeryLongEntityName").length());
    }

    @Test
    void findAndCreateUseTheSameRuleSoASecondEntityIsNeverGivenTheFirstsTable() {
        project().getSettings().getNamingRules().setTableCaseStyle(CaseStyle.UPPER_SNAKE);
        project().getSettings().getNamingRules().setPluralizeTableNames(true);
        Database db = fixture.database("main", "ansi");
        Schema schema = Fixture.schema(db, "APP", SyncSource.MODEL);
        Entity line = fixture.entity("OrderLine");
        field(line, "Id", ModelType.INT32, "id");
        sync();
        Table created = schema.getTables().get(0);
        assertEquals("ORDER_LINES", created.getName());

        // a second project file with the same entity finds that table rather than making another
        project().getMappings().clear();
        sync();
        assertEquals(1, schema.getTables().size());
        assertSame(created, DatabaseMappings.of(project(), db).target(line).orElseThrow());
    }

    @Test
    void longEntityNamesAreShortenedToTheDialectsLimitAndStayUnique() {
        dialects = new DialectRegistry(new TestDialects.ShortNamesDialect(12));
        Database db = fixture.database("main", "ansi");
        Fixture.schema(db, "APP", SyncSource.MODEL);
        field(fixture.entity("CustomerAddressHome"), "Id", ModelType.INT32, "id");
        field(fixture.entity("CustomerAddressWork"), "Id", ModelType.INT32, "id");
        sync();
        List<String> names = db.getCatalogs().get(0).getSchemas().get(0).getTables().stream().map(Table::getName).toList();
        assertEquals(2, new HashSet<>(names).size(), names.toString());
        assertTrue(names.stream().allMatch(n -> n.length() <= 12), names.toString());
    }

    @Test
    void aDatabasesOwnNamingRulesOverrideTheProjects() {
        Database db = fixture.database("main", "ansi");
        Fixture.schema(db, "APP", SyncSource.MODEL);
        NamingRules own = RelSyncModel.newNamingRules();
        own.setTableCaseStyle(CaseStyle.LOWER_SNAKE);
        db.setNamingRules(own);
        field(fixture.entity("OrderLine"), "Id", ModelType.INT32, "id");
        sync();
        assertEquals("order_line", db.getCatalogs().get(0).getSchemas().get(0).getTables().get(0).getName());
    }
}
