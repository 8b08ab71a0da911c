package org.relsync.sync.phase;

import java.util.Objects;

import org.relsync.model.relational.Database;
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
        MappedColumns.forEach(context, database, (field, column, scope) -> {
            DatabaseType wanted = dialect.toDatabaseType(field.getType(), field.getLength(), field.getPrecision(),
                    field.getScale());
            DatabaseType actual = ColumnTypes.typeOf(column);
            if (!Objects.equals(wanted, actual)) {
                column.setDataType(wanted.name());
                column.setLength(wanted.length());
                column.setPrecision(wanted.precision());
                column.setScale(wanted.scale());
                context.report().change(ChangeKind.CHANGED, scope, "TableField", Elements.localPath(column),
                        "type: " + actual + " -> " + wanted);
            }
        });
    }
}
