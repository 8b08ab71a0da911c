package org.relsync.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.Edge;
import org.relsync.diagram.scene.End;
import org.relsync.diagram.scene.Group;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.Scene;

/**
 * Lays a scene out (DIAGRAM-SPEC section 3).
 * <ul>
 * <li>Fresh: each group (schema) is laid out on its own by ELK layered (orthogonal routing,
 * unconnected parts packed apart) and the groups stand side by side, one frame each; a mapping
 * diagram is one ELK run with a partition per side, so entities face their tables.</li>
 * <li>With a stored layout ({@link Mode#KEEP}): every stored node keeps its position; new nodes
 * are laid out among themselves and put below their group (a new group to the right); stored edge
 * routes are kept while both ends are unchanged, other edges get an orthogonal route of three
 * segments. Adding or removing a node moves no other node.</li>
 * <li>{@link Mode#ALL}: a fresh layout whatever is stored ("layout all").</li>
 * </ul>
 */
public final class DiagramLayouter {

    public enum Mode {
        KEEP, ALL
    }

    static final double MARGIN = 20;
    static final double GROUP_GAP = 48;
    static final double NEW_GAP = 40;

    private DiagramLayouter() {
    }

    /**
     * For the benchmark's comparison only: lay out with ELK's default options (orthogonal routing
     * kept) instead of the options chosen by size.
     */
    public static void useElkDefaults(boolean defaults) {
        ElkPlacer.elkDefaults = defaults;
    }

    /** A fresh layout. */
    public static Layout layout(Scene scene) {
        return layout(scene, null, Mode.ALL);
    }

    /**
     * Lays {@code scene} out keeping what {@code stored} holds for it ({@code null}: nothing
     * stored) unless {@code mode} is {@link Mode#ALL}.
     */
    public static Layout layout(Scene scene, StoredLayout.Diagram stored, Mode mode) {
        Map<String, Node> nodesById = new HashMap<>();
        scene.nodes().forEach(node -> nodesById.put(node.id(), node));
        Map<String, Box> boxes;
        Map<String, List<Point>> routes;
        if (mode == Mode.ALL || stored == null || stored.nodes().isEmpty()) {
            boxes = new HashMap<>();
            routes = new HashMap<>();
            placeFresh(scene, scene.nodes(), boxes, routes, MARGIN, MARGIN);
        } else {
            boxes = new HashMap<>();
            routes = new HashMap<>();
            keep(scene, stored, boxes, routes);
        }
        // every edge has a route: ELK's, a stored one, or three orthogonal segments
        for (Edge edge : scene.edges()) {
            if (!routes.containsKey(edge.id())) {
                Box source = boxes.get(edge.source().node());
                Box target = boxes.get(edge.target().node());
                if (source != null && target != null) {
                    routes.put(edge.id(), route(source, rowY(nodesById.get(edge.source().node()), edge.source()), target,
                            rowY(nodesById.get(edge.target().node()), edge.target())));
                }
            }
        }
        return assemble(scene, boxes, routes);
    }

    /** How many of {@code scene}'s nodes a layout in {@code mode} keeping {@code stored} places afresh. */
    public static int fresh(Scene scene, StoredLayout.Diagram stored, Mode mode) {
        if (mode == Mode.ALL || stored == null || stored.nodes().isEmpty()) {
            return scene.nodes().size();
        }
        int fresh = 0;
        for (Node node : scene.nodes()) {
            if (!stored.nodes().containsKey(node.id())) {
                fresh++;
            }
        }
        return fresh;
    }

