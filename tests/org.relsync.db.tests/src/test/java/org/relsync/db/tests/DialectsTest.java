package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relsync.db.DatabaseKind;
import org.relsync.db.DatabaseKinds;
import org.relsync.model.entity.ModelType;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.dialect.Dialect;
import org.relsync.sync.dialect.ModelTypeMatch;

/** The two-way type converters of the real dialects (SYNC-SPEC section 6). */
class DialectsTest {

    /** Types a database cannot tell apart on the way back, per dialect. */
    private static final Map<String, Set<ModelType>> LOSSY = Map.of(
            "h2", EnumSet.of(ModelType.XML),
            "postgresql", EnumSet.of(ModelType.BYTE),
            "mariadb", EnumSet.of(ModelType.XML),
            "sqlite", EnumSet.noneOf(ModelType.class));

    static Stream<Arguments> everyDialectAndType() {
        List<Arguments> cases = new ArrayList<>();
        for (DatabaseKind driver : DatabaseKinds.all()) {
            for (ModelType type : ModelType.VALUES) {
                cases.add(Arguments.of(driver.id(), type));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyDialectAndType")
    void aModelTypeSurvivesTheWayToTheDatabaseAndBack(String driver, ModelType type) {
        Dialect dialect = DatabaseKinds.find(driver).orElseThrow().dialect();
        DatabaseType written = dialect.toDatabaseType(type, type == ModelType.STRING || type == ModelType.CHAR ? 30 : null,
                type == ModelType.DECIMAL ? 9 : null, type == ModelType.DECIMAL ? 2 : null);
        // as the database would report it: canonical form of the written type
        DatabaseType reported = dialect.canonical(written.name(), written.length() != null ? written.length()
                : written.precision(), written.scale());
        assertEquals(written, reported, "the canonical form of what the dialect writes is itself");
        ModelTypeMatch back = dialect.toModelType(reported);
        assertTrue(back.exact());
        if (!LOSSY.get(driver).contains(type)) {
            assertEquals(type, back.type());
        }
    }

    @Test
    void reportedSpellingsAreCanonical() {
        Dialect h2 = DatabaseKinds.find("h2").orElseThrow().dialect();
        assertEquals(DatabaseType.withLength("VARCHAR", 100), h2.canonical("CHARACTER VARYING", 100, 0));
        assertEquals(DatabaseType.of("INTEGER"), h2.canonical("INTEGER", 32, 0), "no length for an integer");
        Dialect pg = DatabaseKinds.find("postgresql").orElseThrow().dialect();
        assertEquals(DatabaseType.of("integer"), pg.canonical("int4", 10, 0));
        assertEquals(DatabaseType.withPrecision("numeric", 12, 2), pg.canonical("NUMERIC", 12, 2));
        assertEquals(DatabaseType.withLength("char", 3), pg.canonical("bpchar", 3, 0));
    }

    @Test
    void identifierRulesDifferPerDatabase() {
        assertEquals(63, DatabaseKinds.find("postgresql").orElseThrow().dialect().maxIdentifierLength());
        assertEquals(64, DatabaseKinds.find("mariadb").orElseThrow().dialect().maxIdentifierLength());
        assertEquals("`a``b`", DatabaseKinds.find("mariadb").orElseThrow().dialect().quote("a`b"));
        assertTrue(DatabaseKinds.find("postgresql").orElseThrow().dialect().isReservedWord("user"));
        assertFalse(DatabaseKinds.find("mariadb").orElseThrow().dialect().sameIdentifier("Orders", "orders"));
        assertTrue(DatabaseKinds.find("mysql").isPresent(), "mysql is served by the MariaDB dialect");
    }
}
