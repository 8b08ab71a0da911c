package org.relsync.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.SchemaRef;

/**
 * Reads one kind of database into a detached snapshot of RelSync's relational model (SYNC-SPEC
 * section 3.1 step R): tables, views with their definitions, columns, keys, unique constraints,
 * indexes and sequences of the schemas asked for, every type in the dialect's canonical spelling,
 * foreign keys to tables of other schemas pointing at name-only stand-ins.
 */
@FunctionalInterface
public interface CatalogReader {

    /**
     * @param connection an open connection to the database
     * @param project    the project's database: its name, driver and the sync source of each schema
     * @param schemas    the schemas to read
     * @throws org.relsync.sync.catalog.CatalogException when a schema does not exist
     */
    Database read(Connection connection, Database project, List<SchemaRef> schemas) throws SQLException;
}
