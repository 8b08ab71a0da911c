package org.relsync.sync.phase;

import org.relsync.model.entity.EntityField;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.TableField;
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
        for (EntityMapping em : context.mappings(database).container().getEntityMappings()) {
            if (em.getTarget() == null || !Schemas.modelDriven(em.getTarget())) {
                continue;
            }
            for (FieldMapping fm : em.getFieldMappings()) {
                EntityField field = fm.getField();
                TableField column = fm.getTarget();
                if (field == null || column == null) {
                    continue;
                }
                boolean nullable = field.isOptional() && !field.isIdentifying();
                if (column.isNullable() != nullable) {
                    column.setNullable(nullable);
                    context.report().change(ChangeKind.CHANGED, Elements.path(Elements.schemaOf(em.getTarget())),
                            "TableField", Elements.localPath(column), "nullable: " + !nullable + " -> " + nullable);
                }
            }
        }
    }
}
