package org.relsync.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * What a project holds that the command line could not change before (issue 10, item 5): task
 * order and state, a database's connection, a typed view mapped onto a table; and add-db's schema
 * patterns with its hint for an empty default schema.
 */
class TaskDatabaseAndMappingCommandsTest {

    @TempDir
    Path dir;

    private Result ok(String... args) {
        Result result = Cli.run(dir, args);
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }

    private String h2(String name, String... statements) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve(name) + ";USER=sa";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
        return url;
    }

    @Test
    void tasksConnectionsAndTypedViewMappingsFromTheCommandLine() throws Exception {
        String first = h2("first", "CREATE SCHEMA SALES", "CREATE TABLE SALES.CUSTOMER (ID INT PRIMARY KEY, FULL_NAME VARCHAR(100))");
        String second = h2("second", "CREATE SCHEMA SALES", "CREATE TABLE SALES.CUSTOMER (ID INT PRIMARY KEY, FULL_NAME VARCHAR(100))");
        ok("init", "p.relsync");
        Result added = ok("add-db", "p.relsync", "--id", "shop", "--driver", "h2", "--url", first);
        assertTrue(added.out().contains("Note: the default schema PUBLIC has no table or view; [SALES] has some"), added::toString);
        Result patterned = ok("add-db", "p.relsync", "--id", "other", "--driver", "h2", "--url", second, "--schemas", "SAL*");
        assertTrue(patterned.out().contains("with schemas [SALES]"), patterned::toString);

        assertEquals("""
                1. Sync with database other [database other]
                2. Sync with database shop [database shop]
                3. Sync with the model
                """, ok("task", "p.relsync", "list").out());
        ok("task", "p.relsync", "disable", "shop");
        ok("task", "p.relsync", "move", "Sync with the model", "1");
        assertEquals("""
                1. Sync with the model
                2. Sync with database other [database other]
                3. Sync with database shop (disabled) [database shop]
                """, ok("task", "p.relsync", "list").out());

        ok("database", "p.relsync", "set", "shop", "--url", second);
        assertTrue(ok("database", "p.relsync", "list").out().contains("shop (h2) " + second), "the new URL is stored");
        byte[] before = Files.readAllBytes(dir.resolve("p.relsync"));
        Result refused = Cli.run(dir, "database", "p.relsync", "set", "other", "--url", h2("empty"));
        assertEquals(3, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("other: schema 'SALES' does not exist there"), refused::toString);
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("p.relsync")));

        ok("sync", "p.relsync", "--no-backup", "--task", "Sync with database other");
        ok("typed-view", "p.relsync", "add", "Names", "--fields", "Id:Int32,FullName:String");
        ok("typed-view", "p.relsync", "map", "Names", "--db", "other", "--target", "SALES.CUSTOMER");
        String project = Files.readString(dir.resolve("p.relsync"));
        assertTrue(project.contains("<typedViewMappings"), project);
        Result unknown = Cli.run(dir, "typed-view", "p.relsync", "map", "Names", "--db", "other", "--target", "SALES.NOPE");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertFalse(unknown.err().isBlank());
    }
}
