package org.relsync.db.h2;

import static org.relsync.db.dialect.TypeTable.Args.LENGTH;
import static org.relsync.db.dialect.TypeTable.Args.NONE;
import static org.relsync.db.dialect.TypeTable.Args.PRECISION_SCALE;

import java.util.Set;

import org.relsync.db.dialect.TableDialect;
import org.relsync.db.dialect.TypeTable;
import org.relsync.model.entity.ModelType;
import org.relsync.sync.dialect.DatabaseType;

/** H2 2.x: upper-case identifiers, identity columns, its own names for the standard types. */
final class H2Dialect extends TableDialect {

    private static final Set<String> RESERVED = Set.of("ALL", "AND", "ANY", "ARRAY", "AS", "ASYMMETRIC", "AUTHORIZATION",
            "BETWEEN", "BOTH", "CASE", "CAST", "CHECK", "CONSTRAINT", "CROSS", "CURRENT_CATALOG", "CURRENT_DATE",
            "CURRENT_PATH", "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER",
            "DAY", "DEFAULT", "DISTINCT", "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR", "FOREIGN",
            "FROM", "FULL", "GROUP", "GROUPS", "HAVING", "HOUR", "IF", "ILIKE", "IN", "INNER", "INTERSECT",
            "INTERVAL", "IS", "JOIN", "KEY", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP",
            "MINUS", "MINUTE", "MONTH", "NATURAL", "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER", "OVER", "PARTITION",
            "PRIMARY", "QUALIFY", "RANGE", "REGEXP", "RIGHT", "ROW", "ROWNUM", "ROWS", "SECOND", "SELECT",
            "SESSION_USER", "SET", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "TO", "TOP", "TRAILING", "TRUE",
            "UESCAPE", "UNION", "UNIQUE", "UNKNOWN", "USER", "USING", "VALUE", "VALUES", "WHEN", "WHERE", "WINDOW",
            "WITH", "YEAR", "_ROWID_");

    private static final TypeTable TYPES = new TypeTable(false)
            .type("VARCHAR", LENGTH, ModelType.STRING, "CHARACTER VARYING", "VARCHAR2", "NVARCHAR", "VARCHAR_IGNORECASE")
            .type("CHAR", LENGTH, ModelType.CHAR, "CHARACTER", "NCHAR")
            .type("CLOB", NONE, ModelType.STRING, "CHARACTER LARGE OBJECT", "TEXT", "NCLOB")
            .type("BOOLEAN", NONE, ModelType.BOOLEAN, "BOOL", "BIT")
            .type("TINYINT", NONE, ModelType.BYTE)
            .type("SMALLINT", NONE, ModelType.INT16, "INT2")
            .type("INTEGER", NONE, ModelType.INT32, "INT", "INT4", "SIGNED", "MEDIUMINT")
            .type("BIGINT", NONE, ModelType.INT64, "INT8")
            .type("NUMERIC", PRECISION_SCALE, ModelType.DECIMAL, "DECIMAL", "DEC", "NUMBER")
            .type("REAL", NONE, ModelType.SINGLE, "FLOAT4")
            .type("DOUBLE PRECISION", NONE, ModelType.DOUBLE, "DOUBLE", "FLOAT", "FLOAT8")
            .type("DECFLOAT", NONE, ModelType.DECIMAL)
            .type("DATE", NONE, ModelType.DATE)
            .type("TIME", NONE, ModelType.TIME, "TIME WITHOUT TIME ZONE")
            .type("TIME WITH TIME ZONE", NONE, ModelType.TIME)
            .type("TIMESTAMP", NONE, ModelType.DATE_TIME, "DATETIME", "TIMESTAMP WITHOUT TIME ZONE")
            .type("TIMESTAMP WITH TIME ZONE", NONE, ModelType.DATE_TIME_OFFSET)
            .type("UUID", NONE, ModelType.GUID)
            .type("VARBINARY", LENGTH, ModelType.BINARY, "BINARY VARYING")
            .type("BINARY", LENGTH, ModelType.BINARY)
            .type("BLOB", NONE, ModelType.BINARY, "BINARY LARGE OBJECT", "IMAGE")
            .type("JSON", NONE, ModelType.JSON);

    H2Dialect() {
        super(H2Kind.ID, 256, IdentifierCase.UPPER, RESERVED, TYPES);
    }

    /** H2 checks {@code String.length()} against its 256 (Java chars: a character outside the BMP counts two). */
    @Override
    public int identifierLength(String identifier) {
        return identifier.length();
    }

    @Override
    public DatabaseType toDatabaseType(ModelType type, Integer length, Integer precision, Integer scale) {
        return switch (type) {
            case STRING -> DatabaseType.withLength("VARCHAR", or(length, 255));
            case CHAR -> DatabaseType.withLength("CHAR", or(length, 1));
            case BOOLEAN -> DatabaseType.of("BOOLEAN");
            case BYTE -> DatabaseType.of("TINYINT");
            case INT16 -> DatabaseType.of("SMALLINT");
            case INT32 -> DatabaseType.of("INTEGER");
            case INT64 -> DatabaseType.of("BIGINT");
            case DECIMAL -> DatabaseType.withPrecision("NUMERIC", or(precision, 18), or(scale, 0));
            case SINGLE -> DatabaseType.of("REAL");
            case DOUBLE -> DatabaseType.of("DOUBLE PRECISION");
            case DATE -> DatabaseType.of("DATE");
            case TIME -> DatabaseType.of("TIME");
            case DATE_TIME -> DatabaseType.of("TIMESTAMP");
            case DATE_TIME_OFFSET -> DatabaseType.of("TIMESTAMP WITH TIME ZONE");
            case GUID -> DatabaseType.of("UUID");
            case BINARY -> length != null ? DatabaseType.withLength("VARBINARY", length) : DatabaseType.of("BLOB");
            case JSON -> DatabaseType.of("JSON");
            case XML -> DatabaseType.of("CLOB");
        };
    }
}
