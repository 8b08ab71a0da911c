package org.relsync.db.ddl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.relsync.db.ddl.DdlStatement.Phase;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;

/**
 * For a database whose {@code ALTER TABLE} can only rename and add columns (SQLite): a table that
 * needs more is rebuilt with the model's definition, keeping its rows, in place of what was planned
 * for it, and keeping the risks of what was planned.
 */
final class TableRebuild {

    private TableRebuild() {
    }

    /**
     * @param columns each model column with the present column it is
     * @param mark    where the statements planned for this table start
     */
    static void plan(DdlPlan plan, Table table, Table now, Map<TableField, TableField> columns, int mark) {
        List<DdlStatement> planned = plan.takeSince(mark);
        List<String> risks = planned.stream().filter(DdlStatement::destructive).map(DdlStatement::risk).toList();
        Map<String, String> copied = new LinkedHashMap<>();
        columns.forEach((field, was) -> {
            if (!field.isMarkedForDeletion()) {
                copied.put(field.getName(), was.getName());
            }
        });
        plan.emit(Phase.REBUILD_TABLE, plan.sql.rebuildTable(table, now.getName(), copied),
                risks.isEmpty() ? null : String.join("; ", risks));
        for (Index index : plan.ownIndexes(table)) {
            plan.emit(Phase.CREATE_INDEX, plan.sql.createIndex(table, index), null);
        }
    }
}
