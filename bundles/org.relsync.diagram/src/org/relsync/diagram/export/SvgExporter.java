package org.relsync.diagram.export;

import static org.relsync.diagram.export.Palette.*;
import static org.relsync.diagram.layout.StoredLayout.number;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.relsync.diagram.scene.Row;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.State;
import org.relsync.diagram.scene.SyncState;

/**
 * Writes a laid-out scene as SVG (DIAGRAM-SPEC sections 2 and 4): a {@code viewBox} and a size
 * always; every group, node, row and edge carries its model id ({@code data-id}) and its states as
 * CSS classes ({@link State#cssClass()}); all styling in one {@code <style>} block; crow's-foot ends
 * drawn as paths (no markers, which renderers draw differently); a legend below the drawing. The
 * same layout gives the same bytes: elements in scene order, numbers to one decimal.
 */
public final class SvgExporter {

    static final double LEGEND_LINE = 20;
    static final String FONT = "'DejaVu Sans', Verdana, Arial, sans-serif";

    /** The style sheet: every colour from {@link Palette}. */
    static final String STYLE = "svg { font-family: " + FONT + "; font-size: 12px; }\n"
            + ".background { fill: " + css(BACKGROUND) + "; }\n"
            + ".title { font-size: 15px; font-weight: bold; fill: " + css(TITLE) + "; }\n"
            + ".frame { fill: " + css(FRAME) + "; stroke: " + css(FRAME_STROKE) + "; stroke-width: 1; }\n"
            + ".group-label { font-size: 12px; font-weight: bold; fill: " + css(GROUP_LABEL) + "; }\n"
            + ".box { fill: " + css(BOX) + "; stroke: " + css(BOX_STROKE) + "; stroke-width: 1.2; }\n"
            + ".header { stroke: none; }\n"
            + ".entity .header { fill: " + css(ENTITY_HEADER) + "; }\n"
            + ".typed-view .header { fill: " + css(TYPED_VIEW_HEADER) + "; }\n"
            + ".typed-view .box { stroke-dasharray: 2 2; }\n"
            + ".table .header { fill: " + css(TABLE_HEADER) + "; }\n"
            + ".view .header { fill: " + css(VIEW_HEADER) + "; }\n"
            + ".sequence .header { fill: " + css(SEQUENCE_HEADER) + "; }\n"
            + ".name { font-size: 13px; font-weight: bold; fill: " + css(NAME) + "; }\n"
            + ".row-name { fill: " + css(ROW_NAME) + "; }\n"
            + ".row-type { fill: " + css(ROW_TYPE) + "; }\n"
            + ".row-marker { font-size: 9px; font-weight: bold; fill: " + css(ROW_MARKER) + "; }\n"
            + ".row-more { fill: " + css(ROW_MORE) + "; font-style: italic; }\n"
            + ".edge path.line { fill: none; stroke: " + css(EDGE) + "; stroke-width: 1.2; }\n"
            + ".edge path.end { fill: none; stroke: " + css(EDGE) + "; stroke-width: 1.2; }\n"
            + ".edge circle.end { fill: " + css(BACKGROUND) + "; stroke: " + css(EDGE) + "; stroke-width: 1.2; }\n"
            + ".edge path.arrow { fill: " + css(EDGE) + "; stroke: none; }\n"
            + ".edge-entity-mapping path.line, .edge-field-mapping path.line, .edge-relationship-mapping path.line { stroke: " + css(ENTITY_MAPPING) + "; stroke-dasharray: 6 3; }\n"
            + ".edge-field-mapping path.line { stroke: " + css(FIELD_MAPPING) + "; }\n"
            + ".edge-relationship-mapping path.line { stroke: " + css(RELATIONSHIP_MAPPING) + "; stroke-dasharray: 2 2; }\n"
            + ".edge-entity-mapping path.arrow, .edge-field-mapping path.arrow, .edge-relationship-mapping path.arrow { fill: " + css(ENTITY_MAPPING) + "; }\n"
            + ".edge-sequence-use path.line { stroke-dasharray: 2 3; }\n"
            + ".edge-supertype path.arrow { fill: " + css(BACKGROUND) + "; stroke: " + css(EDGE) + "; stroke-width: 1.2; }\n"
            + ".edge-label { font-size: 10px; fill: " + css(EDGE_LABEL) + "; }\n"
            + ".strike { stroke: " + css(ERROR) + "; stroke-width: 1.3; }\n"
            + ".badge rect { stroke: none; }\n"
            + ".badge text { font-size: 9px; font-weight: bold; fill: " + css(BADGE_TEXT) + "; }\n"
            + ".badge-orphan-warning rect { fill: " + css(WARNING) + "; }\n"
            + ".badge-orphan-mark rect { fill: " + css(ERROR) + "; }\n"
            + ".badge-error rect { fill: " + css(ERROR) + "; }\n"
            + ".badge-problems rect { fill: " + css(ERROR) + "; }\n"
            + ".badge-warnings rect { fill: " + css(WARNING) + "; }\n"
            + ".marked > .box { stroke: " + css(ERROR) + "; stroke-width: 2.2; }\n"
            + ".marked .name, .row.marked .row-name { fill: " + css(ERROR) + "; }\n"
            + ".orphan > .box, .orphan > .frame { stroke: " + css(WARNING) + "; stroke-dasharray: 6 3; stroke-width: 1.6; }\n"
            + ".row.orphan .row-name { fill: " + css(ORPHAN_TEXT) + "; font-style: italic; }\n"
            + ".unmapped > .box, .lost-mapping > .box { stroke: " + css(ERROR) + "; }\n"
            + ".row.unmapped .row-name, .row.lost-mapping .row-name { fill: " + css(ERROR) + "; }\n"
            + ".accent { stroke: none; }\n"
            + ".created .accent { fill: " + css(CREATED) + "; }\n"
            + ".renamed .accent { fill: " + css(RENAMED) + "; }\n"
            + ".changed .accent { fill: " + css(CHANGED) + "; }\n"
            + ".edge.marked path.line { stroke: " + css(ERROR) + "; }\n"
            + ".edge.orphan path.line { stroke: " + css(WARNING) + "; stroke-dasharray: 6 3; }\n"
            + ".edge.lost-mapping path.line { stroke: " + css(ERROR) + "; }\n"
            + ".edge.created path.line { stroke: " + css(CREATED) + "; }\n"
            + ".faded { opacity: 0.25; }\n"
            + ".legend-frame { fill: " + css(BACKGROUND) + "; stroke: " + css(LEGEND_FRAME) + "; }\n"
            + ".legend-text { font-size: 11px; fill: " + css(LEGEND_TEXT) + "; }\n";

