package org.relsync.db.ddl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.relsync.db.ddl.DdlStatement.Phase;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;

/**
 * Tables: new ones created in dependency order, paired ones altered (their columns, then their
 * keys; rebuilt where the database cannot alter them in place), dropped ones dropped with the
 * foreign keys that reference them.
 */
final class TableStep implements DdlStep {

    @Override
    public void plan(DdlPlan plan, Schema schema, Schema now) {
        List<Table> created = new ArrayList<>();
        for (Table table : schema.getTables()) {
            Table match = (Table) plan.pairs.presentOf(table);
            if (table.isMarkedForDeletion()) {
                if (match != null) {
                    drop(plan, now, match);
                }
            } else if (match == null) {
                created.add(table);
            } else {
                alter(plan, table, match);
            }
        }
        for (Table table : dependencyOrder(created)) {
            create(plan, table);
        }
        if (now != null) {
            for (Table table : now.getTables()) {
                if (plan.pairs.modelOf(table) == null) {
                    if (plan.baseline.recorded(Table.class, now, table.getName())) {
                        drop(plan, now, table);
                    } else {
                        plan.note("table " + schema.getName() + "." + table.getName()
                                + " is in the database but not in the model; left alone");
                    }
                }
            }
        }
    }

    private static void create(DdlPlan plan, Table table) {
        plan.emit(Phase.CREATE_TABLE, plan.sql.createTable(table), null);
        SqlWriter.live(table.getFields()).forEach(field -> ColumnChanges.noteForeignType(plan, table, field));
        for (TableField field : SqlWriter.live(table.getFields())) {
            if (ColumnChanges.ownsSequence(field)) {
                plan.emit(Phase.OWN_SEQUENCE, plan.sql.ownSequence(table, field), null);
            }
        }
        plan.foreignKeys.addAll(SqlWriter.live(table.getForeignKeys()));
        for (Index index : plan.ownIndexes(table)) {
            plan.emit(Phase.CREATE_INDEX, plan.sql.createIndex(table, index), null);
        }
    }

    /** Alters a paired table: its name, its columns, its keys; rebuilt instead where the database cannot alter it in place. */
    private static void alter(DdlPlan plan, Table table, Table now) {
        int mark = plan.mark();
        if (!now.getName().equals(table.getName())) {
            plan.emit(Phase.RENAME_TABLE, plan.sql.renameTable(table, now.getName()), null);
        }
        ColumnChanges columns = ColumnChanges.plan(plan, table, now);
        boolean inPlace = columns.inPlace() & KeyChanges.plan(plan, table, now, columns.retyped());
        if (!plan.sql.altersInPlace() && !inPlace) {
            TableRebuild.plan(plan, table, now, columns.paired(), mark);
        }
    }

    private static void drop(DdlPlan plan, Schema now, Table table) {
        for (Table other : now.getTables()) {
            for (ForeignKey fk : other.getForeignKeys()) {
                if (fk.getReferencedTable() == table && other != table) {
                    plan.foreignKeys.drop(other, fk);
                }
            }
        }
        plan.emit(Phase.DROP_TABLE, plan.sql.dropTable(now, table.getName()), DestructiveLint.dropTable(now, table));
    }

    /** Referenced tables first, so a reader of the script meets a table before what points at it; cycles keep model order. */
    private static List<Table> dependencyOrder(List<Table> tables) {
        Set<Table> done = new LinkedHashSet<>();
        Set<Table> visiting = new HashSet<>();
        for (Table table : tables) {
            visit(table, tables, done, visiting);
        }
        return new ArrayList<>(done);
    }

    private static void visit(Table table, List<Table> tables, Set<Table> done, Set<Table> visiting) {
        if (done.contains(table) || !visiting.add(table)) {
            return;
        }
        for (ForeignKey fk : table.getForeignKeys()) {
            if (fk.getReferencedTable() != null && tables.contains(fk.getReferencedTable())) {
                visit(fk.getReferencedTable(), tables, done, visiting);
            }
        }
        done.add(table);
    }
}
