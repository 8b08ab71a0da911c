package org.relsync.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

import org.eclipse.emf.common.util.URI;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.db.ddl.DdlService;
import org.relsync.model.RelSyncModel;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem;
import org.relsync.sync.report.ReportWriter;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The DDL benchmark of issue 5: RelSync's update script next to Liquibase's {@code diff-changelog}
 * on the same pair of PostgreSQL databases. Database A holds the generated schema of the retrieval
 * benchmark; B starts as a copy of A ({@code CREATE DATABASE b TEMPLATE a}) and gets one mutation
 * on each of about 5 % of the tables (renamed, added, dropped and retyped columns, new and dropped
 * tables, added and dropped unique constraints and foreign keys).
 * <p>
 * Both tools are asked for what turns B into A, each in a fresh JVM ({@link DdlProbe}):
 * <ul>
 * <li>RelSync: a project whose relational model data is A's schema (read from A by a database
 * sync, as {@code relsync add-db} and {@code relsync sync} do), its schema then set to
 * {@code Model} and its database pointed at B; timed: {@code DdlService.update} (reading B,
 * planning) and rendering the script text. Once as read, once with a baseline recorded (as after
 * an apply of A by RelSync).</li>
 * <li>Liquibase: {@code diff-changelog} through its Java command API, in process, reference A,
 * target B (its changelog turns the target into the reference), to an XML file.</li>
 * </ul>
 * {@code ./benchmark ddl [TABLES]} (default 1000).
 */
public final class DdlBenchmark {

    private static final String A = "ddl_a";
    private static final String B = "ddl_b";
    private static final String HEAP = "-Xmx2g";

