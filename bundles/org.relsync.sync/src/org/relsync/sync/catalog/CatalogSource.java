package org.relsync.sync.catalog;

import java.util.List;

import org.eclipse.emf.common.util.Monitor;
import org.relsync.model.relational.Database;

/**
 * Where the engine gets database meta-data from (SYNC-SPEC section 3.1 step R). The database
 * issue plugs SchemaCrawler in behind this interface; tests feed catalogs built in code or read
 * from XMI.
 */
public interface CatalogSource {

    /**
     * Reads the meta-data of {@code schemas} in {@code database}.
     *
     * @return a new, detached {@link Database} holding one catalog per requested catalog and in it
     *         the requested schemas with their tables, views and sequences. A foreign key that
     *         references a table outside the requested schemas references a stand-in table that
     *         carries only the names (catalog, schema, table, fields) of the real one.
     * @throws CatalogException when the database cannot be read; nothing may have changed then
     */
    Database read(Database database, List<SchemaRef> schemas, Monitor monitor);

    /**
     * Reads {@code schemas} as {@link #read(Database, List, Monitor)} does, those that
     * {@code choice} limits only as far as it chooses, where this source can list a schema's
     * relations cheaply (then it asks {@code choice} once for each schema it limits, and reads at
     * least what it chose, with the sequences of the schema). This default reads every schema
     * whole and never asks: right for every source, only slower.
     */
    default Database read(Database database, List<SchemaRef> schemas, RelationChoice choice, Monitor monitor) {
        return read(database, schemas, monitor);
    }

    /** A source for projects without database tasks: any read fails. */
    static CatalogSource none() {
        return (database, schemas, monitor) -> {
            throw new CatalogException(database.getName() + ": reading live databases is not built yet"
                    + " (run the other tasks with --task)");
        };
    }
}
