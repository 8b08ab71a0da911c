package org.relsync.db.ddl;

import java.util.ArrayList;
import java.util.List;

import org.relsync.db.ddl.SqlWriter.ColumnChange;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;

/**
 * The destructive-change lint: how a statement can lose data, or null when it cannot. Dropping a
 * table or a column, changing or narrowing a type, {@code NOT NULL} on a column that holds nulls
 * (counted on the live database); dropping a sequence a column uses is flagged where it is planned.
 */
final class DestructiveLint {

    private DestructiveLint() {
    }

    static String dropTable(Schema schema, Table table) {
        return "drops table " + schema.getName() + "." + table.getName() + " and every row in it";
    }

    static String dropColumn(Table table, TableField column) {
        return "drops column " + table.getName() + "." + column.getName() + " and its values";
    }

    /** The risks of changing column {@code was} of the present table {@code now} into {@code field}. */
    static String columnChange(DdlPlan plan, Table table, Table now, TableField field, TableField was, ColumnChange change) {
        List<String> risks = new ArrayList<>();
        String column = table.getName() + "." + field.getName();
        if (change.type()) {
            String from = plan.sql.type(was);
            String to = plan.sql.type(field);
            if (!field.getDataType().equalsIgnoreCase(was.getDataType())) {
                risks.add("changes the type of " + column + " from " + from + " to " + to
                        + "; values that do not convert are refused or lost");
            } else if (smaller(field.getLength(), was.getLength()) || smaller(field.getPrecision(), was.getPrecision())
                    || smaller(field.getScale(), was.getScale())) {
                risks.add("narrows " + column + " from " + from + " to " + to + "; longer values are refused or cut");
            }
        }
        if (change.nullable() && !field.isNullable()) {
            long nulls = plan.nullCount.nulls(now, was);
            if (nulls > 0) {
                risks.add("sets NOT NULL on " + column + ", which holds " + nulls + (nulls == 1 ? " null" : " nulls"));
            } else if (nulls < 0) {
                risks.add("sets NOT NULL on " + column + ", which may hold nulls");
            }
        }
        return risks.isEmpty() ? null : String.join("; ", risks);
    }

    /** Whether {@code to} takes less than {@code from}; no limit counts as the largest. */
    private static boolean smaller(Integer to, Integer from) {
        return to != null && (from == null || to < from);
    }
}
