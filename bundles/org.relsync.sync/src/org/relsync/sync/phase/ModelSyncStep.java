package org.relsync.sync.phase;

import org.relsync.model.relational.Database;
import org.relsync.sync.SyncContext;

/** One step of "Sync with the model" (SYNC-SPEC section 3.2), run for one database. */
public interface ModelSyncStep {

    /** The step's name, as reports and timings show it. */
    String name();

    void run(SyncContext context, Database database);

    /**
     * Whether the step only concerns databases with a Model or Mixed schema (true for steps 1 to
     * 6); the orphan step also reports on databases whose schemas are all database-sourced.
     */
    default boolean needsModelDrivenSchema() {
        return true;
    }
}
