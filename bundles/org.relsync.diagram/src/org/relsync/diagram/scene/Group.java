package org.relsync.diagram.scene;

/**
 * A frame around nodes: a schema (its model id, labelled with its name and sync source:
 * {@code Model}, {@code Database} or {@code Mixed}), or one side of a mapping diagram
 * ({@code syncSource} {@code null}). Layout keeps a group's nodes together, one partition each.
 */
public record Group(String id, String label, String syncSource, SyncState state) {
}
