package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.relsync.db.DatabaseSetup;
import org.relsync.db.DriverInfo;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectLock;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.edit.EditException;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.report.ReportWriter;
import org.relsync.sync.reverse.ReverseEngineer;
import org.relsync.sync.validation.Validation;

/**
 * {@code relsync reverse <project> --db ID [--schemas S1,S2]}: reads the database (its sync task),
 * then makes entities, relationships and typed views for what no entity maps yet.
 */
final class ReverseCommand implements Command {

    private final CatalogSource catalogSource;

    ReverseCommand(CatalogSource catalogSource) {
        this.catalogSource = catalogSource;
    }

    @Override
    public String name() {
        return "reverse";
    }

    @Override
    public String synopsis() {
        return "reverse <file> --db ID [--schemas S1,S2]";
    }

    @Override
    public String summary() {
        return "read a database and create mapped entities, relationships and typed views for its unmapped tables and views";
    }

    @Override
    public ExitCode run(List<String> args, PrintStream out) {
        Arguments a = Arguments.parse(name(), args, Set.of("--db", "--schemas"), Set.of()).atMost(1);
        Path file = Path.of(a.positional(0, "project file"));
        String id = a.option("--db").orElseThrow(() -> new UsageException(name() + ": --db ID is required"));
        List<String> schemas = a.option("--schemas").map(Edits::list).orElse(List.of());
        ChangeReport report;
        try (ProjectLock lock = ProjectLock.acquire(file)) {
            Project project = ProjectFiles.load(file);
            report = reverse(project, id, schemas, catalogSource);
            ProjectFiles.save(project, file);
        }
        out.print(ReportWriter.text(report));
        return report.count(Severity.ERROR) > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    /** Reads database {@code id} with its task, then reverses the given (or all its) schemas. */
    static ChangeReport reverse(Project project, String id, List<String> schemas, CatalogSource source) {
        Database database = project.getDatabases().stream().filter(d -> id.equals(d.getName())).findFirst()
                .orElseThrow(() -> new EditException("no database named '" + id + "'"));
        String task = DatabaseSetup.taskName(id);
        if (project.getSyncTasks().stream().noneMatch(t -> task.equals(t.getName()))) {
            throw new EditException("database " + id + " has no task \"" + task + "\" to read it with");
        }
        for (String schema : schemas) {
            if (database.getCatalogs().stream().flatMap(c -> c.getSchemas().stream()).noneMatch(s -> schema.equals(s.getName()))) {
                throw new EditException("database " + id + " has no schema named '" + schema + "'");
            }
        }
        SyncEngine engine = SyncEngine.builder().catalogSource(source).dialects(DriverInfo.dialects()).build();
        ChangeReport report = engine.run(project, SyncOptions.builder().task(task).validate(false).build()).report();
        Naming naming = Naming.of(project, database, DriverInfo.dialects());
        new ReverseEngineer(project, database, naming, report)
                .reverse(schema -> schemas.isEmpty() || schemas.contains(schema.getName()));
        Validation.appendTo(report, project, DriverInfo.dialects()); // the problems of the model as reversed
        return report;
    }
}
