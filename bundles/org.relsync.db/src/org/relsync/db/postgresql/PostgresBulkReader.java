package org.relsync.db.postgresql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.relsync.db.SequenceDefaults;
import org.relsync.db.Snapshots;
import org.relsync.model.common.NamedElement;
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
            """;

    /*
     * Unordered: a relation's columns are put in attribute number order once all are read, which
     * costs less than sorting every column of the schema on the server. Lengths, precisions and
     * scales come from the type modifier (see type). Types of the database's own (enums, domains,
     * in any schema) come as SQL writes them: quoted and qualified where needed (the SchemaCrawler
     * reader gets the same from {@link PostgresTypes}).
     */
    private static final String COLUMNS = """
            SELECT a.attrelid, a.attname, a.attnum,
                   CASE WHEN t.typnamespace = 'pg_catalog'::regnamespace THEN t.typname ELSE format_type(t.oid, NULL) END,
                   a.atttypmod, a.attnotnull, a.attidentity, pg_get_expr(d.adbin, d.adrelid), a.attgenerated
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
              AND n.nspname = ANY (?)
            """;

    /*
     * Constraints and indexes name their columns by attribute number, resolved against the columns
     * read before: joining pg_attribute for every key column made these two queries cost more than
     * all the others together. Only a foreign key to a table in a schema not read needs names: the
     * referenced table's, and its columns' in key order. Ordered, because the first foreign key to
     * such a table makes its stand-in, which takes columns in the order they are referenced.
     */
    private static final String CONSTRAINTS = """
            SELECT con.conrelid, con.conname, con.contype, array_to_string(con.conkey, ' '), con.confrelid,
                   array_to_string(con.confkey, ' '), con.confupdtype, con.confdeltype,
                   CASE WHEN pc.relnamespace <> con.connamespace THEN pn.nspname END,
                   CASE WHEN pc.relnamespace <> con.connamespace THEN pc.relname END,
                   CASE WHEN pc.relnamespace <> con.connamespace THEN
                        ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                              JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                              ORDER BY k.ord) END
            FROM pg_constraint con
            JOIN pg_namespace n ON n.oid = con.connamespace
            LEFT JOIN pg_class pc ON pc.oid = con.confrelid
            LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
            WHERE con.contype IN ('p', 'u', 'f') AND n.nspname = ANY (?)
            ORDER BY con.conrelid, con.conname
            """;

    /** Index keys as attribute numbers; 0 is an expression, which the model has no column for. */
    private static final String INDEXES = """
            SELECT i.indrelid, ic.relname, i.indisunique, i.indkey::text
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_namespace n ON n.oid = ic.relnamespace
            WHERE n.nspname = ANY (?)
            """;

    /** With the column that owns the sequence, if any: serial columns ('a') and identity columns ('i'). */
    private static final String SEQUENCES = """
            SELECT n.nspname, c.oid, c.relname, s.seqstart, s.seqincrement, d.refobjid, d.refobjsubid
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.seqrelid AND d.objsubid = 0
                 AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
            WHERE n.nspname = ANY (?)
            """;

    private final Dialect dialect;
    private final Database project;
    private final Database snapshot = R.createDatabase();
    private final Database outside = R.createDatabase();
    private final Map<Long, Relation> byOid = new HashMap<>();
    private final Map<String, Table> standIns = new HashMap<>();
    private final Map<String, Map<Integer, DatabaseType>> types = new HashMap<>();

    PostgresBulkReader(Dialect dialect, Database project) {
        this.dialect = dialect;
        this.project = project;
        snapshot.setName(project.getName());
        snapshot.setDriverId(project.getDriverId());
    }

    /**
     * Reads the {@code wanted} schemas in one read-only repeatable-read transaction, so that every
     * query sees the same catalog and the attribute numbers of one resolve in the others.
     */
    Database read(Connection connection, List<SchemaRef> wanted) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
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
        tables.forEach((schema, t) -> addByName(schema.getTables(), t));
        views.forEach((schema, v) -> addByName(schema.getViews(), v));
        query(connection, COLUMNS, names, this::column);
        byOid.values().forEach(Relation::addColumns);
        query(connection, CONSTRAINTS, names, this::constraint);
        query(connection, INDEXES, names, this::index);
        Map<Long, Sequence> sequences = new HashMap<>();
        Map<Schema, List<Sequence>> sequencesBySchema = new HashMap<>();
        query(connection, SEQUENCES, names, rs -> {
            Sequence sequence = sequences.get(rs.getLong(2));
            if (sequence == null) {
                sequence = sequence(rs);
                sequences.put(rs.getLong(2), sequence);
                sequencesBySchema.computeIfAbsent(schemas.get(rs.getString(1)), s -> new ArrayList<>()).add(sequence);
            }
            // the column that owns it, if any (PostgreSQL links one at most); columns that only draw
            // from it through their defaults are linked by SequenceDefaults
            if (byOid.get(rs.getLong(6)) instanceof Relation owner && owner.element instanceof Table) {
                owner.column(rs.getInt(7)).setSequence(sequence);
            }
        });
        sequencesBySchema.forEach((schema, s) -> addByName(schema.getSequences(), s));
        connection.commit();
        SequenceDefaults.link(snapshot);
        for (Relation relation : byOid.values()) {
            relation.addConstraintsAndIndexes();
        }
        return snapshot;
    }

    /**
     * Adds {@code elements} to {@code list} in Java's order of names, as the SchemaCrawler reader
     * has them; sorted before they are added, since sorting an EMF list moves its elements one by
     * one. They are distinct by construction: {@code addAll} would check each against all the
     * others, quadratic in a schema's tables and sequences.
     */
    private static <T extends NamedElement> void addByName(EList<T> list, List<T> elements) {
        elements.sort(Comparator.comparing(NamedElement::getName));
        ((InternalEList<T>) list).addAllUnique(elements);
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection connection, String sql, Array schemas, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, schemas);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    /**
     * A table or view read, with its columns by attribute number, the catalog's key for them, and
     * its constraints and indexes until they are added in order.
     */
    private static final class Relation {
        final TableOrView element;
        private TableField[] columns = new TableField[16];
        final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();

        Relation(TableOrView element) {
            this.element = element;
        }

        void add(int attnum, TableField column) {
            if (attnum >= columns.length) {
                columns = Arrays.copyOf(columns, Math.max(attnum + 1, columns.length * 2));
            }
            columns[attnum] = column;
        }

        /** Adds the columns read to the table or view, in attribute number order. */
        void addColumns() {
            List<TableField> read = new ArrayList<>(columns.length);
            for (TableField column : columns) {
                if (column != null) {
                    read.add(column);
                }
            }
            // distinct by construction (see addByName)
            ((InternalEList<TableField>) element.getFields()).addAllUnique(read);
        }

        void addConstraintsAndIndexes() {
            if (element instanceof Table table) {
                addByName(table.getUniqueConstraints(), uniqueConstraints);
                addByName(table.getForeignKeys(), foreignKeys);
                addByName(table.getIndexes(), indexes);
            }
        }

        TableField column(int attnum) {
            TableField column = attnum < columns.length ? columns[attnum] : null;
            if (column == null) {
                throw new IllegalStateException(element.getName() + " has no column " + attnum);
            }
            return column;
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
        byOid.put(rs.getLong(2), new Relation(relation));
    }

    private void column(ResultSet rs) throws SQLException {
        Relation owner = byOid.get(rs.getLong(1));
        int attnum = rs.getInt(3);
        TableField field = R.createTableField();
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

    private static Sequence sequence(ResultSet rs) throws SQLException {
        Sequence sequence = R.createSequence();
        sequence.setName(rs.getString(3));
        sequence.setExternalId("pg:" + rs.getLong(2));
        sequence.setStartValue(rs.getLong(4));
        sequence.setIncrement(rs.getLong(5) == 0 ? 1 : rs.getLong(5));
        return sequence;
    }

    /** One row per primary key, unique constraint and foreign key. */
    private void constraint(ResultSet rs) throws SQLException {
        Relation owner = byOid.get(rs.getLong(1));
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
        for (int attnum : attnums(rs.getString(4))) {
            constraint.getFields().add(owner.column(attnum));
        }
        if (constraint instanceof ForeignKey fk) {
            Relation referenced = byOid.get(rs.getLong(5));
            if (referenced != null) {
                fk.setReferencedTable((Table) referenced.element);
                for (int attnum : attnums(rs.getString(6))) {
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

    /** One row per index; an index on expressions only has no column the model knows, and is left out. */
    private void index(ResultSet rs) throws SQLException {
        Relation owner = byOid.get(rs.getLong(1));
        if (owner == null || !(owner.element instanceof Table)) {
            return;
        }
        Index index = null;
        for (int attnum : attnums(rs.getString(4))) {
            if (attnum == 0) {
                continue;
            }
            if (index == null) {
                index = R.createIndex();
                index.setName(rs.getString(2));
                index.setUnique(rs.getBoolean(3));
                owner.indexes.add(index);
            }
            index.getFields().add(owner.column(attnum));
        }
    }

    /** The numbers in {@code "1 3"}, the text of PostgreSQL's attribute number vectors. */
    private static int[] attnums(String text) {
        int count = text.isEmpty() ? 0 : 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                count++;
            }
        }
        int[] numbers = new int[count];
        for (int i = 0, start = 0; i < count; i++) {
            int end = i == count - 1 ? text.length() : text.indexOf(' ', start);
            numbers[i] = Integer.parseInt(text, start, end, 10);
            start = end + 1;
        }
        return numbers;
    }

    /** A name-only stand-in for a table in a schema not read, which a foreign key references. */
    private Table standIn(String schema, String table) {
        return standIns.computeIfAbsent(schema + '\u0000' + table, key -> {
            Table standIn = R.createTable();
            standIn.setName(table);
            Snapshots.schema(outside, "", schema).getTables().add(standIn);
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
