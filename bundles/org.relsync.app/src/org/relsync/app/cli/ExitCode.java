package org.relsync.app.cli;

/** The exit codes of the {@code relsync} command; documented in the README. */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** The command ran, and found problems (validation errors, differences) that it reports. */
    PROBLEMS(1),
    /** Bad usage or bad input: unknown command or option, a missing or corrupt file. Nothing was written. */
    USAGE(2),
    /** A database could not be reached or answered with an error. Nothing was written. */
    DATABASE(3),
    /** A bug in RelSync. Nothing was written. */
    INTERNAL(4),
    /**
     * Another program was writing the project for longer than the wait allows, or wrote it while
     * the command ran (an editor, a RelSync without locking). Nothing was written; running the
     * command again is safe.
     */
    CONFLICT(5),
    /**
     * A database was changed, but the project file could not be saved (it is as it was): the two
     * now differ, and the message says how to see it ({@code relsync ddl --update}).
     */
    PARTLY_DONE(6),
    /**
     * {@code relsync events}: the event stream refused the connection: no token or not its token
     * (HTTP 401), or another HTTP status. Trying again as it is will not help.
     */
    REFUSED(7),
    /**
     * {@code relsync events}: the event stream could not be reached, or it ended: the server
     * stopped, the connection broke, or the server cut this client off as too slow. Standard error
     * says the {@code --since} to resume from, when there is one.
     */
    DISCONNECTED(8),
    /**
     * {@code relsync events}: the events after {@code --since} are no longer kept (or are from an
     * earlier run of the watcher): read the project again, then resume with the {@code --since}
     * that the last line printed (the reload message's {@code data.last}) and standard error say.
     */
    RELOAD(9);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
