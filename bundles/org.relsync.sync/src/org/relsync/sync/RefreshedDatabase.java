package org.relsync.sync;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.SchemaRef;

/**
 * What the refresh phase read for one "Sync with a database" task.
 *
 * @param task        the task
 * @param database    the project's database
 * @param snapshot    the meta-data read, detached from the project
 * @param schemas     the schemas read (the database's Database and Mixed schemas, filtered by the task)
 * @param tableFilter which tables and views of those schemas the task involves
 */
public record RefreshedDatabase(DatabaseSyncTask task, Database database, Database snapshot, List<SchemaRef> schemas,
        Predicate<String> tableFilter) {

    public RefreshedDatabase {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(snapshot, "snapshot");
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(tableFilter, "tableFilter");
    }
}
