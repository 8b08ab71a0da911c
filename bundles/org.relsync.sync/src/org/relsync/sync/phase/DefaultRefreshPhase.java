package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.ReadScope;
import org.relsync.sync.RefreshPhase;
import org.relsync.sync.RefreshedDatabase;
import org.relsync.sync.SyncContext;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.catalog.RelationChoice;
import org.relsync.sync.catalog.SchemaListing;
import org.relsync.sync.catalog.SchemaRef;

/**
 * Reads, for each task, the schemas of its database whose sync source is Database or Mixed,
 * restricted by the task's schema filters and by the run's {@link org.relsync.sync.ReadScope} (a live
 * change reads only the schemas it touched, and of a schema it limits to tables, the relations
 * {@link ReadScope#relations} chooses once the source listed them; the merge then takes only those,
 * {@link RefreshedDatabase#involved}). Tasks whose database has no such schema read nothing.
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
            Map<SchemaRef, Schema> schemas = new LinkedHashMap<>();
            for (Catalog catalog : database.getCatalogs()) {
                for (Schema schema : catalog.getSchemas()) {
                    if (schema.getSyncSource() != SyncSource.MODEL && schemaFilter.test(schema.getName())
                            && context.scope().reads(database, schema)) {
                        schemas.put(new SchemaRef(catalog.getName(), schema.getName()), schema);
                    }
                }
            }
            if (schemas.isEmpty()) {
                continue;
            }
            context.monitor().subTask("Reading " + database.getName());
            ReadScope scope = context.scope();
            Map<SchemaRef, Set<String>> chosen = new HashMap<>();
            RelationChoice choice = new RelationChoice() {
                @Override
                public boolean limits(SchemaRef schema) {
                    return schemas.containsKey(schema) && scope.limitsTables(database, schemas.get(schema));
                }

                @Override
                public Set<String> choose(SchemaRef schema, SchemaListing listing) {
                    Set<String> relations = scope.relations(database, schemas.get(schema), listing);
                    chosen.put(schema, relations);
                    return relations;
                }
            };
            List<SchemaRef> refs = List.copyOf(schemas.keySet());
            Database snapshot = source.read(database, refs, choice, context.monitor());
            result.add(new RefreshedDatabase(task, database, snapshot, refs, Globs.anyOf(task.getTableFilters()), chosen));
        }
        return result;
    }
}
