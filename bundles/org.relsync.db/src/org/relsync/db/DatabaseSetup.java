package org.relsync.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectFactory;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.edit.EditException;

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
        if (spec.id().isBlank()) {
            throw new EditException("the database id must not be empty");
        }
        if (project.getDatabases().stream().anyMatch(d -> spec.id().equals(d.getName()))) {
            throw new EditException("the project already has a database named '" + spec.id() + "'");
        }
        DriverInfo driver = DriverInfo.find(spec.driver()).orElseThrow(() -> new EditException(
                "unknown driver '" + spec.driver() + "'; one of " + DriverInfo.ids()));
        // the URL policy (no code-running settings, no credentials) before anything is made or connected
        java.nio.file.Path folder = Connections.folderOf(project);
        JdbcUrls.check(spec.id(), driver, spec.url(), folder);
        Database database = RelationalFactory.eINSTANCE.createDatabase();
        database.setName(spec.id());
        database.setDriverId(driver.id());
        database.setUrl(spec.url());
        database.setUser(spec.user());
        database.setPasswordVariable(spec.passwordVariable());

        String catalogName;
        List<String> schemaNames = new ArrayList<>(spec.schemas());
        // may create an embedded file database: a model-first project starts from an empty one (its
        // relative path is the project file's folder's, as for every later connection)
        try (Connection connection = connections.open(database, Connections.Access.CREATE, folder)) {
            catalogName = catalogOf(driver, connection);
            List<String> existing = schemasOf(driver, connection);
            if (schemaNames.isEmpty()) {
                schemaNames.add(defaultSchema(driver, connection));
            }
            for (String name : schemaNames) {
                if (existing.stream().noneMatch(name::equals)) {
                    throw new CatalogException(spec.id() + ": schema '" + name + "' does not exist; the database has "
                            + existing);
                }
            }
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

    /** MariaDB's and SQLite's databases have no catalog level in RelSync's model: their schema is the database. */
    private static String catalogOf(DriverInfo driver, Connection connection) throws SQLException {
        if (driver.id().equals("mariadb") || driver.id().equals("sqlite")) {
            return "";
        }
        String catalog = connection.getCatalog();
        return catalog == null ? "" : catalog;
    }

    private static String defaultSchema(DriverInfo driver, Connection connection) throws SQLException {
        if (driver.id().equals("mariadb")) {
            return connection.getCatalog();
        }
        if (driver.id().equals("sqlite")) {
            return "main";
        }
        String schema = connection.getSchema();
        return schema == null ? "" : schema;
    }

    /** The schemas the connected database has (for MariaDB its databases, for SQLite {@code main}). */
    public static List<String> schemasOf(DriverInfo driver, Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        if (driver.id().equals("sqlite")) {
            names.add("main");
            return names;
        }
        if (driver.id().equals("mariadb")) {
            try (ResultSet rs = connection.getMetaData().getCatalogs()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
        try (ResultSet rs = connection.getMetaData().getSchemas()) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_SCHEM"));
            }
        }
        return names;
    }
}
