package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.relsync.model.entity.Entity;
import org.relsync.model.entity.Relationship;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncContext;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeKind;

/**
 * Step 6 for a many-to-many relationship ({@link AdjustMetadataStep}): the columns, primary key and
 * two foreign keys of its link table.
 */
final class LinkTableKeys {

    private final SyncContext context;
    private final Database database;
    private final DatabaseMappings mappings;
    private final Naming naming;
    private final KeyConstraints keys;

    LinkTableKeys(SyncContext context, Database database, KeyConstraints keys) {
        this.context = context;
        this.database = database;
        this.mappings = context.mappings(database);
        this.naming = context.naming(database);
        this.keys = keys;
    }

    /**
     * The keys of a many-to-many relationship's link table (found or created by step 1), in a
     * Model or Mixed schema: one column per primary-key column of each side's table, start side
     * first, typed like it and never null; a primary key of all of them; a foreign key to each side.
     */
    void adjust(Relationship relationship) {
        RelationshipMapping rm = mappings.relationshipMapping(relationship).orElse(null);
        Table link = rm == null ? null : rm.getLinkTable();
        if (link == null || !Schemas.modelDriven(link) || relationship.getStart() == null
                || relationship.getEnd() == null) {
            return;
        }
        if (!(mappings.target(relationship.getStart()).orElse(null) instanceof Table startTable)
                || !(mappings.target(relationship.getEnd()).orElse(null) instanceof Table endTable)) {
            return;
        }
        Table keyless = startTable.getPrimaryKey() == null || startTable.getPrimaryKey().getFields().isEmpty() ? startTable
                : endTable.getPrimaryKey() == null || endTable.getPrimaryKey().getFields().isEmpty() ? endTable : null;
        if (keyless != null) {
            Entity entity = keyless == startTable ? relationship.getStart() : relationship.getEnd();
            context.report().error("relationship.linkTable", Elements.fullPath(relationship),
                    "no keys can be made in link table " + link.getName() + ": " + keyless.getName()
                            + " has no primary key",
                    List.of("make a field of " + entity.getName() + " identifying"));
            return;
        }
        List<TableField> startKey = List.copyOf(startTable.getPrimaryKey().getFields());
        List<TableField> endKey = List.copyOf(endTable.getPrimaryKey().getFields());
        TableLookup<TableField> names = new TableLookup<>(new ArrayList<>(link.getFields()));
        Set<TableField> used = new HashSet<>();
        List<TableField> startColumns = linkColumns(link, names, used, relationship.getStart(), rm.getTarget(), startKey);
        List<TableField> endColumns = linkColumns(link, names, used, relationship.getEnd(), rm.getInverseTarget(), endKey);
        List<TableField> all = new ArrayList<>(startColumns);
        all.addAll(endColumns);
        keys.primaryKey(link, all);
        ForeignKey toStart = keys.foreignKey(link, rm.getTarget(), startColumns, startTable, startKey);
        ForeignKey toEnd = keys.foreignKey(link, rm.getInverseTarget(), endColumns, endTable, endKey);
        if (rm.getTarget() != toStart || rm.getInverseTarget() != toEnd) {
            if (rm.getTarget() != null || rm.getInverseTarget() != null) {
                context.report().change(ChangeKind.CHANGED, "mappings " + database.getName(), "RelationshipMapping",
                        String.valueOf(relationship.getName()), "foreign keys: " + KeyConstraints.name(rm.getTarget()) + ","
                                + KeyConstraints.name(rm.getInverseTarget()) + " -> " + toStart.getName() + "," + toEnd.getName());
            }
            mappings.mapManyToMany(relationship, link, toStart, toEnd);
        }
    }

    /**
     * The link table's columns for one side, one per column of {@code referencedKey}: the column
     * that {@code key} (the link table's foreign key to that side) pairs with it, else the column
     * the naming rules name, else a new one. Each is typed like the column it references and NOT NULL.
     */
    private List<TableField> linkColumns(Table link, TableLookup<TableField> names, Set<TableField> used, Entity side,
            ForeignKey key, List<TableField> referencedKey) {
        String scope = Elements.path(Elements.schemaOf(link));
        List<TableField> columns = new ArrayList<>(referencedKey.size());
        for (TableField referenced : referencedKey) {
            TableField column = null;
            int index = key == null || key.eContainer() != link ? -1 : key.getReferencedFields().indexOf(referenced);
            if (index >= 0 && index < key.getFields().size() && !used.contains(key.getFields().get(index))) {
                column = key.getFields().get(index);
            }
            String name = LinkTables.columnName(naming, mappings, side, referenced);
            if (column == null) {
                column = names.find(name, c -> !used.contains(c));
            }
            DatabaseType type = ColumnTypes.typeOf(referenced);
            if (column == null) {
                column = RelationalFactory.eINSTANCE.createTableField();
                column.setName(naming.unique(name, n -> names.taken(n, null)));
                column.setDataType(type.name());
                column.setLength(type.length());
                column.setPrecision(type.precision());
                column.setScale(type.scale());
                column.setNullable(false);
                column.setOrdinal(link.getFields().size() + 1);
                link.getFields().add(column);
                names.add(column);
                context.report().change(ChangeKind.CREATED, scope, "TableField", Elements.localPath(column),
                        ColumnTypes.describe(column));
            } else {
                DatabaseType actual = ColumnTypes.typeOf(column);
                if (!type.equals(actual)) {
                    column.setDataType(type.name());
                    column.setLength(type.length());
                    column.setPrecision(type.precision());
                    column.setScale(type.scale());
                    context.report().change(ChangeKind.CHANGED, scope, "TableField", Elements.localPath(column),
                            "type: " + actual + " -> " + type);
                }
                if (column.isNullable()) {
                    column.setNullable(false);
                    context.report().change(ChangeKind.CHANGED, scope, "TableField", Elements.localPath(column),
                            "nullable: true -> false");
                }
            }
            used.add(column);
            columns.add(column);
        }
        return columns;
    }
}
