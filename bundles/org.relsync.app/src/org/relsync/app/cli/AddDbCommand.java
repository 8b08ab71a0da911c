package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.relsync.db.Connections;
import org.relsync.db.DatabaseSetup;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectLock;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.SyncSource;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relsync add-db <project> --id ID --driver D --url JDBC [...]}: adds a database and its sync task. */
@CommandLine.Command(name = "add-db",
        customSynopsis = "add-db <file> --id ID --driver h2|postgresql|mariadb|sqlite --url JDBC [--user U] [--password-env VAR] "
                + "[--schemas S1,S2|PATTERN*] [--sync-source Model|Database|Mixed]",
        description = "add a database with its \"Sync with a database\" task (connects once to check it; "
                + "the password is read from the environment variable, never stored)")
final class AddDbCommand implements Command {

    private final Connections connections;

    @Parameters(paramLabel = "<file>", description = "the project file")
    String file;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "the database's id in the project")
    String id;

    @Option(names = "--driver", required = true, paramLabel = "DRIVER", description = "h2, postgresql, mariadb or sqlite")
    String driver;

    @Option(names = "--url", required = true, paramLabel = "JDBC", description = "its JDBC URL (a relative H2 or SQLite path "
            + "is the project's folder's)")
    String url;

    @Option(names = "--user", paramLabel = "U", description = "the user to connect as")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", description = "the environment variable that holds the password")
    String passwordVariable;

    @Option(names = "--schemas", paramLabel = "S1,S2|PATTERN*", description = "the schemas to sync, by name or glob pattern "
            + "(default: the database's default schema)")
    String schemas;

    @Option(names = "--sync-source", paramLabel = "SOURCE", description = "what its schemas follow: Model, Database (the "
            + "default) or Mixed")
    String syncSource;

    AddDbCommand(Connections connections) {
        this.connections = connections;
    }

    @Override
    public ExitCode run(CliContext cli) {
        PrintStream out = cli.out();
        Path path = cli.path(file);
        SyncSource source = syncSource == null ? SyncSource.DATABASE : source(syncSource);
        List<String> schemaNames = schemas == null ? List.of() : Edits.list(schemas);
        Database database;
        List<String> notes = new ArrayList<>();
        try (ProjectLock lock = ProjectLock.acquire(path)) {
            Project project = ProjectFiles.load(path);
            database = new DatabaseSetup(connections).add(project,
                    new DatabaseSetup.Spec(id, driver, url, user, passwordVariable, schemaNames, source), notes::add);
            ProjectFiles.save(project, path);
        }
        out.println("Added database " + id + " (" + database.getDriverId() + ") with schemas "
                + database.getCatalogs().get(0).getSchemas().stream().map(s -> s.getName()).toList() + " following: "
                + source.getLiteral() + "; task \"" + DatabaseSetup.taskName(id) + "\"");
        notes.forEach(note -> out.println("Note: " + note));
        return ExitCode.OK;
    }

    private static SyncSource source(String value) {
        return SyncSource.VALUES.stream().filter(s -> s.getLiteral().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new UsageException("add-db: --sync-source is Model, Database or Mixed, not '" + value + "'"));
    }
}
