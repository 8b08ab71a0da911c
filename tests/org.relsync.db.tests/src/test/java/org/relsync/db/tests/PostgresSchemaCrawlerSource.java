package org.relsync.db.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.Monitor;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseKind;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.SchemaCrawlerReader;
import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.catalog.SchemaRef;
import org.relsync.sync.dialect.Dialect;

import schemacrawler.schemacrawler.InformationSchemaKey;

/**
 * PostgreSQL read through SchemaCrawler and its PostgreSQL plugin, fed RelSync's bulk catalog SQL
 * ({@code sql/postgresql/<KEY>.sql} beside this class, run with the {@code data_dictionary_all}
 * strategy), then completed with what JDBC meta-data leaves out ({@link StableIds},
 * {@link PostgresTypes}). RelSync itself reads PostgreSQL with its own bulk reader, which scales to
 * thousands of tables where SchemaCrawler's catalog building does not: this is the reference the
 * tests (and the retrieval benchmark) compare that reader with.
 */
public final class PostgresSchemaCrawlerSource implements CatalogSource {

    private static final DatabaseKind POSTGRESQL = DatabaseKinds.find("postgresql").orElseThrow();

    private static final Map<InformationSchemaKey, String> CATALOG_SQL = catalogSql();

    private final Connections connections;

    public PostgresSchemaCrawlerSource(Connections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public Database read(Database database, List<SchemaRef> schemas, Monitor monitor) {
        Dialect dialect = POSTGRESQL.dialect();
        SchemaCrawlerReader reader = new SchemaCrawlerReader(dialect, POSTGRESQL.schemaLayout(), CATALOG_SQL,
                SchemaCrawlerReader.Conversion.NONE, List.of(StableIds::assign, StableIds::linkSequences,
                        (connection, snapshot) -> PostgresTypes.complete(connection, dialect, snapshot)));
        try (Connection connection = connections.open(database)) {
            return reader.read(connection, database, schemas);
        } catch (SQLException e) {
            throw new CatalogException(database.getName() + ": " + Connections.reason(e), e);
        }
    }

    private static Map<InformationSchemaKey, String> catalogSql() {
        Map<InformationSchemaKey, String> sql = new HashMap<>();
        // views and materialized views alike, with the definition pg_get_viewdef gives
        sql.put(InformationSchemaKey.VIEWS, """
                SELECT current_database() AS TABLE_CATALOG, n.nspname AS TABLE_SCHEMA, c.relname AS TABLE_NAME,
                  pg_get_viewdef(c.oid) AS VIEW_DEFINITION, 'NONE' AS CHECK_OPTION, 'NO' AS IS_UPDATABLE
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                """);
        // every sequence, those identity columns own included, with its real start value
        sql.put(InformationSchemaKey.SEQUENCES, """
                SELECT current_database() AS SEQUENCE_CATALOG, n.nspname AS SEQUENCE_SCHEMA,
                  c.relname AS SEQUENCE_NAME, s.seqincrement AS INCREMENT, s.seqstart AS START_VALUE,
                  s.seqmin AS MINIMUM_VALUE, s.seqmax AS MAXIMUM_VALUE,
                  CASE WHEN s.seqcycle THEN 'YES' ELSE 'NO' END AS CYCLE_OPTION
                FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                ORDER BY 1, 2, 3
                """);
        // one query for all columns, primary keys, foreign keys and indexes, instead of meta-data calls per table
        for (InformationSchemaKey key : List.of(InformationSchemaKey.TABLE_COLUMNS, InformationSchemaKey.PRIMARY_KEYS,
                InformationSchemaKey.FOREIGN_KEYS, InformationSchemaKey.INDEXES)) {
            sql.put(key, resource("sql/postgresql/" + key.name() + ".sql"));
        }
        return Map.copyOf(sql);
    }

    private static String resource(String name) {
        try (InputStream in = PostgresSchemaCrawlerSource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog SQL " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