    /**
     * How much text a drawing carries (level of detail by zoom): everything, only node and group
     * names, or none (boxes, lines, frames and badges' colours). A PNG scaled far down drops text
     * nobody could read, which also keeps the renderer's memory bounded.
     */
    public enum Detail {
        FULL, NAMES, OUTLINE
    }

    private final Layout layout;
    private final Detail detail;
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Map<String, Node> nodes = new HashMap<>();

    private SvgExporter(Layout layout, Detail detail) {
        this.layout = layout;
        this.detail = detail;
        layout.scene().nodes().forEach(node -> nodes.put(node.id(), node));
    }

    /** The SVG text of {@code layout}. */
    public static String toSvg(Layout layout) {
        return new SvgExporter(layout, Detail.FULL).write();
    }

    /** The SVG text of {@code layout} with the given level of detail. */
    public static String toSvg(Layout layout, Detail detail) {
        return new SvgExporter(layout, detail).write();
    }

    private String write() {
        Scene scene = layout.scene();
        List<Scene.LegendEntry> legend = legendOf(scene);
        double titleHeight = scene.title() == null || scene.title().isEmpty() ? 0 : 28;
        double legendHeight = legend.isEmpty() ? 0 : 16 + LEGEND_LINE * legend.size();
        double legendWidth = 40;
        for (Scene.LegendEntry entry : legend) {
            legendWidth = Math.max(legendWidth, 64 + Metrics.text(entry.text()) * 0.95);
        }
        double width = Math.ceil(Math.max(layout.width(), legendWidth + 40));
        double height = Math.ceil(titleHeight + layout.height() + legendHeight + (legend.isEmpty() ? 0 : 20));
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 ").append(number(width)).append(' ')
                .append(number(height)).append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" class=\"relsync-diagram ").append(scene.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\">\n");
        out.append("<title>").append(escape(scene.title())).append("</title>\n");
        out.append("<style type=\"text/css\">\n").append(STYLE).append("</style>\n");
        out.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(number(width)).append("\" height=\"")
                .append(number(height)).append("\"/>\n");
        if (titleHeight > 0) {
            out.append("<text class=\"title\" x=\"20\" y=\"22\">").append(escape(scene.title())).append("</text>\n");
        }
        out.append("<g class=\"diagram\" transform=\"translate(0,").append(number(titleHeight)).append(")\">\n");
        out.append("<g class=\"groups\">\n");
        for (Group group : scene.groups()) {
            Box box = layout.groups().get(group.id());
            if (box != null) {
                group(group, box);
            }
        }
        out.append("</g>\n<g class=\"edges\">\n");
        for (Edge edge : scene.edges()) {
            List<Point> route = layout.edges().get(edge.id());
            if (route != null && route.size() >= 2) {
                edge(edge, route);
            }
        }
        out.append("</g>\n<g class=\"nodes\">\n");
        for (Node node : scene.nodes()) {
            Box box = layout.nodes().get(node.id());
            if (box != null) {
                node(node, box);
            }
        }
        out.append("</g>\n</g>\n");
        if (!legend.isEmpty()) {
            legend(legend, 20, titleHeight + layout.height() + 10, legendWidth);
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static List<Scene.LegendEntry> legendOf(Scene scene) {
        if (!scene.legend().isEmpty()) {
            return scene.legend();
        }
        return List.of();
    }

    private void group(Group group, Box box) {
        out.append("<g class=\"group").append(classes(group.state())).append("\" data-id=\"").append(escape(group.id()))
                .append("\">");
        rect("frame", box, 4);
        String label = group.label() + (group.syncSource() == null ? "" : "  \u00b7  " + group.syncSource());
        text("group-label", box.x() + 8, box.y() + 16, label);
        out.append("</g>\n");
    }

    private void node(Node node, Box box) {
        SyncState state = node.state() == null ? SyncState.NONE : node.state();
        out.append("<g class=\"node ").append(node.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .append(classes(state)).append("\" data-id=\"").append(escape(node.id())).append("\">");
        if (detail != Detail.OUTLINE) {
            out.append("<title>").append(escape(state.tooltip(node.name()))).append("</title>");
        }
        rect("box", box, 3);
        out.append("<path class=\"header\" d=\"M").append(number(box.x() + 0.6)).append(' ').append(number(box.y() + 0.6))
                .append("H").append(number(box.right() - 0.6)).append("V").append(number(box.y() + Metrics.HEADER_HEIGHT))
                .append("H").append(number(box.x() + 0.6)).append("Z\"/>");
        if (accented(state)) {
            out.append("<rect class=\"accent\" x=\"").append(number(box.x())).append("\" y=\"").append(number(box.y()))
                    .append("\" width=\"4\" height=\"").append(number(box.height())).append("\"/>");
        }
        String name = Metrics.fit(node.name(), box.width() - 2 * Metrics.PADDING - badgesWidth(state) - 6, Metrics.NAME_SCALE);
        double nameY = box.y() + 18;
        if (detail != Detail.OUTLINE) {
            text("name", box.x() + Metrics.PADDING, nameY, name);
        }
        if (state.has(State.MARKED)) {
            strike(box.x() + Metrics.PADDING, nameY - 4.5, Metrics.text(name) * Metrics.NAME_SCALE);
        }
        badges(state, box.right() - 6, box.y() + 7, detail != Detail.OUTLINE);
        List<Row> rows = node.rows();
        if (!rows.isEmpty() || node.hiddenRows() > 0) {
            double lineY = box.y() + Metrics.HEADER_HEIGHT;
            out.append("<path class=\"box\" d=\"M").append(number(box.x())).append(' ').append(number(lineY)).append("H")
                    .append(number(box.right())).append("\"/>");
        }
        if (detail != Detail.FULL) {
            out.append("</g>\n");
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            row(rows.get(i), box, i);
        }
        if (node.hiddenRows() > 0) {
            double y = box.y() + Metrics.rowCenter(rows.size()) + 4;
            text("row-more", box.x() + Metrics.PADDING + 18, y, "\u2026 " + node.hiddenRows() + " more");
        }
        out.append("</g>\n");
    }

    private void row(Row row, Box box, int index) {
        SyncState state = row.state() == null ? SyncState.NONE : row.state();
        double y = box.y() + Metrics.rowCenter(index) + 4;
        out.append("<g class=\"row").append(classes(state)).append("\" data-id=\"").append(escape(row.id())).append("\">");
        if (!state.states().isEmpty() || state.errors() + state.warnings() > 0) {
            out.append("<title>").append(escape(state.tooltip(row.name()))).append("</title>");
        }
        if (accented(state)) {
            out.append("<rect class=\"accent\" x=\"").append(number(box.x() + 1)).append("\" y=\"")
                    .append(number(y - 12)).append("\" width=\"3\" height=\"").append(number(Metrics.ROW_HEIGHT - 2)).append("\"/>");
        }
        String marker = row.markerLabel();
        if (!marker.isEmpty()) {
            text("row-marker", box.x() + Metrics.PADDING, y - 1, marker);
        }
        double nameX = box.x() + Metrics.PADDING + 18;
        double room = box.width() - 2 * Metrics.PADDING - 18;
        String type = row.type() == null ? "" : row.type() + (row.markers().contains(Marker.OPTIONAL) ? "?" : "");
        String fittedType = Metrics.fit(type, Math.max(room * 0.45, room - Metrics.text(row.name()) - 10), 1);
        String name = Metrics.fit(row.name(), room - Metrics.text(fittedType) - 10, 1);
        text("row-name", nameX, y, name);
        if (state.has(State.MARKED)) {
            strike(nameX, y - 4, Metrics.text(name));
        }
        if (!fittedType.isEmpty()) {
            out.append("<text class=\"row-type\" x=\"").append(number(box.right() - Metrics.PADDING)).append("\" y=\"")
                    .append(number(y)).append("\" text-anchor=\"end\">").append(escape(fittedType)).append("</text>");
        }
        if (state.flagged()) {
            // a small dot for the row's badge, its tooltip says what it is
            out.append("<circle class=\"row-flag\" cx=\"").append(number(box.right() - 3)).append("\" cy=\"")
                    .append(number(y - 4)).append("\" r=\"2.5\" fill=\"")
                    .append(state.flagIsError() ? css(ERROR) : css(WARNING))
                    .append("\"/>");
        }
        out.append("</g>");
    }

    /** The CSS class of a badge of {@code kind}. */
    private static String cssClass(Badge.Kind kind) {
        return switch (kind) {
            case ORPHAN_MARK -> "badge-orphan-mark";
            case ORPHAN_WARNING -> "badge-orphan-warning";
            case MAPPING -> "badge-error";
            case ERRORS -> "badge-problems";
            case WARNINGS -> "badge-warnings";
        };
    }

    private static double badgeWidth(Badge badge) {
        return Metrics.badgeWidth(badge.text());
    }

    private static double badgesWidth(SyncState state) {
        return Metrics.badgesWidth(state);
    }

    /** The badges, right-aligned ending at {@code right}. */
    private void badges(SyncState state, double right, double top, boolean withText) {
        double x = right;
        for (Badge badge : state.badges()) {
            double width = badgeWidth(badge);
            x -= width;
            out.append("<g class=\"badge ").append(cssClass(badge.kind())).append("\">");
            if (withText) {
                out.append("<title>").append(escape(badge.title())).append("</title>");
            }
            out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(top))
                    .append("\" width=\"").append(number(width)).append("\" height=\"13\" rx=\"6.5\"/>");
            if (withText) {
                out.append("<text x=\"").append(number(x + width / 2)).append("\" y=\"").append(number(top + 9.8))
                        .append("\" text-anchor=\"middle\">").append(escape(badge.text())).append("</text>");
            }
            out.append("</g>");
            x -= 3;
        }
    }

    private void edge(Edge edge, List<Point> route) {
        SyncState state = edge.state() == null ? SyncState.NONE : edge.state();
        out.append("<g class=\"edge ").append(edge.kind().cssClass())
                .append(classes(state)).append("\" data-id=\"").append(escape(edge.id())).append("\">");
        String title = edge.label() == null ? "" : edge.label();
        if (state.has(State.MARKED)) {
            title = title + (title.isEmpty() ? "" : ": ") + "will be dropped";
        }
        if (!title.isEmpty()) {
            out.append("<title>").append(escape(title)).append("</title>");
        }
        out.append("<path class=\"line\" d=\"");
        for (int i = 0; i < route.size(); i++) {
            out.append(i == 0 ? "M" : " L").append(number(route.get(i).x())).append(' ').append(number(route.get(i).y()));
        }
        out.append("\"/>");
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
            crowsFoot(sourceEnd, sourceNext, sourceCard);
            crowsFoot(targetEnd, targetNext, targetCard);
        } else {
            arrow(targetEnd, targetNext, edge.kind() == EdgeKind.SUPERTYPE ? 13 : 9, edge.kind() == EdgeKind.SUPERTYPE ? 7 : 4);
        }
        if (detail == Detail.FULL) {
            endLabel(edge.source(), sourceEnd, sourceNext, true);
            endLabel(edge.target(), targetEnd, targetNext, false);
        }
        out.append("</g>\n");
    }

