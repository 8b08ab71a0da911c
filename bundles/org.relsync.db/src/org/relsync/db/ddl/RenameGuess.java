package org.relsync.db.ddl;

import java.util.List;

import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.DatabaseMappings;

/**
 * Pairs the columns that identity, baseline and name leave apart the way the engine's refresh
 * pairs a database's columns with the model's where the database gives them no identity: by
 * position and type. A column an entity field maps onto, which the database never identified and
 * no baseline records, is the present column at the same position with the same type when that is
 * the only such column left, and the baseline records that one as nothing RelSync made either. So
 * a field renamed in the model is renamed in a database that has no baseline (made by a script run
 * by hand, or reversed), instead of a column added beside the old one, which keeps the values; the
 * script says it is a guess.
 */
final class RenameGuess {

    private RenameGuess() {
    }

    /** Pairs what it can in the paired tables of {@code schema}, a schema of {@code model}. */
    static void pairColumns(DdlPlan plan, Database model, Schema schema) {
        if (!(model.eContainer() instanceof Project project)) {
            return; // no mappings, so nothing the model says a field of an entity is
        }
        DatabaseMappings mappings = DatabaseMappings.existing(project, model);
        for (Table table : schema.getTables()) {
            if (plan.pairs.presentOf(table) instanceof Table now) {
                pairColumns(plan, mappings, table, now);
            }
        }
    }

    private static void pairColumns(DdlPlan plan, DatabaseMappings mappings, Table table, Table now) {
        List<TableField> unpaired = table.getFields().stream().filter(field -> plan.pairs.presentOf(field) == null
                && !field.isMarkedForDeletion() && field.getExternalId() == null && field.getOrdinal() > 0
                && plan.baseline.nameOf(field) == null && mappings.fieldMappedOnto(field).isPresent()).toList();
        if (unpaired.isEmpty()) {
            return;
        }
        for (TableField column : now.getFields()) {
            if (plan.pairs.modelOf(column) != null || column.getOrdinal() <= 0
                    || plan.baseline.recorded(TableField.class, now, column.getName())) {
                continue;
            }
            List<TableField> candidates = unpaired.stream().filter(field -> plan.pairs.presentOf(field) == null
                    && field.getOrdinal() == column.getOrdinal() && ColumnChanges.sameType(plan, field, column)).toList();
            if (candidates.size() == 1) {
                TableField field = candidates.get(0);
                plan.pairs.pair(field, column);
                plan.note("column " + now.getName() + "." + column.getName() + " is renamed to " + field.getName()
                        + " on a guess: the model's column at the same position with the same type (the database gives"
                        + " columns no identity, and no baseline records this one)");
            }
        }
    }
}
