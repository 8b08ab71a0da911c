package org.relsync.sync;

import java.util.List;

import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.sync.catalog.CatalogSource;

/**
 * Phase 1 (SYNC-SPEC section 2): every "Sync with a database" task reads the meta-data of its
 * database. Reads only: the model does not change in this phase.
 */
public interface RefreshPhase {

    List<RefreshedDatabase> refresh(SyncContext context, List<DatabaseSyncTask> tasks, CatalogSource source);
}
