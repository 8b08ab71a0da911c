package org.relsync.db.tests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.dialect.Dialect;

/**
 * PostgreSQL columns whose type is one of the database's own (an enum, a domain, in any schema),
 * typed as SQL writes that type: quoted and qualified where needed ({@code "Flag"},
 * {@code sales.mood}). SchemaCrawler reads such a type by its bare name, which a script cannot use
 * when the name has capitals or the type lives in another schema; RelSync's {@code PostgresBulkReader}
 * asks for the same spelling in its own query. For the SchemaCrawler path of PostgreSQL
 * ({@link PostgresSchemaCrawlerSource}).
 */
final class PostgresTypes {

    private static final String OWN_TYPES = """
            SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, NULL)
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
              AND t.typnamespace <> 'pg_catalog'::regnamespace AND n.nspname = ANY (?)
            """;

    private PostgresTypes() {
    }

    static void complete(Connection connection, Dialect dialect, Database snapshot) throws SQLException {
        Map<String, TableField> columns = new HashMap<>();
        for (Catalog catalog : snapshot.getCatalogs()) {
            for (Schema schema : catalog.getSchemas()) {
                for (TableOrView table : schema.getTables()) {
                    table.getFields().forEach(f -> columns.put(key(schema.getName(), table.getName(), f.getName()), f));
                }
                for (TableOrView view : schema.getViews()) {
                    view.getFields().forEach(f -> columns.put(key(schema.getName(), view.getName(), f.getName()), f));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(OWN_TYPES)) {
            statement.setArray(1, connection.createArrayOf("text", snapshot.getCatalogs().stream()
                    .flatMap(c -> c.getSchemas().stream()).map(Schema::getName).toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    TableField field = columns.get(key(rs.getString(1), rs.getString(2), rs.getString(3)));
                    if (field != null) {
                        field.setDataType(dialect.canonical(rs.getString(4), 0, 0).name());
                        field.setLength(null);
                        field.setPrecision(null);
                        field.setScale(null);
                    }
                }
            }
        }
    }

    private static String key(String schema, String table, String column) {
        return schema + '\u0000' + table + '\u0000' + column;
    }
}
