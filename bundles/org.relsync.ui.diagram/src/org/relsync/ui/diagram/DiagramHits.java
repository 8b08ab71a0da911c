package org.relsync.ui.diagram;

import org.relsync.diagram.layout.Box;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.layout.Metrics;
import org.relsync.diagram.scene.Node;

/** What is under a point of the canvas: a box, or one of its rows (a field or column). */
final class DiagramHits {

    private DiagramHits() {
    }

    /**
     * The model id of the row under screen point ({@code x}, {@code y}) of the box {@code nodeId}
     * (rows as {@link Metrics} places them), or the box's own id when the point is on its header or
     * on no row; {@code null} when {@code nodeId} is.
     */
    static String elementAt(Layout layout, String nodeId, double zoom, double originX, double originY, int x, int y) {
        if (nodeId == null) {
            return null;
        }
        Box box = layout.nodes().get(nodeId);
        Node node = layout.scene().nodes().stream().filter(n -> n.id().equals(nodeId)).findFirst().orElse(null);
        if (box == null || node == null) {
            return nodeId;
        }
        double dy = (y - originY) / zoom - box.y() - Metrics.HEADER_HEIGHT - 3;
        int index = dy < 0 ? -1 : (int) Math.floor(dy / Metrics.ROW_HEIGHT);
        return index >= 0 && index < node.rows().size() ? node.rows().get(index).id() : nodeId;
    }
}
