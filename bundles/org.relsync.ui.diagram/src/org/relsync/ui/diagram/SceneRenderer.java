package org.relsync.ui.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.relsync.diagram.export.Palette;
import org.relsync.diagram.layout.Box;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.layout.Metrics;
import org.relsync.diagram.layout.Point;
import org.relsync.diagram.scene.Badge;
import org.relsync.diagram.scene.Edge;
import org.relsync.diagram.scene.EdgeKind;
import org.relsync.diagram.scene.End;
import org.relsync.diagram.scene.Group;
import org.relsync.diagram.scene.Marker;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.NodeKind;
import org.relsync.diagram.scene.Row;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.State;
import org.relsync.diagram.scene.SyncState;

/**
 * Draws a {@link Layout} on an SWT {@link GC} the way {@code SvgExporter} writes it: the same
 * colours, sizes ({@link Metrics}), badges, accents, crow's-foot ends and legend, so the editor and
 * the export look alike. A point of the diagram lands at {@code diagram * zoom + origin} on the
 * GC. Only what meets the GC's clipping is drawn, and text follows the zoom as the PNG export's
 * levels of detail do (below 45 % only names, below 20 % none).
 */
public final class SceneRenderer {

    /** Below this zoom the rows' texts are left out; below {@link #OUTLINE_ZOOM} all text. */
    public static final double NAMES_ZOOM = 0.45;
    public static final double OUTLINE_ZOOM = 0.2;
    static final double LEGEND_LINE = 20;
    static final String FONT = "DejaVu Sans";

    private final Device device;
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();
    private final Map<String, Integer> ascents = new HashMap<>();

    public SceneRenderer(Device device) {
        this.device = device;
    }

    /** The size of the whole drawing at 100 %, legend included. */
    public static double[] size(Layout layout) {
        List<Scene.LegendEntry> legend = layout.scene().legend();
        double width = Math.max(layout.width(), legendWidth(legend) + 40);
        double height = layout.height() + (legend.isEmpty() ? 0 : 16 + LEGEND_LINE * legend.size() + 20);
        return new double[] {Math.ceil(width), Math.ceil(height)};
    }

    private static double legendWidth(List<Scene.LegendEntry> legend) {
        double width = 40;
        for (Scene.LegendEntry entry : legend) {
            width = Math.max(width, 64 + Metrics.text(entry.text()) * 0.95);
        }
        return width;
    }

    /** The id of the topmost node whose box holds screen point ({@code x}, {@code y}), or {@code null}. */
    public static String nodeAt(Layout layout, double zoom, double originX, double originY, int x, int y) {
        double dx = (x - originX) / zoom;
        double dy = (y - originY) / zoom;
        String found = null;
        for (Node node : layout.scene().nodes()) { // drawn in scene order: the last one is on top
            Box box = layout.nodes().get(node.id());
            if (box != null && dx >= box.x() && dx <= box.right() && dy >= box.y() && dy <= box.bottom()) {
                found = node.id();
            }
        }
        return found;
    }

