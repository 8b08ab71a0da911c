package org.relsync.app.cli;

import org.relsync.model.RelSyncException;

/** The command line asks for something that does not exist or does not fit together. */
public class UsageException extends RelSyncException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
