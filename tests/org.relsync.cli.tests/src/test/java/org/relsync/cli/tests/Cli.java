package org.relsync.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.relsync.app.cli.CliContext;
import org.relsync.app.cli.RelSyncCli;

/**
 * Runs a {@code relsync} command line in this JVM, through the plain runner the product's
 * application hands its arguments to ({@link RelSyncCli}): in a working directory and with
 * environment variables of the test's choosing, on the same files and the same real databases,
 * with the same output and exit code, in milliseconds instead of a process start.
 */
final class Cli {

    private Cli() {
    }

    /** The repository's root folder. */
    static Path repo() {
        return Path.of(System.getProperty("relsync.repo", "../..")).toAbsolutePath().normalize();
    }

    /** Runs {@code relsync args...} in {@code workDir}. */
    static Result run(Path workDir, String... args) {
        return run(workDir, Map.of(), args);
    }

    /** Runs {@code relsync args...} in {@code workDir}, with {@code environment} added to this process's. */
    static Result run(Path workDir, Map<String, String> environment, String... args) {
        Map<String, String> variables = new HashMap<>(System.getenv());
        variables.remove("RELSYNC_DEBUG"); // as for the product: no stack traces in what the tests read
        variables.putAll(environment);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exitCode = new RelSyncCli("in-process", new CliContext(workDir, variables, o, e, false)).run(args);
            return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** A command line running in a thread of its own; {@link #await()} waits for its result. */
    record Running(CompletableFuture<Result> result) {

        Result await() {
            try {
                return result.get(2, TimeUnit.MINUTES);
            } catch (TimeoutException e) {
                throw new AssertionError("relsync did not finish in two minutes", e);
            } catch (ExecutionException e) {
                throw new AssertionError("relsync threw", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Starts {@code relsync args...} in {@code workDir} in another thread, without waiting for it. */
    static Running start(Path workDir, String... args) {
        return new Running(CompletableFuture.supplyAsync(() -> run(workDir, args), task -> new Thread(task, "relsync").start()));
    }
}
