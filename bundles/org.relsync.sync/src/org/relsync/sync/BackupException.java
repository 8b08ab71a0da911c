package org.relsync.sync;

/** The backup before a sync could not be written; the sync did not start. */
public class BackupException extends SyncException {

    private static final long serialVersionUID = 1L;

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
