package org.relsync.db.ddl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseKind;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.ddl.DdlScript.Mode;
import org.relsync.model.common.Element;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.sync.Elements;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.catalog.SchemaRef;
import org.relsync.sync.edit.EditException;

/**
 * DDL for a project's database: plans create and update scripts ({@link DdlPlanner}) against the
 * live database or, when it cannot be reached, the baseline of the last apply; applies them
 * ({@link DdlApplier}); and after a successful apply purges what the model marked for deletion
 * (SYNC-SPEC section 4) and records the new baseline. Plain Java: the CLI and the workbench both
 * use it, and neither touches the project file here.
 */
public final class DdlService {

    private final Connections connections;
    private final CatalogSource catalogSource;

    public DdlService(Connections connections, CatalogSource catalogSource) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.catalogSource = Objects.requireNonNull(catalogSource, "catalogSource");
    }

    /** The project's database named {@code id}, with a Model or Mixed schema for DDL to serve. */
    public static Database database(Project project, String id) {
        Database database = project.getDatabases().stream().filter(d -> id.equals(d.getName())).findFirst()
                .orElseThrow(() -> new EditException("no database named '" + id + "'"));
        if (DdlPlanner.managedSchemas(database).isEmpty()) {
            throw new EditException("database " + id + " has no schema whose sync source is Model or Mixed; "
                    + "DDL is written for those only (see 'relsync set-source')");
        }
        return database;
    }

    /** The kind of {@code database}. */
    public static DatabaseKind kind(Database database) {
        return DatabaseKinds.find(database.getDriverId()).orElseThrow(() -> new EditException(
                database.getName() + ": " + DatabaseKinds.unknown(database.getDriverId())));
    }

    /** The SQL writer of {@code database}'s kind. */
    public static SqlWriter writer(Database database) {
        return kind(database).sqlWriter();
    }

    /** A full script for an empty database; needs no connection. */
    public DdlScript create(Database database) {
        return new DdlPlanner(writer(database), DdlPlanner.NullCount.UNKNOWN).plan(database, null, Mode.CREATE, null);
    }

    /**
     * An update script: the live database's present state, or the baseline when the database
     * cannot be reached (then nulls are not counted and a NOT NULL change is flagged as a risk).
     *
     * @throws CatalogException when the database cannot be reached and there is no baseline
     */
    public DdlScript update(Database database) {
        return update(database, new BasicMonitor());
    }

    /** As {@link #update(Database)}, showing on {@code monitor} that the database is being read. */
    public DdlScript update(Database database, Monitor monitor) {
        DatabaseKind kind = kind(database);
        SqlWriter writer = kind.sqlWriter();
        Database present;
        try (Connection connection = connections.open(database)) {
            monitor.subTask("Reading " + database.getName());
            present = readPresent(database, kind, connection, monitor);
            monitor.subTask("Comparing " + database.getName() + " with the model");
            return new DdlPlanner(writer, nulls(connection, writer)).plan(database, present, Mode.UPDATE,
                    "the live database");
        } catch (SQLException | CatalogException e) {
            if (database.getBaseline() == null) {
                throw e instanceof CatalogException c ? c
                        : new CatalogException(database.getName() + ": " + Connections.reason(e), e);
            }
            String reason = e instanceof SQLException ? Connections.reason(e) : e.getMessage();
            return new DdlPlanner(writer, DdlPlanner.NullCount.UNKNOWN).plan(database, database.getBaseline(),
                    Mode.UPDATE, DdlScript.BASELINE + " (the database cannot be reached: " + reason + ")");
        }
    }

    /** The managed schemas that the database has, read through the catalog source. */
    private Database readPresent(Database database, DatabaseKind kind, Connection connection, Monitor monitor)
            throws SQLException {
        List<String> existing = kind.schemaLayout().schemas(connection);
        List<SchemaRef> refs = new ArrayList<>();
        for (Schema schema : DdlPlanner.managedSchemas(database)) {
            if (existing.contains(schema.getName())) {
                refs.add(new SchemaRef(((Catalog) schema.eContainer()).getName(), schema.getName()));
            }
        }
        return refs.isEmpty() ? RelationalFactory.eINSTANCE.createDatabase()
                : catalogSource.read(database, refs, monitor);
    }

    private static DdlPlanner.NullCount nulls(Connection connection, SqlWriter writer) {
        return (table, column) -> {
            String sql = "SELECT COUNT(*) FROM " + writer.qualified(table) + " WHERE " + writer.name(column.getName()) + " IS NULL";
            try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            } catch (SQLException e) {
                return -1;
            }
        };
    }

    /**
     * Runs {@code script} on the database. On success, purges the elements marked for deletion
     * from the model's Model and Mixed schemas and records the baseline; on failure the model is
     * left as it was.
     */
    public DdlApplier.Outcome apply(Database database, DdlScript script) {
        return apply(database, script, new BasicMonitor());
    }

    /** As {@link #apply(Database, DdlScript)}, counting the statements run on {@code monitor}. */
    public DdlApplier.Outcome apply(Database database, DdlScript script, Monitor monitor) {
        DatabaseKind kind = kind(database);
        DdlApplier.Outcome outcome;
        // a create script is written for an empty database and may create an embedded file
        // database (H2, SQLite) that is not there yet; an update script was computed against a
        // database's present state (or its baseline), and applying it to a new empty file would
        // make a partial database: that one must exist
        Connections.Access access = script.mode() == Mode.CREATE ? Connections.Access.CREATE : Connections.Access.EXISTING;
        try (Connection connection = connections.open(database, access)) {
            outcome = DdlApplier.apply(connection, script, kind, monitor);
        } catch (SQLException e) {
            throw new CatalogException(database.getName() + ": " + Connections.reason(e), e);
        }
        if (outcome.succeeded()) {
            purgeMarked(database);
            recordBaseline(database);
        }
        return outcome;
    }

    /** Removes every element marked for deletion in the database's Model and Mixed schemas, and every reference to it. */
    public static List<String> purgeMarked(Database database) {
        List<EObject> marked = marked(database);
        List<String> paths = marked.stream().map(Elements::fullPath).toList();
        if (!marked.isEmpty()) {
            EcoreUtil.deleteAll(marked, true);
        }
        return paths;
    }

    /** How many elements (not counting those inside a marked one) are marked for deletion in the Model and Mixed schemas. */
    public static int markedCount(Database database) {
        return marked(database).size();
    }

    private static List<EObject> marked(Database database) {
        List<EObject> marked = new ArrayList<>();
        for (Schema schema : DdlPlanner.managedSchemas(database)) {
            for (TreeIterator<EObject> it = schema.eAllContents(); it.hasNext();) {
                EObject e = it.next();
                if (e instanceof RelationalElement r && r.isMarkedForDeletion()) {
                    marked.add(e);
                    it.prune();
                }
            }
        }
        return marked;
    }

    /** Records the database's present relational model data as its baseline, each element's id derived from its model id. */
    public static void recordBaseline(Database database) {
        for (TreeIterator<EObject> it = database.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element e && e.getId() == null) {
                e.setId(EcoreUtil.generateUUID()); // a project not yet saved; the baseline pairs by id
            }
        }
        Database baseline = RelationalFactory.eINSTANCE.createDatabase();
        baseline.setName(database.getName());
        baseline.setDriverId(database.getDriverId());
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<Catalog> catalogs = new ArrayList<>();
        for (Catalog catalog : database.getCatalogs()) {
            catalogs.add((Catalog) copier.copy(catalog));
        }
        copier.copyReferences();
        for (Map.Entry<EObject, EObject> e : copier.entrySet()) {
            if (e.getKey() instanceof Element original && e.getValue() instanceof Element copy) {
                copy.setId(original.getId() == null ? null : Baseline.id(original.getId()));
            }
        }
        baseline.getCatalogs().addAll(catalogs);
        database.setBaseline(baseline);
    }
}
