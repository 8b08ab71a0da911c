package org.relsync.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.ColumnDetail;
import org.relsync.diagram.scene.DiagramDefinition;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Highlight;

/**
 * A project's own diagrams (issue 13's "new diagrams"), stored in the layout file beside the
 * project: written one a line, read back equal, files without them (older ones) still load, and a
 * broken definition is refused with a message that says where.
 */
class DiagramDefinitionsTest {

    @TempDir
    Path dir;

    private static final DiagramDefinition NEIGHBOURS = new DiagramDefinition("Customer and neighbours",
            new DiagramScope(DiagramKind.ENTITIES, null, List.of(), List.of("Customer"), 1, null, null));
    private static final DiagramDefinition SCHEMA = new DiagramDefinition("Tables of shop.PUBLIC",
            new DiagramScope(DiagramKind.TABLES, "shop", List.of("PUBLIC"), List.of(), 0, null, null));
    private static final DiagramDefinition EVERYTHING = new DiagramDefinition("Orphans \"to check\"",
            new DiagramScope(DiagramKind.MAPPINGS, "crm", List.of("A", "B"), List.of("Order", "Item"), 2, ColumnDetail.KEYS,
                    EnumSet.of(Highlight.ORPHANS, Highlight.PROBLEMS)));

    private Path write(String text) throws Exception {
        Path file = dir.resolve("p.relsync.layout.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void definitionsAreWrittenOneALineAndReadBackEqual() {
        StoredLayout stored = new StoredLayout();
        stored.setDefinitions(List.of(NEIGHBOURS, SCHEMA, EVERYTHING));
        Path file = dir.resolve("p.relsync.layout.json");
        stored.save(file);

        StoredLayout read = StoredLayout.load(file);
        assertEquals(List.of(NEIGHBOURS, SCHEMA, EVERYTHING), read.definitions(), "the same definitions, in the order made");
        assertEquals(stored.toJson(), read.toJson(), "identical bytes once read and written again");
        assertEquals("""
                {
                  "format": "relsync-layout/1",
                  "definitions": [
                    {"name": "Customer and neighbours", "kind": "entities", "entities": ["Customer"], "depth": 1},
                    {"name": "Tables of shop.PUBLIC", "kind": "tables", "db": "shop", "schemas": ["PUBLIC"]},
                    {"name": "Orphans \\"to check\\"", "kind": "mappings", "db": "crm", "schemas": ["A", "B"], \
                "entities": ["Order", "Item"], "depth": 2, "columns": "keys", "only": ["orphans", "problems"]}
                  ],
                  "diagrams": {}
                }
                """, stored.toJson());
    }

    @Test
    void theBuiltInDiagramsAreAlwaysListedFirstAndFoundByNameIgnoringCase() {
        StoredLayout stored = new StoredLayout();
        stored.setDefinitions(List.of(NEIGHBOURS));
        assertEquals(List.of("Entities", "Tables", "Mappings", "Customer and neighbours"),
                stored.allDefinitions().stream().map(DiagramDefinition::name).toList());
        assertTrue(stored.allDefinitions().get(1).builtIn());
        assertFalse(NEIGHBOURS.builtIn());
        assertEquals(DiagramScope.of(DiagramKind.TABLES), stored.requireDefinition("tables").scope());
        assertEquals(NEIGHBOURS, stored.requireDefinition("  customer AND neighbours "));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> stored.requireDefinition("Orders"));
        assertEquals("no diagram Orders; the diagrams: Entities, Tables, Mappings, Customer and neighbours", none.getMessage());
    }

    @Test
    void namesAreUniqueIgnoringCaseAndNeverABuiltInOne() {
        StoredLayout stored = new StoredLayout();
        assertThrows(IllegalArgumentException.class, () -> stored.setDefinitions(List.of(NEIGHBOURS, NEIGHBOURS.renamed("CUSTOMER and neighbours"))));
        assertThrows(IllegalArgumentException.class, () -> stored.setDefinitions(List.of(SCHEMA.renamed("mappings"))));
        assertEquals(List.of(), stored.definitions(), "a refused list changes nothing");
        assertThrows(IllegalArgumentException.class, () -> NEIGHBOURS.renamed("  "));
        assertThrows(IllegalArgumentException.class, () -> NEIGHBOURS.renamed("two\nlines"));
        assertEquals("Tables (2)", DiagramDefinition.unique("Tables", DiagramDefinition.builtIns()));
        stored.setDefinitions(List.of(NEIGHBOURS, NEIGHBOURS.renamed("Customer and neighbours (2)").withScope(SCHEMA.scope())));
        assertEquals("Customer and neighbours (3)", DiagramDefinition.unique("Customer and neighbours", stored.allDefinitions()));
    }

