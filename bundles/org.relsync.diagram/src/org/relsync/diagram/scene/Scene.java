package org.relsync.diagram.scene;

import java.util.List;

/**
 * What one diagram shows, before layout: its kind and title, the groups (frames), the nodes and
 * the edges in a stable order (model order), and the legend of what its states and lines mean.
 * The same scene feeds the SVG and PNG export and, later, the workbench's editor.
 */
public record Scene(DiagramKind kind, String title, List<Group> groups, List<Node> nodes, List<Edge> edges,
        List<LegendEntry> legend) {

    public Scene {
        groups = List.copyOf(groups);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        legend = List.copyOf(legend);
    }

    /** One line of the legend: a state or kind of line, and what it means. */
    public record LegendEntry(String cssClass, String text) {
    }
}
