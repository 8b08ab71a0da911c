package org.relsync.diagram.scene;

/** What a row shows beside its name and type. */
public enum Marker {
    /** Identifying field / primary-key column. */
    KEY,
    /** Optional field / nullable column. */
    OPTIONAL,
    /** Foreign-key field or column. */
    FOREIGN_KEY,
    /** Identity (generated) field or column. */
    IDENTITY,
    /** Part of a unique constraint. */
    UNIQUE
}
