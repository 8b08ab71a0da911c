package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.relsync.model.entity.ModelType;
import org.relsync.sync.dialect.AnsiDialect;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.dialect.Dialect;
import org.relsync.sync.dialect.ModelTypeMatch;

/** SYNC-SPEC section 6: the two-way type converter of the generic dialect. */
class Section6_TypesTest {

    private final Dialect ansi = new AnsiDialect();

    /** Types the ANSI dialect cannot tell apart on the way back: Byte is stored as SMALLINT, Guid as CHAR(36). */
    private static final Set<ModelType> LOSSY = EnumSet.of(ModelType.BYTE, ModelType.GUID);

    @ParameterizedTest
    @EnumSource(ModelType.class)
    void everyModelTypeHasADatabaseTypeThatConvertsBack(ModelType type) {
        DatabaseType dbType = ansi.toDatabaseType(type, null, null, null);
        ModelTypeMatch back = ansi.toModelType(dbType);
        assertTrue(back.exact(), dbType + " is known");
        if (!LOSSY.contains(type)) {
            assertEquals(type, back.type(), dbType.toString());
        }
    }

    @ParameterizedTest(name = "{0}({1},{2},{3}) -> {4}")
    @CsvSource({
        "String, 80, , , VARCHAR(80)",
        "String, , , , VARCHAR(255)",
        "Char, 3, , , CHAR(3)",
        "Decimal, , 10, 2, 'DECIMAL(10,2)'",
        "Decimal, , , , 'DECIMAL(18,0)'",
        "Binary, 16, , , VARBINARY(16)",
        "Binary, , , , BLOB",
        "DateTimeOffset, , , , TIMESTAMP WITH TIME ZONE"})
    void lengthPrecisionAndScaleAreCarried(String type, Integer length, Integer precision, Integer scale, String expected) {
        assertEquals(expected, ansi.toDatabaseType(ModelType.get(type), length, precision, scale).toString());
    }

    @Test
    void lengthPrecisionAndScaleComeBack() {
        ModelTypeMatch varchar = ansi.toModelType(DatabaseType.withLength("character varying", 40));
        assertEquals(ModelType.STRING, varchar.type());
        assertEquals(40, varchar.length());
        ModelTypeMatch numeric = ansi.toModelType(DatabaseType.withPrecision("NUMERIC", 9, 3));
        assertEquals(ModelType.DECIMAL, numeric.type());
        assertEquals(9, numeric.precision());
        assertEquals(3, numeric.scale());
    }

    @Test
    void unknownDatabaseTypesBecomeStringOrBinaryNeverACrash() {
        ModelTypeMatch geometry = ansi.toModelType(DatabaseType.of("GEOMETRY"));
        assertEquals(ModelType.STRING, geometry.type());
        assertFalse(geometry.exact(), "the caller warns");
        ModelTypeMatch raw = ansi.toModelType(DatabaseType.withLength("LONG RAW", 2000));
        assertEquals(ModelType.BINARY, raw.type());
        assertFalse(raw.exact());
    }
}
