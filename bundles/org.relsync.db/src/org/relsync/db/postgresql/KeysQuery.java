package org.relsync.db.postgresql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.relsync.db.Snapshots;
import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.ReferentialAction;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.UniqueConstraint;

/**
 * Primary keys, unique constraints and foreign keys, their columns by attribute number; a foreign
 * key to a table of a schema not read references a name-only stand-in.
 */
final class KeysQuery extends CatalogQuery {

    private static final RelationalFactory R = RelationalFactory.eINSTANCE;

    /** Whether a foreign key's referenced table is in another schema, or not read. */
    private static final String NOT_READ = "(pc.relnamespace <> con.connamespace OR NOT " + read("pn.nspname", "pc.relname") + ")";

    /*
     * Constraints name their columns by attribute number, resolved against the columns read
     * before: joining pg_attribute for every key column made this query and the index query cost
     * more than all the others together. Only a foreign key to a table not read needs names: the
     * referenced table's, and its columns' in key order; they come for a table of another schema
     * (read or not: the engine finds it by its names) and for one of the same schema not read
     * (read in part). Ordered, because the first foreign key to such a table makes its stand-in,
     * which takes columns in the order they are referenced.
     */
    private static final String SQL = """
            SELECT con.conrelid, con.conname, con.contype, array_to_string(con.conkey, ' '), con.confrelid,
                   array_to_string(con.confkey, ' '), con.confupdtype, con.confdeltype,
                   CASE WHEN """ + NOT_READ + """
                        THEN pn.nspname END,
                   CASE WHEN """ + NOT_READ + """
                        THEN pc.relname END,
                   CASE WHEN """ + NOT_READ + """
                        THEN ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                              JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                              ORDER BY k.ord) END
            FROM pg_constraint con
            JOIN pg_namespace n ON n.oid = con.connamespace
            JOIN pg_class cr ON cr.oid = con.conrelid
            LEFT JOIN pg_class pc ON pc.oid = con.confrelid
            LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
            WHERE con.contype IN ('p', 'u', 'f') AND n.nspname = ANY (?) AND """ + read("n.nspname", "cr.relname") + """

            ORDER BY con.conrelid, con.conname
            """;

    /** Stand-ins for tables outside the schemas read, in a database of their own (never merged). */
    private final Database outside = R.createDatabase();
    private final Map<String, Table> standIns = new HashMap<>();
    /** The catalog the schemas read are in, which the stand-ins' schemas are in too (the engine finds them by it). */
    private final String catalog;

    KeysQuery(Map<Long, PgRelation> relations, String catalog) {
        super(SQL, relations);
        this.catalog = catalog;
    }

    /** One row per primary key, unique constraint and foreign key. */
    @Override
    void row(ResultSet rs) throws SQLException {
        PgRelation owner = relations.get(rs.getLong(1));
        if (owner == null || !(owner.element instanceof Table table)) {
            return;
        }
        Constraint constraint = switch (rs.getString(3)) {
            case "p" -> {
                PrimaryKey pk = R.createPrimaryKey();
                table.setPrimaryKey(pk);
                yield pk;
            }
            case "u" -> {
                UniqueConstraint uc = R.createUniqueConstraint();
                owner.uniqueConstraints.add(uc);
                yield uc;
            }
            default -> {
                ForeignKey fk = R.createForeignKey();
                fk.setOnUpdate(rule(rs.getString(7)));
                fk.setOnDelete(rule(rs.getString(8)));
                owner.foreignKeys.add(fk);
                yield fk;
            }
        };
        constraint.setName(rs.getString(2));
        for (int attnum : PgRelation.attnums(rs.getString(4))) {
            constraint.getFields().add(owner.column(attnum));
        }
        if (constraint instanceof ForeignKey fk) {
            PgRelation referenced = relations.get(rs.getLong(5));
            if (referenced != null) {
                fk.setReferencedTable((Table) referenced.element);
                for (int attnum : PgRelation.attnums(rs.getString(6))) {
                    fk.getReferencedFields().add(referenced.column(attnum));
                }
            } else {
                Table standIn = standIn(rs.getString(9), rs.getString(10));
                fk.setReferencedTable(standIn);
                for (String name : (String[]) rs.getArray(11).getArray()) {
                    fk.getReferencedFields().add(field(standIn, name));
                }
            }
        }
    }

    /** A name-only stand-in for a table in a schema not read, which a foreign key references. */
    private Table standIn(String schema, String table) {
        return standIns.computeIfAbsent(schema + '\u0000' + table, key -> {
            Table standIn = R.createTable();
            standIn.setName(table);
            Snapshots.schema(outside, catalog, schema).getTables().add(standIn);
            return standIn;
        });
    }

    /** A column of the stand-in {@code table} by name, created on first use. */
    private static TableField field(Table table, String name) {
        for (TableField field : table.getFields()) {
            if (field.getName().equals(name)) {
                return field;
            }
        }
        TableField standIn = R.createTableField();
        standIn.setName(name);
        table.getFields().add(standIn);
        return standIn;
    }

    private static ReferentialAction rule(String code) {
        return switch (code == null ? "a" : code) {
            case "c" -> ReferentialAction.CASCADE;
            case "r" -> ReferentialAction.RESTRICT;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
