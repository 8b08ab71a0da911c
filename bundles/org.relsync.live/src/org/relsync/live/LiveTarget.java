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
     * Syncs the project with {@code options} (the first sync: every enabled task; a change: the
     * tasks of the database that changed and the model tasks).
     *
     * @param databases the names of the databases that changed, comma-separated (every watched
     *                  database for the first sync)
     * @return the run's change report
     * @throws RuntimeException when the sync fails (a database cannot be read, the project cannot
     *         be saved): the project is as it was
     */
    ChangeReport sync(String databases, SyncOptions options);

    /**
     * Whether a first sync that fails is reported to the listener and tried again like any later
     * one (a workbench, where the user sees why it waits), rather than thrown from
     * {@link SchemaWatcher#run()} ({@code relsync watch}, which exits with it). Default: thrown.
     */
    default boolean retriesFirstSync() {
        return false;
    }
}
