package org.relsync.db.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.relsync.db.AbstractDatabaseKind;
import org.relsync.db.CatalogReader;
import org.relsync.db.DdlEvents;
import org.relsync.db.SchemaLayout;
import org.relsync.db.ddl.SqlWriter;
import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.SchemaListing;
import org.relsync.sync.catalog.SchemaRef;

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
        return new CatalogReader() {
            @Override
            public Database read(Connection connection, Database project, List<SchemaRef> schemas) throws SQLException {
                return read(connection, project, schemas, Map.of());
            }

            @Override
            public Database read(Connection connection, Database project, List<SchemaRef> schemas,
                    Map<SchemaRef, Set<String>> relations) throws SQLException {
                return new PostgresBulkReader(dialect(), project).read(connection, schemas, relations);
            }

            @Override
            public Optional<Map<SchemaRef, SchemaListing>> list(Connection connection, List<SchemaRef> schemas)
                    throws SQLException {
                return Optional.of(PostgresBulkReader.list(connection, schemas));
            }
        };
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

    /**
     * The catalog of every schema but the server's own, from {@code pg_catalog} (relations,
     * columns with their types and defaults, constraints, indexes): a few milliseconds on small
     * schemas. Only the catalogs' own columns (types and expressions as numbers and node trees),
     * never functions such as {@code pg_get_indexdef} or {@code format_type}: those read the
     * catalog as it is at the call, not as the query's snapshot saw it, and fail ("could not open
     * relation with OID") on what a commit dropped meanwhile.
     */
    @Override
    public List<String> schemaFingerprintQueries() {
        String userSchemas = " n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'";
        return List.of(
                "SELECT n.nspname, c.relname, c.relkind, a.attnum, a.attname, a.atttypid, a.atttypmod,"
                        + " a.attnotnull, a.attidentity, d.adbin::text"
                        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
                        + " LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum"
                        + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND" + userSchemas
                        + " ORDER BY 1, 2, 4",
                "SELECT n.nspname, r.relname, o.conname, o.contype, o.conkey::text, o.confrelid, o.confkey::text,"
                        + " o.confupdtype, o.confdeltype, o.condeferrable, o.condeferred, o.conbin::text"
                        + " FROM pg_constraint o JOIN pg_class r ON r.oid = o.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace"
                        + " WHERE" + userSchemas + " ORDER BY 1, 2, 3",
                "SELECT n.nspname, i.relname, x.indrelid, x.indisunique, x.indisprimary, x.indkey::text, x.indclass::text,"
                        + " x.indoption::text, x.indexprs::text, x.indpred::text"
                        + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace"
                        + " WHERE" + userSchemas + " ORDER BY 1, 2");
    }

    /** An event trigger and {@code LISTEN}/{@code NOTIFY}: see {@link PostgresDdlEvents}. */
    @Override
    public Optional<DdlEvents> ddlEvents() {
        return Optional.of(new PostgresDdlEvents());
    }
}
