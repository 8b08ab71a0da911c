package org.relsync.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.testing.MariaDbServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * MariaDB, on the real server of the test fixtures. The reverse runs in the product: the MariaDB
 * driver and SchemaCrawler's MySQL plugin must work inside OSGi.
 */
@ExtendWith(MariaDbServer.class)
class MariaDbCommandsTest {

    @TempDir
    Path dir;

    @Test
    void addDbReverseAndSyncAMariaDbDatabase() throws Exception {
        String url = MariaDbServer.createDatabase("cli_shop");
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL)");
            s.execute("CREATE TABLE orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL, "
                    + "CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id))");
        }
        assertEquals(0, Cli.run(dir, "init", "shop.relsync").exitCode());
        Result added = Cli.run(dir, "add-db", "shop.relsync", "--id", "shop", "--driver", "mariadb", "--url", url, "--user", "root");
        assertEquals(0, added.exitCode(), added::toString);

        Result reversed = Product.run(dir, "reverse", "shop.relsync", "--db", "shop");
        assertEquals(0, reversed.exitCode(), reversed::toString);
        assertTrue(reversed.out().contains("created  Entity"), reversed::toString);

        JsonNode info = new ObjectMapper().readTree(Cli.run(dir, "info", "shop.relsync", "--json").out());
        assertEquals(2, info.get("counts").get("Entity").asInt(), info::toString);
        assertEquals(1, info.get("counts").get("Relationship").asInt(), info::toString);
        Result synced = Cli.run(dir, "sync", "shop.relsync", "--no-backup");
        assertEquals(0, synced.exitCode(), synced::toString);
        assertTrue(synced.out().contains("No change;"), synced::toString);
    }
}
