package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.RefreshPhase;
import org.relsync.sync.RefreshedDatabase;
import org.relsync.sync.SyncContext;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.catalog.SchemaRef;

/**
 * Reads, for each task, the schemas of its database whose sync source is Database or Mixed,
 * restricted by the task's schema filters and by the run's {@link org.relsync.sync.ReadScope} (a live
 * change reads only the schemas it touched). Tasks whose database has no such schema read nothing.
 */
public class DefaultRefreshPhase implements RefreshPhase {

    @Override
    public List<RefreshedDatabase> refresh(SyncContext context, List<DatabaseSyncTask> tasks, CatalogSource source) {
        List<RefreshedDatabase> result = new ArrayList<>();
        for (DatabaseSyncTask task : tasks) {
            Database database = task.getDatabase();
            if (database == null) {
                context.report().error("task.database", task.getName(), "the task names no database", List.of());
                continue;
            }
            Predicate<String> schemaFilter = Globs.anyOf(task.getSchemaFilters());
            List<SchemaRef> schemas = new ArrayList<>();
            for (Catalog catalog : database.getCatalogs()) {
                for (Schema schema : catalog.getSchemas()) {
                    if (schema.getSyncSource() != SyncSource.MODEL && schemaFilter.test(schema.getName())
                            && context.scope().reads(database, schema)) {
                        schemas.add(new SchemaRef(catalog.getName(), schema.getName()));
                    }
                }
            }
            if (schemas.isEmpty()) {
                continue;
            }
            context.monitor().subTask("Reading " + database.getName());
            Database snapshot = source.read(database, schemas, context.monitor());
            result.add(new RefreshedDatabase(task, database, snapshot, schemas, Globs.anyOf(task.getTableFilters())));
        }
        return result;
    }
}
