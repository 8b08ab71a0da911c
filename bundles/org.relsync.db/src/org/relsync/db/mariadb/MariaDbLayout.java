package org.relsync.db.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.relsync.db.SchemaLayout;

/**
 * MariaDB's databases are what RelSync calls schemas (JDBC calls them catalogs), with no catalog
 * level above them: the model's catalog is empty.
 */
final class MariaDbLayout implements SchemaLayout {

    private static final Set<String> SYSTEM = Set.of("mysql", "performance_schema", "sys");

    @Override
    public String catalog(Connection connection) {
        return "";
    }

    @Override
    public String defaultSchema(Connection connection) throws SQLException {
        return connection.getCatalog();
    }

    @Override
    public List<String> schemas(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getCatalogs()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Override
    public boolean hasTables(Connection connection, String catalog, String schema) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(schema, null, "%", new String[] {"TABLE", "VIEW"})) {
            return rs.next();
        }
    }

    @Override
    public boolean systemSchema(String schema) {
        return SchemaLayout.super.systemSchema(schema) || SYSTEM.contains(schema.toLowerCase(Locale.ROOT));
    }
}
