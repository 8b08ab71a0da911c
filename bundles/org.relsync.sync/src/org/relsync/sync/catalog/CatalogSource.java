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

    /** A source for projects without database tasks: any read fails. */
    static CatalogSource none() {
        return (database, schemas, monitor) -> {
            throw new CatalogException(database.getName() + ": reading live databases is not built yet"
                    + " (run the other tasks with --task)");
        };
    }
}
