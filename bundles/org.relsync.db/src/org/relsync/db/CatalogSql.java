package org.relsync.db;

import java.sql.Connection;
import java.util.Map;

import schemacrawler.schemacrawler.InformationSchemaKey;
import schemacrawler.schemacrawler.InformationSchemaViews;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
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

    /** SchemaCrawler's options for the server behind {@code source}, completed with RelSync's catalog SQL. */
    static SchemaRetrievalOptions retrievalOptions(DriverInfo driver, DatabaseConnectionSource source, Connection connection) {
        SchemaRetrievalOptions matched = SchemaCrawlerUtility.matchSchemaRetrievalOptions(source);
        Map<InformationSchemaKey, String> extra = VIEWS.get(driver.id());
        if (extra == null) {
            return matched;
        }
        InformationSchemaViewsBuilder views = InformationSchemaViewsBuilder.builder(matched.getInformationSchemaViews());
        extra.forEach(views::withSql);
        InformationSchemaViews completed = views.toOptions();
        // fromConnnection: a rebuilt options object must learn the server's table types again
        // (H2 2.x calls its tables "BASE TABLE"), or SchemaCrawler reads only the views
        return SchemaRetrievalOptionsBuilder.builder(matched).fromConnnection(connection)
                .withInformationSchemaViews(completed).toOptions();
    }
}
