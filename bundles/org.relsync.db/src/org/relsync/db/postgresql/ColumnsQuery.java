package org.relsync.db.postgresql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.TableField;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.dialect.Dialect;

/**
 * The columns of the relations read, each typed by the dialect: lengths, precisions and scales
 * from the type modifier; types of the database's own (enums, domains, in any schema) as SQL writes
 * them, quoted and qualified where needed.
 */
final class ColumnsQuery extends CatalogQuery {

    /*
     * Unordered: a relation's columns are put in attribute number order once all are read, which
     * costs less than sorting every column of the schema on the server.
     */
    private static final String SQL = """
            SELECT a.attrelid, a.attname, a.attnum,
                   CASE WHEN t.typnamespace = 'pg_catalog'::regnamespace THEN t.typname ELSE format_type(t.oid, NULL) END,
                   a.atttypmod, a.attnotnull, a.attidentity, pg_get_expr(d.adbin, d.adrelid), a.attgenerated
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
              AND n.nspname = ANY (?) AND """ + read("n.nspname", "c.relname");

    private final Dialect dialect;
    private final Map<String, Map<Integer, DatabaseType>> types = new HashMap<>();

    ColumnsQuery(Dialect dialect, Map<Long, PgRelation> relations) {
        super(SQL, relations);
        this.dialect = dialect;
    }

    @Override
    void row(ResultSet rs) throws SQLException {
        PgRelation owner = relations.get(rs.getLong(1));
        int attnum = rs.getInt(3);
        TableField field = RelationalFactory.eINSTANCE.createTableField();
        field.setName(rs.getString(2));
        DatabaseType type = type(rs.getString(4), rs.getInt(5));
        field.setDataType(type.name());
        field.setLength(type.length());
        field.setPrecision(type.precision());
        field.setScale(type.scale());
        field.setNullable(!rs.getBoolean(6));
        String identityKind = rs.getString(7);
        String defaultValue = rs.getString(8);
        // an identity column; one that draws from a sequence through its default is one too, which
        // SequenceDefaults decides once the sequences are read
        field.setIdentity(identityKind.equals("a") || identityKind.equals("d"));
        field.setGenerated(!rs.getString(9).isEmpty());
        if (defaultValue != null && !defaultValue.isBlank()) {
            field.setDefaultValue(defaultValue.strip());
        }
        field.setOrdinal(attnum);
        field.setExternalId(owner.element.getExternalId() + ":" + attnum);
        owner.add(attnum, field);
    }

    /**
     * The dialect's type for a PostgreSQL type name and type modifier: the length of varchar and
     * bpchar, the precision and scale of numeric, as format_type shows them. A schema has few
     * distinct ones, so each is converted once.
     */
    private DatabaseType type(String name, int typmod) {
        return types.computeIfAbsent(name, n -> new HashMap<>()).computeIfAbsent(typmod, m -> {
            int size = 0;
            int digits = 0;
            if (typmod > 4 && (name.equals("varchar") || name.equals("bpchar"))) {
                size = typmod - 4;
            } else if (typmod > 4 && name.equals("numeric")) {
                size = ((typmod - 4) >> 16) & 65535;
                digits = (typmod - 4) & 65535;
            }
            return dialect.canonical(name, size, digits);
        });
    }
}
