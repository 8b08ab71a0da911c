package org.relsync.diagram.scene;

/** How many rows a node shows: every field or column, only the key ones, or none (a header-only node). */
public enum ColumnDetail {
    ALL, KEYS, NONE
}
