package org.relsync.db.postgresql;

import java.util.Locale;
import java.util.Properties;

import org.relsync.db.AbstractDatabaseKind;
import org.relsync.db.CatalogReader;
import org.relsync.db.SchemaLayout;
import org.relsync.db.ddl.SqlWriter;

/**
 * PostgreSQL, read with RelSync's own bulk catalog queries ({@link PostgresBulkReader}): one query
 * per kind of object, where SchemaCrawler's catalog building does not scale to thousands of tables.
 */
public final class PostgreSqlKind extends AbstractDatabaseKind {

    static final String ID = "postgresql";

    /** Catalogs and schemas as JDBC has them; the server's own schemas are {@code information_schema} and {@code pg_*}. */
    private static final SchemaLayout LAYOUT = new SchemaLayout() {
        @Override
        public boolean systemSchema(String schema) {
            return SchemaLayout.super.systemSchema(schema) || schema.toLowerCase(Locale.ROOT).startsWith("pg_");
        }
    };

    public PostgreSqlKind() {
        super(ID, "PostgreSQL", new PostgreSqlDialect(), "org.postgresql.Driver", "org.postgresql", new PostgresUrls());
    }

    /** Ten seconds to reach the server (pgjdbc counts in seconds). */
    @Override
    public void connectionProperties(Properties properties) {
        properties.setProperty("connectTimeout", "10");
    }

    @Override
    public SchemaLayout schemaLayout() {
        return LAYOUT;
    }

    @Override
    public CatalogReader catalogReader() {
        return (connection, project, schemas) -> new PostgresBulkReader(dialect(), project).read(connection, schemas);
    }

    @Override
    public SqlWriter sqlWriter() {
        return new PostgreSqlWriter(dialect());
    }

    /** PostgreSQL's DDL rolls back: a script runs in one transaction. */
    @Override
    public boolean transactionalDdl() {
        return true;
    }
}
