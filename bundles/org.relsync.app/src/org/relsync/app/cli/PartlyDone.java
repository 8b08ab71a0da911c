package org.relsync.app.cli;

/**
 * The command changed something outside the project (a database) but could not finish (save the
 * project): exit {@link ExitCode#PARTLY_DONE}, with the message saying what differs now.
 */
final class PartlyDone extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PartlyDone(String message) {
        super(message);
    }
}
