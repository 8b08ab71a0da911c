package org.relsync.db.postgresql;

import static org.relsync.db.dialect.TypeTable.Args.LENGTH;
import static org.relsync.db.dialect.TypeTable.Args.NONE;
import static org.relsync.db.dialect.TypeTable.Args.PRECISION_SCALE;

import java.util.Set;

import org.relsync.db.dialect.TableDialect;
import org.relsync.db.dialect.TypeTable;
import org.relsync.model.entity.ModelType;
import org.relsync.sync.dialect.DatabaseType;

/**
 * PostgreSQL: lower-case identifiers of up to 63 bytes, identity columns, the server's own type
 * names; types the server stores differently stay apart (time and timetz, text and citext).
 */
final class PostgreSqlDialect extends TableDialect {

    private static final Set<String> RESERVED = Set.of("ALL", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC",
            "ASYMMETRIC", "BOTH", "CASE", "CAST", "CHECK", "COLLATE", "COLUMN", "CONSTRAINT", "CREATE",
            "CURRENT_CATALOG", "CURRENT_DATE", "CURRENT_ROLE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER",
            "DEFAULT", "DEFERRABLE", "DESC", "DISTINCT", "DO", "ELSE", "END", "EXCEPT", "FALSE", "FETCH", "FOR",
            "FOREIGN", "FROM", "GRANT", "GROUP", "HAVING", "IN", "INITIALLY", "INTERSECT", "INTO", "LATERAL",
            "LEADING", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP", "NOT", "NULL", "OFFSET", "ON", "ONLY", "OR", "ORDER",
            "PLACING", "PRIMARY", "REFERENCES", "RETURNING", "SELECT", "SESSION_USER", "SOME", "SYMMETRIC",
            "SYSTEM_USER", "TABLE", "THEN", "TO", "TRAILING", "TRUE", "UNION", "UNIQUE", "USER", "USING", "VARIADIC",
            "WHEN", "WHERE", "WINDOW", "WITH");

    private static final TypeTable TYPES = new TypeTable(true)
            .type("varchar", LENGTH, ModelType.STRING, "character varying")
            .type("char", LENGTH, ModelType.CHAR, "bpchar", "character")
            .type("text", NONE, ModelType.STRING)
            .type("citext", NONE, ModelType.STRING)
            .type("name", NONE, ModelType.STRING)
            .type("boolean", NONE, ModelType.BOOLEAN, "bool")
            .type("smallint", NONE, ModelType.INT16, "int2", "smallserial", "serial2")
            .type("integer", NONE, ModelType.INT32, "int4", "int", "serial", "serial4")
            .type("bigint", NONE, ModelType.INT64, "int8", "bigserial", "serial8")
            .type("numeric", PRECISION_SCALE, ModelType.DECIMAL, "decimal")
            .type("real", NONE, ModelType.SINGLE, "float4")
            .type("double precision", NONE, ModelType.DOUBLE, "float8", "float")
            .type("money", NONE, ModelType.DECIMAL)
            .type("date", NONE, ModelType.DATE)
            .type("time", NONE, ModelType.TIME, "time without time zone")
            .type("timetz", NONE, ModelType.TIME, "time with time zone")
            .type("timestamp", NONE, ModelType.DATE_TIME, "timestamp without time zone")
            .type("timestamptz", NONE, ModelType.DATE_TIME_OFFSET, "timestamp with time zone")
            .type("uuid", NONE, ModelType.GUID)
            .type("bytea", NONE, ModelType.BINARY)
            .type("jsonb", NONE, ModelType.JSON)
            .type("json", NONE, ModelType.JSON)
            .type("xml", NONE, ModelType.XML);

    PostgreSqlDialect() {
        super(PostgreSqlKind.ID, 63, IdentifierCase.LOWER, RESERVED, TYPES);
    }

    /**
     * Bytes, not characters: the server keeps NAMEDATALEN-1 = 63 bytes of an identifier, cut on a
     * character boundary, and says no more than a NOTICE; so two long names that share their first
     * 63 bytes become one name and a table's second column of that name fails. Counted in UTF-8,
     * the encoding of nearly every database and never fewer bytes than the server's own for the
     * characters identifiers use.
     */
    @Override
    public int identifierLength(String identifier) {
        return identifier.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    @Override
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public DatabaseType toDatabaseType(ModelType type, Integer length, Integer precision, Integer scale) {
        return switch (type) {
            case STRING -> length != null ? DatabaseType.withLength("varchar", length) : DatabaseType.of("text");
            case CHAR -> DatabaseType.withLength("char", or(length, 1));
            case BOOLEAN -> DatabaseType.of("boolean");
            case BYTE, INT16 -> DatabaseType.of("smallint");
            case INT32 -> DatabaseType.of("integer");
            case INT64 -> DatabaseType.of("bigint");
            case DECIMAL -> DatabaseType.withPrecision("numeric", or(precision, 18), or(scale, 0));
            case SINGLE -> DatabaseType.of("real");
            case DOUBLE -> DatabaseType.of("double precision");
            case DATE -> DatabaseType.of("date");
            case TIME -> DatabaseType.of("time");
            case DATE_TIME -> DatabaseType.of("timestamp");
            case DATE_TIME_OFFSET -> DatabaseType.of("timestamptz");
            case GUID -> DatabaseType.of("uuid");
            case BINARY -> DatabaseType.of("bytea");
            case JSON -> DatabaseType.of("jsonb");
            case XML -> DatabaseType.of("xml");
        };
    }
}
