package org.relsync.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The user's figures (issue 10): each step of a database-first session run through the real
 * product ({@code ./relsync}, a JVM and Equinox per command, as a user runs it) on a generated
 * PostgreSQL schema, timed as a whole process with its peak RSS ({@code /usr/bin/time}), next to
 * the JDBC floor of the same run (one catalog query per kind, in a fresh JVM) and the product's
 * bare start ({@code --version}).
 * <p>
 * {@code ./benchmark cli [TABLES]} (default 5000); {@code RELSYNC_BENCH_JFR=DIR} records each step
 * with Java Flight Recorder into {@code DIR}; {@code RELSYNC_BENCH_KEEP=1} keeps the project and
 * each step's output.
 */
public final class CliBenchmark {

    private record Step(String what, List<String> args) {
    }

    record Measured(double seconds, long rssMb, String lastLine) {
    }

    private static int recordings;

    private CliBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path repo = Path.of(System.getProperty("relsync.repo", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("relsync-cli-benchmark");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            SchemaGenerator.Stats stats = SchemaGenerator.generate(server, "bench", tables);
            String url = server.getJdbcUrl("postgres", "bench");
            System.out.printf("RelSync CLI benchmark: %d tables, %d columns, %d foreign keys; PostgreSQL %s (embedded); %d cores%n",
                    tables, stats.columns(), stats.foreignKeys(), RetrievalBenchmark.version(server),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("%-34s %9s %12s  %s%n", "step", "wall s", "peak RSS MB", "last line of its output");
            Probe.Result floor = RetrievalBenchmark.fork("floor", url);
            System.out.printf("%-34s %9.2f %12d  %s%n", "JDBC floor (fresh JVM)", floor.millis() / 1000.0, floor.rssMb(),
                    "one catalog query per kind");
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("relsync --version (start-up)", List.of("--version")));
            steps.add(new Step("init", List.of("init", "bench.relsync")));
            steps.add(new Step("add-db (connects once)", List.of("add-db", "bench.relsync", "--id", "bench", "--driver",
                    "postgresql", "--url", url, "--schemas", "public", "--sync-source", "Database")));
            steps.add(new Step("sync, first (reads every table)", List.of("sync", "bench.relsync", "--no-backup")));
            steps.add(new Step("sync, no change", List.of("sync", "bench.relsync", "--no-backup")));
            steps.add(new Step("reverse", List.of("reverse", "bench.relsync", "--db", "bench")));
            steps.add(new Step("sync after reverse", List.of("sync", "bench.relsync", "--no-backup")));
            steps.add(new Step("sync, no change, mapped", List.of("sync", "bench.relsync", "--no-backup")));
            steps.add(new Step("validate", List.of("validate", "bench.relsync")));
            steps.add(new Step("info", List.of("info", "bench.relsync")));
            for (Step step : steps) {
                Measured m = run(repo, work, step.args());
                System.out.printf("%-34s %9.2f %12d  %s%n", step.what(), m.seconds(), m.rssMb(), m.lastLine());
            }
            System.out.printf("project file: %.1f MB; JVM options: %s%n", Files.size(work.resolve("bench.relsync")) / 1e6,
                    System.getenv().getOrDefault("RELSYNC_JAVA_OPTS", "(the script's)"));
        } finally {
            if (System.getenv("RELSYNC_BENCH_KEEP") != null) {
                System.out.println("kept: " + work + " (each step's output in out*.txt)");
                return;
            }
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Runs {@code ./relsync args} in {@code work} under {@code /usr/bin/time}; its wall time, peak RSS and last output line. */
    static Measured run(Path repo, Path work, List<String> args) throws IOException, InterruptedException {
        Path timing = Files.createTempFile(work, "time", ".txt");
        Path output = Files.createTempFile(work, "out", ".txt");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-o", timing.toString(), "-f", "%e %M", "bash",
                repo.resolve("relsync").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        String jfr = System.getenv("RELSYNC_BENCH_JFR"); // a folder: one flight recording per step, to see where time goes
        if (jfr != null) {
            String step = String.join("-", args.subList(0, 1)) + "-" + (++recordings) + ".jfr";
            builder.environment().merge("RELSYNC_JAVA_OPTS", "-XX:StartFlightRecording=filename=" + Path.of(jfr, step)
                    + ",settings=profile", (old, added) -> old + " " + added);
        }
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("relsync " + args + " did not finish in 30 minutes");
        }
        List<String> lines = Files.readAllLines(output).stream().filter(l -> !l.isBlank()).toList();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        if (process.exitValue() > 1) {
            throw new IllegalStateException("relsync " + args + " failed (exit " + process.exitValue() + "): " + last);
        }
        List<String> timed = Files.readAllLines(timing);
        String[] parts = timed.get(timed.size() - 1).strip().split(" ");
        return new Measured(Double.parseDouble(parts[0]), Long.parseLong(parts[1]) / 1024,
                last.length() > 90 ? last.substring(0, 90) + "..." : last);
    }
}