    /**
     * Draws {@code layout} on {@code gc} at {@code zoom}, diagram point (0, 0) at ({@code originX},
     * {@code originY}); the nodes in {@code selected} get a selection outline. The GC's clipping (a
     * paint event's area) bounds what is drawn.
     */
    public void paint(GC gc, Layout layout, double zoom, double originX, double originY, Set<String> selected) {
        Rectangle clip = gc.getClipping();
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setBackground(color(Palette.BACKGROUND));
        gc.fillRectangle(clip);
        Transform transform = new Transform(device, (float) zoom, 0, 0, (float) zoom, (float) originX, (float) originY);
        try {
            gc.setTransform(transform);
            // the visible part of the diagram, with room for labels and line ends beyond the boxes
            double margin = 30;
            Box visible = new Box((clip.x - originX) / zoom - margin, (clip.y - originY) / zoom - margin,
                    clip.width / zoom + 2 * margin, clip.height / zoom + 2 * margin);
            Detail detail = zoom < OUTLINE_ZOOM ? Detail.OUTLINE : zoom < NAMES_ZOOM ? Detail.NAMES : Detail.FULL;
            Scene scene = layout.scene();
            for (Group group : scene.groups()) {
                Box box = layout.groups().get(group.id());
                if (box != null && box.overlaps(visible)) {
                    group(gc, group, box, detail);
                }
            }
            for (Edge edge : scene.edges()) {
                List<Point> route = layout.edges().get(edge.id());
                if (route != null && route.size() >= 2 && bounds(route).overlaps(visible)) {
                    edge(gc, edge, route, detail);
                }
            }
            for (Node node : scene.nodes()) {
                Box box = layout.nodes().get(node.id());
                if (box != null && box.overlaps(visible)) {
                    node(gc, node, box, detail);
                    if (selected.contains(node.id())) {
                        gc.setAlpha(255);
                        stroke(gc, Palette.SELECTION, 2.5f, null);
                        gc.drawRoundRectangle(r(box.x() - 3), r(box.y() - 3), r(box.width() + 6), r(box.height() + 6), 8, 8);
                    }
                }
            }
            List<Scene.LegendEntry> legend = scene.legend();
            if (!legend.isEmpty()) {
                Box box = new Box(20, layout.height() + 10, legendWidth(legend), 12 + LEGEND_LINE * legend.size());
                if (box.overlaps(visible)) {
                    legend(gc, legend, box, detail);
                }
            }
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
    }

    private enum Detail {
        FULL, NAMES, OUTLINE
    }

    private static Box bounds(List<Point> route) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : route) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    // ---- groups and nodes

    private void group(GC gc, Group group, Box box, Detail detail) {
        SyncState state = state(group.state());
        gc.setAlpha(state.has(State.FADED) ? 64 : 255);
        gc.setBackground(color(Palette.FRAME));
        gc.fillRoundRectangle(r(box.x()), r(box.y()), r(box.width()), r(box.height()), 8, 8);
        if (state.has(State.ORPHAN)) {
            stroke(gc, Palette.WARNING, 1.6f, new float[] {6, 3});
        } else {
            stroke(gc, Palette.FRAME_STROKE, 1f, null);
        }
        gc.drawRoundRectangle(r(box.x()), r(box.y()), r(box.width()), r(box.height()), 8, 8);
        if (detail != Detail.OUTLINE) {
            // the export writes two spaces either side, which SVG renderers collapse into one
            String label = group.label() + (group.syncSource() == null ? "" : " \u00b7 " + group.syncSource());
            text(gc, label, box.x() + 8, box.y() + 16, 12, SWT.BOLD, Palette.GROUP_LABEL);
        }
        gc.setAlpha(255);
    }

    private void node(GC gc, Node node, Box box, Detail detail) {
        SyncState state = state(node.state());
        gc.setAlpha(state.has(State.FADED) ? 64 : 255);
        int x = r(box.x());
        int y = r(box.y());
        int w = r(box.width());
        int h = r(box.height());
        gc.setBackground(color(Palette.BOX));
        gc.fillRoundRectangle(x, y, w, h, 6, 6);
        gc.setBackground(color(Palette.header(node.kind())));
        gc.fillRoundRectangle(x + 1, y + 1, w - 1, r(Metrics.HEADER_HEIGHT) - 1, 4, 4);
        gc.fillRectangle(x + 1, y + 5, w - 1, r(Metrics.HEADER_HEIGHT) - 5);
        if (accented(state)) {
            gc.setBackground(color(accent(state)));
            gc.fillRectangle(x, y, 4, h);
        }
        boxStroke(gc, node.kind(), state);
        gc.drawRoundRectangle(x, y, w, h, 6, 6);
        if (!node.rows().isEmpty() || node.hiddenRows() > 0) {
            stroke(gc, Palette.BOX_STROKE, 1.2f, null);
            gc.drawLine(x, y + r(Metrics.HEADER_HEIGHT), x + w, y + r(Metrics.HEADER_HEIGHT));
        }
        String name = Metrics.fit(node.name(), box.width() - 2 * Metrics.PADDING - Metrics.badgesWidth(state) - 6, Metrics.NAME_SCALE);
        double nameY = box.y() + 18;
        if (detail != Detail.OUTLINE) {
            text(gc, name, box.x() + Metrics.PADDING, nameY, 13, SWT.BOLD, state.has(State.MARKED) ? Palette.ERROR : Palette.NAME);
            if (state.has(State.MARKED)) {
                int width = gc.textExtent(name).x;
                stroke(gc, Palette.ERROR, 1.3f, null);
                gc.drawLine(r(box.x() + Metrics.PADDING), r(nameY - 4.5), r(box.x() + Metrics.PADDING) + width, r(nameY - 4.5));
            }
        }
        badges(gc, state, box.right() - 6, box.y() + 7, detail != Detail.OUTLINE);
        if (detail == Detail.FULL) {
            List<Row> rows = node.rows();
            for (int i = 0; i < rows.size(); i++) {
                row(gc, rows.get(i), box, i);
            }
            if (node.hiddenRows() > 0) {
                double rowY = box.y() + Metrics.rowCenter(rows.size()) + 4;
                text(gc, "\u2026 " + node.hiddenRows() + " more", box.x() + Metrics.PADDING + 18, rowY, 12, SWT.ITALIC, Palette.ROW_MORE);
            }
        }
        gc.setAlpha(255);
    }