    @Test
    void aFileWithoutDefinitionsAnOlderOneStillLoadsAndIsWrittenAsBefore() throws Exception {
        String older = """
                {
                  "format": "relsync-layout/1",
                  "diagrams": {
                    "tables": {
                      "nodes": {
                        "t1": {"x": 12, "y": 20.5, "w": 180, "h": 96, "pinned": true}
                      },
                      "edges": {}
                    }
                  }
                }
                """;
        StoredLayout read = StoredLayout.load(write(older));
        assertEquals(List.of(), read.definitions());
        assertEquals(3, read.allDefinitions().size(), "the built-in diagrams");
        assertTrue(read.diagram("tables").nodes().get("t1").pinned(), "the positions are read as before");
        assertEquals(older, read.toJson(), "and written back byte for byte: no definitions, no new key");
    }

    @Test
    void aBrokenDefinitionIsRefusedSayingWhichAndWhy() throws Exception {
        String head = "{\"format\": \"relsync-layout/1\", \"definitions\": [";
        String tail = "], \"diagrams\": {}}";
        String ok = "{\"name\": \"A\", \"kind\": \"entities\"}";
        assertBroken(head + ok + ", {\"name\": \"B\", \"kind\": \"tablez\"}" + tail, "(number 2): B: \"kind\" cannot be \"tablez\"");
        assertBroken(head + "{\"kind\": \"tables\"}" + tail, "(number 1): no \"name\"");
        assertBroken(head + "{\"name\": \"B\"}" + tail, "(number 1): B: no \"kind\"");
        assertBroken(head + "{\"name\": \"B\", \"kind\": \"entities\", \"entities\": \"Customer\"}" + tail,
                "B: \"entities\" is not a list of strings");
        assertBroken(head + "{\"name\": \"B\", \"kind\": \"entities\", \"entities\": [\"C\"], \"depth\": -1}" + tail,
                "B: depth must not be negative: -1");
        assertBroken(head + "{\"name\": \"B\", \"kind\": \"entities\", \"entities\": [\"C\"], \"depth\": 1, \"ids\": [\"c\", \"d\"]}"
                + tail, "B: 2 ids for 1 entities");
        assertBroken(head + ok + ", " + ok + tail, "there is a diagram A already");
        assertBroken(head + "{\"name\": \"Tables\", \"kind\": \"tables\"}" + tail, "there is a diagram Tables already");
        assertBroken("{\"format\": \"relsync-layout/1\", \"definitions\": {}, \"diagrams\": {}}", "is not a RelSync layout file");
    }

    private void assertBroken(String text, String expected) throws Exception {
        Path file = write(text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoredLayout.load(file), text);
        assertTrue(e.getMessage().startsWith("the stored layout " + file), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "'" + expected + "' in: " + e.getMessage());
    }

    @Test
    void aDefinitionKeepsItsPositionsUnderItsScopesLayoutKey() {
        assertEquals("entities:entities=Customer:depth=1", NEIGHBOURS.scope().layoutKey());
        assertEquals("tables:db=shop:schemas=PUBLIC", SCHEMA.scope().layoutKey());
        StoredLayout stored = new StoredLayout();
        stored.setDefinitions(List.of(NEIGHBOURS, NEIGHBOURS.renamed("Same").withScope(NEIGHBOURS.scope())));
        assertTrue(stored.keyUsedBesides(NEIGHBOURS.scope().layoutKey(), NEIGHBOURS), "another diagram shows the same");
        assertFalse(stored.keyUsedBesides(SCHEMA.scope().layoutKey(), SCHEMA));
        assertTrue(stored.keyUsedBesides(DiagramScope.of(DiagramKind.TABLES).layoutKey(), null), "the built-in Tables");
        assertEquals(Set.of(), NEIGHBOURS.scope().only());
    }
}
