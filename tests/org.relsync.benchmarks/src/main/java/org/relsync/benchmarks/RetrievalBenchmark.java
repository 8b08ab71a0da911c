package org.relsync.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The retrieval benchmark of issue 4: generates PostgreSQL schemas of N tables (columns, keys,
 * foreign keys, unique constraints, sequences, views) in a real server, then measures, each in a
 * fresh JVM: the floor (one catalog query per kind over plain JDBC), RelSync's reader (the one the
 * CLI uses: its bulk PostgreSQL reader) and SchemaCrawler fed RelSync's bulk SQL. Prints wall time,
 * peak RSS and the ratio to the floor.
 * <p>
 * {@code ./benchmark retrieval [TABLES...]} (default 1000 5000).
 */
public final class RetrievalBenchmark {

    private RetrievalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 5000);
        }
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            System.out.printf("RelSync retrieval benchmark: PostgreSQL %s (embedded), %d cores%n", version(server),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("%7s %8s %8s %-14s %10s %12s %8s%n", "tables", "columns", "fks", "reader", "wall ms",
                    "peak RSS MB", "ratio");
            for (int size : sizes) {
                String db = "bench" + size;
                SchemaGenerator.Stats stats = SchemaGenerator.generate(server, db, size);
                String url = server.getJdbcUrl("postgres", db);
                Probe.Result floor = fork("floor", url);
                System.out.printf("%7d %8d %8d %-14s %10d %12d %8s%n", size, stats.columns(), stats.foreignKeys(), "floor",
                        floor.millis(), floor.rssMb(), "1.00");
                for (String reader : List.of("relsync", "schemacrawler")) {
                    Probe.Result result = fork(reader, url);
                    System.out.printf("%7d %8d %8d %-14s %10d %12d %8.2f%n", size, stats.columns(), stats.foreignKeys(), reader,
                            result.millis(), result.rssMb(), (double) result.millis() / Math.max(1, floor.millis()));
                    if (result.tables() != size) {
                        System.out.println("!! " + reader + " read " + result.tables() + " tables, not " + size);
                    }
                }
            }
        }
    }

    static String version(EmbeddedPostgres server) throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Runs {@link Probe} in a fresh JVM, so its time and peak RSS are its own. */
    static Probe.Result fork(String mode, String url) throws IOException, InterruptedException {
        Path out = Files.createTempFile("relsync-probe", ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), mode, url, out.toString()).inheritIO().start();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(mode + " probe failed (exit " + process.exitValue() + ")");
        }
        Probe.Result result = Probe.Result.parse(Files.readString(out));
        Files.delete(out);
        return result;
    }
}
