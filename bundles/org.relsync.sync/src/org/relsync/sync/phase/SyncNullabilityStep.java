package org.relsync.sync.phase;

import org.relsync.model.relational.Database;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncContext;
import org.relsync.sync.report.ChangeKind;

/**
 * Step 4 (only with {@code reflectNullabilityOfElementFieldInTargetField}): a mapped column in a
 * Model or Mixed schema is nullable exactly when its entity field is optional; primary-key
 * columns never are.
 */
public class SyncNullabilityStep implements ModelSyncStep {

    @Override
    public String name() {
        return "sync nullability";
    }

    @Override
    public void run(SyncContext context, Database database) {
        if (!context.settings().isReflectNullabilityOfElementFieldInTargetField()) {
            return;
        }
        MappedColumns.forEach(context, database, (field, column, scope) -> {
            boolean nullable = field.isOptional() && !field.isIdentifying();
            if (column.isNullable() != nullable) {
                column.setNullable(nullable);
                context.report().change(ChangeKind.CHANGED, scope, "TableField", Elements.localPath(column),
                        "nullable: " + !nullable + " -> " + nullable);
            }
        });
    }
}
