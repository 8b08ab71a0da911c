package org.relsync.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * The database commands on H2. The demo runs in the product first: that is where SchemaCrawler,
 * its plugins and the JDBC driver must work inside OSGi, and where the script finds the examples.
 */
class DatabaseCommandsTest {

    @TempDir
    Path dir;

    @Test
    void theDemoBuildsReversesAndSyncsTheShopWithNoChangeLeft() throws IOException {
        Result demo = Product.run(dir, "demo", "shop-demo");
        assertEquals(0, demo.exitCode(), demo::toString);
        assertTrue(demo.out().contains("3. Reverse-engineering the database"), demo::toString);
        assertTrue(demo.out().contains("No change; 1 warning, 0 errors."), demo::toString);
        Path project = dir.resolve("shop-demo/shop.relsync");
        JsonNode info = new ObjectMapper().readTree(Cli.run(dir, "info", project.toString(), "--json").out());
        assertEquals(5, info.get("counts").get("Entity").asInt());
        assertEquals(1, info.get("counts").get("TypedView").asInt());
        assertEquals(4, info.get("counts").get("Relationship").asInt());

        Result again = Cli.run(dir, "demo", "shop-demo");
        assertEquals(0, again.exitCode(), "a second demo in the same folder starts over: " + again);
    }

    @Test
    void theDemoRefusesAFolderWithOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("busy"));
        Files.writeString(dir.resolve("busy/thesis.txt"), "precious");
        Result result = Cli.run(dir, "demo", "busy");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals("precious", Files.readString(dir.resolve("busy/thesis.txt")));
    }

    @Test
    void addDbThenReverseThenSyncOnAnH2Database() throws IOException {
        assertEquals(0, Cli.run(dir, "demo", "db").exitCode());
        String url = "jdbc:h2:file:" + dir.resolve("db/shop") + ";USER=sa";
        assertEquals(0, Cli.run(dir, "init", "p.relsync").exitCode());
        Result added = Cli.run(dir, "add-db", "p.relsync", "--id", "warehouse", "--driver", "h2", "--url", url,
                "--schemas", "PUBLIC", "--sync-source", "Database");
        assertEquals(0, added.exitCode(), added::toString);
        Result reversed = Cli.run(dir, "reverse", "p.relsync", "--db", "warehouse");
        assertEquals(0, reversed.exitCode(), reversed::toString);
        assertTrue(reversed.out().contains("created  Entity"), reversed::toString);
        Result synced = Cli.run(dir, "sync", "p.relsync", "--no-backup");
        assertEquals(0, synced.exitCode(), synced::toString);
        assertFalse(Files.readString(dir.resolve("p.relsync")).contains("passwordVariable"),
                "no password, not even its variable, when none was given");
    }

    @Test
    void badDatabaseInputIsExitCode2AndUnreachableDatabasesExitCode3() throws IOException {
        assertEquals(0, Cli.run(dir, "init", "p.relsync").exitCode());
        byte[] before = Files.readAllBytes(dir.resolve("p.relsync"));
        Result unknownDriver = Cli.run(dir, "add-db", "p.relsync", "--id", "x", "--driver", "oracle", "--url", "jdbc:oracle:x");
        assertEquals(2, unknownDriver.exitCode(), unknownDriver::toString);
        assertEquals(List.of("relsync: unknown driver 'oracle'; one of [h2, postgresql, mariadb, sqlite]"),
                unknownDriver.errLines());

        Result unreachable = Cli.run(dir, "add-db", "p.relsync", "--id", "pg", "--driver", "postgresql",
                "--url", "jdbc:postgresql://127.0.0.1:1/none", "--user", "nobody");
        assertEquals(3, unreachable.exitCode(), unreachable::toString);
        assertEquals(1, unreachable.errLines().size(), unreachable::toString);
        assertTrue(unreachable.err().startsWith("relsync: database error: pg: cannot connect to jdbc:postgresql://127.0.0.1:1/none"),
                unreachable::toString);

        Result missingSchema = Cli.run(dir, "add-db", "p.relsync", "--id", "h", "--driver", "h2",
                "--url", "jdbc:h2:mem:x", "--schemas", "NOPE");
        assertEquals(3, missingSchema.exitCode(), missingSchema::toString);
        assertTrue(missingSchema.err().contains("schema 'NOPE' does not exist"), missingSchema::toString);

        Result noPassword = Cli.run(dir, "add-db", "p.relsync", "--id", "pw", "--driver", "h2",
                "--url", "jdbc:h2:mem:y", "--password-env", "RELSYNC_TEST_UNSET_VARIABLE");
        assertEquals(3, noPassword.exitCode(), noPassword::toString);
        assertTrue(noPassword.err().contains("RELSYNC_TEST_UNSET_VARIABLE"), noPassword::toString);
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("p.relsync")));
    }
}
