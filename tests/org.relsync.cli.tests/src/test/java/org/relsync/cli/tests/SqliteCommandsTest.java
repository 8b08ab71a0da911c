package org.relsync.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/** SQLite; the reverse runs in the product: its JDBC driver (with its native library) and SchemaCrawler's plugin inside OSGi. */
class SqliteCommandsTest {

    @TempDir
    Path dir;

    @Test
    void addDbReverseAndSyncASqliteFile() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("notes.db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE author (id INTEGER PRIMARY KEY, name VARCHAR(80) NOT NULL)");
            s.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES author (id), "
                    + "body TEXT, created DATETIME NOT NULL)");
        }
        assertEquals(0, Cli.run(dir, "init", "notes.relsync").exitCode());
        Result added = Cli.run(dir, "add-db", "notes.relsync", "--id", "notes", "--driver", "sqlite", "--url", url);
        assertEquals(0, added.exitCode(), added::toString);
        Result reversed = Product.run(dir, "reverse", "notes.relsync", "--db", "notes");
        assertEquals(0, reversed.exitCode(), reversed::toString);
        JsonNode info = new ObjectMapper().readTree(Cli.run(dir, "info", "notes.relsync", "--json").out());
        assertEquals(2, info.get("counts").get("Entity").asInt(), info::toString);
        assertEquals(1, info.get("counts").get("Relationship").asInt());
        assertEquals("main", info.get("schemas").get(0).get("schema").asText());
        Result synced = Cli.run(dir, "sync", "notes.relsync", "--no-backup");
        assertEquals(0, synced.exitCode(), synced::toString);
        assertTrue(Cli.run(dir, "sync", "notes.relsync", "--no-backup").out().contains("No change;"));

        // the model takes over: reversed names (author) differ from the default rules (Author), and set-source says so
        Result toModel = Cli.run(dir, "set-source", "notes.relsync", "--db", "notes", "--schema", "main", "Model");
        assertEquals(0, toModel.exitCode(), toModel::toString);
        assertTrue(toModel.out().contains("the next sync will rename 2 tables and 6 columns of main"), toModel::toString);
        assertEquals(0, Cli.run(dir, "settings", "notes.relsync", "naming.tableCaseStyle=lower_snake",
                "naming.fieldCaseStyle=lower_snake").exitCode());
        Result again = Cli.run(dir, "set-source", "notes.relsync", "--db", "notes", "--schema", "main", "Model");
        assertEquals(0, again.exitCode(), again::toString);
        assertFalse(again.out().contains("will rename"), again::toString);
        Result synced2 = Cli.run(dir, "sync", "notes.relsync", "--no-backup");
        // tables and columns keep their names (keys take theirs from the rules, as always in a Model schema)
        assertFalse(synced2.out().contains("renamed  Table "), synced2::toString);
        assertFalse(synced2.out().contains("renamed  TableField "), synced2::toString);
        assertTrue(synced2.out().contains("renamed  PrimaryKey  author.null  -> PK_author"), synced2::toString);
    }
}