    /** Unit vector from {@code end} towards {@code next} (along the line, away from the node). */
    private static double[] direction(Point end, Point next) {
        double dx = next.x() - end.x();
        double dy = next.y() - end.y();
        double length = Math.hypot(dx, dy);
        return length == 0 ? new double[] {1, 0} : new double[] {dx / length, dy / length};
    }

    private void crowsFoot(Point end, Point next, String cardinality) {
        if (cardinality == null) {
            return;
        }
        double[] d = direction(end, next);
        double px = -d[1];
        double py = d[0];
        StringBuilder path = new StringBuilder();
        boolean many = cardinality.endsWith("*") || cardinality.endsWith("n");
        boolean optional = cardinality.startsWith("0");
        if (many) {
            // three prongs meeting 12 px along the line
            double bx = end.x() + d[0] * 12;
            double by = end.y() + d[1] * 12;
            path.append('M').append(number(end.x() + px * 6)).append(' ').append(number(end.y() + py * 6)).append(" L")
                    .append(number(bx)).append(' ').append(number(by)).append(" L").append(number(end.x() - px * 6))
                    .append(' ').append(number(end.y() - py * 6)).append(" M").append(number(end.x())).append(' ')
                    .append(number(end.y())).append(" L").append(number(bx)).append(' ').append(number(by));
        } else {
            bar(path, end, d, px, py, 6);
        }
        if (!optional) {
            bar(path, end, d, px, py, many ? 16 : 10);
        }
        out.append("<path class=\"end\" d=\"").append(path).append("\"/>");
        if (optional) {
            double distance = many ? 19 : 14;
            out.append("<circle class=\"end\" cx=\"").append(number(end.x() + d[0] * distance)).append("\" cy=\"")
                    .append(number(end.y() + d[1] * distance)).append("\" r=\"3.5\"/>");
        }
    }

