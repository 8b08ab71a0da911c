package org.relsync.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import schemacrawler.schemacrawler.InformationSchemaKey;
import schemacrawler.schemacrawler.InformationSchemaViews;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
import schemacrawler.schemacrawler.MetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;

/**
 * The catalog SQL RelSync gives SchemaCrawler per database, for what its plugin (if any) does not
 * read or reads wrongly: H2 has no SchemaCrawler plugin on Maven Central, so its sequences, view
 * definitions and named unique constraints come from H2's INFORMATION_SCHEMA through these views;
 * MariaDB gets a constraint-column query without MySQL 8's ENFORCED column.
 */
final class CatalogSql {

    private static final Map<String, Map<InformationSchemaKey, String>> VIEWS = Map.of(
            "h2", Map.of(
                    InformationSchemaKey.SEQUENCES, "SELECT * FROM INFORMATION_SCHEMA.SEQUENCES",
                    InformationSchemaKey.VIEWS, "SELECT * FROM INFORMATION_SCHEMA.VIEWS",
                    InformationSchemaKey.TABLE_CONSTRAINTS, "SELECT * FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS",
                    InformationSchemaKey.CONSTRAINT_COLUMN_USAGE, "SELECT * FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"),
            // views and materialized views alike, with the definition pg_get_viewdef gives
            "postgresql", Map.of(
                    InformationSchemaKey.VIEWS, """
                            SELECT current_database() AS TABLE_CATALOG, n.nspname AS TABLE_SCHEMA, c.relname AS TABLE_NAME,
                              pg_get_viewdef(c.oid) AS VIEW_DEFINITION, 'NONE' AS CHECK_OPTION, 'NO' AS IS_UPDATABLE
                            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                            WHERE c.relkind IN ('v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                            """,
                    // every sequence, those identity columns own included, with its real start value
                    InformationSchemaKey.SEQUENCES, """
                            SELECT current_database() AS SEQUENCE_CATALOG, n.nspname AS SEQUENCE_SCHEMA,
                              c.relname AS SEQUENCE_NAME, s.seqincrement AS INCREMENT, s.seqstart AS START_VALUE,
                              s.seqmin AS MINIMUM_VALUE, s.seqmax AS MAXIMUM_VALUE,
                              CASE WHEN s.seqcycle THEN 'YES' ELSE 'NO' END AS CYCLE_OPTION
                            FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
                            JOIN pg_namespace n ON n.oid = c.relnamespace
                            ORDER BY 1, 2, 3
                            """),
            // the MySQL plugin asks for TABLE_CONSTRAINTS.ENFORCED, which MySQL 8 has and MariaDB lacks
            "mariadb", Map.of(
                    InformationSchemaKey.CONSTRAINT_COLUMN_USAGE, """
                            SELECT tc.CONSTRAINT_SCHEMA AS CONSTRAINT_CATALOG, NULL AS CONSTRAINT_SCHEMA,
                              tc.CONSTRAINT_NAME, tc.TABLE_SCHEMA AS TABLE_CATALOG, NULL AS TABLE_SCHEMA,
                              tc.TABLE_NAME, kcu.COLUMN_NAME, kcu.ORDINAL_POSITION, tc.CONSTRAINT_TYPE, 'YES' AS ENFORCED
                            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
                            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE kcu
                              ON kcu.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND kcu.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                              AND kcu.TABLE_SCHEMA = tc.TABLE_SCHEMA AND kcu.TABLE_NAME = tc.TABLE_NAME
                            """));

    private CatalogSql() {
    }

    /**
     * Bulk catalog SQL per database, read from {@code sql/<driver>/<KEY>.sql} in this bundle: one query
     * for all columns, primary keys, foreign keys and indexes, instead of metadata calls per table.
     */
    private static final Map<String, List<InformationSchemaKey>> BULK = Map.of(
            "postgresql", List.of(InformationSchemaKey.TABLE_COLUMNS, InformationSchemaKey.PRIMARY_KEYS,
                    InformationSchemaKey.FOREIGN_KEYS, InformationSchemaKey.INDEXES));

    /** The retrieval strategy each bulk query replaces. */
    private static final Map<InformationSchemaKey, SchemaInfoMetadataRetrievalStrategy> STRATEGY = Map.of(
            InformationSchemaKey.TABLE_COLUMNS, SchemaInfoMetadataRetrievalStrategy.tableColumnsRetrievalStrategy,
            InformationSchemaKey.PRIMARY_KEYS, SchemaInfoMetadataRetrievalStrategy.primaryKeysRetrievalStrategy,
            InformationSchemaKey.FOREIGN_KEYS, SchemaInfoMetadataRetrievalStrategy.foreignKeysRetrievalStrategy,
            InformationSchemaKey.INDEXES, SchemaInfoMetadataRetrievalStrategy.indexesRetrievalStrategy);

    /** SchemaCrawler's options for the server behind {@code source}, completed with RelSync's catalog SQL. */
    static SchemaRetrievalOptions retrievalOptions(DriverInfo driver, DatabaseConnectionSource source, Connection connection) {
        SchemaRetrievalOptions matched = SchemaCrawlerUtility.matchSchemaRetrievalOptions(source);
        Map<InformationSchemaKey, String> extra = VIEWS.getOrDefault(driver.id(), Map.of());
        List<InformationSchemaKey> bulk = BULK.getOrDefault(driver.id(), List.of());
        if (extra.isEmpty() && bulk.isEmpty()) {
            return matched;
        }
        InformationSchemaViewsBuilder views = InformationSchemaViewsBuilder.builder(matched.getInformationSchemaViews());
        extra.forEach(views::withSql);
        for (InformationSchemaKey key : bulk) {
            views.withSql(key, resource("sql/" + driver.id() + "/" + key.name() + ".sql"));
        }
        InformationSchemaViews completed = views.toOptions();
        // fromConnnection: a rebuilt options object must learn the server's table types again
        // (H2 2.x calls its tables "BASE TABLE"), or SchemaCrawler reads only the views
        SchemaRetrievalOptionsBuilder builder = SchemaRetrievalOptionsBuilder.builder(matched).fromConnnection(connection)
                .withInformationSchemaViews(completed);
        for (InformationSchemaKey key : bulk) {
            builder.with(STRATEGY.get(key), MetadataRetrievalStrategy.data_dictionary_all);
        }
        return builder.toOptions();
    }

    private static String resource(String name) {
        try (InputStream in = CatalogSql.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog SQL " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
