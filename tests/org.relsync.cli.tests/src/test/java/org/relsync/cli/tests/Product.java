package org.relsync.cli.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the repository's {@code ./relsync} script, i.e. the materialized product, as a user would:
 * a process of its own each time. For what only the product shows (OSGi class loading, the JDBC
 * drivers inside OSGi, start-up, the process's exit code, signals, limits, other processes); the
 * other tests run the same command line in-process ({@link Cli}).
 */
final class Product {

    private Product() {
    }

    /** Runs {@code relsync args...} in {@code workDir} and waits for it (at most two minutes). */
    static Result run(Path workDir, String... args) {
        return run(workDir, java.util.Map.of(), args);
    }

    /** A relsync process started in the background; {@link #await()} waits for its result. */
    static final class Running {
        private final Process process;
        private final Path out;
        private final Path err;

        private Running(Process process, Path out, Path err) {
            this.process = process;
            this.out = out;
            this.err = err;
        }

        /** Sends {@code signal} (TERM, INT, ...) to the product's JVM ({@code ./relsync} execs it). */
        void signal(String signal) {
            try {
                new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        boolean isAlive() {
            return process.isAlive();
        }

        /** What the process has written to standard output so far. */
        String outSoFar() {
            try {
                return Files.readString(out, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Result await() {
            try {
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("relsync did not finish in two minutes");
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Starts {@code relsync args...} in {@code workDir} without waiting for it. */
    static Running start(Path workDir, String... args) {
        return start(workDir, java.util.Map.of(), args);
    }

    private static Running start(Path workDir, java.util.Map<String, String> environment, String... args) {
        return start(workDir, environment, null, args);
    }

    /**
     * Starts {@code relsync args...} after the shell commands {@code setup} (a {@code ulimit}, say),
     * in the same process: the shell execs the script, which execs the JVM.
     */
    static Running start(Path workDir, java.util.Map<String, String> environment, String setup, String... args) {
        List<String> command = new ArrayList<>();
        command.add("bash");
        if (setup != null) {
            command.add("-c");
            command.add(setup + "; exec bash \"$0\" \"$@\"");
        }
        command.add(Cli.repo().resolve("relsync").toString());
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("relsync-out", ".txt");
            Path err = Files.createTempFile("relsync-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().remove("RELSYNC_REBUILD");
            builder.environment().remove("RELSYNC_DEBUG");
            builder.environment().putAll(environment);
            return new Running(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #run(Path, String...)}, with extra environment variables. */
    static Result run(Path workDir, java.util.Map<String, String> environment, String... args) {
        return start(workDir, environment, args).await();
    }

}
