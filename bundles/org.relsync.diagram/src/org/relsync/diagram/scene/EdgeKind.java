package org.relsync.diagram.scene;

import java.util.Locale;

public enum EdgeKind {
    /** Between entities, crow's-foot cardinalities at both ends, navigators as labels. */
    RELATIONSHIP,
    /** From an entity to its supertype ({@code Entity.supertype}): an inheritance arrow. */
    SUPERTYPE,
    /** From a table's foreign-key columns to the referenced table. */
    FOREIGN_KEY,
    /** From a column to the sequence it draws from. */
    SEQUENCE_USE,
    /** Entity → table (or typed view → table or view). */
    ENTITY_MAPPING,
    /** Field → column, in detail (all columns). */
    FIELD_MAPPING,
    /** Relationship → foreign key (drawn from the entity on the FK side to the table holding the key). */
    RELATIONSHIP_MAPPING;

    /** The CSS class of the line in the export and the legend: {@code edge-foreign-key}. */
    public String cssClass() {
        return "edge-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
