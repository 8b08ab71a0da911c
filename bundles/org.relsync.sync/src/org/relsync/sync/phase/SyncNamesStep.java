package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncContext;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeKind;

/**
 * Step 3 (only with {@code syncRelationalModelDataElementNameWithTargetElementName}): mapped
 * tables and columns in Model and Mixed schemas take the names the naming rules give for their
 * entity and entity field.
 */
public class SyncNamesStep implements ModelSyncStep {

    @Override
    public String name() {
        return "sync names";
    }

    @Override
    public void run(SyncContext context, Database database) {
        if (!context.settings().isSyncRelationalModelDataElementNameWithTargetElementName()) {
            return;
        }
        Naming naming = context.naming(database);
        Map<Schema, TableLookup<TableOrView>> names = new HashMap<>();
        for (EntityMapping em : context.mappings(database).container().getEntityMappings()) {
            TableOrView table = em.getTarget();
            if (table == null || em.getEntity() == null || em.getEntity().getName() == null || !Schemas.modelDriven(table)) {
                continue;
            }
            Schema schema = Elements.schemaOf(table);
            String wanted = naming.tableName(em.getEntity().getName());
            if (!wanted.equals(table.getName())) {
                TableLookup<TableOrView> lookup = names.computeIfAbsent(schema, s -> {
                    List<TableOrView> all = new ArrayList<>(s.getTables());
                    all.addAll(s.getViews());
                    return new TableLookup<>(all);
                });
                String name = naming.unique(wanted, n -> lookup.taken(n, table));
                if (!name.equals(table.getName())) {
                    String old = table.getName();
                    lookup.remove(table, old);
                    table.setName(name);
                    lookup.add(table);
                    context.report().change(ChangeKind.RENAMED, Elements.path(schema), table.eClass().getName(), old,
                            "-> " + name);
                }
            }
            TableLookup<TableField> columns = null;
            for (FieldMapping fm : em.getFieldMappings()) {
                TableField column = fm.getTarget();
                if (column == null || fm.getField() == null || fm.getField().getName() == null) {
                    continue;
                }
                String wantedColumn = naming.fieldName(fm.getField().getName());
                if (wantedColumn.equals(column.getName())) {
                    continue;
                }
                if (columns == null) {
                    columns = new TableLookup<>(new ArrayList<>(table.getFields()));
                }
                TableLookup<TableField> lookup = columns;
                String name = naming.unique(wantedColumn, n -> lookup.taken(n, column));
                if (!name.equals(column.getName())) {
                    String old = Elements.localPath(column);
                    columns.remove(column, column.getName());
                    column.setName(name);
                    columns.add(column);
                    context.report().change(ChangeKind.RENAMED, Elements.path(schema), "TableField", old, "-> " + name);
                }
            }
        }
    }
}
