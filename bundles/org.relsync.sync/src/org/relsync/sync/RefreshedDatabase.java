package org.relsync.sync;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.sync.catalog.SchemaRef;

/**
 * What the refresh phase read for one "Sync with a database" task.
 *
 * @param task        the task
 * @param database    the project's database
 * @param snapshot    the meta-data read, detached from the project
 * @param schemas     the schemas read (the database's Database and Mixed schemas, filtered by the task)
 * @param tableFilter which tables and views of those schemas the task involves
 * @param relations   of the schemas read only in part ({@link ReadScope#relations}), the names of
 *                    the tables and views read; a schema that is not a key was read whole
 */
public record RefreshedDatabase(DatabaseSyncTask task, Database database, Database snapshot, List<SchemaRef> schemas,
        Predicate<String> tableFilter, Map<SchemaRef, Set<String>> relations) {

    public RefreshedDatabase {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(snapshot, "snapshot");
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(tableFilter, "tableFilter");
        relations = Map.copyOf(relations);
    }

    /** Read whole: every schema read as a whole. */
    public RefreshedDatabase(DatabaseSyncTask task, Database database, Database snapshot, List<SchemaRef> schemas,
            Predicate<String> tableFilter) {
        this(task, database, snapshot, schemas, tableFilter, Map.of());
    }

    /**
     * The tables and views of the model's {@code schema} the merge takes from the snapshot: those
     * the task involves and, in a schema read in part, were read. The others stay exactly as they
     * were: not removed, orphaned or marked for being missing from the snapshot.
     */
    public Predicate<String> involved(Schema schema) {
        String catalog = schema.eContainer() instanceof Catalog c ? c.getName() : "";
        Set<String> read = relations.get(new SchemaRef(catalog, schema.getName()));
        return read == null ? tableFilter : tableFilter.and(read::contains);
    }
}