    private static void bar(StringBuilder path, Point end, double[] d, double px, double py, double at) {
        double cx = end.x() + d[0] * at;
        double cy = end.y() + d[1] * at;
        path.append(path.isEmpty() ? "M" : " M").append(number(cx + px * 6)).append(' ').append(number(cy + py * 6))
                .append(" L").append(number(cx - px * 6)).append(' ').append(number(cy - py * 6));
    }

    /** An arrowhead at {@code end}: a filled one for mappings and sequences, a hollow triangle (UML's generalization) for supertypes. */
    private void arrow(Point end, Point next, double length, double half) {
        double[] d = direction(end, next);
        double px = -d[1];
        double py = d[0];
        double bx = end.x() + d[0] * length;
        double by = end.y() + d[1] * length;
        out.append("<path class=\"arrow\" d=\"M").append(number(end.x())).append(' ').append(number(end.y())).append(" L")
                .append(number(bx + px * half)).append(' ').append(number(by + py * half)).append(" L").append(number(bx - px * half))
                .append(' ').append(number(by - py * half)).append(" Z\"/>");
    }

    /** A navigator's name near its end: the source's above the line, the target's below, so they never meet. */
    private void endLabel(End end, Point at, Point next, boolean above) {
        if (end.label() == null || end.label().isEmpty()) {
            return;
        }
        double[] d = direction(at, next);
        double x = at.x() + d[0] * 22;
        double y = at.y() + d[1] * 22 + (above ? -5 : 13);
        String anchor = d[0] < -0.5 ? "end" : "start";
        if (Math.abs(d[0]) < 0.5) {
            x += 5;
        }
        out.append("<text class=\"edge-label\" x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" text-anchor=\"").append(anchor).append("\">").append(escape(end.label())).append("</text>");
    }

