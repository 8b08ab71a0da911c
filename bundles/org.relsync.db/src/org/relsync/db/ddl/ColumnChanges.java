package org.relsync.db.ddl;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.relsync.db.ddl.DdlStatement.Phase;
import org.relsync.db.ddl.SqlWriter.ColumnChange;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;

/**
 * The columns of a paired table: added, renamed, altered (type, nullability, default, identity),
 * dropped when marked for deletion or made by RelSync and gone from the model.
 *
 * @param paired   each model column with the present column it is, in model order
 * @param retyped  the present columns whose type changes (their foreign keys go and come back around it)
 * @param inPlace  whether {@code ALTER TABLE} does it all with nothing a rebuild would need
 */
record ColumnChanges(Map<TableField, TableField> paired, Set<TableField> retyped, boolean inPlace) {

    static ColumnChanges plan(DdlPlan plan, Table table, Table now) {
        Map<TableField, TableField> columns = new LinkedHashMap<>();
        for (TableField field : table.getFields()) {
            if (plan.pairs.presentOf(field) instanceof TableField match) {
                columns.put(field, match);
            }
        }
        Set<TableField> taken = new HashSet<>(columns.values());
        Set<TableField> retyped = new HashSet<>();
        boolean inPlace = true;
        for (TableField field : table.getFields()) {
            TableField match = columns.get(field);
            if (field.isMarkedForDeletion()) {
                if (match != null) {
                    drop(plan, table, match);
                    inPlace = false;
                }
            } else if (match == null) {
                plan.emit(Phase.ADD_COLUMN, plan.sql.addColumn(table, field), null);
                noteForeignType(plan, table, field);
                if (!field.isNullable() && field.getDefaultValue() == null && !field.isIdentity()) {
                    plan.note("column " + table.getName() + "." + field.getName() + " is added NOT NULL without a default: "
                            + "the database refuses that while the table has rows");
                }
                inPlace &= field.isNullable() || field.getDefaultValue() != null;
            } else {
                ColumnChange change = alter(plan, table, now, field, match);
                inPlace &= !change.any();
                if (change.type()) {
                    retyped.add(match);
                }
            }
        }
        for (TableField column : now.getFields()) {
            if (!taken.contains(column)) {
                if (plan.baseline.recorded(TableField.class, now, column.getName())) {
                    drop(plan, table, column);
                    inPlace = false;
                } else {
                    plan.note("column " + now.getName() + "." + column.getName()
                            + " is in the database but not in the model; left alone");
                }
            }
        }
        return new ColumnChanges(columns, retyped, inPlace);
    }

    /** Renames and alters a paired column; returns what changes. */
    private static ColumnChange alter(DdlPlan plan, Table table, Table now, TableField field, TableField match) {
        if (!match.getName().equals(field.getName())) {
            plan.emit(Phase.RENAME_COLUMN, plan.sql.renameColumn(table, match.getName(), field.getName()), null);
        }
        if (ownsSequence(field) && (match.getSequence() == null || !match.isOwnsSequence()
                || !match.getSequence().getName().equals(field.getSequence().getName()))) {
            plan.emit(Phase.OWN_SEQUENCE, plan.sql.ownSequence(table, field), null);
        }
        ColumnChange change = changes(plan, field, match);
        if (change.any()) {
            plan.emit(Phase.ALTER_COLUMN, plan.sql.alterColumn(table, field, match, change),
                    DestructiveLint.columnChange(plan, table, now, field, match, change));
        }
        return change;
    }

    /**
     * What differs between a column and its new definition. A column that draws from a sequence
     * through its default is compared by that default (a lost one is set again), never given an
     * identity of its own.
     */
    private static ColumnChange changes(DdlPlan plan, TableField field, TableField match) {
        return new ColumnChange(!sameType(plan, field, match), field.isNullable() != match.isNullable(),
                !Objects.equals(normalDefault(field), normalDefault(match)),
                SqlWriter.identityColumn(field) != SqlWriter.identityColumn(match));
    }

    private static void drop(DdlPlan plan, Table table, TableField column) {
        plan.emit(Phase.DROP_COLUMN, plan.sql.dropColumn(table, column.getName()), DestructiveLint.dropColumn(table, column));
    }

    /** A column that draws from its sequence through its default and owns it (a serial column). */
    static boolean ownsSequence(TableField field) {
        return SqlWriter.identityByDefault(field) && field.getSequence() != null && field.isOwnsSequence()
                && !field.getSequence().isMarkedForDeletion();
    }

    /**
     * A column of a type the database does not have built in (an enum, a domain, an extension's
     * type) is written as the model holds it, but RelSync does not carry the type itself: say so
     * in the script, so that a failure on a new database is no surprise.
     */
    static void noteForeignType(DdlPlan plan, Table table, TableField field) {
        String type = field.getDataType();
        if (type != null && !plan.sql.dialect().knowsType(type)) {
            plan.note("column " + table.getName() + "." + field.getName() + " has type " + type
                    + ", the database's own (an enum, a domain or an extension's type), which RelSync does not carry: "
                    + "the database must have it before this script runs");
        }
    }

    /** Compared as the script would write them, which also covers what a database insists on (SQLite's INTEGER key). */
    static boolean sameType(DdlPlan plan, TableField model, TableField present) {
        return model.getDataType() != null && present.getDataType() != null
                && plan.sql.type(model).equalsIgnoreCase(plan.sql.type(present));
    }

    /** The default a script compares: none for an identity column (the database's identity is its default). */
    private static String normalDefault(TableField field) {
        return field.getDefaultValue() == null || SqlWriter.identityColumn(field) ? null : field.getDefaultValue().strip();
    }
}
