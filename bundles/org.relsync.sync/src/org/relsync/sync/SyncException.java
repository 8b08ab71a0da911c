package org.relsync.sync;

import org.relsync.model.RelSyncException;

/** A sync run stopped before it could finish; the model and the project file are as they were. */
public class SyncException extends RelSyncException {

    private static final long serialVersionUID = 1L;

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
