package org.relsync.sync;

/** Phase 3: "Sync with the model" on the Model and Mixed schemas (SYNC-SPEC section 3.2, steps 1 to 7). */
public interface ModelSyncPhase {

    void synchronize(SyncContext context);
}
