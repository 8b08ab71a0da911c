package org.relsync.app.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.model.io.ProjectFileException;
import org.relsync.model.io.ProjectLock;
import org.relsync.sync.SyncException;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.edit.EditException;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code relsync} command line, as plain Java: parses the arguments (picocli, one annotated
 * class a command), runs one command and turns every outcome into an {@link ExitCode}. Errors are
 * one line on standard error, starting with {@code relsync:}; no stack trace unless
 * {@code RELSYNC_DEBUG} is set.
 */
public final class RelSyncCli {

    private final String version;
    private final CliContext cli;
    private final PrintStream out;
    private final PrintStream err;
    /**
     * Every command by its name, made when it is needed: a command line pays for picocli's model
     * of the one command it runs (and for database access only when that needs it), not of all.
     */
    private final Map<String, Supplier<Command>> commands = new LinkedHashMap<>();
    private Connections connections;
    private CatalogSource databases;
    /** The command being run, for the hint after a usage error. */
    private String current;

    /** A command line that runs in {@code cli}'s working directory and environment, printing to its streams. */
    public RelSyncCli(String version, CliContext cli) {
        this.version = Objects.requireNonNull(version, "version");
        this.cli = Objects.requireNonNull(cli, "cli");
        this.out = cli.out();
        this.err = cli.err();
        add(InitCommand.class, InitCommand::new);
        add(InfoCommand.class, InfoCommand::new);
        add(DemoCommand.class, () -> new DemoCommand(databases(), connections()));
        add(AddDbCommand.class, () -> new AddDbCommand(connections()));
        add(ReverseCommand.class, () -> new ReverseCommand(databases()));
        add(SyncCommand.class, () -> new SyncCommand(databases()));
        add(DdlCommand.class, () -> new DdlCommand(databases(), connections()));
        add(ValidateCommand.class, ValidateCommand::new);
        add(SettingsCommand.class, SettingsCommand::new);
        add(SetSourceCommand.class, SetSourceCommand::new);
        add(EntityCommand.class, EntityCommand::new);
        add(FieldCommand.class, FieldCommand::new);
        add(RelationCommand.class, RelationCommand::new);
        add(UniqueCommand.class, UniqueCommand::new);
        add(TypedViewCommand.class, TypedViewCommand::new);
        add(DatabaseCommand.class, () -> new DatabaseCommand(connections()));
        add(TaskCommand.class, TaskCommand::new);
        add(DiagramCommand.class, DiagramCommand::new);
        add(WatchCommand.class, () -> new WatchCommand(connections()));
        add(EventsCommand.class, EventsCommand::new);
        add(CompletionCommand.class, () -> new CompletionCommand(() -> relsync(commands.keySet())));
    }

    private void add(Class<? extends Command> type, Supplier<Command> command) {
        commands.put(type.getAnnotation(CommandLine.Command.class).name(), command);
    }

    private Connections connections() {
        if (connections == null) {
            connections = cli.connections();
        }
        return connections;
    }

    private CatalogSource databases() {
        if (databases == null) {
            databases = new DatabaseCatalogSource(connections());
        }
        return databases;
    }

    /** {@code relsync} with the commands {@code names} under it, for parsing, help and completion. */
    private CommandLine relsync(Collection<String> names) {
        CommandLine relsync = new CommandLine(CommandSpec.create().name("relsync"));
        names.forEach(name -> relsync.addSubcommand(commands.get(name).get()));
        Usage.configure(relsync);
        return relsync;
    }

    /** Runs outside OSGi, on a plain class path, in the process's own directory and environment. */
    public static void main(String[] args) {
        String version = RelSyncCli.class.getPackage().getImplementationVersion();
        System.exit(new RelSyncCli(version == null ? "dev" : version, CliContext.ofProcess()).run(args));
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        current = null;
        try {
            return ProjectLock.waiting(cli.lockWaiting(), () -> dispatch(Arrays.asList(args))).code();
        } catch (UsageException e) {
            fail(e.getMessage());
            err.println("Run 'relsync help" + (current == null ? "" : " " + current) + "' for usage.");
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
        switch (first) {
            case "--version", "-V", "version" -> {
                out.println("relsync " + version);
                return ExitCode.OK;
            }
            case "help", "--help", "-h" -> {
                return help(args.subList(1, args.size()));
            }
            default -> {
                if (!commands.containsKey(first)) {
                    throw new UsageException("unknown command '" + first + "'");
                }
                current = first;
                ParseResult parsed;
                try {
                    parsed = relsync(List.of(first)).parseArgs(args.toArray(String[]::new)).subcommand();
                } catch (ParameterException e) {
                    throw new UsageException(Usage.error(first, e, args));
                }
                boolean help = false;
                ParseResult last = parsed; // the command, then its action, if any
                for (ParseResult r = parsed; r != null; r = r.subcommand()) {
                    help |= r.isUsageHelpRequested();
                    last = r;
                }
                if (help) {
                    out.print(last.commandSpec().commandLine().getUsageMessage());
                    return ExitCode.OK;
                }
                return ((Command) last.commandSpec().userObject()).run(cli);
            }
        }
    }

    /** {@code relsync help [COMMAND [ACTION]]}: every command and the exit codes, or one command's (or action's) usage. */
    private ExitCode help(List<String> words) {
        if (words.isEmpty()) {
            printUsage(out);
            return ExitCode.OK;
        }
        if (!commands.containsKey(words.get(0))) {
            throw new UsageException("help: unknown command '" + String.join(" ", words) + "'");
        }
        CommandLine line = relsync(List.of(words.get(0)));
        for (String word : words) {
            line = line.getSubcommands().get(word);
            if (line == null) {
                throw new UsageException("help: unknown command '" + String.join(" ", words) + "'");
            }
        }
        out.print(line.getUsageMessage());
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
        relsync(commands.keySet()).getSubcommands().forEach((name, command) -> {
            to.println("  " + name + " - " + Usage.summary(command));
            to.println("      relsync " + Usage.synopsis(command));
        });
        to.println("  help [command [action]] - show this help, or one command's (also: relsync COMMAND --help)");
        to.println("  --version - print the version");
        to.println();
        to.println("Exit codes: 0 ok, 1 problems found, 2 bad usage or bad input (nothing written),");
        to.println("            3 database error, 4 internal error, 5 another program is writing the project");
        to.println("            or wrote it meanwhile (nothing written; run the command again),");
        to.println("            6 a database was changed but the project could not be saved;");
        to.println("            relsync events: 7 refused (no or wrong token), 8 unreachable or disconnected");
        to.println("            (stderr says the --since to resume from), 9 reload the project (events no longer kept).");
    }

    private void debug(Throwable e) {
        if (cli.variable("RELSYNC_DEBUG") != null) {
            e.printStackTrace(err);
        }
    }
}
