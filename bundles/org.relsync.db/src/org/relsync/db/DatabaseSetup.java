package org.relsync.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectFactory;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.RelationalPackage;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.Elements;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.edit.EditException;
import org.relsync.sync.edit.ProjectEditor;

/**
 * Adds a database to a project with its "Sync with a database" task: connects once to learn the
 * catalog and check the schemas, so a wrong URL, password or schema is reported now, not at the
 * first sync. The password itself is never stored: only the name of its environment variable, and
 * a URL with credentials or settings outside {@link JdbcUrls}'s allow-list is refused.
 */
public final class DatabaseSetup {

    /** What {@code relsync add-db} asks for. */
    public record Spec(String id, String driver, String url, String user, String passwordVariable, List<String> schemas,
            SyncSource syncSource) {

        public Spec {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(driver, "driver");
            Objects.requireNonNull(url, "url");
            schemas = List.copyOf(schemas);
            Objects.requireNonNull(syncSource, "syncSource");
        }
    }

    private final Connections connections;

    public DatabaseSetup(Connections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    /** The task name of a database's sync task. */
    public static String taskName(String databaseId) {
        return "Sync with database " + databaseId;
    }

    /**
     * Adds the database described by {@code spec} to {@code project}.
     *
     * @throws EditException for bad input (a taken id, an unknown driver, a malformed URL)
     * @throws CatalogException when the database cannot be reached or lacks a schema
     */
    public Database add(Project project, Spec spec) {
        return add(project, spec, note -> { });
    }

    /**
     * As {@link #add(Project, Spec)}; schema names may be glob patterns ({@code sales*},
     * {@code hr_?}), each of which must match at least one schema; when no schema was asked for
     * and the default one has no table or view while others have, {@code notes} hears which.
     */
    public Database add(Project project, Spec spec, Consumer<String> notes) {
        if (spec.id().isBlank()) {
            throw new EditException("the database id must not be empty");
        }
        if (project.getDatabases().stream().anyMatch(d -> spec.id().equals(d.getName()))) {
            throw new EditException("the project already has a database named '" + spec.id() + "'");
        }
        DatabaseKind kind = DatabaseKinds.find(spec.driver()).orElseThrow(() -> new EditException(
                DatabaseKinds.unknown(spec.driver())));
        // the URL policy (no code-running settings, no credentials) before anything is made or connected
        Path folder = Connections.folderOf(project);
        JdbcUrls.check(spec.id(), kind, spec.url(), folder);
        SchemaLayout layout = kind.schemaLayout();
        Database database = RelationalFactory.eINSTANCE.createDatabase();
        database.setName(spec.id());
        database.setDriverId(kind.id());
        database.setUrl(spec.url());
        database.setUser(spec.user());
        database.setPasswordVariable(spec.passwordVariable());

        String catalogName;
        List<String> schemaNames = new ArrayList<>(spec.schemas());
        // may create an embedded file database: a model-first project starts from an empty one (its
        // relative path is the project file's folder's, as for every later connection)
        try (Connection connection = connections.open(database, Connections.Access.CREATE, folder)) {
            catalogName = layout.catalog(connection);
            List<String> existing = layout.schemas(connection);
            if (schemaNames.isEmpty()) {
                String defaultSchema = layout.defaultSchema(connection);
                schemaNames.add(defaultSchema);
                emptyDefaultNote(layout, connection, catalogName, defaultSchema, existing).ifPresent(notes);
            }
            schemaNames = expand(spec.id(), schemaNames, existing);
        } catch (SQLException e) {
            throw new CatalogException(spec.id() + ": " + Connections.reason(e), e);
        }
        Catalog catalog = RelationalFactory.eINSTANCE.createCatalog();
        catalog.setName(catalogName);
        database.getCatalogs().add(catalog);
        for (String name : schemaNames) {
            Schema schema = RelationalFactory.eINSTANCE.createSchema();
            schema.setName(name);
            schema.setSyncSource(spec.syncSource());
            catalog.getSchemas().add(schema);
        }
        database.setDefaultSchema(catalog.getSchemas().get(0));
        project.getDatabases().add(database);
        DatabaseSyncTask task = ProjectFactory.eINSTANCE.createDatabaseSyncTask();
        task.setName(taskName(spec.id()));
        task.setDatabase(database);
        project.getSyncTasks().add(0, task);
        return database;
    }

    /**
     * What {@code relsync database set} changes: each value {@code null} to keep it, an empty
     * string to remove it (user, password variable).
     */
    public record ConnectionChange(String url, String user, String passwordVariable) {
    }

    /**
     * A command that points database {@code id} of the editor's project at another URL, user or
     * password variable, after the URL policy and one connection with the new settings that
     * finds every schema the project has of it (so a wrong URL is reported now, not at the next sync).
     *
     * @throws EditException for bad input (an unknown id, a refused URL, nothing to change)
     * @throws CatalogException when the database cannot be reached or lacks a schema
     */
    public Command changeConnection(ProjectEditor editor, String id, ConnectionChange change) {
        Project project = editor.project();
        Database database = project.getDatabases().stream().filter(d -> id.equals(d.getName())).findFirst()
                .orElseThrow(() -> new EditException("no database named '" + id + "'; the databases are "
                        + project.getDatabases().stream().map(Database::getName).toList()));
        if (change.url() == null && change.user() == null && change.passwordVariable() == null) {
            throw new EditException("database " + id + ": nothing to change; give --url, --user or --password-env");
        }
        DatabaseKind kind = DatabaseKinds.find(database.getDriverId()).orElseThrow(() -> new EditException(
                "database " + id + ": " + DatabaseKinds.unknown(database.getDriverId())));
        Path folder = Connections.folderOf(project);
        Database probe = RelationalFactory.eINSTANCE.createDatabase();
        probe.setName(id);
        probe.setDriverId(kind.id());
        probe.setUrl(change.url() != null ? change.url() : database.getUrl());
        probe.setUser(change.user() != null ? emptyToNull(change.user()) : database.getUser());
        probe.setPasswordVariable(change.passwordVariable() != null ? emptyToNull(change.passwordVariable())
                : database.getPasswordVariable());
        JdbcUrls.check(id, kind, probe.getUrl(), folder);
        try (Connection connection = connections.open(probe, Connections.Access.EXISTING, folder)) {
            List<String> existing = kind.schemaLayout().schemas(connection);
            for (Schema schema : Elements.schemas(database)) {
                if (!existing.contains(schema.getName())) {
                    throw new CatalogException(id + ": schema '" + schema.getName() + "' does not exist there; the database has "
                            + existing);
                }
            }
        } catch (SQLException e) {
            throw new CatalogException(id + ": " + Connections.reason(e), e);
        }
        CompoundCommand compound = new CompoundCommand(
                "Change the connection of database " + id);
        EditingDomain domain = editor.domain();
        compound.append(SetCommand.create(domain, database,
                RelationalPackage.Literals.DATABASE__URL, probe.getUrl()));
        compound.append(SetCommand.create(domain, database,
                RelationalPackage.Literals.DATABASE__USER,
                probe.getUser() == null ? SetCommand.UNSET_VALUE : probe.getUser()));
        compound.append(SetCommand.create(domain, database,
                RelationalPackage.Literals.DATABASE__PASSWORD_VARIABLE,
                probe.getPasswordVariable() == null ? SetCommand.UNSET_VALUE
                        : probe.getPasswordVariable()));
        return compound;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** Schema names with glob patterns expanded against the schemas the database has, in the order given, each once. */
    static List<String> expand(String id, List<String> wanted, List<String> existing) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String name : wanted) {
            if (name.contains("*") || name.contains("?")) {
                Pattern glob = Pattern.compile(
                        Pattern.quote(name).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"));
                List<String> matched = existing.stream().filter(s -> glob.matcher(s).matches()).sorted().toList();
                if (matched.isEmpty()) {
                    throw new CatalogException(id + ": no schema matches '" + name + "'; the database has " + existing);
                }
                names.addAll(matched);
            } else if (existing.contains(name)) {
                names.add(name);
            } else {
                throw new CatalogException(id + ": schema '" + name + "' does not exist; the database has " + existing);
            }
        }
        return new ArrayList<>(names);
    }

    /** When the default schema has no table or view: which other schemas have some, as a hint for --schemas. */
    private static Optional<String> emptyDefaultNote(SchemaLayout layout, Connection connection, String catalog,
            String defaultSchema, List<String> existing) throws SQLException {
        if (layout.schemaless() || layout.hasTables(connection, catalog, defaultSchema)) {
            return Optional.empty();
        }
        List<String> others = new ArrayList<>();
        for (String schema : existing) {
            if (!schema.equals(defaultSchema) && !layout.systemSchema(schema) && layout.hasTables(connection, catalog, schema)) {
                others.add(schema);
            }
        }
        if (others.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the default schema " + defaultSchema + " has no table or view; " + others
                + (others.size() == 1 ? " has some" : " have some") + ": add-db --schemas " + String.join(",", others)
                + " (or a pattern such as '" + others.get(0).replaceAll("[_0-9].*$", "") + "*') reads "
                + (others.size() == 1 ? "it" : "them"));
    }
}
