package org.relsync.db.postgresql;

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
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.relsync.db.SequenceDefaults;
import org.relsync.db.Snapshots;
import org.relsync.model.common.NamedElement;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.catalog.SchemaListing;
import org.relsync.sync.catalog.SchemaRef;
import org.relsync.sync.dialect.Dialect;

/**
 * Reads PostgreSQL catalogs with one query per kind of object straight into RelSync's relational
 * model: {@link RelationsQuery}, {@link ColumnsQuery}, {@link KeysQuery}, {@link IndexesQuery},
 * {@link SequencesQuery}. It exists because SchemaCrawler, even fed the same bulk SQL, spends time
 * that grows faster than the schema (its table filtering and sorting) and memory on a catalog of
 * its own: 30 s and 1.4 GB for 5,000 tables where these queries take under a second (see the
 * README's retrieval benchmark). It builds the same snapshot SchemaCrawler does; a test compares
 * the two.
 */
final class PostgresBulkReader {

    private final Dialect dialect;
    private final Database project;
    private final Database snapshot = RelationalFactory.eINSTANCE.createDatabase();

    PostgresBulkReader(Dialect dialect, Database project) {
        this.dialect = dialect;
        this.project = project;
        snapshot.setName(project.getName());
        snapshot.setDriverId(project.getDriverId());
    }

    /**
     * Reads the {@code wanted} schemas in one read-only repeatable-read transaction, so that every
     * query sees the same catalog and the attribute numbers of one resolve in the others; of a
     * schema that is a key of {@code limited}, only the tables and views it names (and every
     * sequence), each query filtering by them in the same round trip ({@link CatalogQuery#read}).
     */
    Database read(Connection connection, List<SchemaRef> wanted, Map<SchemaRef, Set<String>> limited)
            throws SQLException {
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
        checkExist(connection, names, wanted);
        List<String> limitedSchemas = new ArrayList<>();
        List<String> limitedRelations = new ArrayList<>();
        limited.forEach((ref, read) -> {
            limitedSchemas.add(ref.schema());
            limitedRelations.add(""); // no relation has it: the schema is limited even when nothing of it is read
            for (String relation : read) {
                limitedSchemas.add(ref.schema());
                limitedRelations.add(relation);
            }
        });
        Array[] parameters = {connection.createArrayOf("text", limitedSchemas.toArray()),
                connection.createArrayOf("text", limitedRelations.toArray()), names};
        Map<Long, PgRelation> relations = new HashMap<>();
        RelationsQuery tablesAndViews = new RelationsQuery(schemas, relations);
        run(connection, parameters, tablesAndViews);
        tablesAndViews.addToSchemas();
        run(connection, parameters, new ColumnsQuery(dialect, relations));
        relations.values().forEach(PgRelation::addColumns);
        run(connection, parameters, new KeysQuery(relations, wanted.isEmpty() ? "" : wanted.get(0).catalog()));
        run(connection, parameters, new IndexesQuery(relations));
        SequencesQuery sequences = new SequencesQuery(schemas, relations);
        run(connection, parameters, sequences);
        sequences.addToSchemas();
        connection.commit();
        SequenceDefaults.link(snapshot);
        relations.values().forEach(PgRelation::addConstraintsAndIndexes);
        return snapshot;
    }

    private void checkExist(Connection connection, Array names, List<SchemaRef> wanted) throws SQLException {
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
    }

    /**
     * The relations of {@code wanted} (schemas that exist), each with the relations of its schema
     * it depends on ({@link #LIST}).
     */
    static Map<SchemaRef, SchemaListing> list(Connection connection, List<SchemaRef> wanted) throws SQLException {
        Map<String, Map<String, Set<String>>> bySchema = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(LIST)) {
            s.setArray(1, connection.createArrayOf("text", wanted.stream().map(SchemaRef::schema).distinct().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Array reads = rs.getArray(3);
                    bySchema.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                            reads == null ? Set.of() : Set.of((String[]) reads.getArray()));
                }
            }
        }
        Map<SchemaRef, SchemaListing> listings = new HashMap<>();
        for (SchemaRef ref : wanted) {
            listings.put(ref, new SchemaListing(bySchema.getOrDefault(ref.schema(), Map.of())));
        }
        return listings;
    }

    /**
     * The listing: the relations {@link RelationsQuery} reads, and what each depends on in its
     * schema: a view what its query reads (its rewrite rule's dependencies), a table the tables it
     * inherits from (a partition its partitioned table), whose columns it takes.
     */
    private static final String LIST = """
            SELECT n.nspname, c.relname,
                   CASE WHEN c.relkind IN ('v', 'm') THEN
                        ARRAY(SELECT DISTINCT rc.relname FROM pg_rewrite w
                              JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = w.oid
                                   AND d.refclassid = 'pg_class'::regclass
                              JOIN pg_class rc ON rc.oid = d.refobjid
                              WHERE w.ev_class = c.oid AND rc.oid <> c.oid AND rc.relnamespace = c.relnamespace)
                   ELSE ARRAY(SELECT p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
                              WHERE i.inhrelid = c.oid AND p.relnamespace = c.relnamespace) END
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ANY (?)
            """;

    private static void run(Connection connection, Array[] parameters, CatalogQuery query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setArray(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    query.row(rs);
                }
            }
        }
    }

    /**
     * Adds {@code elements} to {@code list} in Java's order of names, as the SchemaCrawler reader
     * has them; sorted before they are added, since sorting an EMF list moves its elements one by
     * one. They are distinct by construction: {@code addAll} would check each against all the
     * others, quadratic in a schema's tables and sequences.
     */
    static <T extends NamedElement> void addByName(EList<T> list, List<T> elements) {
        elements.sort(Comparator.comparing(NamedElement::getName));
        ((InternalEList<T>) list).addAllUnique(elements);
    }
}
