package org.relsync.sync.phase;

import org.relsync.model.relational.Database;
import org.relsync.sync.SyncContext;

/** One step of "Sync with the model" (SYNC-SPEC section 3.2), run for one database. */
public interface ModelSyncStep {

    /** The step's name, as reports and timings show it. */
    String name();

    void run(SyncContext context, Database database);
}
