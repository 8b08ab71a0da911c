package org.relsync.sync;

/**
 * Phase 2: the relational model data of the refreshed schemas takes the new meta-data, and the
 * entity model's mappings move onto the new elements (SYNC-SPEC section 3.1 step M).
 */
public interface MigratePhase {

    void migrate(SyncContext context, RefreshedDatabase refreshed);
}
