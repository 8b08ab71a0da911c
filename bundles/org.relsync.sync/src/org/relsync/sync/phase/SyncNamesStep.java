package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.relsync.model.entity.Entity;
import org.relsync.model.entity.Relationship;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncContext;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeKind;

/**
 * Step 3 (only with {@code syncRelationalModelDataElementNameWithTargetElementName}): mapped
 * tables and columns in Model and Mixed schemas take the names the naming rules give for their
 * entity and entity field; link tables of many-to-many relationships and their columns take the
 * names the rules give for the relationship's entities and their identifying fields.
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
        new Run(context, database).run();
    }

    private static final class Run {
        private final SyncContext context;
        private final DatabaseMappings mappings;
        private final Naming naming;
        private final Map<Schema, TableLookup<TableOrView>> names = new HashMap<>();

        Run(SyncContext context, Database database) {
            this.context = context;
            this.mappings = context.mappings(database);
            this.naming = context.naming(database);
        }

        void run() {
            for (EntityMapping em : mappings.container().getEntityMappings()) {
                TableOrView table = em.getTarget();
                if (table == null || em.getEntity() == null || em.getEntity().getName() == null
                        || !Schemas.modelDriven(table)) {
                    continue;
                }
                renameTable(table, naming.tableName(em.getEntity().getName()));
                TableLookup<TableField> columns = null;
                for (FieldMapping fm : em.getFieldMappings()) {
                    TableField column = fm.getTarget();
                    if (column == null || fm.getField() == null || fm.getField().getName() == null) {
                        continue;
                    }
                    String wanted = naming.fieldName(fm.getField().getName());
                    if (!wanted.equals(column.getName())) {
                        columns = columns != null ? columns : new TableLookup<>(new ArrayList<>(table.getFields()));
                        renameColumn(columns, column, wanted);
                    }
                }
            }
            for (RelationshipMapping rm : mappings.container().getRelationshipMappings()) {
                Table link = rm.getLinkTable();
                Relationship relationship = rm.getRelationship();
                if (link == null || relationship == null || !LinkTables.named(relationship) || !Schemas.modelDriven(link)) {
                    continue;
                }
                renameTable(link, LinkTables.tableName(naming, relationship));
                TableLookup<TableField> columns = new TableLookup<>(new ArrayList<>(link.getFields()));
                renameLinkColumns(columns, link, rm.getTarget(), relationship.getStart());
                renameLinkColumns(columns, link, rm.getInverseTarget(), relationship.getEnd());
            }
        }

        /** The columns of a link table's foreign key to one side take the names the naming rules give them. */
        private void renameLinkColumns(TableLookup<TableField> columns, Table link, ForeignKey key, Entity side) {
            if (key == null || key.eContainer() != link || key.getFields().size() != key.getReferencedFields().size()) {
                return;
            }
            for (int i = 0; i < key.getFields().size(); i++) {
                TableField column = key.getFields().get(i);
                String wanted = LinkTables.columnName(naming, mappings, side, key.getReferencedFields().get(i));
                if (!wanted.equals(column.getName())) {
                    renameColumn(columns, column, wanted);
                }
            }
        }

        private void renameTable(TableOrView table, String wanted) {
            if (wanted.equals(table.getName())) {
                return;
            }
            Schema schema = Elements.schemaOf(table);
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

        private void renameColumn(TableLookup<TableField> columns, TableField column, String wanted) {
            String name = naming.unique(wanted, n -> columns.taken(n, column));
            if (!name.equals(column.getName())) {
                String old = Elements.localPath(column);
                columns.remove(column, column.getName());
                column.setName(name);
                columns.add(column);
                context.report().change(ChangeKind.RENAMED, Elements.path(Elements.schemaOf(column.getOwner())),
                        "TableField", old, "-> " + name);
            }
        }
    }
}