    /** The box's outline: kind (typed views dashed), then marked, orphan, unmapped / lost, as the export's style sheet orders them. */
    private void boxStroke(GC gc, NodeKind kind, SyncState state) {
        int rgb = Palette.BOX_STROKE;
        float width = 1.2f;
        float[] dash = kind == NodeKind.TYPED_VIEW ? new float[] {2, 2} : null;
        if (state.has(State.MARKED)) {
            rgb = Palette.ERROR;
            width = 2.2f;
        }
        if (state.has(State.ORPHAN)) {
            rgb = Palette.WARNING;
            width = 1.6f;
            dash = new float[] {6, 3};
        }
        if (state.has(State.UNMAPPED) || state.has(State.LOST_MAPPING)) {
            rgb = Palette.ERROR;
        }
        stroke(gc, rgb, width, dash);
    }

    private void row(GC gc, Row row, Box box, int index) {
        SyncState state = state(row.state());
        double y = box.y() + Metrics.rowCenter(index) + 4;
        if (accented(state)) {
            gc.setBackground(color(accent(state)));
            gc.fillRectangle(r(box.x() + 1), r(y - 12), 3, r(Metrics.ROW_HEIGHT - 2));
        }
        String marker = row.markerLabel();
        if (!marker.isEmpty()) {
            text(gc, marker, box.x() + Metrics.PADDING, y - 1, 9, SWT.BOLD, Palette.ROW_MARKER);
        }
        double nameX = box.x() + Metrics.PADDING + 18;
        double room = box.width() - 2 * Metrics.PADDING - 18;
        String type = row.type() == null ? "" : row.type() + (row.markers().contains(Marker.OPTIONAL) ? "?" : "");
        String fittedType = Metrics.fit(type, Math.max(room * 0.45, room - Metrics.text(row.name()) - 10), 1);
        String name = Metrics.fit(row.name(), room - Metrics.text(fittedType) - 10, 1);
        int nameColor = Palette.ROW_NAME;
        int style = SWT.NORMAL;
        if (state.has(State.MARKED)) {
            nameColor = Palette.ERROR;
        }
        if (state.has(State.ORPHAN)) {
            nameColor = Palette.ORPHAN_TEXT;
            style = SWT.ITALIC;
        }
        if (state.has(State.UNMAPPED) || state.has(State.LOST_MAPPING)) {
            nameColor = Palette.ERROR;
        }
        text(gc, name, nameX, y, 12, style, nameColor);
        if (state.has(State.MARKED)) {
            int width = gc.textExtent(name).x;
            stroke(gc, Palette.ERROR, 1.3f, null);
            gc.drawLine(r(nameX), r(y - 4), r(nameX) + width, r(y - 4));
        }
        if (!fittedType.isEmpty()) {
            Font font = font(12, SWT.NORMAL);
            gc.setFont(font);
            int typeWidth = gc.textExtent(fittedType).x;
            text(gc, fittedType, box.right() - Metrics.PADDING - typeWidth, y, 12, SWT.NORMAL, Palette.ROW_TYPE);
        }
        if (state.flagged()) {
            gc.setBackground(color(state.flagIsError() ? Palette.ERROR : Palette.WARNING));
            gc.fillOval(r(box.right() - 5.5), r(y - 6.5), 5, 5);
        }
    }

