package org.relsync.sync.phase;

import org.relsync.model.relational.TableField;
import org.relsync.sync.dialect.DatabaseType;

/** How reports show a column's type. */
final class ColumnTypes {

    private ColumnTypes() {
    }

    static DatabaseType typeOf(TableField field) {
        return new DatabaseType(String.valueOf(field.getDataType()), field.getLength(), field.getPrecision(),
                field.getScale());
    }

    static String describe(TableField field) {
        return typeOf(field) + (field.isNullable() ? "" : " NOT NULL") + (field.isIdentity() ? " IDENTITY" : "");
    }
}