    private static void keep(Scene scene, StoredLayout.Diagram stored, Map<String, Box> boxes,
            Map<String, List<Point>> routes) {
        List<Node> fresh = new ArrayList<>();
        for (Node node : scene.nodes()) {
            StoredLayout.Entry entry = stored.nodes().get(node.id());
            if (entry == null) {
                fresh.add(node);
            } else {
                Box size = Metrics.size(node);
                boxes.put(node.id(), new Box(entry.box().x(), entry.box().y(), size.width(), size.height()));
            }
        }
        // a node that grew (more rows, a longer name) and now covers another is placed again like a
        // new one, unless the user pinned it: it moves, its neighbours do not
        for (Node node : scene.nodes()) {
            Box box = boxes.get(node.id());
            StoredLayout.Entry entry = stored.nodes().get(node.id());
            if (box == null || entry == null || entry.pinned()
                    || box.width() <= entry.box().width() && box.height() <= entry.box().height()) {
                continue;
            }
            for (Map.Entry<String, Box> other : boxes.entrySet()) {
                if (!other.getKey().equals(node.id()) && box.overlaps(other.getValue())) {
                    boxes.remove(node.id());
                    fresh.add(node);
                    break;
                }
            }
        }
        for (Edge edge : scene.edges()) {
            List<Point> route = stored.edges().get(edge.id());
            String source = edge.source().node();
            String target = edge.target().node();
            if (route != null && unchanged(stored, boxes, source) && unchanged(stored, boxes, target)) {
                routes.put(edge.id(), route);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        // the new nodes, group by group, below what their group holds already
        Map<String, List<Node>> byGroup = new LinkedHashMap<>();
        for (Node node : fresh) {
            byGroup.computeIfAbsent(String.valueOf(node.group()), g -> new ArrayList<>()).add(node);
        }
        for (Map.Entry<String, List<Node>> entry : byGroup.entrySet()) {
            List<Node> newNodes = entry.getValue();
            String group = newNodes.get(0).group();
            // the block of new nodes, laid out among themselves at the origin
            Map<String, Box> placed = new HashMap<>();
            Map<String, List<Point>> placedRoutes = new HashMap<>();
            placeFresh(scene, newNodes, placed, placedRoutes, 0, 0);
            Box block = bounds(placed.values());
            Box own = null; // the group's nodes already placed
            List<Box> nodeBoxes = new ArrayList<>();
            Map<String, List<Box>> others = new HashMap<>();
            for (Node node : scene.nodes()) {
                Box box = boxes.get(node.id());
                if (box == null) {
                    continue;
                }
                if (java.util.Objects.equals(node.group(), group)) {
                    own = own == null ? box : union(own, box);
                }
                nodeBoxes.add(box);
                if (node.group() != null && !node.group().equals(group)) {
                    others.computeIfAbsent(node.group(), g -> new ArrayList<>()).add(box);
                }
            }
            List<Box> frames = new ArrayList<>();
            for (List<Box> members : others.values()) { // the other groups' frames
                frames.add(frame(bounds(members)));
            }
            double pad = Metrics.GROUP_PADDING + Metrics.GROUP_HEADER;
            List<double[]> candidates = new ArrayList<>();
            Box neighbour = neighbour(scene, newNodes, boxes);
            if (neighbour != null) {
                // beside the box the new ones have a line to: right of it, below, left, above
                candidates.add(new double[] {neighbour.right() + NEW_GAP, neighbour.y()});
                candidates.add(new double[] {neighbour.x(), neighbour.bottom() + NEW_GAP});
                candidates.add(new double[] {neighbour.x() - NEW_GAP - block.width(), neighbour.y()});
                candidates.add(new double[] {neighbour.x(), neighbour.y() - NEW_GAP - block.height()});
            }
            if (own != null) {
                // a hole inside the group's area (packing leaves some), which grows no frame: the
                // one nearest the neighbour, if there is one
                double[] hole = hole(own, block, nodeBoxes, neighbour);
                if (hole != null) {
                    candidates.add(hole);
                }
                candidates.add(new double[] {own.x(), own.bottom() + NEW_GAP}); // below its group
                candidates.add(new double[] {own.right() + NEW_GAP, own.y()}); // right of it
            }
            double bottom = 0;
            for (Box box : nodeBoxes) {
                bottom = Math.max(bottom, box.bottom());
            }
            for (Box box : frames) {
                bottom = Math.max(bottom, box.bottom());
            }
            candidates.add(new double[] {MARGIN + pad, bottom + GROUP_GAP + pad}); // below everything
            for (int c = 0; c < candidates.size(); c++) {
                double[] at = candidates.get(c);
                Box moved = block.moved(at[0] - block.x(), at[1] - block.y());
                Box spaced = new Box(moved.x() - 20, moved.y() - 20, moved.width() + 40, moved.height() + 40);
                Box newFrame = frame(own == null ? moved : union(own, moved));
                boolean free = c == candidates.size() - 1;
                if (!free) {
                    free = nodeBoxes.stream().noneMatch(spaced::overlaps)
                            && (group == null || frames.stream().noneMatch(newFrame::overlaps));
                }
                if (free) {
                    double dx = at[0] - block.x();
                    double dy = at[1] - block.y();
                    placed.forEach((id, box) -> boxes.put(id, round(box.moved(dx, dy))));
                    placedRoutes.forEach((id, points) -> routes.put(id,
                            points.stream().map(p -> new Point(round(p.x() + dx), round(p.y() + dy))).toList()));
                    break;
                }
            }
        }
    }

    /** The box already placed that the first edge between {@code newNodes} and the others reaches, or {@code null}. */
    private static Box neighbour(Scene scene, List<Node> newNodes, Map<String, Box> boxes) {
        java.util.Set<String> fresh = new java.util.HashSet<>();
        newNodes.forEach(node -> fresh.add(node.id()));
        for (Edge edge : scene.edges()) {
            String source = edge.source().node();
            String target = edge.target().node();
            if (fresh.contains(source) && !fresh.contains(target) && boxes.containsKey(target)) {
                return boxes.get(target);
            }
            if (fresh.contains(target) && !fresh.contains(source) && boxes.containsKey(source)) {
                return boxes.get(source);
            }
        }
        return null;
    }

    /**
     * The top-left corner of a free place for {@code block} inside {@code area}, or {@code null}: the
     * first one scanning rows, or with {@code near}, the one whose centre is nearest to it.
     */
    private static double[] hole(Box area, Box block, List<Box> obstacles, Box near) {
        double step = 20;
        double best = Double.MAX_VALUE;
        double[] nearest = null;
        List<Box> inside = new ArrayList<>();
        for (Box box : obstacles) {
            if (box.overlaps(area)) {
                inside.add(box);
            }
        }
        for (double y = area.y(); y + block.height() <= area.bottom(); y += step) {
            for (double x = area.x(); x + block.width() <= area.right(); x += step) {
                Box spaced = new Box(x - 20, y - 20, block.width() + 40, block.height() + 40);
                boolean free = true;
                for (Box box : inside) {
                    if (spaced.overlaps(box)) {
                        free = false;
                        x = Math.max(x, box.right() + 20 - step); // skip past it
                        break;
                    }
                }
                if (free) {
                    if (near == null) {
                        return new double[] {x, y};
                    }
                    double distance = Math.hypot(x + block.width() / 2 - (near.x() + near.width() / 2),
                            y + block.height() / 2 - (near.y() + near.height() / 2));
                    if (distance < best) {
                        best = distance;
                        nearest = new double[] {x, y};
                    }
                }
            }
        }
        return nearest;
    }

    private static Box bounds(java.util.Collection<Box> boxes) {
        Box all = null;
        for (Box box : boxes) {
            all = all == null ? box : union(all, box);
        }
        return all;
    }

    private static Box union(Box a, Box b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Box(x, y, Math.max(a.right(), b.right()) - x, Math.max(a.bottom(), b.bottom()) - y);
    }

    private static Box frame(Box nodes) {
        double pad = Metrics.GROUP_PADDING;
        return new Box(nodes.x() - pad, nodes.y() - pad - Metrics.GROUP_HEADER, nodes.width() + 2 * pad,
                nodes.height() + 2 * pad + Metrics.GROUP_HEADER);
    }

    private static boolean unchanged(StoredLayout.Diagram stored, Map<String, Box> boxes, String node) {
        StoredLayout.Entry entry = stored.nodes().get(node);
        Box now = boxes.get(node);
        return entry != null && now != null && entry.box().equals(now);
    }

    /**
     * Places {@code nodes} fresh with their top-left corner at (x, y): a mapping diagram in one
     * partitioned ELK run, otherwise group by group side by side.
     */
    private static void placeFresh(Scene scene, List<Node> nodes, Map<String, Box> boxes, Map<String, List<Point>> routes,
            double x, double y) {
        Map<String, Integer> groupIndex = new HashMap<>();
        for (Group group : scene.groups()) {
            groupIndex.put(group.id(), groupIndex.size());
        }
        boolean framed = nodes.stream().anyMatch(node -> node.group() != null && groupIndex.containsKey(node.group()));
        double inset = framed ? Metrics.GROUP_PADDING : 0;
        double header = framed ? Metrics.GROUP_HEADER : 0;
        if (scene.kind() == DiagramKind.MAPPINGS && nodes.size() >= ElkPlacer.LARGE && !ElkPlacer.elkDefaults) {
            placeSideBySide(scene, nodes, groupIndex, x + inset, y + header + inset, inset, boxes);
            return;
        }
        if (scene.kind() == DiagramKind.MAPPINGS) {
            Map<String, Integer> partitions = new HashMap<>();
            for (Node node : nodes) {
                partitions.put(node.id(), groupIndex.getOrDefault(node.group(), 0));
            }
            ElkPlacer.Result result = ElkPlacer.place(nodes, scene.edges(), partitions);
            copy(result, x + inset, y + header + inset, boxes, routes);
            return;
        }
        Map<String, List<Node>> byGroup = new LinkedHashMap<>();
        for (Group group : scene.groups()) {
            byGroup.put(group.id(), new ArrayList<>());
        }
        List<Node> ungrouped = new ArrayList<>();
        for (Node node : nodes) {
            List<Node> members = node.group() == null ? null : byGroup.get(node.group());
            (members == null ? ungrouped : members).add(node);
        }
        List<ElkPlacer.Result> results = new ArrayList<>();
        for (List<Node> members : byGroup.values()) {
            if (!members.isEmpty()) {
                results.add(ElkPlacer.place(members, scene.edges(), null));
            }
        }
        // the frames in rows, left to right, each row about 1.6 times as wide as the drawing is high
        double area = 0;
        double widest = 0;
        for (ElkPlacer.Result result : results) {
            double w = result.width() + 2 * inset + GROUP_GAP;
            area += w * (result.height() + 2 * inset + header + GROUP_GAP);
            widest = Math.max(widest, w);
        }
        // (a third more, so that a small schema stands beside a large one rather than below it)
        double rowWidth = Math.max(widest, Math.sqrt(area * ElkPlacer.ASPECT_RATIO)) * 1.35;
        double left = x;
        double top = y;
        double rowHeight = 0;
        for (ElkPlacer.Result result : results) {
            double w = result.width() + 2 * inset + GROUP_GAP;
            if (left > x && left - x + w > rowWidth * 1.05) {
                left = x;
                top += rowHeight + GROUP_GAP;
                rowHeight = 0;
            }
            copy(result, left + inset, top + header + inset, boxes, routes);
            left += w;
            rowHeight = Math.max(rowHeight, result.height() + 2 * inset + header);
        }
        if (!ungrouped.isEmpty()) {
            ElkPlacer.Result result = ElkPlacer.place(ungrouped, scene.edges(), null);
            copy(result, results.isEmpty() ? x : x, results.isEmpty() ? y : top + rowHeight + GROUP_GAP, boxes, routes);
        }
    }

    /** The room between the columns of a large mapping diagram, for the arrows. */
    static final double SIDE_GAP = 90;

    /**
     * A large mapping diagram without ELK (whose partitioned run grows with the cube of the nodes
     * at this size, 13 s and 1.2 GB at 2,000): one column a side, as ELK draws a small one. The
     * first side's nodes are stacked in the scene's order, right-aligned towards the next side;
     * a node of a later side stands level with the first node it maps, or below the one above it;
     * what maps nothing comes last. Every edge then gets the three-segment route, most of them
     * straight across.
     */
    private static void placeSideBySide(Scene scene, List<Node> nodes, Map<String, Integer> groupIndex, double x, double y,
            double inset, Map<String, Box> boxes) {
        java.util.TreeMap<Integer, List<Node>> sides = new java.util.TreeMap<>();
        for (Node node : nodes) {
            sides.computeIfAbsent(groupIndex.getOrDefault(node.group(), 0), g -> new ArrayList<>()).add(node);
        }
        Map<String, List<String>> partners = new HashMap<>(); // a node: the nodes its edges reach
        for (Edge edge : scene.edges()) {
            partners.computeIfAbsent(edge.target().node(), k -> new ArrayList<>()).add(edge.source().node());
            partners.computeIfAbsent(edge.source().node(), k -> new ArrayList<>()).add(edge.target().node());
        }
        double gap = Metrics.GROUP_PADDING;
        double left = x;
        boolean first = true;
        for (List<Node> side : sides.values()) {
            double width = 0;
            for (Node node : side) {
                width = Math.max(width, Metrics.size(node).width());
            }
            List<Node> level = new ArrayList<>();
            List<Node> rest = new ArrayList<>();
            for (Node node : side) {
                boolean mapped = !first && partners.getOrDefault(node.id(), List.of()).stream().anyMatch(boxes::containsKey);
                (first || mapped ? level : rest).add(node);
            }
            if (!first) { // level with their partners, top to bottom
                level.sort(java.util.Comparator.comparingDouble(node -> partnerY(node, partners, boxes)));
            }
            double bottom = y - 28;
            for (Node node : level) {
                Box size = Metrics.size(node);
                double top = Math.max(first ? bottom + 28 : partnerY(node, partners, boxes), bottom + 28);
                double at = first ? left + width - size.width() : left;
                boxes.put(node.id(), round(new Box(at, top, size.width(), size.height())));
                bottom = top + size.height();
            }
            for (Node node : rest) {
                Box size = Metrics.size(node);
                boxes.put(node.id(), round(new Box(left, bottom + 28, size.width(), size.height())));
                bottom += 28 + size.height();
            }
            left += width + 2 * inset + gap + SIDE_GAP;
            first = false;
        }
    }

    /** The top of the highest node already placed that {@code node} has an edge with. */
    private static double partnerY(Node node, Map<String, List<String>> partners, Map<String, Box> boxes) {
        double y = Double.MAX_VALUE;
        for (String partner : partners.getOrDefault(node.id(), List.of())) {
            Box box = boxes.get(partner);
            if (box != null) {
                y = Math.min(y, box.y());
            }
        }
        return y;
    }

    private static void copy(ElkPlacer.Result result, double dx, double dy, Map<String, Box> boxes,
            Map<String, List<Point>> routes) {
        result.nodes().forEach((id, box) -> boxes.put(id, round(box.moved(dx, dy))));
        result.edges().forEach((id, points) -> routes.put(id,
                points.stream().map(p -> new Point(round(p.x() + dx), round(p.y() + dy))).toList()));
    }

    static Box round(Box box) {
        return new Box(round(box.x()), round(box.y()), round(box.width()), round(box.height()));
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The y of an end's row relative to its node's top, or {@code NaN} for the node itself. */
    private static double rowY(Node node, End end) {
        if (node != null && end.row() != null) {
            for (int i = 0; i < node.rows().size(); i++) {
                if (node.rows().get(i).id().equals(end.row())) {
                    return Metrics.rowCenter(i);
                }
            }
        }
        return Double.NaN;
    }

    /** Three orthogonal segments from the source's side to the target's facing side. */
    static List<Point> route(Box source, double sourceRow, Box target, double targetRow) {
        double sy = round(source.y() + (Double.isNaN(sourceRow) ? Metrics.HEADER_HEIGHT / 2 : sourceRow));
        double ty = round(target.y() + (Double.isNaN(targetRow) ? Metrics.HEADER_HEIGHT / 2 : targetRow));
        List<Point> points = new ArrayList<>();
        if (target.x() >= source.right()) {
            double mid = round((source.right() + target.x()) / 2);
            points.add(new Point(source.right(), sy));
            points.add(new Point(mid, sy));
            points.add(new Point(mid, ty));
            points.add(new Point(target.x(), ty));
        } else if (source.x() >= target.right()) {
            double mid = round((target.right() + source.x()) / 2);
            points.add(new Point(source.x(), sy));
            points.add(new Point(mid, sy));
            points.add(new Point(mid, ty));
            points.add(new Point(target.right(), ty));
        } else {
            double out = round(Math.max(source.right(), target.right()) + 24);
            points.add(new Point(source.right(), sy));
            points.add(new Point(out, sy));
            points.add(new Point(out, ty));
            points.add(new Point(target.right(), ty));
        }
        List<Point> clean = new ArrayList<>();
        for (Point point : points) {
            if (clean.isEmpty() || !clean.get(clean.size() - 1).equals(point)) {
                clean.add(point);
            }
        }
        return clean;
    }

    private static Layout assemble(Scene scene, Map<String, Box> boxes, Map<String, List<Point>> routes) {
        Map<String, Box> nodes = new LinkedHashMap<>();
        for (Node node : scene.nodes()) {
            Box box = boxes.get(node.id());
            if (box != null) {
                nodes.put(node.id(), box);
            }
        }
        Map<String, List<Point>> edges = new LinkedHashMap<>();
        for (Edge edge : scene.edges()) {
            List<Point> route = routes.get(edge.id());
            if (route != null) {
                edges.put(edge.id(), List.copyOf(route));
            }
        }
        Map<String, Box> groups = new LinkedHashMap<>();
        for (Group group : scene.groups()) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (Node node : scene.nodes()) {
                Box box = nodes.get(node.id());
                if (box != null && group.id().equals(node.group())) {
                    minX = Math.min(minX, box.x());
                    minY = Math.min(minY, box.y());
                    maxX = Math.max(maxX, box.right());
                    maxY = Math.max(maxY, box.bottom());
                }
            }
            if (minX != Double.MAX_VALUE) {
                double pad = Metrics.GROUP_PADDING;
                groups.put(group.id(), round(new Box(minX - pad, minY - pad - Metrics.GROUP_HEADER,
                        maxX - minX + 2 * pad, maxY - minY + 2 * pad + Metrics.GROUP_HEADER)));
            }
        }
        double width = 0;
        double height = 0;
        for (Box box : nodes.values()) {
            width = Math.max(width, box.right());
            height = Math.max(height, box.bottom());
        }
        for (Box box : groups.values()) {
            width = Math.max(width, box.right());
            height = Math.max(height, box.bottom());
        }
        for (List<Point> route : edges.values()) {
            for (Point point : route) {
                width = Math.max(width, point.x());
                height = Math.max(height, point.y());
            }
        }
        return new Layout(scene, nodes, edges, groups, Math.ceil(width + MARGIN), Math.ceil(height + MARGIN));
    }
}
