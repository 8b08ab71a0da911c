package org.relsync.db.postgresql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * One catalog query of {@link PostgresBulkReader}, and what it makes of each row, with the tables
 * and views read (by OID), which every query after the first resolves its rows against.
 * <p>
 * Every query reads the schemas of an array parameter, and of those that are read in part (a
 * live change's table scope) only the relations of a table {@code limited(s, r)}: schema, relation
 * name, a row each (a schema of which nothing is read has one with the empty name, which no
 * relation has). {@link #WITH} defines that table from two arrays; {@link #read} is the one rule
 * "this relation is read", which each query applies to the relation its rows belong to.
 */
abstract class CatalogQuery {

    /** The relations of the schemas read in part: its two parameters come first in every query. */
    static final String WITH = "WITH limited(s, r) AS (SELECT * FROM unnest(?::text[], ?::text[]))\n";

    final String sql;
    final Map<Long, PgRelation> relations;

    /**
     * @param sql the query after {@link #WITH}; its one parameter is the array of the names of the
     *            schemas read, whole or in part
     */
    CatalogQuery(String sql, Map<Long, PgRelation> relations) {
        this.sql = WITH + sql;
        this.relations = relations;
    }

    /**
     * Whether the relation {@code relation} (a column expression of its name) of the schema
     * {@code schema} (one of its name) is read, given that its schema is: its schema is read whole,
     * or limited to relations that include it. Plain {@code IN} on a table of non-null names, which
     * the server hashes once per query.
     */
    static String read(String schema, String relation) {
        return "(" + schema + " NOT IN (SELECT s FROM limited) OR (" + schema + ", " + relation
                + ") IN (SELECT s, r FROM limited))";
    }

    abstract void row(ResultSet rs) throws SQLException;
}
