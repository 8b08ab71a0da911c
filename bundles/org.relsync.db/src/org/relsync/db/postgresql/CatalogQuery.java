package org.relsync.db.postgresql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * One catalog query of {@link PostgresBulkReader}, and what it makes of each row, with the tables
 * and views read (by OID), which every query after the first resolves its rows against.
 */
abstract class CatalogQuery {

    final String sql;
    final Map<Long, PgRelation> relations;

    /** @param sql the query; its one parameter is the array of the names of the schemas read */
    CatalogQuery(String sql, Map<Long, PgRelation> relations) {
        this.sql = sql;
        this.relations = relations;
    }

    abstract void row(ResultSet rs) throws SQLException;
}
