package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;

/**
 * LIVE-SPEC section 1, "only the affected schemas are read again": a project of two Database schemas
 * (where a table missing from a read is removed),
 * {@code sales} (customer, orders with a foreign key onto stock's item) and {@code stock} (item,
 * shelf), watched; each change reads the schemas it touched and those with a foreign key onto
 * them, leaves the others' tables as they were (same ids, nothing orphaned or marked), and saves
 * what a full {@code relsync sync} of the same file makes. Each subclass gives the database.
 */
abstract class ScopeScenario extends WatcherScenario {

    private static final Pattern ID = Pattern.compile("_[A-Za-z0-9_-]{22}");

    /** {@code sales} and {@code stock}, as the database spells them. */
    String sales;
    String stock;

    /** Creates the two schemas and their tables in the database. */
    void createSchemas(LiveDb db) throws Exception {
        sales = db.name("sales");
        stock = db.name("stock");
        db.execute("CREATE SCHEMA " + stock, "CREATE SCHEMA " + sales,
                "CREATE TABLE " + stock + "." + db.name("item") + " (" + db.name("id") + " INTEGER PRIMARY KEY, "
                        + db.name("name") + " VARCHAR(40))",
                "CREATE TABLE " + stock + "." + db.name("shelf") + " (" + db.name("id") + " INTEGER PRIMARY KEY, "
                        + db.name("item_id") + " INTEGER REFERENCES " + stock + "." + db.name("item") + " ("
                        + db.name("id") + "))",
                "CREATE TABLE " + sales + "." + db.name("customer") + " (" + db.name("id") + " INTEGER PRIMARY KEY, "
                        + db.name("name") + " VARCHAR(40))",
                "CREATE TABLE " + sales + "." + db.name("orders") + " (" + db.name("id") + " INTEGER PRIMARY KEY, "
                        + db.name("item_id") + " INTEGER REFERENCES " + stock + "." + db.name("item") + " ("
                        + db.name("id") + "))");
    }

    @Override
    List<String> schemas() {
        return List.of("--schemas", sales + "," + stock, "--sync-source", "Database");
    }

    String table(String schema, String name) {
        return schema + "." + db.name(name);
    }

    /** A change only in sales reads sales alone; stock stays as it was; the file is what a full sync makes. */
    @Test
    void aChangeInOneSchemaReadsThatSchema() throws Exception {
        Running r = reversedAndWatched();
        Map<String, String> stockBefore = tableIds(stock);

        byte[] before = change(r, 1, "ALTER TABLE " + table(sales, "customer") + " ADD COLUMN " + db.name("email")
                + " VARCHAR(80)");
        assertEquals(List.of(new ReadLog.Read("main", List.of(sales))), reads.reads(), "only sales is read");
        assertTrue(ProjectContent.load(project).columns("customer").contains("EMAIL VARCHAR"),
                () -> ProjectContent.load(project).columns("customer").toString());
        assertEquals(stockBefore, tableIds(stock), "stock's tables as they were: same ids, none marked");
        assertSameAsFullSync(before);
        stopUntroubled(r);
    }

    /**
     * A table dropped in stock: stock is read, and sales too (its orders refer to stock's item); the
     * table goes, as in a full sync. Then stock's item renamed: sales' foreign key follows it.
     */
    @Test
    void aDroppedAndARenamedTableAsAFullSyncSeesThem() throws Exception {
        Running r = reversedAndWatched();

        byte[] before = change(r, 1, "DROP TABLE " + table(stock, "shelf"));
        assertEquals(List.of(new ReadLog.Read("main", List.of(sales, stock))), reads.reads(),
                "stock, and sales for its foreign key onto stock");
        assertFalse(ProjectContent.load(project).table("shelf").isPresent(), "the dropped table is gone");
        assertSameAsFullSync(before);

        before = change(r, 2, "ALTER TABLE " + table(stock, "item") + " RENAME TO " + db.name("article"));
        assertTrue(ProjectContent.load(project).table("article").isPresent());
        assertFalse(ProjectContent.load(project).table("item").isPresent());
        assertEquals(db.name("article"), ProjectContent.load(project).table("orders").orElseThrow().getForeignKeys().get(0)
                .getReferencedTable().getName(), "sales' foreign key refers to the renamed table");
        assertSameAsFullSync(before);
        stopUntroubled(r);
    }

    /** A schema of the project dropped: its read fails, the file stays byte for byte as it was, and the watcher says why. */
    @Test
    void aScopedReadThatFailsLeavesTheFileAsItWas() throws Exception {
        Running r = reversedAndWatched();
        byte[] before = Files.readAllBytes(project);
        db.execute("DROP SCHEMA " + stock + " CASCADE");
        waitUntil(() -> !trouble.isEmpty(), "the failed sync reported");
        assertTrue(trouble.get(0).startsWith("main: ") && trouble.get(0).contains(stock), trouble::toString);
        stop(r);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(project)), "the file as it was");
        assertTrue(reads.reads().stream().anyMatch(read -> read.schemas().contains(stock)), reads.reads()::toString);
    }

    /**
     * Runs {@code sql} (in one transaction) and waits for the event {@code n} after the first sync's; returns the
     * project file as it was before.
     */
    byte[] change(Running r, int n, String... sql) throws Exception {
        byte[] before = Files.readAllBytes(project);
        reads.clear();
        long t = System.nanoTime();
        db.execute(sql);
        awaitEvent(r, first + n, t);
        return before;
    }

    /** The names of {@code schema}'s tables with their ids, and a mark where one is marked for deletion. */
    Map<String, String> tableIds(String schema) {
        Map<String, String> ids = new TreeMap<>();
        Project loaded = ProjectFiles.load(project);
        for (Database database : loaded.getDatabases()) {
            for (Catalog catalog : database.getCatalogs()) {
                for (Schema s : catalog.getSchemas()) {
                    if (s.getName().equals(schema)) {
                        for (Table table : s.getTables()) {
                            ids.put(table.getName(), table.getId() + (table.isMarkedForDeletion() ? " marked" : ""));
                        }
                    }
                }
            }
        }
        assertFalse(ids.isEmpty(), "schema " + schema + " has tables");
        return ids;
    }

    /**
     * The project the watcher saved is the one {@code relsync sync} makes of the file as it was
     * before the change ({@code before}), reading everything: the same file but for the ids of
     * the elements each run made.
     */
    void assertSameAsFullSync(byte[] before) throws Exception {
        Path full = dir.resolve("full.relsync");
        Files.write(full, before);
        Cli.Run sync = Cli.run(dir, environment(), "sync", "full.relsync");
        assertTrue(sync.exitCode <= 1, sync::toString); // 1: the report has errors (a dropped table's lost mapping)
        assertEquals(normalized(full), normalized(project));
    }

    /** The file's text with each element id replaced by the order it first appears in. */
    private static String normalized(Path file) throws Exception {
        String text = Files.readString(file);
        Map<String, String> numbers = new HashMap<>();
        Matcher m = ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = numbers.computeIfAbsent(m.group(), id -> "id" + (numbers.size() + 1));
            m.appendReplacement(out, number);
        }
        m.appendTail(out);
        return out.toString();
    }
}
