package org.relsync.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.Monitor;
import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.catalog.RelationChoice;
import org.relsync.sync.catalog.SchemaListing;
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
        return read(database, schemas, null, monitor);
    }

    /**
     * Reads on one connection: where {@code choice} limits a schema and the kind's reader can list
     * it, the listing first (one query), then the relations chosen; every other schema whole.
     */
    @Override
    public Database read(Database database, List<SchemaRef> schemas, RelationChoice choice, Monitor monitor) {
        DatabaseKind kind = DatabaseKinds.find(database.getDriverId()).orElseThrow(() -> new CatalogException(
                database.getName() + ": " + DatabaseKinds.unknown(database.getDriverId())));
        CatalogReader reader = kind.catalogReader();
        try (Connection connection = connections.open(database)) {
            List<SchemaRef> limited = choice == null ? List.of() : schemas.stream().filter(choice::limits).toList();
            Map<SchemaRef, Set<String>> relations = new HashMap<>();
            if (!limited.isEmpty()) {
                Optional<Map<SchemaRef, SchemaListing>> listings = reader.list(connection, limited);
                if (listings.isPresent()) {
                    for (SchemaRef schema : limited) {
                        relations.put(schema, choice.choose(schema,
                                listings.get().getOrDefault(schema, new SchemaListing(Map.of()))));
                    }
                }
            }
            return reader.read(connection, database, schemas, relations);
        } catch (SQLException e) {
            throw new CatalogException(database.getName() + ": " + Connections.reason(e), e);
        }
    }
}
