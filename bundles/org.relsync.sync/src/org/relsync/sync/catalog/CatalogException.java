package org.relsync.sync.catalog;

import org.relsync.model.RelSyncException;

/** A database could not be read: unreachable, refused, or it failed during the read. */
public class CatalogException extends RelSyncException {

    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
