package org.relsync.ui.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.relsync.app.cli.CliContext;
import org.relsync.app.cli.RelSyncCli;
import org.relsync.db.Connections;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;

/**
 * A large project made the way a modeler makes one: an H2 database of generated tables (250 a
 * schema; 3 to 9 columns and 0 to 2 foreign keys a table, to one of the 40 tables before it in its
 * schema; one table in ten alone), then {@code relsync init}, {@code add-db}, {@code reverse} and
 * {@code sync} through the CLI's own runner: its tables, entities and mappings are what RelSync
 * reads and makes, not a hand-built model.
 */
final class LargeProject {

    static final int PER_SCHEMA = 250;

    private LargeProject() {
    }

    /** The project file of {@code tables} generated tables, made in {@code dir}. */
    static Path make(Path dir, int tables) {
        Path h2 = dir.resolve("large-db");
        String url = "jdbc:h2:file:" + h2 + ";USER=sa";
        try (Connection c = open(url); Statement s = c.createStatement()) {
            for (String sql : ddl(tables, 42)) {
                s.addBatch(sql);
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new AssertionError("cannot make the H2 database: " + e.getMessage(), e);
        }
        int schemas = (tables + PER_SCHEMA - 1) / PER_SCHEMA;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < schemas; i++) {
            names.add("S" + i);
        }
        Path file = dir.resolve("large.relsync");
        cli(dir, "init", file.toString());
        cli(dir, "add-db", file.toString(), "--id", "large", "--driver", "h2", "--url", url, "--schemas",
                String.join(",", names), "--sync-source", "Database");
        cli(dir, "reverse", file.toString(), "--db", "large");
        cli(dir, "sync", file.toString(), "--no-backup");
        return file;
    }

    /** Runs SQL on the H2 database of a project {@link #make} made in {@code dir}. */
    static void execute(Path dir, String... sql) {
        try (Connection c = open("jdbc:h2:file:" + dir.resolve("large-db") + ";USER=sa"); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static Connection open(String url) throws SQLException {
        Database probe = RelationalFactory.eINSTANCE.createDatabase();
        probe.setName("large");
        probe.setDriverId("h2");
        probe.setUrl(url);
        return Connections.fromEnvironment().open(probe, Connections.Access.CREATE, Path.of("/"));
    }

    private static List<String> ddl(int tables, long seed) {
        int schemas = (tables + PER_SCHEMA - 1) / PER_SCHEMA;
        List<String> sql = new ArrayList<>();
        for (int s = 0; s < schemas; s++) {
            sql.add("CREATE SCHEMA S" + s);
        }
        Random random = new Random(seed);
        List<List<String>> earlier = new ArrayList<>();
        for (int s = 0; s < schemas; s++) {
            earlier.add(new ArrayList<>());
        }
        for (int t = 0; t < tables; t++) {
            int s = t / PER_SCHEMA;
            String name = "S" + s + ".T" + t;
            List<String> before = earlier.get(s);
            StringBuilder create = new StringBuilder("CREATE TABLE ").append(name).append(" (ID BIGINT PRIMARY KEY");
            List<String> targets = new ArrayList<>();
            int fks = random.nextInt(10) == 0 || before.isEmpty() ? 0 : random.nextInt(3);
            for (int f = 0; f < fks; f++) {
                String target = before.get(Math.max(0, before.size() - 1 - random.nextInt(Math.min(before.size(), 40))));
                if (!targets.contains(target)) {
                    targets.add(target);
                }
            }
            for (String target : targets) {
                String column = target.substring(target.indexOf('.') + 1) + "_ID";
                create.append(", ").append(column).append(" BIGINT REFERENCES ").append(target).append(" (ID)");
            }
            int columns = 3 + random.nextInt(7);
            for (int c = 1 + targets.size(); c < columns; c++) {
                create.append(", C").append(c).append(c % 3 == 0 ? " VARCHAR(200)" : c % 3 == 1 ? " INTEGER" : " TIMESTAMP")
                        .append(c % 2 == 0 ? "" : " NOT NULL");
            }
            sql.add(create.append(')').toString());
            before.add(name);
        }
        return sql;
    }

    private static void cli(Path dir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = new RelSyncCli("test", new CliContext(dir, Map.of(), print, print, false)).run(args);
        if (code != 0) {
            throw new AssertionError("relsync " + String.join(" ", args) + " exited " + code + ": "
                    + out.toString(StandardCharsets.UTF_8));
        }
    }
}
