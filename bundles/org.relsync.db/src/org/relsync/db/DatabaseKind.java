package org.relsync.db;

import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.relsync.db.ddl.ScriptGuard;
import org.relsync.db.ddl.SqlWriter;
import org.relsync.sync.dialect.Dialect;

/**
 * One kind of database RelSync talks to: all it knows of that database, in one package per kind
 * ({@code org.relsync.db.h2}, {@code .postgresql}, {@code .mariadb}, {@code .sqlite}), registered
 * in {@link DatabaseKinds}. Nothing else in RelSync asks which database it has: it asks the kind.
 * Adding a database is adding a package with an implementation of this interface and one line in
 * {@link DatabaseKinds}.
 */
public interface DatabaseKind {

    /** The driver id a project's {@code Database} carries ({@code postgresql}), lower case. */
    String id();

    /** Other ids a project may give this kind ({@code mysql} for MariaDB), lower case. */
    default List<String> aliases() {
        return List.of();
    }

    /** The database's name in messages ({@code PostgreSQL}). */
    String displayName();

    /** Types both ways and identifier rules. */
    Dialect dialect();

    // ---- connecting

    /**
     * The JDBC driver's class, instantiated by name from this bundle (never through
     * {@code DriverManager}, which does not see bundle class loaders).
     */
    String driverClass();

    /** The name of the driver's {@code java.util.logging} loggers, which RelSync silences. */
    String driverLogger();

    /** The URL policy for this kind's JDBC URLs, and where a file database keeps its data. */
    UrlRules urlRules();

    /** Connection properties beyond user and password: time-outs, driver features turned off. */
    default void connectionProperties(Properties properties) {
    }

    // ---- catalogs and schemas

    /** How the kind's databases arrange catalogs and schemas, as RelSync's model names them. */
    default SchemaLayout schemaLayout() {
        return SchemaLayout.STANDARD;
    }

    /** How a connected database of this kind is read into a snapshot of the relational model. */
    CatalogReader catalogReader();

    // ---- DDL

    /** The SQL this kind's DDL scripts are written in, and what its {@code ALTER TABLE} can do. */
    SqlWriter sqlWriter();

    /**
     * Whether a failed DDL statement can roll back every statement before it. Where it cannot, a
     * script runs statement by statement and the report says how far it got.
     */
    boolean transactionalDdl();

    /** What a script needs around its statements, beyond running them. */
    default ScriptGuard scriptGuard() {
        return ScriptGuard.NONE;
    }

    // ---- watching

    /**
     * Queries whose results, hashed together, change whenever a schema of the connected database
     * changes (tables, views, columns, keys, indexes), and cost little when run a few times a
     * second: {@code relsync watch} polls them. The default reads the standard's
     * {@code INFORMATION_SCHEMA} (tables, columns, constraints) of every schema but its own.
     */
    default List<String> schemaFingerprintQueries() {
        return List.of(
                "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA' ORDER BY 1, 2",
                "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, IS_NULLABLE, COLUMN_DEFAULT,"
                        + " CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA' ORDER BY 1, 2, 3",
                "SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, TABLE_NAME, CONSTRAINT_TYPE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                        + " WHERE CONSTRAINT_SCHEMA <> 'INFORMATION_SCHEMA' ORDER BY 1, 2, 3");
    }

    /**
     * Whether the first column of every row {@link #schemaFingerprintQueries()} return names the
     * schema the row belongs to (the default's do), so that a watcher can tell which schemas
     * changed; where not, a change may be in any schema.
     */
    default boolean fingerprintRowsNameTheirSchema() {
        return true;
    }

    /** How the server tells of schema changes itself, where it can (PostgreSQL); empty: poll. */
    default Optional<DdlEvents> ddlEvents() {
        return Optional.empty();
    }
}
