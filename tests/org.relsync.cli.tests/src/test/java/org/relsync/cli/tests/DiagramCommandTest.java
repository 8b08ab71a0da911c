package org.relsync.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relsync diagram} on the demo's project, in-process; and once in the product, where ELK and Batik load inside OSGi. */
class DiagramCommandTest {

    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void demo() {
        Result demo = Cli.run(dir, "demo", "shop");
        assertEquals(0, demo.exitCode(), demo::toString);
        project = dir.resolve("shop/shop.relsync");
        assertTrue(demo.out().contains("5. Diagrams of the synced project (layout kept in shop.relsync.layout.json)"), demo::toString);
        for (String kind : new String[] {"entities", "tables", "mappings"}) {
            Path picture = dir.resolve("shop/shop-" + kind + ".svg");
            assertTrue(demo.out().contains(kind + ": " + picture), demo::toString);
            assertTrue(Files.isRegularFile(picture), picture.toString());
        }
        assertTrue(Files.isRegularFile(dir.resolve("shop/shop.relsync.layout.json")));
    }

    @Test
    void drawsEachKindAsSvgAndKeepsTheLayoutBesideTheProject() throws Exception {
        for (String kind : new String[] {"entities", "tables", "mappings"}) {
            Result result = Cli.run(dir, "diagram", project.toString(), "--kind", kind, "-o", kind + ".svg");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.out().startsWith(kind + ".svg: " + kind + " diagram, "), result::toString);
            String svg = Files.readString(dir.resolve(kind + ".svg"));
            assertTrue(svg.contains("viewBox=\"0 0 "), kind);
            assertTrue(svg.contains("data-id=\""), kind);
        }
        String layout = Files.readString(dir.resolve("shop/shop.relsync.layout.json"));
        assertTrue(layout.contains("\"entities\": {") && layout.contains("\"tables\": {") && layout.contains("\"mappings\": {"), layout);
        // the same project and stored layout: the same bytes
        byte[] first = Files.readAllBytes(dir.resolve("tables.svg"));
        assertEquals(0, Cli.run(dir, "diagram", project.toString(), "--kind", "tables", "-o", "again.svg").exitCode());
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("again.svg")));
        // the project itself is untouched by diagrams
        assertFalse(Files.readString(project).contains("layout"), "no layout inside the project");
    }

    @Test
    void scopesFiltersAndAPng() throws Exception {
        Result keys = Cli.run(dir, "diagram", project.toString(), "--kind", "tables", "--columns", "keys", "--only", "orphans,problems",
                "-o", "keys.png");
        assertEquals(0, keys.exitCode(), keys::toString);
        byte[] png = Files.readAllBytes(dir.resolve("keys.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        Result report = Cli.run(dir, "sync", project.toString(), "--no-backup", "--report", "json", "-o", "report.json");
        assertEquals(0, report.exitCode(), report::toString);
        Result accented = Cli.run(dir, "diagram", project.toString(), "--kind", "mappings", "--report", "report.json", "-o", "m.svg");
        assertEquals(0, accented.exitCode(), accented::toString);
    }

    @Test
    void aDiagramSavedWithTheProjectIsDrawnByName() throws Exception {
        Path sidecar = dir.resolve("shop/shop.relsync.layout.json");
        org.relsync.diagram.layout.StoredLayout stored = org.relsync.diagram.layout.StoredLayout.load(sidecar);
        stored.setDefinitions(java.util.List.of(new org.relsync.diagram.scene.DiagramDefinition("Customer and neighbours",
                new org.relsync.diagram.scene.DiagramScope(org.relsync.diagram.scene.DiagramKind.ENTITIES, null, java.util.List.of(),
                        java.util.List.of("Customer"), 1, null, null))));
        stored.save(sidecar);

        Result saved = Cli.run(dir, "diagram", project.toString(), "--diagram", "customer and NEIGHBOURS", "-o", "saved.svg");
        assertEquals(0, saved.exitCode(), saved::toString);
        Result same = Cli.run(dir, "diagram", project.toString(), "--kind", "entities", "--entities", "Customer", "-o", "same.svg");
        assertEquals(0, same.exitCode(), same::toString);
        assertEquals(Files.readString(dir.resolve("same.svg")), Files.readString(dir.resolve("saved.svg")),
                "the saved diagram is its scope drawn");
        assertEquals(0, Cli.run(dir, "diagram", project.toString(), "--diagram", "Entities", "-o", "all.svg").exitCode());
        int part = Files.readString(dir.resolve("saved.svg")).split("class=\"node ", -1).length;
        int whole = Files.readString(dir.resolve("all.svg")).split("class=\"node ", -1).length;
        assertTrue(1 < part && part < whole, "Customer and its neighbours are some of the entities: " + part + " of " + whole);
        Result builtIn = Cli.run(dir, "diagram", project.toString(), "--diagram", "Mappings", "-o", "builtin.svg");
        assertTrue(builtIn.out().startsWith("builtin.svg: mappings diagram, "), builtIn::toString);
        assertTrue(Files.readString(sidecar).contains("{\"name\": \"Customer and neighbours\""), "the definition is kept");

        Result unknown = Cli.run(dir, "diagram", project.toString(), "--diagram", "Orders", "-o", "x.svg");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("no diagram Orders; the diagrams: Entities, Tables, Mappings, Customer and neighbours"),
                unknown::toString);
        Result both = Cli.run(dir, "diagram", project.toString(), "--diagram", "Mappings", "--kind", "tables", "-o", "x.svg");
        assertEquals(2, both.exitCode(), both::toString);
        assertFalse(Files.exists(dir.resolve("x.svg")), "nothing written");

        // Customer renamed in the project: the saved diagram finds it by id, draws it, and is saved naming it as it is now
        assertTrue(Files.readString(sidecar).contains("\"entities\": [\"Customer\"], \"depth\": 1, \"ids\": ["),
                "the entity's id kept beside its name once drawn: " + Files.readString(sidecar));
        org.relsync.model.project.Project model = org.relsync.model.io.ProjectFiles.load(project);
        org.relsync.sync.edit.ProjectEditor editor = new org.relsync.sync.edit.ProjectEditor(model);
        editor.execute(editor.renameEntity("Customer", "Client"));
        org.relsync.model.io.ProjectFiles.save(model, project);
        Result renamed = Cli.run(dir, "diagram", project.toString(), "--diagram", "Customer and neighbours", "-o", "renamed.svg");
        assertEquals(0, renamed.exitCode(), renamed::toString);
        assertTrue(Files.readString(dir.resolve("renamed.svg")).contains(">Client</text>"), "the renamed entity is drawn");
        assertTrue(Files.readString(sidecar).contains("\"entities\": [\"Client\"]"), Files.readString(sidecar));
    }

    @Test
    void badInputIsAOneLineUsageErrorWithExitTwo() {
        String p = project.toString();
        String[][] bad = {
            {"diagram", p, "--kind", "pictures", "-o", "x.svg"},
            {"diagram", p, "-o", "x.gif"},
            {"diagram", p, "--columns", "some", "-o", "x.svg"},
            {"diagram", p, "--only", "nice", "-o", "x.svg"},
            {"diagram", p, "--depth", "2", "-o", "x.svg"},
            {"diagram", p, "--kind", "tables", "--db", "nope", "-o", "x.svg"},
            {"diagram", p, "--kind", "tables", "--schemas", "NOPE", "-o", "x.svg"},
            {"diagram", p, "--entities", "Nobody", "-o", "x.svg"},
            {"diagram", p, "--report", "missing.json", "-o", "x.svg"},
            {"diagram", p, "-o", "no/such/folder/x.svg"},
            {"diagram", p},
        };
        for (String[] args : bad) {
            Result result = Cli.run(dir, args);
            assertEquals(2, result.exitCode(), String.join(" ", args) + ": " + result);
            assertTrue(result.err().startsWith("relsync: "), result::toString);
            assertFalse(Files.exists(dir.resolve("x.svg")), "nothing written");
        }
    }

    @Test
    void inTheProductElkAndBatikLoadInsideOsgi() throws Exception {
        Result result = Product.run(dir, "diagram", project.toString(), "--kind", "mappings", "-o", "product.png");
        assertEquals(0, result.exitCode(), result::toString);
        byte[] png = Files.readAllBytes(dir.resolve("product.png"));
        assertEquals('P', png[1]);
        Result svg = Product.run(dir, "diagram", project.toString(), "--kind", "tables", "--layout-all", "-o", "product.svg");
        assertEquals(0, svg.exitCode(), svg::toString);
        assertTrue(Files.readString(dir.resolve("product.svg")).contains("class=\"node table"));
    }
}
