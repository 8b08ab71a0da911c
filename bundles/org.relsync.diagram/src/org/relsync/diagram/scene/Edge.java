package org.relsync.diagram.scene;

/** A line between two nodes, known by the model id of what it stands for (a relationship, a foreign key, a mapping). */
public record Edge(String id, EdgeKind kind, End source, End target, String label, SyncState state) {
}