    /** The badges, right-aligned ending at {@code right}, as pills 13 px high. */
    private void badges(GC gc, SyncState state, double right, double top, boolean withText) {
        double x = right;
        for (Badge badge : state.badges()) {
            double width = Metrics.badgeWidth(badge.text());
            x -= width;
            gc.setBackground(color(badge.kind().error() ? Palette.ERROR : Palette.WARNING));
            gc.fillRoundRectangle(r(x), r(top), r(width), 13, 13, 13);
            if (withText) {
                gc.setFont(font(9, SWT.BOLD));
                int textWidth = gc.textExtent(badge.text()).x;
                text(gc, badge.text(), x + width / 2 - textWidth / 2.0, top + 9.8, 9, SWT.BOLD, Palette.BADGE_TEXT);
            }
            x -= 3;
        }
    }

    // ---- edges

    private void edge(GC gc, Edge edge, List<Point> route, Detail detail) {
        SyncState state = state(edge.state());
        gc.setAlpha(state.has(State.FADED) ? 64 : 255);
        int rgb = Palette.EDGE;
        float[] dash = null;
        int arrowRgb = Palette.EDGE;
        switch (edge.kind()) {
            case ENTITY_MAPPING -> {
                rgb = Palette.ENTITY_MAPPING;
                dash = new float[] {6, 3};
                arrowRgb = Palette.ENTITY_MAPPING;
            }
            case FIELD_MAPPING -> {
                rgb = Palette.FIELD_MAPPING;
                dash = new float[] {6, 3};
                arrowRgb = Palette.ENTITY_MAPPING;
            }
            case RELATIONSHIP_MAPPING -> {
                rgb = Palette.RELATIONSHIP_MAPPING;
                dash = new float[] {2, 2};
                arrowRgb = Palette.ENTITY_MAPPING;
            }
            case SEQUENCE_USE -> dash = new float[] {2, 3};
            default -> {
            }
        }
        if (state.has(State.MARKED)) {
            rgb = Palette.ERROR;
        }
        if (state.has(State.ORPHAN)) {
            rgb = Palette.WARNING;
            dash = new float[] {6, 3};
        }
        if (state.has(State.LOST_MAPPING)) {
            rgb = Palette.ERROR;
        }
        if (state.has(State.CREATED)) {
            rgb = Palette.CREATED;
        }
        stroke(gc, rgb, 1.2f, dash);
        int[] points = new int[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            points[2 * i] = r(route.get(i).x());
            points[2 * i + 1] = r(route.get(i).y());
        }
        gc.drawPolyline(points);
        Point sourceEnd = route.get(0);
        Point sourceNext = route.get(1);
        Point targetEnd = route.get(route.size() - 1);
        Point targetNext = route.get(route.size() - 2);
        String sourceCard = edge.source().cardinality();
        String targetCard = edge.target().cardinality();
        if (edge.kind() == EdgeKind.FOREIGN_KEY) {
            sourceCard = sourceCard == null ? "*" : sourceCard;
            targetCard = targetCard == null ? "1" : targetCard;
        }
        if (edge.kind() == EdgeKind.RELATIONSHIP || edge.kind() == EdgeKind.FOREIGN_KEY) {
            stroke(gc, Palette.EDGE, 1.2f, null);
            crowsFoot(gc, sourceEnd, sourceNext, sourceCard);
            crowsFoot(gc, targetEnd, targetNext, targetCard);
        } else if (edge.kind() == EdgeKind.SUPERTYPE) {
            stroke(gc, Palette.EDGE, 1.2f, null);
            arrow(gc, targetEnd, targetNext, 13, 7, Palette.BACKGROUND, true);
        } else {
            arrow(gc, targetEnd, targetNext, 9, 4, arrowRgb, false);
        }
        if (detail == Detail.FULL) {
            endLabel(gc, edge.source(), sourceEnd, sourceNext, true);
            endLabel(gc, edge.target(), targetEnd, targetNext, false);
        }
        gc.setAlpha(255);
    }

    private static double[] direction(Point end, Point next) {
        double dx = next.x() - end.x();
        double dy = next.y() - end.y();
        double length = Math.hypot(dx, dy);
        return length == 0 ? new double[] {1, 0} : new double[] {dx / length, dy / length};
    }

