package org.relsync.diagram.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.diagram.layout.Box;
import org.relsync.diagram.layout.DiagramLayouter;
import org.relsync.diagram.layout.DiagramLayouter.Mode;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.layout.Metrics;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.Row;
import org.relsync.diagram.scene.Scene;

class StoredLayoutTest {

    static final String KEY = DiagramScope.of(DiagramKind.TABLES).layoutKey();

    private static int moved(Layout before, Layout after) {
        int moved = 0;
        for (Map.Entry<String, Box> entry : before.nodes().entrySet()) {
            Box now = after.nodes().get(entry.getKey());
            if (now != null && (now.x() != entry.getValue().x() || now.y() != entry.getValue().y())) {
                moved++;
            }
        }
        return moved;
    }

    @Test
    void addingOrRemovingOneTableMovesAtMostFivePercentOfTheOthers() {
        Scene all = GeneratedScenes.tables(200, 3, 11);
        Scene without = GeneratedScenes.tables(200, 3, 11, 120);
        StoredLayout stored = new StoredLayout();
        Layout first = DiagramLayouter.layout(without);
        stored.put(KEY, first);

        Layout added = DiagramLayouter.layout(all, stored.diagram(KEY), Mode.KEEP);
        assertTrue(moved(first, added) <= 0.05 * first.nodes().size(), "moved on adding: " + moved(first, added));
        LayoutTest.assertNoOverlap(added);
        LayoutTest.assertEdgesEndOnTheirNodes(added);

        stored.put(KEY, added);
        Layout removed = DiagramLayouter.layout(without, stored.diagram(KEY), Mode.KEEP);
        assertTrue(moved(added, removed) <= 0.05 * removed.nodes().size(), "moved on removing: " + moved(added, removed));
        LayoutTest.assertEdgesEndOnTheirNodes(removed);
    }

    @Test
    void aStoredNodeKeepsItsPositionAMovedOneIsPinnedAndLayoutAllRecomputes(@TempDir Path dir) {
        Scene scene = SampleScenes.tables();
        Path project = dir.resolve("shop.relsync");
        Path file = StoredLayout.sidecar(project);
        assertEquals(dir.resolve("shop.relsync.layout.json"), file);

        StoredLayout stored = StoredLayout.load(file);
        Layout fresh = DiagramLayouter.layout(scene, stored.diagram(KEY), Mode.KEEP);
        stored.put(KEY, fresh);
        stored.move(KEY, "t1", 900, 700);
        stored.save(file);

        StoredLayout reloaded = StoredLayout.load(file);
        assertEquals(stored.toJson(), reloaded.toJson());
        assertTrue(reloaded.diagram(KEY).nodes().get("t1").pinned());
        Layout kept = DiagramLayouter.layout(scene, reloaded.diagram(KEY), Mode.KEEP);
        assertEquals(900, kept.nodes().get("t1").x());
        assertEquals(700, kept.nodes().get("t1").y());
        assertEquals(fresh.nodes().get("t2"), kept.nodes().get("t2"));
        LayoutTest.assertEdgesEndOnTheirNodes(kept);
        reloaded.put(KEY, kept);
        assertTrue(reloaded.diagram(KEY).nodes().get("t1").pinned(), "a pin survives a refresh");

        Layout again = DiagramLayouter.layout(scene, reloaded.diagram(KEY), Mode.ALL);
        assertEquals(fresh.nodes(), again.nodes());
        reloaded.put(KEY, again);
        assertTrue(!reloaded.diagram(KEY).nodes().get("t1").pinned(), "layout all unpins");
    }

