package org.relsync.diagram.scene;

/** The three kinds of diagram of DIAGRAM-SPEC section 1. */
public enum DiagramKind {
    /** Entities and typed views, relationships in crow's-foot notation. */
    ENTITIES,
    /** One database's tables, views and sequences, in a frame per schema; foreign keys and sequence use. */
    TABLES,
    /** Entities on one side, one database's tables on the other; entity → table, field → column, relationship → foreign key. */
    MAPPINGS
}
