package org.relsync.sync;

import org.relsync.model.project.DatabaseSyncTask;

/**
 * Last: each database task maps unmapped entities onto existing tables and views of its
 * schemas by the naming rules (SYNC-SPEC section 3.1 step A). Creates nothing.
 */
public interface AutoMapPhase {

    void autoMap(SyncContext context, DatabaseSyncTask task);
}
