package org.relsync.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.model.io.ProjectFileException;
import org.relsync.model.io.ProjectLock;
import org.relsync.sync.SyncException;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.edit.EditException;

/**
 * The {@code relsync} command line, as plain Java: parses the arguments, runs one command and
 * turns every outcome into an {@link ExitCode}. Errors are one line on standard error, starting
 * with {@code relsync:}; no stack trace unless {@code RELSYNC_DEBUG} is set.
 */
public final class RelSyncCli {

    private final String version;
    private final CliContext cli;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** A command line that runs in {@code cli}'s working directory and environment, printing to its streams. */
    public RelSyncCli(String version, CliContext cli) {
        this.version = Objects.requireNonNull(version, "version");
        this.cli = Objects.requireNonNull(cli, "cli");
        this.out = cli.out();
        this.err = cli.err();
        Connections connections = cli.connections();
        CatalogSource databases = new DatabaseCatalogSource(connections);
        for (Command command : List.of(new InitCommand(), new InfoCommand(), new DemoCommand(databases, connections),
                new AddDbCommand(connections), new ReverseCommand(databases), new SyncCommand(databases),
                new DdlCommand(databases, connections), new ValidateCommand(), new SettingsCommand(), new SetSourceCommand(),
                new EntityCommand(), new FieldCommand(), new RelationCommand(), new UniqueCommand(), new TypedViewCommand(),
                new DatabaseCommand(connections), new TaskCommand())) {
            commands.put(command.name(), command);
        }
    }

    /** Runs outside OSGi, on a plain class path, in the process's own directory and environment. */
    public static void main(String[] args) {
        String version = RelSyncCli.class.getPackage().getImplementationVersion();
        System.exit(new RelSyncCli(version == null ? "dev" : version, CliContext.ofProcess()).run(args));
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        try {
            return ProjectLock.waiting(cli.lockWaiting(), () -> dispatch(Arrays.asList(args))).code();
        } catch (UsageException e) {
            fail(e.getMessage());
            err.println("Run 'relsync help' for usage.");
            return ExitCode.USAGE.code();
        } catch (PartlyDone e) {
            fail(e.getMessage());
            return ExitCode.PARTLY_DONE.code();
        } catch (Refusal e) {
            fail(e.getMessage());
            return ExitCode.PROBLEMS.code();
        } catch (CatalogException e) {
            fail("database error: " + e.getMessage());
            debug(e);
            return ExitCode.DATABASE.code();
        } catch (ProjectFileException e) {
            fail(e.getMessage());
            debug(e);
            return switch (e.problem()) {
                case BUSY, CHANGED -> ExitCode.CONFLICT.code();
                default -> ExitCode.USAGE.code();
            };
        } catch (EditException | SyncException e) {
            fail(e.getMessage());
            debug(e);
            return ExitCode.USAGE.code();
        } catch (RuntimeException | Error e) {
            fail("internal error: " + e + " (please report it; set RELSYNC_DEBUG=1 for details)");
            debug(e);
            return ExitCode.INTERNAL.code();
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The one line on standard error that says why a command failed. */
    private void fail(String message) {
        err.println("relsync: " + cli.shown(message));
    }

    private ExitCode dispatch(List<String> args) {
        if (args.isEmpty()) {
            printShortHelp(out);
            return ExitCode.OK;
        }
        String first = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (first) {
            case "--version", "-V", "version" -> {
                out.println("relsync " + version);
                return ExitCode.OK;
            }
            case "help", "--help", "-h" -> {
                return help(rest);
            }
            default -> {
                Command command = commands.get(first);
                if (command == null) {
                    throw new UsageException("unknown command '" + first + "'");
                }
                if (rest.contains("--help") || rest.contains("-h")) {
                    out.println("usage: relsync " + command.synopsis());
                    out.println("  " + command.summary());
                    return ExitCode.OK;
                }
                return command.run(rest, cli);
            }
        }
    }

    private ExitCode help(List<String> args) {
        if (args.isEmpty()) {
            printUsage(out);
            return ExitCode.OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            throw new UsageException("help: unknown command '" + args.get(0) + "'");
        }
        out.println("usage: relsync " + command.synopsis());
        out.println("  " + command.summary());
        return ExitCode.OK;
    }

    private void printShortHelp(PrintStream to) {
        to.println("relsync " + version + " - keeps an entity model and its databases in sync");
        to.println("usage: relsync <command> [arguments]");
        to.println("commands: " + String.join(", ", commands.keySet()));
        to.println("Run 'relsync help' for every command and the exit codes, 'relsync help COMMAND' for one.");
    }

    private void printUsage(PrintStream to) {
        to.println("relsync " + version + " - keeps an entity model and its databases in sync");
        to.println();
        to.println("usage: relsync <command> [arguments]");
        to.println();
        to.println("Commands:");
        for (Command command : commands.values()) {
            to.println("  " + command.name() + " - " + command.summary());
            to.println("      relsync " + command.synopsis());
        }
        to.println("  help [command] - show this help, or one command's");
        to.println("  --version - print the version");
        to.println();
        to.println("Exit codes: 0 ok, 1 problems found, 2 bad usage or bad input (nothing written),");
        to.println("            3 database error, 4 internal error, 5 another program is writing the project");
        to.println("            or wrote it meanwhile (nothing written; run the command again),");
        to.println("            6 a database was changed but the project could not be saved.");
    }

    private void debug(Throwable e) {
        if (cli.variable("RELSYNC_DEBUG") != null) {
            e.printStackTrace(err);
        }
    }
}
