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
 * The catalog source RelSync uses for live databases: connects, then reads with the
 * {@link CatalogReader} of the database's kind (PostgreSQL with its own bulk queries, fast on large
 * schemas; the others through SchemaCrawler).
 */
public final class DatabaseCatalogSource implements CatalogSource {

    private final Connections connections;

    public DatabaseCatalogSource(Connections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public Database read(Database database, List<SchemaRef> schemas, Monitor monitor) {
        DatabaseKind kind = DatabaseKinds.find(database.getDriverId()).orElseThrow(() -> new CatalogException(
                database.getName() + ": " + DatabaseKinds.unknown(database.getDriverId())));
        try (Connection connection = connections.open(database)) {
            return kind.catalogReader().read(connection, database, schemas);
        } catch (SQLException e) {
            throw new CatalogException(database.getName() + ": " + Connections.reason(e), e);
        }
    }
}
