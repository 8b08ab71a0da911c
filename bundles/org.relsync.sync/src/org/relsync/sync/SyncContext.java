package org.relsync.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.Monitor;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectSettings;
import org.relsync.model.project.ProjectFactory;
import org.relsync.model.project.SyncTask;
import org.relsync.model.relational.Database;
import org.relsync.sync.dialect.Dialect;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeReport;

/** What the phases of one sync run share: the project, its settings, the report, and per-database helpers. */
public final class SyncContext {

    private final Project project;
    private final List<SyncTask> tasks;
    private final ChangeReport report;
    private final DialectRegistry dialects;
    private final Monitor monitor;
    private final ReadScope scope;
    private final ProjectSettings settings;
    private final Map<Database, DatabaseMappings> mappings = new HashMap<>();
    private final Map<Database, Naming> naming = new HashMap<>();

    SyncContext(Project project, List<SyncTask> tasks, ChangeReport report, DialectRegistry dialects, Monitor monitor,
            ReadScope scope) {
        this.project = Objects.requireNonNull(project, "project");
        this.tasks = List.copyOf(tasks);
        this.report = Objects.requireNonNull(report, "report");
        this.dialects = Objects.requireNonNull(dialects, "dialects");
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.settings = project.getSettings() != null ? project.getSettings()
                : ProjectFactory.eINSTANCE.createProjectSettings();
    }

    public Project project() {
        return project;
    }

    /** The tasks of this run, in project order. */
    public List<SyncTask> tasks() {
        return tasks;
    }

    public ChangeReport report() {
        return report;
    }

    public Monitor monitor() {
        return monitor;
    }

    /** Which schemas the database tasks read again. */
    public ReadScope scope() {
        return scope;
    }

    /** The project's settings (the spec's defaults when the project has none). */
    public ProjectSettings settings() {
        return settings;
    }

    public Dialect dialect(Database database) {
        return dialects.forDriver(database.getDriverId());
    }

    /** The database's naming rules: its own override, else the project's, else the defaults. */
    public Naming naming(Database database) {
        return naming.computeIfAbsent(database, db -> Naming.of(project, db, dialects));
    }

    public DatabaseMappings mappings(Database database) {
        return mappings.computeIfAbsent(database, db -> DatabaseMappings.of(project, db));
    }
}
