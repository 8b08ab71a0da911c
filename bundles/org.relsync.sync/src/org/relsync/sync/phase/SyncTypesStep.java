package org.relsync.sync.phase;

import java.util.Objects;

import org.relsync.model.entity.EntityField;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.TableField;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncContext;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.dialect.Dialect;
import org.relsync.sync.report.ChangeKind;

/**
 * Step 5 (only with {@code reflectTypeOfElementFieldInTargetField}): a mapped column in a Model
 * or Mixed schema gets the database type the dialect gives for its entity field's model type,
 * length, precision and scale.
 */
public class SyncTypesStep implements ModelSyncStep {

    @Override
    public String name() {
        return "sync types";
    }

    @Override
    public void run(SyncContext context, Database database) {
        if (!context.settings().isReflectTypeOfElementFieldInTargetField()) {
            return;
        }
        Dialect dialect = context.dialect(database);
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
                DatabaseType wanted = dialect.toDatabaseType(field.getType(), field.getLength(), field.getPrecision(),
                        field.getScale());
                DatabaseType actual = ColumnTypes.typeOf(column);
                if (!Objects.equals(wanted, actual)) {
                    column.setDataType(wanted.name());
                    column.setLength(wanted.length());
                    column.setPrecision(wanted.precision());
                    column.setScale(wanted.scale());
                    context.report().change(ChangeKind.CHANGED, Elements.path(Elements.schemaOf(em.getTarget())),
                            "TableField", Elements.localPath(column), "type: " + actual + " -> " + wanted);
                }
            }
        }
    }
}
