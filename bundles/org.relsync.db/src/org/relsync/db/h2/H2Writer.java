package org.relsync.db.h2;

import java.util.ArrayList;
import java.util.List;

import org.relsync.db.ddl.SqlWriter;
import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.dialect.Dialect;

/**
 * H2 2.x: standard SQL, an index of its own for every key, {@code SET DATA TYPE}, and identity
 * added to a column by redefining it.
 */
final class H2Writer extends SqlWriter {

    H2Writer(Dialect dialect) {
        super(dialect);
    }

    /**
     * H2 makes an index for every primary, unique and foreign key under a name of its own
     * ({@code PRIMARY_KEY_8}, {@code FK_ORDER_CUSTOMER_INDEX_4}): an index over a key's columns is
     * taken for one of those.
     */
    @Override
    public boolean keyIndex(Table table, Index index) {
        if (super.keyIndex(table, index)) {
            return true;
        }
        List<Constraint> keys = new ArrayList<>(table.getUniqueConstraints());
        keys.addAll(table.getForeignKeys());
        if (table.getPrimaryKey() != null) {
            keys.add(table.getPrimaryKey());
        }
        String columns = columnList(index.getFields());
        return keys.stream().anyMatch(k -> columnList(k.getFields()).equals(columns)
                || String.valueOf(k.getName()).equalsIgnoreCase(String.valueOf(index.getName())));
    }

    @Override
    protected String alterTypeClause(TableField field) {
        return "SET DATA TYPE " + type(field);
    }

    @Override
    public List<String> alterColumn(Table table, TableField field, TableField was, ColumnChange change) {
        if (!change.identity() || !identityColumn(field)) {
            return super.alterColumn(table, field, was, change);
        }
        // H2 adds identity by redefining the column; the rest follows in the same statement
        List<String> sql = new ArrayList<>();
        sql.add("ALTER TABLE " + qualified(table) + " ALTER COLUMN " + columnDefinition(table, field));
        return sql;
    }
}
