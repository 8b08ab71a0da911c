package org.relsync.live;

import org.relsync.sync.report.ChangeReport;

/** What a {@link SchemaWatcher} tells while it runs; called on the watcher's thread. */
public interface WatchListener {

    /** The first sync, before watching, is done ({@code event} is null when it changed nothing). */
    default void started(ChangeReport report, Event event) {
    }

    /**
     * A database changed and the project holds the change: {@code event} is in the log. A
     * watcher that saves a file tells this before the save, and {@link #saved} after it.
     */
    default void changed(Event event, ChangeReport report) {
    }

    /** The project file holds the change of an earlier {@link #changed} event: {@code event} ({@link Event#PROJECT_SAVED}) is in the log. */
    default void saved(Event event) {
    }

    /**
     * {@code database} could not be read or the project could not be synced (the file is as it
     * was); the watcher tries again in {@code retryMillis}.
     */
    default void trouble(String database, String message, long retryMillis) {
    }

    /** How {@code database} is watched, or why not as asked (no event trigger, no rights to install it). */
    default void notice(String database, String message) {
    }

    /** {@code database} answers again after {@link #trouble}. */
    default void recovered(String database) {
    }
}
