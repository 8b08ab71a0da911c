package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.relsync.db.Connections;
import org.relsync.db.DatabaseSetup;
import org.relsync.model.Redaction;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.sync.Elements;

/**
 * {@code relsync database <project> list | set ID [--url URL] [--user U | --no-user]
 * [--password-env VAR | --no-password]}: a project's databases and their connections.
 */
final class DatabaseCommand implements Command {

    private final Connections connections;

    DatabaseCommand(Connections connections) {
        this.connections = connections;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public String synopsis() {
        return "database <file> list | set ID [--url JDBC] [--user U | --no-user] [--password-env VAR | --no-password]";
    }

    @Override
    public String summary() {
        return "list the databases with their connections, or point one at another URL, user or password variable "
                + "(connects once to check, like add-db)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext cli) {
        PrintStream out = cli.out();
        Arguments a = Arguments.parse(name(), args, Set.of("--url", "--user", "--password-env"),
                Set.of("--no-user", "--no-password"));
        Path file = cli.path(a.positional(0, "project file"));
        String action = a.positional(1, "action (list or set)");
        return switch (action) {
            case "list" -> {
                a.atMost(2);
                Project project = ProjectFiles.load(file);
                for (Database database : project.getDatabases()) {
                    out.println(database.getName() + " (" + database.getDriverId() + ") " + Redaction.redact(database.getUrl())
                            + (database.getUser() == null ? "" : " user " + database.getUser())
                            + (database.getPasswordVariable() == null ? "" : " password from $" + database.getPasswordVariable())
                            + "; schemas " + Elements.schemas(database).stream()
                                    .map(s -> s.getName() + " (" + s.getSyncSource().getLiteral() + ")").toList());
                }
                yield ExitCode.OK;
            }
            case "set" -> {
                String id = a.atMost(3).positional(2, "database id");
                if (a.has("--user") && a.has("--no-user") || a.has("--password-env") && a.has("--no-password")) {
                    throw new UsageException(name() + ": give a value or its --no- option, not both");
                }
                DatabaseSetup.ConnectionChange change = new DatabaseSetup.ConnectionChange(a.option("--url").orElse(null),
                        a.has("--no-user") ? "" : a.option("--user").orElse(null),
                        a.has("--no-password") ? "" : a.option("--password-env").orElse(null));
                yield Edits.apply(file, editor -> new DatabaseSetup(connections).changeConnection(editor, id,
                        change), "Database " + id + " now connects with the new settings (checked)", out);
            }
            default -> throw new UsageException(name() + ": unknown action '" + action + "' (list or set)");
        };
    }
}