    private void legend(List<Scene.LegendEntry> legend, double x, double y, double width) {
        out.append("<g class=\"legend\">");
        rect("legend-frame", new Box(x, y, width, 12 + LEGEND_LINE * legend.size()), 3);
        double lineY = y + 8;
        for (Scene.LegendEntry entry : legend) {
            String css = entry.cssClass() == null ? "" : entry.cssClass();
            boolean edgeSample = css.startsWith("edge");
            out.append("<g class=\"legend-entry ").append(escape(css)).append("\">");
            if (edgeSample) {
                out.append("<g class=\"edge ").append(escape(css)).append("\"><path class=\"line\" d=\"M").append(number(x + 8))
                        .append(' ').append(number(lineY + 7)).append(" L").append(number(x + 44)).append(' ')
                        .append(number(lineY + 7)).append("\"/></g>");
            } else {
                out.append("<g class=\"node table ").append(escape(css)).append("\">");
                rect("box", new Box(x + 8, lineY, 36, 14), 2);
                if (css.contains("created") || css.contains("renamed") || css.contains("changed")) {
                    out.append("<rect class=\"accent\" x=\"").append(number(x + 8)).append("\" y=\"").append(number(lineY))
                            .append("\" width=\"4\" height=\"14\"/>");
                }
                String badge = switch (css) {
                    case "error" -> "badge-problems";
                    case "warning" -> "badge-warnings";
                    case "unmapped", "lost-mapping" -> "badge-error";
                    default -> null;
                };
                if (badge != null) { // the badge these states put on a header
                    out.append("<g class=\"badge ").append(badge).append("\"><rect x=\"").append(number(x + 30))
                            .append("\" y=\"").append(number(lineY + 1)).append("\" width=\"12\" height=\"12\" rx=\"6\"/></g>");
                }
                out.append("</g>");
            }
            text("legend-text", x + 54, lineY + 11, entry.text());
            out.append("</g>");
            lineY += LEGEND_LINE;
        }
        out.append("</g>\n");
    }

    private static boolean accented(SyncState state) {
        return state.has(State.CREATED) || state.has(State.RENAMED) || state.has(State.CHANGED);
    }

    private static String classes(SyncState state) {
        if (state == null || state.states().isEmpty()) {
            return "";
        }
        StringBuilder classes = new StringBuilder();
        for (State s : State.values()) { // enum order, not the set's
            if (state.has(s)) {
                classes.append(' ').append(s.cssClass());
            }
        }
        return classes.toString();
    }

    private void rect(String cssClass, Box box, double radius) {
        out.append("<rect class=\"").append(cssClass).append("\" x=\"").append(number(box.x())).append("\" y=\"")
                .append(number(box.y())).append("\" width=\"").append(number(box.width())).append("\" height=\"")
                .append(number(box.height())).append("\" rx=\"").append(number(radius)).append("\"/>");
    }

    private void text(String cssClass, double x, double y, String text) {
        out.append("<text class=\"").append(cssClass).append("\" x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\">").append(escape(text)).append("</text>");
    }

    private void strike(double x, double y, double width) {
        out.append("<path class=\"strike\" d=\"M").append(number(x)).append(' ').append(number(y)).append(" H")
                .append(number(x + width)).append("\"/>");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        escaped.append(' ');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
