package org.relsync.live.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.relsync.app.cli.CliContext;
import org.relsync.app.cli.RelSyncCli;

/** Runs a {@code relsync} command line in this JVM, as the CLI tests do, with output readable while it runs. */
final class Cli {

    /** A command line's output so far, and its exit code once it ended (null before). */
    static final class Run {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        volatile Integer exitCode;
        Thread thread;

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out() + "--- err\n" + err();
        }
    }

    private Cli() {
    }

    /** Runs {@code relsync args...} in {@code workDir} and returns when it ended. */
    static Run run(Path workDir, String... args) {
        return run(workDir, Map.of(), args);
    }

    /** Runs {@code relsync args...} in {@code workDir} with {@code environment} added to this process's. */
    static Run run(Path workDir, Map<String, String> environment, String... args) {
        Run run = new Run();
        execute(run, workDir, environment, args);
        return run;
    }

    /** Starts {@code relsync args...} in {@code workDir} on a thread of its own. */
    static Run start(Path workDir, String... args) {
        return start(workDir, Map.of(), args);
    }

    /** Starts {@code relsync args...} in {@code workDir}, with {@code environment} added, on a thread of its own. */
    static Run start(Path workDir, Map<String, String> environment, String... args) {
        Run run = new Run();
        run.thread = new Thread(() -> execute(run, workDir, environment, args), "relsync");
        run.thread.start();
        return run;
    }

    private static void execute(Run run, Path workDir, Map<String, String> environment, String... args) {
        Map<String, String> variables = new HashMap<>(System.getenv());
        variables.remove("RELSYNC_DEBUG");
        variables.putAll(environment);
        try (PrintStream o = new PrintStream(run.out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(run.err, true, StandardCharsets.UTF_8)) {
            run.exitCode = new RelSyncCli("in-process", new CliContext(workDir, variables, o, e, false)).run(args);
        }
    }
}
