package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.relsync.db.Connections;
import org.relsync.db.DatabaseSetup;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectLock;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.SyncSource;

/** {@code relsync add-db <project> --id ID --driver D --url JDBC [...]}: adds a database and its sync task. */
final class AddDbCommand implements Command {

    private final Connections connections;

    AddDbCommand(Connections connections) {
        this.connections = connections;
    }

    @Override
    public String name() {
        return "add-db";
    }

    @Override
    public String synopsis() {
        return "add-db <file> --id ID --driver h2|postgresql|mariadb|sqlite --url JDBC [--user U] [--password-env VAR] "
                + "[--schemas S1,S2|PATTERN*] [--sync-source Model|Database|Mixed]";
    }

    @Override
    public String summary() {
        return "add a database with its \"Sync with a database\" task (connects once to check it; "
                + "the password is read from the environment variable, never stored)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext cli) {
        PrintStream out = cli.out();
        Arguments a = Arguments.parse(name(), args,
                Set.of("--id", "--driver", "--url", "--user", "--password-env", "--schemas", "--sync-source"), Set.of())
                .atMost(1);
        Path file = cli.path(a.positional(0, "project file"));
        String id = required(a, "--id");
        String driver = required(a, "--driver");
        String url = required(a, "--url");
        SyncSource source = a.option("--sync-source").map(this::source).orElse(SyncSource.DATABASE);
        List<String> schemas = a.option("--schemas").map(Edits::list).orElse(List.of());
        Database database;
        List<String> notes = new java.util.ArrayList<>();
        try (ProjectLock lock = ProjectLock.acquire(file)) {
            Project project = ProjectFiles.load(file);
            database = new DatabaseSetup(connections).add(project,
                    new DatabaseSetup.Spec(id, driver, url, a.option("--user").orElse(null),
                            a.option("--password-env").orElse(null), schemas, source), notes::add);
            ProjectFiles.save(project, file);
        }
        out.println("Added database " + id + " (" + database.getDriverId() + ") with schemas "
                + database.getCatalogs().get(0).getSchemas().stream().map(s -> s.getName()).toList() + " following: "
                + source.getLiteral() + "; task \"" + DatabaseSetup.taskName(id) + "\"");
        notes.forEach(note -> out.println("Note: " + note));
        return ExitCode.OK;
    }

    private String required(Arguments a, String option) {
        return a.option(option).orElseThrow(() -> new UsageException(name() + ": " + option + " is required"));
    }

    private SyncSource source(String value) {
        return SyncSource.VALUES.stream().filter(s -> s.getLiteral().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new UsageException(name() + ": --sync-source is Model, Database or Mixed, not '" + value + "'"));
    }
}
