package org.relsync.db.sqlite;

import static org.relsync.db.dialect.TypeTable.Args.LENGTH;
import static org.relsync.db.dialect.TypeTable.Args.NONE;
import static org.relsync.db.dialect.TypeTable.Args.PRECISION_SCALE;

import java.util.Set;

import org.relsync.db.dialect.TableDialect;
import org.relsync.db.dialect.TypeTable;
import org.relsync.model.entity.ModelType;
import org.relsync.sync.dialect.DatabaseType;

/**
 * SQLite: any identifier length, names compared without case, declared types kept as written
 * (SQLite itself only has storage classes), so the declared names carry the model type.
 */
final class SqliteDialect extends TableDialect {

    private static final Set<String> RESERVED = Set.of("ABORT", "ACTION", "ADD", "AFTER", "ALL", "ALTER", "AND", "AS",
            "ASC", "BETWEEN", "BY", "CASCADE", "CASE", "CHECK", "COLLATE", "COLUMN", "COMMIT", "CONSTRAINT", "CREATE",
            "CROSS", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "END", "ESCAPE", "EXCEPT", "EXISTS",
            "FOREIGN", "FROM", "FULL", "GROUP", "HAVING", "IN", "INDEX", "INNER", "INSERT", "INTERSECT", "INTO", "IS",
            "JOIN", "KEY", "LEFT", "LIKE", "LIMIT", "NOT", "NULL", "OF", "ON", "OR", "ORDER", "OUTER", "PRIMARY",
            "REFERENCES", "RIGHT", "SELECT", "SET", "TABLE", "THEN", "TO", "TRANSACTION", "UNION", "UNIQUE", "UPDATE",
            "USING", "VALUES", "WHEN", "WHERE");

    private static final TypeTable TYPES = new TypeTable(false)
            .type("VARCHAR", LENGTH, ModelType.STRING, "NVARCHAR", "CHARACTER VARYING", "VARYING CHARACTER")
            .type("CHAR", LENGTH, ModelType.CHAR, "NCHAR", "CHARACTER", "NATIVE CHARACTER")
            .type("TEXT", NONE, ModelType.STRING, "CLOB")
            .type("BOOLEAN", NONE, ModelType.BOOLEAN, "BOOL")
            .type("TINYINT", NONE, ModelType.BYTE)
            .type("SMALLINT", NONE, ModelType.INT16, "INT2")
            .type("INTEGER", NONE, ModelType.INT32, "INT", "MEDIUMINT")
            .type("BIGINT", NONE, ModelType.INT64, "INT8", "UNSIGNED BIG INT")
            .type("NUMERIC", PRECISION_SCALE, ModelType.DECIMAL, "DECIMAL")
            .type("REAL", NONE, ModelType.SINGLE, "FLOAT")
            .type("DOUBLE", NONE, ModelType.DOUBLE, "DOUBLE PRECISION")
            .type("DATE", NONE, ModelType.DATE)
            .type("TIME", NONE, ModelType.TIME)
            .type("DATETIME", NONE, ModelType.DATE_TIME, "TIMESTAMP")
            .type("DATETIMEOFFSET", NONE, ModelType.DATE_TIME_OFFSET)
            .type("UUID", NONE, ModelType.GUID, "GUID")
            .type("BLOB", NONE, ModelType.BINARY, "VARBINARY", "BINARY")
            .type("JSON", NONE, ModelType.JSON)
            .type("XML", NONE, ModelType.XML);

    SqliteDialect() {
        super(SqliteKind.ID, 1024, IdentifierCase.AS_IS, RESERVED, TYPES);
    }

    @Override
    public DatabaseType toDatabaseType(ModelType type, Integer length, Integer precision, Integer scale) {
        return switch (type) {
            case STRING -> length != null ? DatabaseType.withLength("VARCHAR", length) : DatabaseType.of("TEXT");
            case CHAR -> DatabaseType.withLength("CHAR", or(length, 1));
            case BOOLEAN -> DatabaseType.of("BOOLEAN");
            case BYTE -> DatabaseType.of("TINYINT");
            case INT16 -> DatabaseType.of("SMALLINT");
            case INT32 -> DatabaseType.of("INTEGER");
            case INT64 -> DatabaseType.of("BIGINT");
            case DECIMAL -> DatabaseType.withPrecision("NUMERIC", or(precision, 18), or(scale, 0));
            case SINGLE -> DatabaseType.of("REAL");
            case DOUBLE -> DatabaseType.of("DOUBLE");
            case DATE -> DatabaseType.of("DATE");
            case TIME -> DatabaseType.of("TIME");
            case DATE_TIME -> DatabaseType.of("DATETIME");
            case DATE_TIME_OFFSET -> DatabaseType.of("DATETIMEOFFSET");
            case GUID -> DatabaseType.of("UUID");
            case BINARY -> DatabaseType.of("BLOB");
            case JSON -> DatabaseType.of("JSON");
            case XML -> DatabaseType.of("XML");
        };
    }
}
