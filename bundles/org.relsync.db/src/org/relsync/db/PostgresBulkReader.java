package org.relsync.db;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;

import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.ReferentialAction;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.UniqueConstraint;
import org.relsync.model.relational.View;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.catalog.SchemaRef;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.dialect.Dialect;

/**
 * Reads PostgreSQL catalogs with one query per kind of object straight into RelSync's relational
 * model. It exists because SchemaCrawler, even fed the same bulk SQL, spends time that grows
 * faster than the schema (its table filtering and sorting) and memory on a catalog of its own:
 * 30 s and 1.4 GB for 5,000 tables where these queries take under a second (see the README's
 * retrieval benchmark). It builds the same snapshot SchemaCrawler does; a test compares the two.
 */
final class PostgresBulkReader {

    private static final RelationalFactory R = RelationalFactory.eINSTANCE;

    private static final String RELATIONS = """
            SELECT n.nspname, c.oid, c.relname, c.relkind,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ANY (?)
            ORDER BY n.nspname, c.relname
            """;

    /**
     * Types of the database's own (enums, domains, in any schema) come as SQL writes them: quoted
     * and qualified where needed (the SchemaCrawler reader gets the same from {@link PostgresTypes}).
     */
    private static final String COLUMNS = """
            SELECT a.attrelid, a.attname, a.attnum,
                   CASE WHEN t.typnamespace = 'pg_catalog'::regnamespace THEN t.typname ELSE format_type(t.oid, NULL) END,
                   CASE WHEN t.typname IN ('varchar', 'bpchar') AND a.atttypmod > 4 THEN a.atttypmod - 4
                        WHEN t.typname = 'numeric' AND a.atttypmod > 4 THEN ((a.atttypmod - 4) >> 16) & 65535
                        ELSE 0 END,
                   CASE WHEN t.typname = 'numeric' AND a.atttypmod > 4 THEN (a.atttypmod - 4) & 65535 ELSE 0 END,
                   a.attnotnull, a.attidentity IN ('a', 'd'), pg_get_expr(d.adbin, d.adrelid), a.attgenerated <> ''
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
              AND n.nspname = ANY (?)
            ORDER BY a.attrelid, a.attnum
            """;

    private static final String CONSTRAINTS = """
            SELECT con.conrelid, con.conname, con.contype, k.ord, fa.attname,
                   pn.nspname, pc.relname, pa.attname, con.confupdtype, con.confdeltype
            FROM pg_constraint con
            JOIN pg_class fc ON fc.oid = con.conrelid
            JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute fa ON fa.attrelid = con.conrelid AND fa.attnum = k.attnum
            LEFT JOIN pg_class pc ON pc.oid = con.confrelid
            LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
            LEFT JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = con.confkey[k.ord]
            WHERE con.contype IN ('p', 'u', 'f') AND fn.nspname = ANY (?)
            ORDER BY con.conrelid, con.conname, k.ord
            """;

    private static final String INDEXES = """
            SELECT i.indrelid, ic.relname, i.indisunique, a.attname
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_class ic ON ic.oid = i.indexrelid
            CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
            WHERE n.nspname = ANY (?)
            ORDER BY i.indrelid, ic.relname, k.ord
            """;

    private static final String SEQUENCES = """
            SELECT n.nspname, c.oid, c.relname, s.seqstart, s.seqincrement
            FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
            ORDER BY n.nspname, c.relname
            """;

    private final Dialect dialect;
    private final Database project;
    private final Database snapshot = R.createDatabase();
    private final Database outside = R.createDatabase();
    private final Map<Long, TableOrView> byOid = new HashMap<>();
    private final Map<String, TableOrView> byName = new HashMap<>();

    PostgresBulkReader(DriverInfo driver, Database project) {
        this.dialect = driver.dialect();
        this.project = project;
        snapshot.setName(project.getName());
        snapshot.setDriverId(project.getDriverId());
    }

