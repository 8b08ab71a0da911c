package org.relsync.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.relsync.diagram.scene.Edge;
import org.relsync.diagram.scene.EdgeKind;
import org.relsync.diagram.scene.End;
import org.relsync.diagram.scene.Group;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.Row;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.State;

/** What every scene must be, whatever it shows, and lookups for the tests. */
final class SceneChecks {

    private SceneChecks() {
    }

    /**
     * Ids are present and unique (nodes, edges; rows within their node); every node's group exists;
     * every edge end names a node of the scene and, when it names a row, a row that node shows; the
     * legend lists exactly the states and kinds of line the scene uses, in enum order.
     */
    static Scene wellFormed(Scene scene) {
        Set<String> groups = new HashSet<>();
        for (Group group : scene.groups()) {
            assertNotNull(group.id(), "group id");
            assertTrue(groups.add(group.id()), "duplicate group " + group.id());
        }
        Map<String, Node> nodes = new HashMap<>();
        EnumSet<State> used = EnumSet.noneOf(State.class);
        scene.groups().forEach(g -> used.addAll(g.state().states()));
        for (Node node : scene.nodes()) {
            assertNotNull(node.id(), () -> "node id of " + node.name());
            assertTrue(nodes.put(node.id(), node) == null, "duplicate node " + node.id());
            assertTrue(node.group() == null || groups.contains(node.group()), () -> node.name() + " in unknown group " + node.group());
            assertTrue(node.hiddenRows() >= 0);
            Set<String> rows = new HashSet<>();
            for (Row row : node.rows()) {
                assertNotNull(row.id(), () -> "row id of " + node.name() + "." + row.name());
                assertTrue(rows.add(row.id()), "duplicate row " + row.id());
                used.addAll(row.state().states());
            }
            used.addAll(node.state().states());
        }
        Set<String> edges = new HashSet<>();
        EnumSet<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
        for (Edge edge : scene.edges()) {
            assertNotNull(edge.id(), "edge id");
            assertTrue(edges.add(edge.id()), "duplicate edge " + edge.id());
            end(nodes, edge, edge.source());
            end(nodes, edge, edge.target());
            used.addAll(edge.state().states());
            kinds.add(edge.kind());
        }
        List<String> expected = new java.util.ArrayList<>();
        used.forEach(s -> expected.add(s.cssClass()));
        kinds.forEach(k -> expected.add(k.cssClass()));
        assertEquals(expected, scene.legend().stream().map(Scene.LegendEntry::cssClass).toList(), "legend");
        return scene;
    }

    private static void end(Map<String, Node> nodes, Edge edge, End end) {
        Node node = nodes.get(end.node());
        if (node == null) {
            fail("edge " + edge.id() + " (" + edge.kind() + ") names node " + end.node() + ", which the scene lacks");
        }
        if (end.row() != null) {
            assertTrue(node.rows().stream().anyMatch(r -> r.id().equals(end.row())),
                    () -> "edge " + edge.id() + " names row " + end.row() + ", which " + node.name() + " does not show");
        }
    }

    static Node node(Scene scene, String name) {
        List<Node> found = scene.nodes().stream().filter(n -> n.name().equals(name)).toList();
        assertEquals(1, found.size(), () -> "nodes named " + name + ": " + found);
        return found.get(0);
    }

    static Node nodeById(Scene scene, String id) {
        return scene.nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id));
    }

    static boolean hasNode(Scene scene, String name) {
        return scene.nodes().stream().anyMatch(n -> n.name().equals(name));
    }

    static Row row(Node node, String name) {
        return node.rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + node.name() + ": " + node.rows()));
    }

    static Edge edge(Scene scene, String id) {
        return scene.edges().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + id + " in " + scene.edges()));
    }

    static List<Edge> edges(Scene scene, EdgeKind kind) {
        return scene.edges().stream().filter(e -> e.kind() == kind).toList();
    }
}
