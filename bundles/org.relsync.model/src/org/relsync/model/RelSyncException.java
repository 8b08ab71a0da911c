package org.relsync.model;

/**
 * Root of RelSync's exception hierarchy. Every failure that RelSync reports to a user is one of
 * these, with a message that can be shown as it is: one line, naming the thing and the problem.
 */
public class RelSyncException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RelSyncException(String message) {
        super(message);
    }

    public RelSyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