    private void crowsFoot(GC gc, Point end, Point next, String cardinality) {
        if (cardinality == null) {
            return;
        }
        double[] d = direction(end, next);
        double px = -d[1];
        double py = d[0];
        boolean many = cardinality.endsWith("*") || cardinality.endsWith("n");
        boolean optional = cardinality.startsWith("0");
        if (many) {
            double bx = end.x() + d[0] * 12;
            double by = end.y() + d[1] * 12;
            gc.drawPolyline(new int[] {r(end.x() + px * 6), r(end.y() + py * 6), r(bx), r(by), r(end.x() - px * 6), r(end.y() - py * 6)});
            gc.drawLine(r(end.x()), r(end.y()), r(bx), r(by));
        } else {
            bar(gc, end, d, px, py, 6);
        }
        if (!optional) {
            bar(gc, end, d, px, py, many ? 16 : 10);
        }
        if (optional) {
            double distance = many ? 19 : 14;
            double cx = end.x() + d[0] * distance;
            double cy = end.y() + d[1] * distance;
            gc.setBackground(color(Palette.BACKGROUND));
            gc.fillOval(r(cx - 3.5), r(cy - 3.5), 7, 7);
            gc.drawOval(r(cx - 3.5), r(cy - 3.5), 7, 7);
        }
    }

    private static void bar(GC gc, Point end, double[] d, double px, double py, double at) {
        double cx = end.x() + d[0] * at;
        double cy = end.y() + d[1] * at;
        gc.drawLine(r(cx + px * 6), r(cy + py * 6), r(cx - px * 6), r(cy - py * 6));
    }

    private void arrow(GC gc, Point end, Point next, double length, double half, int fill, boolean outlined) {
        double[] d = direction(end, next);
        double px = -d[1];
        double py = d[0];
        double bx = end.x() + d[0] * length;
        double by = end.y() + d[1] * length;
        int[] triangle = {r(end.x()), r(end.y()), r(bx + px * half), r(by + py * half), r(bx - px * half), r(by - py * half)};
        gc.setBackground(color(fill));
        gc.fillPolygon(triangle);
        if (outlined) {
            gc.drawPolygon(triangle);
        }
    }

    private void endLabel(GC gc, End end, Point at, Point next, boolean above) {
        if (end.label() == null || end.label().isEmpty()) {
            return;
        }
        double[] d = direction(at, next);
        double x = at.x() + d[0] * 22;
        double y = at.y() + d[1] * 22 + (above ? -5 : 13);
        if (Math.abs(d[0]) < 0.5) {
            x += 5;
        }
        if (d[0] < -0.5) { // text-anchor end
            gc.setFont(font(10, SWT.NORMAL));
            x -= gc.textExtent(end.label()).x;
        }
        text(gc, end.label(), x, y, 10, SWT.NORMAL, Palette.EDGE_LABEL);
    }

    // ---- legend

    private void legend(GC gc, List<Scene.LegendEntry> legend, Box frame, Detail detail) {
        gc.setBackground(color(Palette.BACKGROUND));
        gc.fillRoundRectangle(r(frame.x()), r(frame.y()), r(frame.width()), r(frame.height()), 6, 6);
        stroke(gc, Palette.LEGEND_FRAME, 1f, null);
        gc.drawRoundRectangle(r(frame.x()), r(frame.y()), r(frame.width()), r(frame.height()), 6, 6);
        double x = frame.x();
        double lineY = frame.y() + 8;
        for (Scene.LegendEntry entry : legend) {
            String css = entry.cssClass() == null ? "" : entry.cssClass();
            if (css.startsWith("edge")) {
                EdgeKind kind = null;
                for (EdgeKind k : EdgeKind.values()) {
                    if (k.cssClass().equals(css)) {
                        kind = k;
                    }
                }
                if (kind != null) {
                    Edge sample = new Edge("legend", kind, End.of("a"), End.of("b"), null, SyncState.NONE);
                    gc.setAlpha(255);
                    sampleLine(gc, sample, x + 8, lineY + 7, x + 44);
                }
            } else {
                State state = null;
                for (State s : State.values()) {
                    if (s.cssClass().equals(css)) {
                        state = s;
                    }
                }
                SyncState sample = state == null ? SyncState.NONE : SyncState.NONE.with(state);
                gc.setAlpha(sample.has(State.FADED) ? 64 : 255);
                gc.setBackground(color(Palette.BOX));
                gc.fillRoundRectangle(r(x + 8), r(lineY), 36, 14, 4, 4);
                if (accented(sample)) {
                    gc.setBackground(color(accent(sample)));
                    gc.fillRectangle(r(x + 8), r(lineY), 4, 14);
                }
                boxStroke(gc, NodeKind.TABLE, sample);
                gc.drawRoundRectangle(r(x + 8), r(lineY), 36, 14, 4, 4);
                Integer badge = switch (css) {
                    case "error", "unmapped", "lost-mapping" -> Palette.ERROR;
                    case "warning" -> Palette.WARNING;
                    default -> null;
                };
                if (badge != null) {
                    gc.setBackground(color(badge));
                    gc.fillOval(r(x + 30), r(lineY + 1), 12, 12);
                }
                gc.setAlpha(255);
            }
            if (detail != Detail.OUTLINE) {
                text(gc, entry.text(), x + 54, lineY + 11, 11, SWT.NORMAL, Palette.LEGEND_TEXT);
            }
            lineY += LEGEND_LINE;
        }
    }

