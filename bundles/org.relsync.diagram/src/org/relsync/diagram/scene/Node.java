package org.relsync.diagram.scene;

import java.util.List;

/**
 * A box on a diagram: an entity, typed view, table, view or sequence, known by its model id, in
 * a group (a schema's frame, or a side of a mapping diagram; {@code null} for none), with the rows
 * the scope's column detail keeps ({@code hiddenRows} says how many it left out).
 */
public record Node(String id, NodeKind kind, String name, String group, List<Row> rows, int hiddenRows, SyncState state) {

    public Node {
        rows = List.copyOf(rows);
    }
}
