package org.relsync.diagram.layout;

import java.util.List;
import java.util.Map;

import org.relsync.diagram.scene.Scene;

/**
 * A scene with positions: each node's box and each edge's route (from the source end to the target
 * end, on the nodes' borders; bends in between), each group's frame around its nodes, and the size
 * of the whole drawing. Maps iterate in scene order.
 */
public record Layout(Scene scene, Map<String, Box> nodes, Map<String, List<Point>> edges, Map<String, Box> groups,
        double width, double height) {
}
