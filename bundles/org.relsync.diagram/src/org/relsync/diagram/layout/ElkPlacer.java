package org.relsync.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.relsync.diagram.scene.Edge;
import org.relsync.diagram.scene.End;
import org.relsync.diagram.scene.Node;

/**
 * One run of ELK's layered algorithm over some nodes and the edges among them: orthogonal routing,
 * left to right, unconnected parts packed apart (or, partitioned, one column band per partition).
 * Edges that start or end at a row get a port at that row's height on the node's side. The options
 * depend on the size: past {@link #LARGE} nodes the cheaper layering, placement and crossing
 * minimisation, and no post-compaction.
 */
final class ElkPlacer {

    /** From this many nodes on, the options for large graphs. */
    static final int LARGE = 300;

    /** The width-to-height ratio ELK packs components towards, and groups are wrapped to. */
    static final double ASPECT_RATIO = 1.6;

    /** ELK's own defaults (for the benchmark's comparison), or the options chosen by size. */
    static volatile boolean elkDefaults = false;

    record Result(Map<String, Box> nodes, Map<String, List<Point>> edges, double width, double height) {
    }

    private ElkPlacer() {
    }

    /**
     * Places {@code nodes} (sizes from {@link Metrics}) with {@code edges} (only those with both
     * ends among the nodes are used); {@code partitions} non-null puts each node in its partition
     * (column bands from left to right) and keeps everything in one component.
     */
    static Result place(List<Node> nodes, List<Edge> edges, Map<String, Integer> partitions) {
        if (partitions != null) {
            return elk(nodes, edges, partitions);
        }
        // nodes without a line among these are packed apart in rows below the connected drawing
        // (ELK would string them along one row as wide as everything)
        java.util.Set<String> ids = new java.util.HashSet<>();
        nodes.forEach(node -> ids.add(node.id()));
        java.util.Set<String> linked = new java.util.HashSet<>();
        for (Edge edge : edges) {
            if (ids.contains(edge.source().node()) && ids.contains(edge.target().node())) {
                linked.add(edge.source().node());
                linked.add(edge.target().node());
            }
        }
        List<Node> connected = nodes.stream().filter(node -> linked.contains(node.id())).toList();
        List<Node> alone = nodes.stream().filter(node -> !linked.contains(node.id())).toList();
        if (connected.isEmpty() || alone.size() < 2) {
            return elk(nodes, edges, null);
        }
        Result main = elk(connected, edges, null);
        double area = 0;
        for (Node node : alone) {
            Box size = Metrics.size(node);
            area += (size.width() + GAP) * (size.height() + GAP);
        }
        double rowWidth = Math.max(main.width() - 2 * PADDING, Math.sqrt(area * ASPECT_RATIO));
        Map<String, Box> boxes = new LinkedHashMap<>(main.nodes());
        double x = PADDING;
        double y = main.height() + GAP;
        double rowHeight = 0;
        double width = main.width();
        for (Node node : alone) {
            Box size = Metrics.size(node);
            if (x > PADDING && x - PADDING + size.width() > rowWidth) {
                x = PADDING;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            boxes.put(node.id(), new Box(x, y, size.width(), size.height()));
            x += size.width() + GAP;
            rowHeight = Math.max(rowHeight, size.height());
            width = Math.max(width, x - GAP + PADDING);
        }
        Map<String, Box> ordered = new LinkedHashMap<>();
        nodes.forEach(node -> ordered.put(node.id(), boxes.get(node.id())));
        return new Result(ordered, main.edges(), width, y + rowHeight + PADDING);
    }

    /** ELK's own padding around a graph, and the gap between nodes packed in rows. */
    private static final double PADDING = 12;
    private static final double GAP = 28;

    private static Result elk(List<Node> nodes, List<Edge> edges, Map<String, Integer> partitions) {
        Elk.register();
        ElkNode graph = ElkGraphUtil.createGraph();
        configure(graph, nodes.size(), partitions != null, labelRoom(edges));
        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        Map<String, Node> byId = new HashMap<>();
        for (Node node : nodes) {
            Box size = Metrics.size(node);
            ElkNode elk = ElkGraphUtil.createNode(graph);
            elk.setIdentifier(node.id());
            elk.setDimensions(size.width(), size.height());
            if (partitions != null) {
                elk.setProperty(CoreOptions.PARTITIONING_PARTITION, partitions.getOrDefault(node.id(), 0));
            }
            elkNodes.put(node.id(), elk);
            byId.put(node.id(), node);
        }
        Map<String, ElkPort> ports = new HashMap<>();
        Map<ElkEdge, String> elkEdges = new LinkedHashMap<>();
        for (Edge edge : edges) {
            ElkNode source = elkNodes.get(edge.source().node());
            ElkNode target = elkNodes.get(edge.target().node());
            if (source == null || target == null) {
                continue;
            }
            ElkConnectableShape from = end(source, byId.get(edge.source().node()), edge.source(), PortSide.EAST, ports);
            ElkConnectableShape to = end(target, byId.get(edge.target().node()), edge.target(), PortSide.WEST, ports);
            ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(from, to);
            elkEdges.put(elkEdge, edge.id());
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        Map<String, Box> boxes = new LinkedHashMap<>();
        for (Map.Entry<String, ElkNode> entry : elkNodes.entrySet()) {
            ElkNode elk = entry.getValue();
            boxes.put(entry.getKey(), new Box(elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight()));
        }
        Map<String, List<Point>> routes = new LinkedHashMap<>();
        for (Map.Entry<ElkEdge, String> entry : elkEdges.entrySet()) {
            List<Point> points = new ArrayList<>();
            for (ElkEdgeSection section : entry.getKey().getSections()) {
                add(points, section.getStartX(), section.getStartY());
                for (ElkBendPoint bend : section.getBendPoints()) {
                    add(points, bend.getX(), bend.getY());
                }
                add(points, section.getEndX(), section.getEndY());
            }
            if (points.size() >= 2) {
                routes.put(entry.getValue(), points);
            }
        }
        return new Result(boxes, routes, graph.getWidth(), graph.getHeight());
    }

    private static void add(List<Point> points, double x, double y) {
        Point point = new Point(x, y);
        if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
            points.add(point);
        }
    }

    private static ElkConnectableShape end(ElkNode elk, Node node, End end, PortSide side, Map<String, ElkPort> ports) {
        int index = -1;
        for (int i = 0; end.row() != null && i < node.rows().size(); i++) {
            if (node.rows().get(i).id().equals(end.row())) {
                index = i;
                break;
            }
        }
        // an end at a row leaves at that row's height; an end at the node (or at a row the
        // column detail hides) at the header's middle, where the name is
        double y = index < 0 ? Metrics.HEADER_HEIGHT / 2 : Metrics.rowCenter(index);
        String key = node.id() + '\u0000' + (index < 0 ? "" : end.row()) + '\u0000' + side;
        ElkPort port = ports.get(key);
        if (port == null) {
            port = ElkGraphUtil.createPort(elk);
            port.setDimensions(0, 0);
            port.setLocation(side == PortSide.EAST ? elk.getWidth() : 0, y);
            port.setProperty(CoreOptions.PORT_SIDE, side);
            elk.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            ports.put(key, port);
        }
        return port;
    }

    /** The room between layers the navigator names at both ends of an edge need (10 px font), or 0. */
    private static double labelRoom(List<Edge> edges) {
        double widest = 0;
        for (Edge edge : edges) {
            for (End end : List.of(edge.source(), edge.target())) {
                if (end.label() != null) {
                    widest = Math.max(widest, Metrics.text(end.label()) * 0.85);
                }
            }
        }
        return widest == 0 ? 0 : 2 * widest + 56;
    }

    private static void configure(ElkNode graph, int size, boolean partitioned, double labelRoom) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        if (partitioned) {
            graph.setProperty(CoreOptions.PARTITIONING_ACTIVATE, true);
            graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
            // ties broken by the scene's order, not by ELK's hash sets: the same scene, the same picture
            graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, org.eclipse.elk.alg.layered.options.OrderingStrategy.NODES_AND_EDGES);
        }
        if (elkDefaults) {
            return;
        }
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, Math.max(56.0, Math.min(240.0, labelRoom)));
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        graph.setProperty(CoreOptions.SPACING_EDGE_NODE, 14.0);
        graph.setProperty(CoreOptions.SPACING_EDGE_EDGE, 8.0);
        graph.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 40.0);
        graph.setProperty(CoreOptions.ASPECT_RATIO, ASPECT_RATIO);
        if (size >= LARGE) {
            graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH);
            graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
            graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
            graph.setProperty(LayeredOptions.THOROUGHNESS, 1);
            graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
        } else {
            graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
        }
    }
}
