package org.relsync.sync.dialect;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.relsync.model.entity.ModelType;

/**
 * A generic dialect after ISO SQL: upper-case identifiers of up to 128 characters, identity
 * columns rather than sequences, and the standard's type names. The real databases' dialects
 * (H2, PostgreSQL, MariaDB, SQLite) extend or replace it.
 */
public class AnsiDialect implements Dialect {

    /** Length used for a String or Binary field that declares none. */
    public static final int DEFAULT_LENGTH = 255;

    private static final Set<String> RESERVED = Set.of("ALL", "ALTER", "AND", "ANY", "AS", "ASC", "BETWEEN", "BY",
            "CASE", "CAST", "CHECK", "COLUMN", "CONSTRAINT", "CREATE", "CROSS", "CURRENT", "CURRENT_DATE",
            "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP",
            "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM", "FULL", "GRANT", "GROUP",
            "HAVING", "IN", "INNER", "INSERT", "INTERSECT", "INTO", "IS", "JOIN", "KEY", "LEFT", "LIKE", "LIMIT",
            "NATURAL", "NOT", "NULL", "OF", "OFFSET", "ON", "OR", "ORDER", "OUTER", "PRIMARY", "REFERENCES",
            "RIGHT", "ROW", "ROWS", "SELECT", "SET", "SOME", "TABLE", "THEN", "TO", "TRUE", "UNION", "UNIQUE",
            "UPDATE", "USER", "USING", "VALUE", "VALUES", "WHEN", "WHERE", "WITH");

    private static final Map<String, ModelType> BY_NAME = Map.ofEntries(
            Map.entry("VARCHAR", ModelType.STRING), Map.entry("CHARACTER VARYING", ModelType.STRING),
            Map.entry("NVARCHAR", ModelType.STRING), Map.entry("VARCHAR2", ModelType.STRING),
            Map.entry("TEXT", ModelType.STRING), Map.entry("CLOB", ModelType.STRING),
            Map.entry("CHARACTER LARGE OBJECT", ModelType.STRING),
            Map.entry("CHAR", ModelType.CHAR), Map.entry("CHARACTER", ModelType.CHAR), Map.entry("NCHAR", ModelType.CHAR),
            Map.entry("BOOLEAN", ModelType.BOOLEAN), Map.entry("BOOL", ModelType.BOOLEAN), Map.entry("BIT", ModelType.BOOLEAN),
            Map.entry("TINYINT", ModelType.BYTE), Map.entry("SMALLINT", ModelType.INT16), Map.entry("INT2", ModelType.INT16),
            Map.entry("INTEGER", ModelType.INT32), Map.entry("INT", ModelType.INT32), Map.entry("INT4", ModelType.INT32),
            Map.entry("BIGINT", ModelType.INT64), Map.entry("INT8", ModelType.INT64),
            Map.entry("DECIMAL", ModelType.DECIMAL), Map.entry("NUMERIC", ModelType.DECIMAL),
            Map.entry("REAL", ModelType.SINGLE), Map.entry("FLOAT4", ModelType.SINGLE),
            Map.entry("DOUBLE", ModelType.DOUBLE), Map.entry("DOUBLE PRECISION", ModelType.DOUBLE),
            Map.entry("FLOAT", ModelType.DOUBLE), Map.entry("FLOAT8", ModelType.DOUBLE),
            Map.entry("DATE", ModelType.DATE), Map.entry("TIME", ModelType.TIME),
            Map.entry("TIMESTAMP", ModelType.DATE_TIME), Map.entry("DATETIME", ModelType.DATE_TIME),
            Map.entry("TIMESTAMP WITH TIME ZONE", ModelType.DATE_TIME_OFFSET),
            Map.entry("TIMESTAMPTZ", ModelType.DATE_TIME_OFFSET),
            Map.entry("UUID", ModelType.GUID), Map.entry("UNIQUEIDENTIFIER", ModelType.GUID),
            Map.entry("BLOB", ModelType.BINARY), Map.entry("VARBINARY", ModelType.BINARY),
            Map.entry("BINARY", ModelType.BINARY), Map.entry("BINARY VARYING", ModelType.BINARY),
            Map.entry("BYTEA", ModelType.BINARY), Map.entry("BINARY LARGE OBJECT", ModelType.BINARY),
            Map.entry("JSON", ModelType.JSON), Map.entry("JSONB", ModelType.JSON), Map.entry("XML", ModelType.XML));

    @Override
    public String id() {
        return "ansi";
    }

    @Override
    public int maxIdentifierLength() {
        return 128;
    }

    @Override
    public IdentifierCase identifierCase() {
        return IdentifierCase.UPPER;
    }

    @Override
    public boolean isReservedWord(String word) {
        return word != null && RESERVED.contains(word.toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean usesSequencesForIdentity() {
        return false;
    }

    @Override
    public DatabaseType toDatabaseType(ModelType type, Integer length, Integer precision, Integer scale) {
        return switch (type) {
            case STRING -> DatabaseType.withLength("VARCHAR", length != null ? length : DEFAULT_LENGTH);
            case CHAR -> DatabaseType.withLength("CHAR", length != null ? length : 1);
            case BOOLEAN -> DatabaseType.of("BOOLEAN");
            case BYTE, INT16 -> DatabaseType.of("SMALLINT");
            case INT32 -> DatabaseType.of("INTEGER");
            case INT64 -> DatabaseType.of("BIGINT");
            case DECIMAL -> DatabaseType.withPrecision("DECIMAL", precision != null ? precision : 18,
                    scale != null ? scale : 0);
            case SINGLE -> DatabaseType.of("REAL");
            case DOUBLE -> DatabaseType.of("DOUBLE PRECISION");
            case DATE -> DatabaseType.of("DATE");
            case TIME -> DatabaseType.of("TIME");
            case DATE_TIME -> DatabaseType.of("TIMESTAMP");
            case DATE_TIME_OFFSET -> DatabaseType.of("TIMESTAMP WITH TIME ZONE");
            case GUID -> DatabaseType.withLength("CHAR", 36);
            case BINARY -> length != null ? DatabaseType.withLength("VARBINARY", length) : DatabaseType.of("BLOB");
            case JSON -> DatabaseType.of("JSON");
            case XML -> DatabaseType.of("XML");
        };
    }

    @Override
    public ModelTypeMatch toModelType(DatabaseType type) {
        String name = type.name().strip().toUpperCase(Locale.ROOT);
        ModelType modelType = BY_NAME.get(name);
        if (modelType == null) {
            boolean binary = name.contains("BLOB") || name.contains("BINARY") || name.contains("BYTE")
                    || name.contains("IMAGE") || name.contains("RAW");
            return new ModelTypeMatch(binary ? ModelType.BINARY : ModelType.STRING, type.length(), null, null, false);
        }
        return switch (modelType) {
            case STRING, CHAR -> new ModelTypeMatch(modelType, type.length(), null, null, true);
            case BINARY -> new ModelTypeMatch(modelType, type.length(), null, null, true);
            case DECIMAL -> new ModelTypeMatch(modelType, null, type.precision(), type.scale(), true);
            default -> ModelTypeMatch.exact(modelType);
        };
    }
}
