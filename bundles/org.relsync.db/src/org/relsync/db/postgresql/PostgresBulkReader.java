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

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.relsync.db.SequenceDefaults;
import org.relsync.db.Snapshots;
import org.relsync.model.common.NamedElement;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.sync.catalog.CatalogException;
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
        checkExist(connection, names, wanted);
        Map<Long, PgRelation> relations = new HashMap<>();
        RelationsQuery tablesAndViews = new RelationsQuery(schemas, relations);
        run(connection, names, tablesAndViews);
        tablesAndViews.addToSchemas();
        run(connection, names, new ColumnsQuery(dialect, relations));
        relations.values().forEach(PgRelation::addColumns);
        run(connection, names, new KeysQuery(relations, wanted.isEmpty() ? "" : wanted.get(0).catalog()));
        run(connection, names, new IndexesQuery(relations));
        SequencesQuery sequences = new SequencesQuery(schemas, relations);
        run(connection, names, sequences);
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

    private static void run(Connection connection, Array schemas, CatalogQuery query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query.sql)) {
            statement.setArray(1, schemas);
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
