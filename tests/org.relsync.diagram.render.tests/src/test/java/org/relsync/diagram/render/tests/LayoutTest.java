package org.relsync.diagram.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.relsync.diagram.layout.Box;
import org.relsync.diagram.layout.DiagramLayouter;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.layout.Metrics;
import org.relsync.diagram.layout.Point;
import org.relsync.diagram.scene.Edge;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.Scene;

class LayoutTest {

    static void assertNoOverlap(Layout layout) {
        List<Map.Entry<String, Box>> boxes = new ArrayList<>(layout.nodes().entrySet());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).getValue().overlaps(boxes.get(j).getValue()),
                        boxes.get(i).getKey() + " overlaps " + boxes.get(j).getKey());
            }
        }
        List<Map.Entry<String, Box>> frames = new ArrayList<>(layout.groups().entrySet());
        for (int i = 0; i < frames.size(); i++) {
            for (int j = i + 1; j < frames.size(); j++) {
                assertFalse(frames.get(i).getValue().overlaps(frames.get(j).getValue()),
                        "frame " + frames.get(i).getKey() + " overlaps frame " + frames.get(j).getKey());
            }
        }
    }

    static void assertEdgesEndOnTheirNodes(Layout layout) {
        for (Edge edge : layout.scene().edges()) {
            List<Point> route = layout.edges().get(edge.id());
            assertTrue(route != null && route.size() >= 2, "edge " + edge.id() + " has a route");
            Point first = route.get(0);
            Point last = route.get(route.size() - 1);
            Box source = layout.nodes().get(edge.source().node());
            Box target = layout.nodes().get(edge.target().node());
            assertTrue(source.onBorder(first.x(), first.y(), 1.5), "edge " + edge.id() + " starts on " + edge.source().node()
                    + ": " + first + " / " + source);
            assertTrue(target.onBorder(last.x(), last.y(), 1.5), "edge " + edge.id() + " ends on " + edge.target().node()
                    + ": " + last + " / " + target);
            for (int i = 1; i < route.size(); i++) { // orthogonal
                Point a = route.get(i - 1);
                Point b = route.get(i);
                assertTrue(Math.abs(a.x() - b.x()) < 0.15 || Math.abs(a.y() - b.y()) < 0.15,
                        "edge " + edge.id() + " segment " + a + " → " + b + " is orthogonal");
            }
        }
    }

    @Test
    void everyKindLaysOutWithoutOverlapsAndWithEdgesOnTheirNodes() {
        for (Scene scene : List.of(SampleScenes.entities(), SampleScenes.tables(), SampleScenes.mappings(),
                GeneratedScenes.tables(150, 3, 7), GeneratedScenes.headerOnly(GeneratedScenes.tables(150, 3, 7)))) {
            Layout layout = DiagramLayouter.layout(scene);
            assertEquals(scene.nodes().size(), layout.nodes().size(), scene.title());
            assertNoOverlap(layout);
            assertEdgesEndOnTheirNodes(layout);
        }
    }

    @Test
    void nodeSizesComeFromTheRowsAndHeaderOnlyNodesHaveJustTheHeader() {
        Scene scene = SampleScenes.tables();
        Layout layout = DiagramLayouter.layout(scene);
        for (Node node : scene.nodes()) {
            Box box = layout.nodes().get(node.id());
            int lines = node.rows().size() + (node.hiddenRows() > 0 ? 1 : 0);
            double expected = lines == 0 ? Metrics.HEADER_HEIGHT : Metrics.HEADER_HEIGHT + lines * Metrics.ROW_HEIGHT + 6;
            assertEquals(expected, box.height(), 0.01, node.name());
        }
    }

    @Test
    void aMappingDiagramHasTheEntitiesLeftOfTheTables() {
        Layout layout = DiagramLayouter.layout(SampleScenes.mappings());
        Box entities = layout.groups().get("side-entities");
        Box tables = layout.groups().get("side-tables");
        assertTrue(entities.right() <= tables.x(), entities + " left of " + tables);
    }

    @Test
    void theSameSceneGivesTheSameLayout() {
        Scene scene = GeneratedScenes.tables(300, 4, 3);
        assertEquals(DiagramLayouter.layout(scene), DiagramLayouter.layout(scene));
    }
}
