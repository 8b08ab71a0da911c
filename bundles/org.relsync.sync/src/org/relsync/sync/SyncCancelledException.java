package org.relsync.sync;

/**
 * A run stopped because its monitor was cancelled (the workbench's Cancel); like any failure of a
 * run, the model is put back as it was before the run.
 */
public final class SyncCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SyncCancelledException() {
        super("the sync was cancelled; nothing changed");
    }
}
