package org.relsync.db;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectLock;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.edit.EditException;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.reverse.ReverseEngineer;
import org.relsync.sync.validation.Validation;

/**
 * Reverse engineering of a project's database, for the command line and the workbench alike: read
 * the database with its sync task, create entities, relationships and typed views for what no
 * element maps yet, and end the report with the project's validation.
 */
public final class ProjectReverse {

    private final CatalogSource catalogSource;

    public ProjectReverse(CatalogSource catalogSource) {
        this.catalogSource = Objects.requireNonNull(catalogSource, "catalogSource");
    }

    /** Reverses database {@code id} of the project in {@code file} (the given schemas, or all), under the file's lock, and saves it. */
    public ChangeReport reverse(Path file, String id, List<String> schemas, Monitor monitor) {
        try (ProjectLock lock = ProjectLock.acquire(file)) {
            monitor.subTask("Loading " + file.getFileName());
            Project project = ProjectFiles.load(file);
            ChangeReport report = reverse(project, id, schemas, monitor);
            monitor.subTask("Saving " + file.getFileName());
            ProjectFiles.save(project, file);
            return report;
        }
    }

    /** Reads database {@code id} with its task, then reverses the given (or all its) schemas, in memory. */
    public ChangeReport reverse(Project project, String id, List<String> schemas) {
        return reverse(project, id, schemas, new BasicMonitor());
    }

    private ChangeReport reverse(Project project, String id, List<String> schemas, Monitor monitor) {
        Database database = project.getDatabases().stream().filter(d -> id.equals(d.getName())).findFirst()
                .orElseThrow(() -> new EditException("no database named '" + id + "'"));
        String task = DatabaseSetup.taskName(id);
        if (project.getSyncTasks().stream().noneMatch(t -> task.equals(t.getName()))) {
            throw new EditException("database " + id + " has no task \"" + task + "\" to read it with");
        }
        for (String schema : schemas) {
            if (Elements.schemas(database).stream().noneMatch(s -> schema.equals(s.getName()))) {
                throw new EditException("database " + id + " has no schema named '" + schema + "'");
            }
        }
        SyncEngine engine = SyncEngine.builder().catalogSource(catalogSource).dialects(DatabaseKinds.dialects()).build();
        ChangeReport report = engine.run(project, SyncOptions.builder().task(task).validate(false).monitor(monitor).build())
                .report();
        Naming naming = Naming.of(project, database, DatabaseKinds.dialects());
        new ReverseEngineer(project, database, naming, report)
                .reverse(schema -> schemas.isEmpty() || schemas.contains(schema.getName()), monitor);
        monitor.subTask("Validating");
        Validation.appendTo(report, project, DatabaseKinds.dialects()); // the problems of the model as reversed
        return report;
    }
}
