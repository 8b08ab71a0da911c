package org.relsync.diagram.scene;

/**
 * One end of an edge: a node, and the row it starts at or points to ({@code null}: the node
 * itself); for a relationship, the cardinality at this end ({@code "1"}, {@code "0..1"} or
 * {@code "*"}) and the navigator name, if any.
 */
public record End(String node, String row, String cardinality, String label) {

    public static End of(String node) {
        return new End(node, null, null, null);
    }

    public static End of(String node, String row) {
        return new End(node, row, null, null);
    }
}