    private void sampleLine(GC gc, Edge edge, double x1, double y, double x2) {
        int rgb = switch (edge.kind()) {
            case ENTITY_MAPPING -> Palette.ENTITY_MAPPING;
            case FIELD_MAPPING -> Palette.FIELD_MAPPING;
            case RELATIONSHIP_MAPPING -> Palette.RELATIONSHIP_MAPPING;
            default -> Palette.EDGE;
        };
        float[] dash = switch (edge.kind()) {
            case ENTITY_MAPPING, FIELD_MAPPING -> new float[] {6, 3};
            case RELATIONSHIP_MAPPING -> new float[] {2, 2};
            case SEQUENCE_USE -> new float[] {2, 3};
            default -> null;
        };
        stroke(gc, rgb, 1.2f, dash);
        gc.drawLine(r(x1), r(y), r(x2), r(y));
    }

    // ---- helpers

    private static boolean accented(SyncState state) {
        return state.has(State.CREATED) || state.has(State.RENAMED) || state.has(State.CHANGED);
    }

    private static int accent(SyncState state) {
        return state.has(State.CREATED) ? Palette.CREATED : state.has(State.RENAMED) ? Palette.RENAMED : Palette.CHANGED;
    }

    private static SyncState state(SyncState state) {
        return state == null ? SyncState.NONE : state;
    }

    private static int r(double value) {
        return (int) Math.round(value);
    }

    private void stroke(GC gc, int rgb, float width, float[] dash) {
        gc.setForeground(color(rgb));
        gc.setLineAttributes(new LineAttributes(width, SWT.CAP_FLAT, SWT.JOIN_MITER, dash == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM,
                dash, 0, 10));
    }

    /** Draws {@code text} with its baseline at {@code baseline} (as SVG places text), in the font it was drawn with after. */
    private void text(GC gc, String text, double x, double baseline, int px, int style, int rgb) {
        Font font = font(px, style);
        gc.setFont(font);
        gc.setForeground(color(rgb));
        String key = px + "/" + style;
        Integer ascent = ascents.get(key);
        if (ascent == null) {
            var metrics = gc.getFontMetrics();
            ascent = metrics.getAscent() + metrics.getLeading();
            ascents.put(key, ascent);
        }
        gc.drawString(text, r(x), r(baseline) - ascent, true);
    }

    /** The font of {@code px} pixels (the export's sizes are in pixels; SWT's in points). */
    private Font font(int px, int style) {
        return fonts.computeIfAbsent(px + "/" + style, k -> {
            double dpi = device.getDPI().y <= 0 ? 96 : device.getDPI().y;
            int points = Math.max(5, (int) Math.round(px * 72.0 / dpi));
            return new Font(device, FONT, points, style);
        });
    }

    private Color color(int rgb) {
        return colors.computeIfAbsent(rgb, k -> new Color(device, (k >> 16) & 0xff, (k >> 8) & 0xff, k & 0xff));
    }

    /** The tooltip of {@code node}, as the export's {@code <title>}: its name, what its state means, its problems. */
    public static String tooltip(Node node) {
        return state(node.state()).tooltip(node.name());
    }

    /** Frees the fonts and colours. */
    public void dispose() {
        fonts.values().forEach(Font::dispose);
        fonts.clear();
        colors.values().forEach(Color::dispose);
        colors.clear();
    }
}