    @Test
    void aNodeThatGrewOverItsNeighbourIsPlacedAgainAloneTheOthersStay() {
        Scene scene = SampleScenes.tables();
        StoredLayout stored = new StoredLayout();
        Layout first = DiagramLayouter.layout(scene);
        stored.put(KEY, first);
        // the sequence (header-only, above customer) gets twenty rows: taller than the room it had
        List<Node> nodes = new ArrayList<>();
        for (Node node : scene.nodes()) {
            if (node.id().equals("q1")) {
                List<Row> rows = new ArrayList<>(node.rows());
                for (int i = 0; i < 20; i++) {
                    rows.add(SampleScenes.row("q1.x" + i, "extra_" + i, "integer"));
                }
                node = new Node(node.id(), node.kind(), node.name(), node.group(), rows, 0, node.state());
            }
            nodes.add(node);
        }
        Scene grown = new Scene(scene.kind(), scene.title(), scene.groups(), nodes, scene.edges(), scene.legend());
        Layout after = DiagramLayouter.layout(grown, stored.diagram(KEY), Mode.KEEP);
        LayoutTest.assertNoOverlap(after);
        LayoutTest.assertEdgesEndOnTheirNodes(after);
        assertTrue(Metrics.size(nodes.get(3)).moved(first.nodes().get("q1").x(), first.nodes().get("q1").y())
                .overlaps(first.nodes().get("t1")), "it would cover customer where it stood");
        assertNotEquals(first.nodes().get("q1"), after.nodes().get("q1"), "it moved");
        for (Node node : scene.nodes()) {
            if (!node.id().equals("q1")) {
                assertEquals(first.nodes().get(node.id()), after.nodes().get(node.id()), node.id() + " stays");
            }
        }
    }

    @Test
    void theFileHasSortedKeysOneNodePerLine(@TempDir Path dir) throws Exception {
        StoredLayout stored = new StoredLayout();
        stored.put(KEY, DiagramLayouter.layout(SampleScenes.tables()));
        stored.put("entities", DiagramLayouter.layout(SampleScenes.entities()));
        Path file = dir.resolve("p.relsync.layout.json");
        stored.save(file);
        List<String> lines = Files.readAllLines(file);
        assertEquals("{", lines.get(0));
        assertTrue(lines.indexOf("    \"entities\": {") < lines.indexOf("    \"tables\": {"), String.join("\n", lines));
        long nodeLines = lines.stream().filter(l -> l.matches(" {8}\"[^\"]+\": \\{\"x\": .*\\},?")).count();
        assertEquals(SampleScenes.tables().nodes().size() + SampleScenes.entities().nodes().size(), nodeLines);
        assertEquals(stored.toJson(), StoredLayout.load(file).toJson());
    }

    @Test
    void aBrokenFileIsReportedNotGuessed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.relsync.layout.json");
        Files.writeString(file, "{\"diagrams\": {\"tables\": {\"nodes\": {\"t1\": {\"x\": 1}}}}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoredLayout.load(file));
        assertTrue(e.getMessage().contains("not a RelSync layout file"), e.getMessage());
        assertNotEquals(null, StoredLayout.load(dir.resolve("missing.json")));
    }

    @Test
    void numbersAreFormattedTheSameEverywhere() {
        assertEquals("12", StoredLayout.number(12.0));
        assertEquals("12.5", StoredLayout.number(12.49999));
        assertEquals("-0.5", StoredLayout.number(-0.5));
        assertEquals("0", StoredLayout.number(-0.01));
    }

    @Test
    void aSnapshotPutBackUndoesAMoveAndNullForgetsTheDiagram() {
        Scene scene = GeneratedScenes.tables(20, 1, 3);
        StoredLayout stored = new StoredLayout();
        stored.put(KEY, DiagramLayouter.layout(scene));
        String id = scene.nodes().get(0).id();
        StoredLayout.Diagram before = stored.snapshot(KEY);
        Box was = before.nodes().get(id).box();
        stored.move(KEY, id, was.x() + 100, was.y() + 50);
        assertEquals(was.x(), before.nodes().get(id).box().x(), "the snapshot is a copy");
        assertTrue(stored.diagram(KEY).nodes().get(id).pinned());
        stored.restore(KEY, before);
        assertEquals(was, stored.diagram(KEY).nodes().get(id).box());
        assertFalse(stored.diagram(KEY).nodes().get(id).pinned());
        assertEquals(before.edges().keySet(), stored.diagram(KEY).edges().keySet(), "the routes are back too");
        stored.restore(KEY, null);
        assertNull(stored.diagram(KEY));
        assertNull(stored.snapshot(KEY));
    }
}
