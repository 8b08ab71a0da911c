package org.relsync.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.tests.PostgresSchemaCrawlerSource;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.catalog.SchemaRef;

/** One measured read of a PostgreSQL catalog, in a JVM of its own; writes "millis tables rssMb" to a file. */
public final class Probe {

    /** What one probe measured. */
    public record Result(long millis, int tables, long rssMb) {
        static Result parse(String line) {
            String[] parts = line.strip().split(" ");
            return new Result(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
        }
    }

    /** The floor: one query per kind of catalog object RelSync reads (sequences used by columns included), results read and dropped. */
    private static final List<String> FLOOR = List.of(
            "SELECT c.oid, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname = 'public' AND c.relkind IN ('r','p','v')",
            "SELECT a.attrelid, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity, "
                    + "pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                    + "JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid "
                    + "AND d.adnum = a.attnum WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped",
            "SELECT con.conname, con.contype, con.conrelid, con.conkey, con.confrelid, con.confkey, con.confdeltype, "
                    + "con.confupdtype FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace "
                    + "WHERE n.nspname = 'public'",
            "SELECT i.indexrelid, i.indrelid, i.indisunique, i.indkey FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                    + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'",
            "SELECT sequencename, start_value, increment_by FROM pg_sequences WHERE schemaname = 'public'",
            "SELECT d.objid, d.refobjid, d.refobjsubid FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' "
                    + "JOIN pg_namespace n ON n.oid = s.relnamespace WHERE d.deptype IN ('a', 'i') AND n.nspname = 'public'",
            "SELECT viewname, definition FROM pg_views WHERE schemaname = 'public'");

    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String url = args[1];
        long start = System.nanoTime();
        int tables;
        if (mode.equals("floor")) {
            tables = 0;
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
                for (String sql : FLOOR) {
                    try (ResultSet rs = s.executeQuery(sql)) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                rs.getObject(i);
                            }
                            if (sql == FLOOR.get(0) && !"v".equals(rs.getString(3))) {
                                tables++;
                            }
                        }
                    }
                }
            }
        } else {
            Database database = RelationalFactory.eINSTANCE.createDatabase();
            database.setName("bench");
            database.setDriverId("postgresql");
            database.setUrl(url);
            database.setUser("postgres");
            String catalog = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
            CatalogSource source = mode.equals("schemacrawler") ? new PostgresSchemaCrawlerSource(Connections.fromEnvironment())
                    : new DatabaseCatalogSource(Connections.fromEnvironment());
            Database snapshot = source.read(database, List.of(new SchemaRef(catalog, "public")), new BasicMonitor());
            tables = snapshot.getCatalogs().get(0).getSchemas().get(0).getTables().size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Files.writeString(Path.of(args[2]), millis + " " + tables + " " + peakRssMb());
    }

    /** VmHWM: the most resident memory this process has had. */
    static long peakRssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
