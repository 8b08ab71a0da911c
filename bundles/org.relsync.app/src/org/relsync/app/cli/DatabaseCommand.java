package org.relsync.app.cli;

import org.relsync.db.Connections;
import org.relsync.db.DatabaseSetup;
import org.relsync.model.Redaction;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.sync.Elements;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code relsync database <project> list | set ID [--url URL] [--user U | --no-user]
 * [--password-env VAR | --no-password]}: a project's databases and their connections.
 */
@CommandLine.Command(name = "database",
        customSynopsis = "database <file> list | set ID [--url JDBC] [--user U | --no-user] [--password-env VAR | --no-password]",
        description = "list the databases with their connections, or point one at another URL, user or password variable "
                + "(connects once to check, like add-db)",
        subcommands = {DatabaseCommand.ListAction.class, DatabaseCommand.Set.class})
final class DatabaseCommand extends ActionCommand {

    private final Connections connections;

    DatabaseCommand(Connections connections) {
        this.connections = connections;
    }

    @CommandLine.Command(name = "list", customSynopsis = "database <file> list",
            description = "list the databases with their connections (URLs redacted) and schemas")
    static final class ListAction implements Command {

        @ParentCommand
        DatabaseCommand databases;

        @Override
        public ExitCode run(CliContext cli) {
            Project project = ProjectFiles.load(cli.path(databases.file));
            for (Database database : project.getDatabases()) {
                cli.out().println(database.getName() + " (" + database.getDriverId() + ") " + Redaction.redact(database.getUrl())
                        + (database.getUser() == null ? "" : " user " + database.getUser())
                        + (database.getPasswordVariable() == null ? "" : " password from $" + database.getPasswordVariable())
                        + "; schemas " + Elements.schemas(database).stream()
                                .map(s -> s.getName() + " (" + s.getSyncSource().getLiteral() + ")").toList());
            }
            return ExitCode.OK;
        }
    }

    @CommandLine.Command(name = "set",
            customSynopsis = "database <file> set ID [--url JDBC] [--user U | --no-user] [--password-env VAR | --no-password]",
            description = "point a database at another URL, user or password variable, after one connection that finds "
                    + "every schema the project has of it")
    static final class Set implements Command {

        @ParentCommand
        DatabaseCommand databases;

        @Parameters(paramLabel = "ID", description = "the database")
        String id;

        @Option(names = "--url", paramLabel = "JDBC", description = "its new JDBC URL")
        String url;

        @Option(names = "--user", paramLabel = "U", description = "the user to connect as")
        String user;

        @Option(names = "--no-user", description = "connect without a user")
        boolean noUser;

        @Option(names = "--password-env", paramLabel = "VAR", description = "the environment variable that holds the password")
        String passwordVariable;

        @Option(names = "--no-password", description = "connect without a password")
        boolean noPassword;

        @Override
        public ExitCode run(CliContext cli) {
            if (user != null && noUser || passwordVariable != null && noPassword) {
                throw new UsageException("database: give a value or its --no- option, not both");
            }
            DatabaseSetup.ConnectionChange change = new DatabaseSetup.ConnectionChange(url, noUser ? "" : user,
                    noPassword ? "" : passwordVariable);
            return Edits.apply(cli, databases.file, editor -> new DatabaseSetup(databases.connections).changeConnection(editor,
                    id, change), "Database " + id + " now connects with the new settings (checked)");
        }
    }
}