    private DdlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "relsync-ddl-benchmark");
        clean(dir);
        Files.createDirectories(dir);
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            System.out.printf("RelSync DDL benchmark: PostgreSQL %s (embedded), %d cores, %s, probes %s%n",
                    RetrievalBenchmark.version(server), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), HEAP);
            SchemaGenerator.Stats stats = SchemaGenerator.generate(server, A, tables);
            System.out.printf("A: %d tables, %d columns, %d foreign keys, %d unique constraints, %d views%n", stats.tables(),
                    stats.columns(), stats.foreignKeys(), stats.uniqueConstraints(), stats.views());
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + B);
                s.execute("CREATE DATABASE " + B + " TEMPLATE " + A);
            }
            Map<String, Integer> mutations = mutate(server, tables);
            int total = mutations.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("B = copy of A (TEMPLATE) with %d mutations on %d tables (%.1f %%):%n", total, total,
                    100.0 * total / tables);
            mutations.forEach((kind, count) -> System.out.printf("  %-28s %4d%n", kind, count));

            String urlA = server.getJdbcUrl("postgres", A);
            String urlB = server.getJdbcUrl("postgres", B);
            Path plain = dir.resolve("project.relsync");
            Path withBaseline = dir.resolve("project-baseline.relsync");
            projects(urlA, urlB, plain, withBaseline);

            List<Row> rows = new ArrayList<>();
            rows.add(fork("RelSync", dir, "relsync", plain.toString(), dir.resolve("relsync-update.sql").toString()));
            rows.add(fork("RelSync (baseline)", dir, "relsync", withBaseline.toString(),
                    dir.resolve("relsync-update-baseline.sql").toString()));
            rows.add(fork("Liquibase", dir, "liquibase", urlB, urlA, dir.resolve("liquibase-changelog.xml").toString()));
            print(rows, total);
            System.out.println("script, changelog and probe logs: " + dir);
        }
    }

    // ---- B: the mutations

    /** One mutation on each of about 5 % of A's tables, each table picked once; returns the counts by kind. */
    private static Map<String, Integer> mutate(EmbeddedPostgres server, int tables) throws Exception {
        int each = Math.max(1, Math.round(tables * 0.05f / 10));
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = server.getDatabase("postgres", B).getConnection(); Statement s = c.createStatement()) {
            Set<Integer> referenced = new HashSet<>();
            Set<Integer> withRef0 = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT conrelid::regclass::text, confrelid::regclass::text, conname "
                    + "FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace")) {
                while (rs.next()) {
                    if (!rs.getString(1).equals(rs.getString(2))) {
                        referenced.add(Integer.parseInt(rs.getString(2).substring(1)));
                    }
                    if (rs.getString(3).endsWith("_ref0_fkey")) {
                        withRef0.add(Integer.parseInt(rs.getString(1).substring(1)));
                    }
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int t = 0; t < tables; t++) {
                order.add(t);
            }
            Random random = new Random(11);
            Collections.shuffle(order, random);
            Picker pick = new Picker(order);
            c.setAutoCommit(false);
            List<String> sql = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                int t = pick.next(x -> true);
                sql.add("ALTER TABLE t" + t + " RENAME COLUMN c5 TO c5_renamed");
            }
            counts.put("columns renamed", each);
            for (int i = 0; i < each; i++) {
                int t = pick.next(x -> true);
                sql.add("ALTER TABLE t" + t + " ADD COLUMN added integer");
            }
            counts.put("columns added", each);
            for (int i = 0; i < each; i++) {
                int t = pick.next(x -> true);
                sql.add("ALTER TABLE t" + t + " DROP COLUMN c4");
            }
            counts.put("columns dropped", each);
            for (int i = 0; i < each; i++) {
                int t = pick.next(x -> true);
                sql.add(i % 2 == 0 ? "ALTER TABLE t" + t + " ALTER COLUMN c7 TYPE bigint"
                        : "ALTER TABLE t" + t + " ALTER COLUMN c12 TYPE varchar(500)");
            }
            counts.put("columns retyped", each);
            for (int i = 0; i < each; i++) {
                int t = pick.next(x -> true);
                sql.add("CREATE TABLE added" + i + " (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                        + "name varchar(80) NOT NULL, ref bigint REFERENCES t" + t + " (id))");
            }
            counts.put("tables added", each);
            // tables nothing references and no view reads: dropping one drops nothing else
            IntPredicate droppable = x -> !referenced.contains(x) && x % 10 != 9;
            for (int i = 0; i < each; i++) {
                sql.add("DROP TABLE t" + pick.next(droppable));
            }
            counts.put("tables dropped", each);
            for (int i = 0; i < each; i++) {
                int t = pick.next(x -> true);
                sql.add("ALTER TABLE t" + t + " ADD UNIQUE (c3)");
            }
            counts.put("unique constraints added", each);
            for (int i = 0; i < each; i++) {
                int t = pick.next(x -> true);
                sql.add("ALTER TABLE t" + t + " DROP CONSTRAINT t" + t + "_c1_c2_key");
            }
            counts.put("unique constraints dropped", each);
            for (int i = 0; i < each; i++) {
                int t = pick.next(x -> true);
                sql.add("ALTER TABLE t" + t + " ADD FOREIGN KEY (c1) REFERENCES t" + random.nextInt(tables) + " (id)");
            }
            counts.put("foreign keys added", each);
            for (int i = 0; i < each; i++) {
                int t = pick.next(withRef0::contains);
                sql.add("ALTER TABLE t" + t + " DROP CONSTRAINT t" + t + "_ref0_fkey");
            }
            counts.put("foreign keys dropped", each);
            for (String statement : sql) {
                s.execute(statement);
            }
            c.commit();
        }
        return counts;
    }

    /** Hands out tables in shuffled order, each once. */
    private static final class Picker {
        private final List<Integer> order;
        private final Set<Integer> used = new HashSet<>();

        Picker(List<Integer> order) {
            this.order = order;
        }

        int next(IntPredicate which) {
            for (int t : order) {
                if (!used.contains(t) && which.test(t)) {
                    used.add(t);
                    return t;
                }
            }
            throw new IllegalStateException("no table left to mutate");
        }
    }

    // ---- RelSync's side: the project

    /**
     * A project whose relational model data is A's schema: {@code add-db} on A with a Database
     * schema, one sync (the engine reads A through {@link DatabaseCatalogSource}), then the schema
     * set to Model and the database (URL and catalog) pointed at B. Saved as read, and again with
     * a baseline recorded.
     */
    private static void projects(String urlA, String urlB, Path plain, Path withBaseline) {
        DatabaseCatalogSource source = new DatabaseCatalogSource(Connections.fromEnvironment());
        Project project = RelSyncModel.newProject("DdlBenchmark");
        ProjectFiles.newResourceSet().createResource(URI.createFileURI(plain.toAbsolutePath().toString()))
                .getContents().add(project);
        Database database = new DatabaseSetup(Connections.fromEnvironment()).add(project, new DatabaseSetup.Spec("bench",
                "postgresql", urlA, "postgres", null, List.of("public"), SyncSource.DATABASE));
        SyncEngine engine = SyncEngine.builder().catalogSource(source).dialects(DatabaseKinds.dialects()).build();
        long start = System.nanoTime();
        ChangeReport report = engine.run(project, SyncOptions.builder().task(DatabaseSetup.taskName("bench")).build()).report();
        if (report.count(Problem.Severity.ERROR) > 0) {
            throw new IllegalStateException("the sync of A failed:\n" + ReportWriter.text(report));
        }
        Schema schema = database.getCatalogs().get(0).getSchemas().get(0);
        System.out.printf("RelSync project: A read by a database sync in %d ms: %d tables, %d views, %d sequences%n",
                (System.nanoTime() - start) / 1_000_000, schema.getTables().size(), schema.getViews().size(),
                schema.getSequences().size());
        schema.setSyncSource(SyncSource.MODEL);
        database.setUrl(urlB);
        database.getCatalogs().get(0).setName(B);
        ProjectFiles.save(project, plain);
        DdlService.recordBaseline(database);
        ProjectFiles.save(project, withBaseline);
    }

    // ---- probes and figures

    private record Row(String tool, DdlProbe.Result result, long processMillis) {
    }

    /** Runs {@link DdlProbe} in a fresh JVM, its output in a log file; also times the whole process. */
    private static Row fork(String tool, Path dir, String... args) throws Exception {
        Path out = Files.createTempFile(dir, "probe", ".txt");
        Path log = dir.resolve(tool.replaceAll("\\W+", "-").replaceAll("-$", "").toLowerCase() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, HEAP, "-Dliquibase.analytics.enabled=false", "-cp",
                System.getProperty("java.class.path"), DdlProbe.class.getName(), out.toString()));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0) {
            System.out.println(Files.readString(log));
            throw new IllegalStateException(tool + " probe failed (exit " + process.exitValue() + "), log: " + log);
        }
        long processMillis = (System.nanoTime() - start) / 1_000_000;
        DdlProbe.Result result = DdlProbe.Result.read(out);
        Files.delete(out);
        return new Row(tool, result, processMillis);
    }

    private static void print(List<Row> rows, int mutations) {
        Row liquibase = rows.get(rows.size() - 1);
        System.out.println();
        System.out.printf("%-20s %9s %12s %8s %11s %12s %8s %12s %6s%n", "tool", "wall ms", "ratio to LB", "CPU ms",
                "process ms", "peak RSS MB", "changes", "destructive", "notes");
        for (Row row : rows) {
            DdlProbe.Result r = row.result();
            System.out.printf("%-20s %9d %12.3f %8d %11d %12d %8d %12s %6s%n", row.tool(), r.millis(),
                    (double) r.millis() / Math.max(1, liquibase.result().millis()), r.cpuMillis(), row.processMillis(), r.rssMb(),
                    r.changes(),
                    r.destructive() < 0 ? "-" : String.valueOf(r.destructive()), r.notes() < 0 ? "-" : String.valueOf(r.notes()));
        }
        System.out.println();
        System.out.println("wall ms: RelSync = DdlService.update (connect, read B, plan) + the script text; Liquibase = "
                + "diff-changelog (connect to both, snapshot both, diff, write the changelog). process ms: the whole probe "
                + "JVM, start-up and project load included. CPU ms: the probe's CPU time over the wall ms, all threads. "
                + "changes: script statements (RelSync), changeSets (Liquibase); notes: what RelSync found and left alone.");
        for (Row row : rows) {
            System.out.println(row.tool() + ": " + row.result().detail());
        }
        System.out.printf("%d mutations in B; target: RelSync <= 1/10 of Liquibase's time%n", mutations);
    }

    private static void clean(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
