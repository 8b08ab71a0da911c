package org.relsync.db.mariadb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;

/**
 * What MariaDB's JDBC meta-data leaves out of a column and its {@code information_schema} has:
 * the values of {@code ENUM} and {@code SET} types (the type becomes the whole definition, as
 * {@code ENUM('a','b')}), and {@code ON UPDATE} of a default (kept after the default it goes
 * with, {@code current_timestamp() ON UPDATE current_timestamp()}, as a column definition writes
 * it). Without them a script could not write those columns back.
 */
final class MariaDbColumns {

    private static final String COLUMNS = """
            SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, EXTRA
            FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA = ? AND (DATA_TYPE IN ('enum', 'set') OR EXTRA LIKE '%on update %')
            """;

    private MariaDbColumns() {
    }

    static void complete(Connection connection, Database snapshot) throws SQLException {
        for (Catalog catalog : snapshot.getCatalogs()) {
            for (Schema schema : catalog.getSchemas()) {
                Map<String, TableField> columns = new HashMap<>();
                for (TableOrView table : schema.getTables()) {
                    table.getFields().forEach(f -> columns.put(table.getName() + '\u0000' + f.getName(), f));
                }
                for (TableOrView view : schema.getViews()) {
                    view.getFields().forEach(f -> columns.put(view.getName() + '\u0000' + f.getName(), f));
                }
                try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
                    statement.setString(1, schema.getName());
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            TableField field = columns.get(rs.getString(2) + '\u0000' + rs.getString(3));
                            if (field != null) {
                                complete(field, rs.getString(4), rs.getString(5), rs.getString(6));
                            }
                        }
                    }
                }
            }
        }
    }

    private static void complete(TableField field, String dataType, String columnType, String extra) {
        if (dataType.equalsIgnoreCase("enum") || dataType.equalsIgnoreCase("set")) {
            int values = columnType.indexOf('(');
            field.setDataType(columnType.substring(0, values).toUpperCase(Locale.ROOT) + columnType.substring(values));
            field.setLength(null);
            field.setPrecision(null);
            field.setScale(null);
        }
        int onUpdate = extra.toLowerCase(Locale.ROOT).indexOf("on update ");
        if (onUpdate >= 0 && field.getDefaultValue() != null) {
            field.setDefaultValue(field.getDefaultValue() + " ON UPDATE " + extra.substring(onUpdate + "on update ".length()).strip());
        }
    }
}
