package org.relsync.live;

import org.relsync.model.project.Project;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.report.ChangeReport;

/**
 * What a {@link SchemaWatcher} keeps in sync with the databases it watches: the detection (first
 * sync, notifications or polling, coalescing, back-off, stop) is the watcher's, the sync of a
 * change is the target's. {@link ProjectFileTarget} syncs and saves a project file
 * ({@code relsync watch}); the workbench syncs its open project in memory and records each run as
 * one undoable command. Called on the watcher's thread only.
 */
public interface LiveTarget {

    /**
     * The project as the watcher starts: its enabled database tasks name the databases watched,
     * its enabled model tasks are run with each change.
     */
    Project project();

    /**
     * What a sync tells as it goes, on the watcher's thread: first that the project holds the
     * change, then (a target that saves) that the file does. A watcher sends a change's event at
     * the first, so a client hears of it without waiting for the file.
     */
    interface Progress {

        /** Nothing to tell. */
        Progress NONE = report -> {
        };

        /** The project holds the run's changes and {@code report} is final; a target that saves has not yet. */
        void synced(ChangeReport report);

        /** The project file holds the run's changes too: called by a target that saves, when the run changed the project. */
        default void saved() {
        }
    }

    /**
     * Syncs the project with {@code options} (the first sync: every enabled task; a change: the
     * tasks of the database that changed and the model tasks), telling {@code progress} as it goes.
     *
     * @param databases the names of the databases that changed, comma-separated (every watched
     *                  database for the first sync)
     * @return the run's change report
     * @throws RuntimeException when the sync fails (a database cannot be read, the project cannot
     *         be saved): the file is as it was (a failed save after {@link Progress#synced}: the
     *         project in memory is not, and the next sync starts from the file)
     */
    ChangeReport sync(String databases, SyncOptions options, Progress progress);

    /** {@link #sync(String, SyncOptions, Progress)} with nothing to tell on the way. */
    default ChangeReport sync(String databases, SyncOptions options) {
        return sync(databases, options, Progress.NONE);
    }

    /**
     * Whether a first sync that fails is reported to the listener and tried again like any later
     * one (a workbench, where the user sees why it waits), rather than thrown from
     * {@link SchemaWatcher#run()} ({@code relsync watch}, which exits with it). Default: thrown.
     */
    default boolean retriesFirstSync() {
        return false;
    }
}
