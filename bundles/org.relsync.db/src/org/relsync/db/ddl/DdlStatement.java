package org.relsync.db.ddl;

/**
 * One statement of a DDL script.
 *
 * @param phase where it runs: scripts are ordered by phase, then by the order of the model
 * @param sql   the statement, without a closing semicolon
 * @param risk  how it can lose data, or null when it cannot (the destructive-change lint)
 */
public record DdlStatement(Phase phase, String sql, String risk) {

    public boolean destructive() {
        return risk != null;
    }

    /**
     * The order in which a script makes its changes: what stands in the way goes first (views,
     * foreign keys and keys being replaced), renames before anything refers to the new names,
     * new tables before the keys that reference them, and drops of tables after the foreign keys
     * that pointed at them are gone; indexes before foreign keys, which can need one (a unique
     * index under the referenced columns) or use one (MariaDB's index under the key's columns).
     */
    public enum Phase {
        DROP_VIEW, DROP_FOREIGN_KEY, DROP_INDEX, DROP_UNIQUE, DROP_PRIMARY_KEY, RENAME_TABLE, RENAME_COLUMN,
        RENAME_CONSTRAINT, CREATE_SCHEMA, CREATE_SEQUENCE, ALTER_SEQUENCE, CREATE_TABLE, ADD_COLUMN, OWN_SEQUENCE,
        ALTER_COLUMN, REBUILD_TABLE, ADD_PRIMARY_KEY, ADD_UNIQUE, DROP_COLUMN, DROP_TABLE, CREATE_INDEX,
        ADD_FOREIGN_KEY, DROP_SEQUENCE, CREATE_VIEW
    }
}
