package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.relsync.db.Connections;
import org.relsync.model.io.ProjectLock;

/**
 * Where one {@code relsync} command line runs: the working directory that relative paths in its
 * arguments resolve against, the environment it reads (password variables, {@code RELSYNC_*}),
 * and its standard output and error. The product runs in its process's own ({@link #ofProcess()});
 * the tests run commands in their JVM, each in a folder and with variables of its own.
 * <p>
 * A path named on the command line is shown as it was given, in the output and in error messages
 * alike ({@link #shown(String)}), wherever it was resolved.
 */
public final class CliContext {

    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean errIsTerminal;
    /** Each path resolved from an argument, as a string, with the argument that named it. */
    private final Map<String, String> given = new LinkedHashMap<>();

    /**
     * @param workingDirectory what relative paths resolve against
     * @param environment      the variables the command reads: password variables, {@code RELSYNC_DEBUG},
     *                         {@code RELSYNC_LOCK_TIMEOUT}
     * @param errIsTerminal    whether {@code err} reaches a person, who is then shown the progress of long commands
     */
    public CliContext(Path workingDirectory, Map<String, String> environment, PrintStream out, PrintStream err,
            boolean errIsTerminal) {
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
        this.environment = Map.copyOf(environment);
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.errIsTerminal = errIsTerminal;
    }

    /** The process's own: its current directory, its environment, {@code System.out} and {@code System.err}. */
    public static CliContext ofProcess() {
        Map<String, String> environment = System.getenv();
        // the empty path: relative paths stay relative, and the operating system resolves them
        return new CliContext(Path.of(""), environment, System.out, System.err,
                TerminalProgress.isTerminal(environment.get("TERM")));
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    boolean errIsTerminal() {
        return errIsTerminal;
    }

    /** The value of environment variable {@code name}, or {@code null}. */
    String variable(String name) {
        return environment.get(name);
    }

    /** Connections that read passwords from this environment. */
    Connections connections() {
        return new Connections(environment::get);
    }

    /** How long a command waits for a project another program is writing ({@code RELSYNC_LOCK_TIMEOUT}), and what it says meanwhile. */
    ProjectLock.Waiting lockWaiting() {
        Duration limit = ProjectLock.waitLimit(variable("RELSYNC_LOCK_TIMEOUT"));
        return new ProjectLock.Waiting(limit, file -> {
            err.println("relsync: waiting for another program to finish writing " + shown(file.toString()) + " ...");
            err.flush();
        });
    }

    /** The path an argument names, resolved against the working directory; messages show it as given. */
    Path path(String argument) {
        Path resolved = workingDirectory.resolve(argument);
        if (!resolved.toString().equals(argument)) {
            given.put(resolved.toString(), argument);
        }
        return resolved;
    }

    /** The absolute path an argument names, shown as such (the demo says where it builds). */
    Path absolutePath(String argument) {
        return workingDirectory.resolve(argument).toAbsolutePath();
    }

    /** {@code text} with each path resolved from an argument written as the argument was. */
    String shown(String text) {
        String shown = text;
        for (String resolved : given.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            shown = shown.replace(resolved, given.get(resolved));
        }
        return shown;
    }
}
