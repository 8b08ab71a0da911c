package org.relsync.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a kind's databases arrange catalogs and schemas, in the terms of RelSync's model. The
 * defaults are JDBC's: a connection has a catalog and schemas inside it.
 */
public interface SchemaLayout {

    /** JDBC's catalogs and schemas as they are (H2, PostgreSQL). */
    SchemaLayout STANDARD = new SchemaLayout() {
    };

    /** Whether a database is one schema that RelSync names itself (SQLite's {@code main}). */
    default boolean schemaless() {
        return false;
    }

    /** The catalog the model puts the connected database's schemas in; empty where it has no catalog level. */
    default String catalog(Connection connection) throws SQLException {
        String catalog = connection.getCatalog();
        return catalog == null ? "" : catalog;
    }

    /** The schema a new project reads when none is asked for. */
    default String defaultSchema(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        return schema == null ? "" : schema;
    }

    /** The schemas the connected database has. */
    default List<String> schemas(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getSchemas()) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_SCHEM"));
            }
        }
        return names;
    }

    /** Whether {@code schema} has a table or a view. */
    default boolean hasTables(Connection connection, String catalog, String schema) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(catalog == null || catalog.isEmpty() ? null : catalog,
                schema, "%", new String[] {"TABLE", "VIEW"})) {
            return rs.next();
        }
    }

    /** Whether {@code schema} is one of the database's own, never suggested to a user: here the standard's INFORMATION_SCHEMA. */
    default boolean systemSchema(String schema) {
        return schema.equalsIgnoreCase("information_schema");
    }
}