    Database read(Connection connection, List<SchemaRef> wanted) throws SQLException {
        Map<String, Schema> schemas = new HashMap<>();
        for (SchemaRef ref : wanted) {
            Schema schema = Snapshots.schema(snapshot, ref.catalog(), ref.schema());
            schema.setSyncSource(Snapshots.sourceOf(project, ref));
            schemas.put(ref.schema(), schema);
        }
        Array names = connection.createArrayOf("text", schemas.keySet().toArray());
        List<String> existing = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT nspname FROM pg_namespace WHERE nspname = ANY (?)")) {
            s.setArray(1, names);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
        }
        for (SchemaRef ref : wanted) {
            if (!existing.contains(ref.schema())) {
                throw new CatalogException(project.getName() + ": schema " + ref.schema() + " does not exist");
            }
        }
        Map<Schema, List<Table>> tables = new HashMap<>();
        Map<Schema, List<View>> views = new HashMap<>();
        query(connection, RELATIONS, names, rs -> relation(schemas.get(rs.getString(1)), rs, tables, views));
        // in Java's order of names, as the SchemaCrawler reader has them; sorted before they are added,
        // since sorting an EMF list moves its elements one by one
        for (Schema schema : schemas.values()) {
            List<Table> t = tables.getOrDefault(schema, new ArrayList<>());
            t.sort(Comparator.comparing(Table::getName));
            schema.getTables().addAll(t);
            List<View> v = views.getOrDefault(schema, new ArrayList<>());
            v.sort(Comparator.comparing(View::getName));
            schema.getViews().addAll(v);
        }
        query(connection, COLUMNS, names, this::column);
        query(connection, CONSTRAINTS, names, new ConstraintRows()::row);
        query(connection, INDEXES, names, new IndexRows()::row);
        query(connection, SEQUENCES, names, rs -> {
            Sequence sequence = R.createSequence();
            sequence.setName(rs.getString(3));
            sequence.setExternalId("pg:" + rs.getLong(2));
            sequence.setStartValue(rs.getLong(4));
            sequence.setIncrement(rs.getLong(5) == 0 ? 1 : rs.getLong(5));
            schemas.get(rs.getString(1)).getSequences().add(sequence);
        });
        for (Schema schema : schemas.values()) {
            ECollections.sort(schema.getSequences(), Comparator.comparing(Sequence::getName));
            for (Table table : schema.getTables()) {
                ECollections.sort(table.getForeignKeys(), Comparator.comparing(ForeignKey::getName));
                ECollections.sort(table.getUniqueConstraints(), Comparator.comparing(UniqueConstraint::getName));
                ECollections.sort(table.getIndexes(), Comparator.comparing(Index::getName));
            }
        }
        return snapshot;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection connection, String sql, Array schemas, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, schemas);
            statement.setFetchSize(5000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    private void relation(Schema schema, ResultSet rs, Map<Schema, List<Table>> tables, Map<Schema, List<View>> views)
            throws SQLException {
        String kind = rs.getString(4);
        TableOrView relation;
        if (kind.equals("v") || kind.equals("m")) {
            View view = R.createView();
            String definition = rs.getString(5);
            if (definition != null) {
                view.setDefinition(definition.strip());
            }
            views.computeIfAbsent(schema, s -> new ArrayList<>()).add(view);
            relation = view;
        } else {
            Table table = R.createTable();
            tables.computeIfAbsent(schema, s -> new ArrayList<>()).add(table);
            relation = table;
        }
        relation.setName(rs.getString(3));
        relation.setExternalId("pg:" + rs.getLong(2));
        byOid.put(rs.getLong(2), relation);
        byName.put(schema.getName() + '\u0000' + relation.getName(), relation);
    }

    private void column(ResultSet rs) throws SQLException {
        TableOrView owner = byOid.get(rs.getLong(1));
        TableField field = R.createTableField();
        field.setName(rs.getString(2));
        DatabaseType type = dialect.canonical(rs.getString(4), rs.getInt(5), rs.getInt(6));
        field.setDataType(type.name());
        field.setLength(type.length());
        field.setPrecision(type.precision());
        field.setScale(type.scale());
        field.setNullable(!rs.getBoolean(7));
        String defaultValue = rs.getString(9);
        // an identity column, or one that draws its values from a sequence through its default (serial),
        // which keeps that default: it names the sequence, and a script writes the column back the same way
        boolean identity = rs.getBoolean(8) || (defaultValue != null && defaultValue.startsWith("nextval("));
        field.setIdentity(identity);
        field.setGenerated(rs.getBoolean(10));
        if (defaultValue != null && !defaultValue.isBlank()) {
            field.setDefaultValue(defaultValue.strip());
        }
        field.setOrdinal(rs.getInt(3));
        field.setExternalId(owner.getExternalId() + ":" + rs.getInt(3));
        owner.getFields().add(field);
    }

    /** Rows of the constraint query come grouped by table and constraint, columns in key order. */
    private final class ConstraintRows {
        private long table = -1;
        private String name;
        private Constraint current;

        void row(ResultSet rs) throws SQLException {
            long oid = rs.getLong(1);
            String conname = rs.getString(2);
            if (!(byOid.get(oid) instanceof Table owner)) {
                return;
            }
            if (oid != table || !Objects.equals(conname, name)) {
                table = oid;
                name = conname;
                current = switch (rs.getString(3)) {
                    case "p" -> {
                        PrimaryKey pk = R.createPrimaryKey();
                        owner.setPrimaryKey(pk);
                        yield pk;
                    }
                    case "u" -> {
                        UniqueConstraint uc = R.createUniqueConstraint();
                        owner.getUniqueConstraints().add(uc);
                        yield uc;
                    }
                    default -> {
                        ForeignKey fk = R.createForeignKey();
                        fk.setOnUpdate(rule(rs.getString(9)));
                        fk.setOnDelete(rule(rs.getString(10)));
                        owner.getForeignKeys().add(fk);
                        yield fk;
                    }
                };
                current.setName(conname);
            }
            current.getFields().add(field(owner, rs.getString(5)));
            if (current instanceof ForeignKey fk) {
                TableOrView referenced = referenced(rs.getString(6), rs.getString(7));
                fk.setReferencedTable((Table) referenced);
                fk.getReferencedFields().add(field(referenced, rs.getString(8)));
            }
        }
    }

    /** Rows of the index query come grouped by table and index, columns in key order. */
    private final class IndexRows {
        private long table = -1;
        private String name;
        private Index current;

        void row(ResultSet rs) throws SQLException {
            long oid = rs.getLong(1);
            if (!(byOid.get(oid) instanceof Table owner)) {
                return;
            }
            if (oid != table || !Objects.equals(rs.getString(2), name)) {
                table = oid;
                name = rs.getString(2);
                current = R.createIndex();
                current.setName(name);
                current.setUnique(rs.getBoolean(3));
                owner.getIndexes().add(current);
            }
            current.getFields().add(field(owner, rs.getString(4)));
        }
    }

    private TableOrView referenced(String schema, String table) {
        TableOrView known = byName.get(schema + '\u0000' + table);
        if (known != null) {
            return known;
        }
        Table standIn = R.createTable();
        standIn.setName(table);
        Snapshots.schema(outside, "", schema).getTables().add(standIn);
        byName.put(schema + '\u0000' + table, standIn);
        return standIn;
    }

    /** A column of {@code table} by name; a name-only stand-in on a stand-in table. */
    private static TableField field(TableOrView table, String name) {
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
