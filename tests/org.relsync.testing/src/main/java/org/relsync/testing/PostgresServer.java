package org.relsync.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (binaries from Maven Central) on a free loopback port, started once per
 * JVM and shared by all its test classes. A class that uses it says so,
 * {@code @ExtendWith(PostgresServer.class)}: the server is then started before the class's tests
 * (or at the first call, whichever comes first) and stopped when the test run ends. Each test
 * creates databases of its own ({@link #createDatabase(String)}). The administrator
 * {@code postgres} logs in without a password; every other role with its password
 * (scram-sha-256), so that tests can check passwords.
 */
public final class PostgresServer implements BeforeAllCallback {

    private static EmbeddedPostgres server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server();
        AtTheEnd.close(context, PostgresServer.class, PostgresServer::stop);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path hba = Files.createTempFile("relsync-pg_hba", ".conf");
                hba.toFile().deleteOnExit();
                Files.writeString(hba, """
                        local all all trust
                        host all postgres 127.0.0.1/32 trust
                        host all postgres ::1/128 trust
                        host all all 127.0.0.1/32 scram-sha-256
                        host all all ::1/128 scram-sha-256
                        """);
                server = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }

    private static synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The server's port on the loopback interface. */
    public static int port() {
        return server().getPort();
    }

    /** The JDBC URL of {@code database}, as the administrator {@code postgres}. */
    public static String jdbcUrl(String database) {
        return server().getJdbcUrl("postgres", database);
    }

    /** A connection to {@code database} as the administrator. */
    public static Connection connect(String database) throws SQLException {
        return server().getDatabase("postgres", database).getConnection();
    }

    /** Creates database {@code name} (dropping an older one) and returns its JDBC URL, as the administrator. */
    public static String createDatabase(String name) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return jdbcUrl(name);
    }
}
