package org.relsync.db.ddl;

import java.util.ArrayList;
import java.util.List;

import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.dialect.Dialect;

/**
 * H2 2.x. Its DDL commits the open transaction (every {@code CREATE}, {@code ALTER} and
 * {@code DROP} does), so scripts run statement by statement there, whatever one might expect of
 * an embedded database.
 */
final class H2Writer extends SqlWriter {

    H2Writer(Dialect dialect) {
        super(dialect);
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    protected String alterTypeClause(TableField field) {
        return "SET DATA TYPE " + type(field);
    }

    @Override
    public List<String> alterColumn(Table table, TableField field, TableField was, ColumnChange change) {
        if (!change.identity() || !field.isIdentity()) {
            return super.alterColumn(table, field, was, change);
        }
        // H2 adds identity by redefining the column; the rest follows in the same statement
        List<String> sql = new ArrayList<>();
        sql.add("ALTER TABLE " + qualified(table) + " ALTER COLUMN " + columnDefinition(table, field));
        return sql;
    }
}
