package org.relsync.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.SchemaListing;
import org.relsync.sync.catalog.SchemaRef;

/**
 * Reads one kind of database into a detached snapshot of RelSync's relational model (SYNC-SPEC
 * section 3.1 step R): tables, views with their definitions, columns, keys, unique constraints,
 * indexes and sequences of the schemas asked for, every type in the dialect's canonical spelling,
 * foreign keys to tables of other schemas pointing at name-only stand-ins.
 * <p>
 * A reader may also read some tables of a schema only (a live change's table scope,
 * {@link org.relsync.sync.ReadScope}): it {@link #list lists} the schema's relations cheaply and
 * {@link #read(Connection, Database, List, Map) reads the relations asked for}. By default it can
 * do neither, and such a schema is read whole (PostgreSQL's bulk reader does both).
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

    /**
     * The relations (tables and views) of {@code schemas} with the relations of the same schema
     * each reads, in one query; empty when this reader cannot list them cheaply (then they are
     * read whole). A schema that does not exist is listed without relations.
     */
    default Optional<Map<SchemaRef, SchemaListing>> list(Connection connection, List<SchemaRef> schemas)
            throws SQLException {
        return Optional.empty();
    }

    /**
     * Reads {@code schemas} as {@link #read(Connection, Database, List)} does, but of a schema
     * that is a key of {@code relations} only the tables and views it names (those it does not
     * have are left out) and all its sequences: foreign keys onto its other tables point at
     * name-only stand-ins, as those onto tables of other schemas do. This default reads every
     * schema whole, which is never wrong (the merge only takes what was asked for).
     */
    default Database read(Connection connection, Database project, List<SchemaRef> schemas,
            Map<SchemaRef, Set<String>> relations) throws SQLException {
        return read(connection, project, schemas);
    }
}
