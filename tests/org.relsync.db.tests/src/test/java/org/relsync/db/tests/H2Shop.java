package org.relsync.db.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** The example shop database (examples/shop/shop-h2.sql) in a fresh H2 file database. */
final class H2Shop {

    private H2Shop() {
    }

    static Path sql() {
        return Path.of(System.getProperty("relsync.repo", "../..")).resolve("examples/shop/shop-h2.sql").toAbsolutePath();
    }

    /** Builds the shop in {@code dir}/shop and returns its JDBC URL. */
    static String build(Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("shop") + ";USER=sa";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + sql() + "'");
        }
        return url;
    }

    static void execute(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
