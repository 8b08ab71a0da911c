package org.relsync.db.postgresql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.relsync.model.relational.Index;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Table;

/** Indexes of tables, their columns by attribute number. */
final class IndexesQuery extends CatalogQuery {

    /** Index keys as attribute numbers; 0 is an expression, which the model has no column for. */
    private static final String SQL = """
            SELECT i.indrelid, ic.relname, i.indisunique, i.indkey::text
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_namespace n ON n.oid = ic.relnamespace
            JOIN pg_class t ON t.oid = i.indrelid
            WHERE n.nspname = ANY (?) AND """ + read("n.nspname", "t.relname");

    IndexesQuery(Map<Long, PgRelation> relations) {
        super(SQL, relations);
    }

    /** One row per index; an index on expressions only has no column the model knows, and is left out. */
    @Override
    void row(ResultSet rs) throws SQLException {
        PgRelation owner = relations.get(rs.getLong(1));
        if (owner == null || !(owner.element instanceof Table)) {
            return;
        }
        Index index = null;
        for (int attnum : PgRelation.attnums(rs.getString(4))) {
            if (attnum == 0) {
                continue;
            }
            if (index == null) {
                index = RelationalFactory.eINSTANCE.createIndex();
                index.setName(rs.getString(2));
                index.setUnique(rs.getBoolean(3));
                owner.indexes.add(index);
            }
            index.getFields().add(owner.column(attnum));
        }
    }
}
