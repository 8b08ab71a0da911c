package org.relsync.db.postgresql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.View;

/** Tables (plain, partitioned, foreign) and views (materialized too, with their queries), by OID. */
final class RelationsQuery extends CatalogQuery {

    private static final String SQL = """
            SELECT n.nspname, c.oid, c.relname, c.relkind,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ANY (?)
              AND """ + read("n.nspname", "c.relname");

    private final Map<String, Schema> schemas;
    private final Map<Schema, List<Table>> tables = new HashMap<>();
    private final Map<Schema, List<View>> views = new HashMap<>();

    /** @param relations filled with what is read, by OID */
    RelationsQuery(Map<String, Schema> schemas, Map<Long, PgRelation> relations) {
        super(SQL, relations);
        this.schemas = schemas;
    }

    @Override
    void row(ResultSet rs) throws SQLException {
        Schema schema = schemas.get(rs.getString(1));
        String kind = rs.getString(4);
        TableOrView relation;
        if (kind.equals("v") || kind.equals("m")) {
            View view = RelationalFactory.eINSTANCE.createView();
            String definition = rs.getString(5);
            if (definition != null) {
                view.setDefinition(definition.strip());
            }
            views.computeIfAbsent(schema, s -> new ArrayList<>()).add(view);
            relation = view;
        } else {
            Table table = RelationalFactory.eINSTANCE.createTable();
            tables.computeIfAbsent(schema, s -> new ArrayList<>()).add(table);
            relation = table;
        }
        relation.setName(rs.getString(3));
        relation.setExternalId("pg:" + rs.getLong(2));
        relations.put(rs.getLong(2), new PgRelation(relation));
    }

    /** Adds the tables and views read to their schemas, in order of names. */
    void addToSchemas() {
        tables.forEach((schema, t) -> PostgresBulkReader.addByName(schema.getTables(), t));
        views.forEach((schema, v) -> PostgresBulkReader.addByName(schema.getViews(), v));
    }
}
