package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.Predicate;

import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.AutoMapPhase;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncContext;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeKind;

/**
 * Step A of "Sync with a database": maps each entity without a mapping in the task's database
 * onto the table or view its name gives by the naming rules, in the task's Database and Mixed
 * schemas, then maps its fields by name the same way. The unmapped fields of entities already
 * mapped there are mapped too. Nothing is created.
 */
public class DefaultAutoMapPhase implements AutoMapPhase {

    @Override
    public void autoMap(SyncContext context, DatabaseSyncTask task) {
        Database database = task.getDatabase();
        if (database == null || context.project().getEntityModel() == null) {
            return;
        }
        Predicate<String> schemaFilter = Globs.anyOf(task.getSchemaFilters());
        Predicate<String> tableFilter = Globs.anyOf(task.getTableFilters());
        List<TableOrView> candidates = new ArrayList<>();
        for (Schema schema : Elements.schemas(database)) {
            if (schema.getSyncSource() != SyncSource.MODEL && schemaFilter.test(schema.getName())) {
                schema.getTables().stream().filter(t -> tableFilter.test(t.getName())).forEach(candidates::add);
                schema.getViews().stream().filter(v -> tableFilter.test(v.getName())).forEach(candidates::add);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        Set<TableOrView> involved = new HashSet<>(candidates);
        DatabaseMappings mappings = context.mappings(database);
        Naming naming = context.naming(database);
        TableLookup<TableOrView> lookup = new TableLookup<>(candidates);
        String scope = "mappings " + database.getName();
        for (Entity entity : context.project().getEntityModel().getEntities()) {
            if (entity.getName() == null) {
                continue;
            }
            EntityMapping em = mappings.entityMapping(entity).orElse(null);
            if (em == null) {
                TableOrView table = lookup.find(naming.tableName(entity.getName()), mappings::isFreeForEntity);
                if (table == null) {
                    continue;
                }
                em = mappings.map(entity, table);
                context.report().change(ChangeKind.CREATED, scope, "EntityMapping", entity.getName(),
                        "-> " + Elements.path(Elements.schemaOf(table)) + "/" + table.getName());
            } else if (em.getTarget() == null || !involved.contains(em.getTarget())) {
                continue;
            }
            TableLookup<TableField> columns = new TableLookup<>(new ArrayList<>(em.getTarget().getFields()));
            for (EntityField field : entity.getFields()) {
                if (field.getName() == null || mappings.target(field).isPresent()) {
                    continue;
                }
                TableField column = columns.find(naming.fieldName(field.getName()), c -> !mappings.isTargeted(c));
                if (column != null) {
                    mappings.map(em, field, column);
                    context.report().change(ChangeKind.CREATED, scope, "FieldMapping", Elements.localPath(field),
                            "-> " + Elements.localPath(column));
                }
            }
        }
    }
}
