package org.relsync.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.Monitor;
import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.catalog.SchemaRef;

/**
 * The catalog source RelSync uses for live databases: PostgreSQL through {@link PostgresBulkReader}
 * (one query per kind of object: fast on large schemas), every other database through SchemaCrawler.
 */
public final class DatabaseCatalogSource implements CatalogSource {

    private final Connections connections;

    public DatabaseCatalogSource(Connections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public Database read(Database database, List<SchemaRef> schemas, Monitor monitor) {
        DriverInfo driver = DriverInfo.find(database.getDriverId()).orElseThrow(() -> new CatalogException(
                database.getName() + ": unknown driver '" + database.getDriverId() + "'; one of " + DriverInfo.ids()));
        if (!driver.id().equals("postgresql")) {
            // made when needed: its class sets up SchemaCrawler's logging, which a PostgreSQL read does without
            return new SchemaCrawlerCatalogSource(connections).read(database, schemas, monitor);
        }
        try (Connection connection = connections.open(database)) {
            return new PostgresBulkReader(driver, database).read(connection, schemas);
        } catch (SQLException e) {
            throw new CatalogException(database.getName() + ": " + Connections.reason(e), e);
        }
    }
}
