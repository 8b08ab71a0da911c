package org.relsync.db.mariadb;

import static org.relsync.db.dialect.TypeTable.Args.LENGTH;
import static org.relsync.db.dialect.TypeTable.Args.NONE;
import static org.relsync.db.dialect.TypeTable.Args.PRECISION_SCALE;

import java.util.Set;

import org.relsync.db.dialect.TableDialect;
import org.relsync.db.dialect.TypeTable;
import org.relsync.model.entity.ModelType;
import org.relsync.sync.dialect.DatabaseType;

/** MariaDB and MySQL: identifiers of up to 64 characters kept as written, AUTO_INCREMENT columns. */
final class MariaDbDialect extends TableDialect {

    private static final Set<String> RESERVED = Set.of("ADD", "ALL", "ALTER", "AND", "AS", "ASC", "BETWEEN", "BY",
            "CASE", "CHECK", "COLUMN", "CONSTRAINT", "CREATE", "CROSS", "DATABASE", "DEFAULT", "DELETE", "DESC",
            "DISTINCT", "DROP", "ELSE", "EXISTS", "FALSE", "FOR", "FOREIGN", "FROM", "GROUP", "HAVING", "IN", "INDEX",
            "INNER", "INSERT", "INTERVAL", "INTO", "IS", "JOIN", "KEY", "KEYS", "LEFT", "LIKE", "LIMIT", "NOT", "NULL",
            "ON", "OR", "ORDER", "OUTER", "PRIMARY", "REFERENCES", "RIGHT", "SELECT", "SET", "TABLE", "THEN", "TO",
            "TRUE", "UNION", "UNIQUE", "UPDATE", "USING", "VALUES", "WHEN", "WHERE", "WITH");

    /*
     * Types MariaDB stores differently are kept apart, so that a column reads back as what it is:
     * unsigned integers (a model type that holds their range: BIGINT UNSIGNED, used for keys, as
     * Int64), MEDIUMINT, and the TEXT of each size.
     */
    private static final TypeTable TYPES = new TypeTable(false)
            .type("VARCHAR", LENGTH, ModelType.STRING, "VAR_STRING", "NVARCHAR")
            .type("CHAR", LENGTH, ModelType.CHAR, "STRING", "NCHAR")
            .type("TEXT", NONE, ModelType.STRING)
            .type("TINYTEXT", NONE, ModelType.STRING)
            .type("MEDIUMTEXT", NONE, ModelType.STRING)
            .type("LONGTEXT", NONE, ModelType.STRING)
            .type("BOOLEAN", NONE, ModelType.BOOLEAN, "BOOL", "BIT")
            .type("TINYINT", NONE, ModelType.BYTE)
            .type("TINYINT UNSIGNED", NONE, ModelType.INT16)
            .type("SMALLINT", NONE, ModelType.INT16)
            .type("SMALLINT UNSIGNED", NONE, ModelType.INT32)
            .type("MEDIUMINT", NONE, ModelType.INT32)
            .type("MEDIUMINT UNSIGNED", NONE, ModelType.INT32)
            .type("INT", NONE, ModelType.INT32, "INTEGER")
            .type("INT UNSIGNED", NONE, ModelType.INT64, "INTEGER UNSIGNED")
            .type("BIGINT", NONE, ModelType.INT64)
            .type("BIGINT UNSIGNED", NONE, ModelType.INT64)
            .type("DECIMAL", PRECISION_SCALE, ModelType.DECIMAL, "NUMERIC", "DEC")
            .type("FLOAT", NONE, ModelType.SINGLE)
            .type("DOUBLE", NONE, ModelType.DOUBLE, "DOUBLE PRECISION", "REAL")
            .type("DATE", NONE, ModelType.DATE)
            .type("TIME", NONE, ModelType.TIME)
            .type("DATETIME", NONE, ModelType.DATE_TIME)
            .type("TIMESTAMP", NONE, ModelType.DATE_TIME_OFFSET)
            .type("UUID", NONE, ModelType.GUID)
            .type("VARBINARY", LENGTH, ModelType.BINARY)
            .type("BINARY", LENGTH, ModelType.BINARY)
            .type("BLOB", NONE, ModelType.BINARY, "TINYBLOB", "MEDIUMBLOB", "LONGBLOB")
            .type("JSON", NONE, ModelType.JSON);

    MariaDbDialect() {
        super(MariaDbKind.ID, 64, IdentifierCase.AS_IS, RESERVED, TYPES);
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public boolean sameIdentifier(String a, String b) {
        return a != null && a.equals(b); // table names are case-sensitive on the usual Linux servers
    }

    @Override
    public DatabaseType toDatabaseType(ModelType type, Integer length, Integer precision, Integer scale) {
        return switch (type) {
            case STRING -> length != null ? DatabaseType.withLength("VARCHAR", length) : DatabaseType.of("LONGTEXT");
            case CHAR -> DatabaseType.withLength("CHAR", or(length, 1));
            case BOOLEAN -> DatabaseType.of("BOOLEAN");
            case BYTE -> DatabaseType.of("TINYINT");
            case INT16 -> DatabaseType.of("SMALLINT");
            case INT32 -> DatabaseType.of("INT");
            case INT64 -> DatabaseType.of("BIGINT");
            case DECIMAL -> DatabaseType.withPrecision("DECIMAL", or(precision, 18), or(scale, 0));
            case SINGLE -> DatabaseType.of("FLOAT");
            case DOUBLE -> DatabaseType.of("DOUBLE");
            case DATE -> DatabaseType.of("DATE");
            case TIME -> DatabaseType.of("TIME");
            case DATE_TIME -> DatabaseType.of("DATETIME");
            case DATE_TIME_OFFSET -> DatabaseType.of("TIMESTAMP");
            case GUID -> DatabaseType.of("UUID");
            case BINARY -> length != null ? DatabaseType.withLength("VARBINARY", length) : DatabaseType.of("BLOB");
            case JSON -> DatabaseType.of("JSON");
            case XML -> DatabaseType.of("LONGTEXT");
        };
    }
}
