package org.relsync.ui.live;

import java.util.Objects;

import org.eclipse.swt.widgets.Display;
import org.relsync.live.ChangeSummary;
import org.relsync.live.LiveTarget;
import org.relsync.model.project.Project;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.SyncResult;
import org.relsync.sync.report.ChangeReport;
import org.relsync.ui.session.ProjectSession;

/**
 * Live's target in the workbench: a change is synced into the open project in memory, on the
 * watcher's thread (one run at a time with the Sync view's, {@link ProjectSession#sync}), and
 * recorded on the UI thread as one undoable command named after the database ("From database
 * main: 1 column created"), so the explorer, Properties and open diagrams follow it. Nothing is
 * saved: the project may hold edits the user has not saved yet; the title's star shows the
 * change, and Save, Undo or Reload stay the user's.
 */
final class SessionTarget implements LiveTarget {

    private final ProjectSession session;
    private final SyncEngine engine;
    private final Display display;

    SessionTarget(ProjectSession session, SyncEngine engine, Display display) {
        this.session = Objects.requireNonNull(session, "session");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.display = Objects.requireNonNull(display, "display");
    }

    @Override
    public Project project() {
        return session.project();
    }

    @Override
    public ChangeReport sync(String databases, SyncOptions options, Progress progress) {
        SyncResult result = session.sync(engine, options); // no backup: nothing is saved
        progress.synced(result.report());
        if (result.modified()) {
            String label = label(databases, result.report());
            display.asyncExec(() -> {
                if (ProjectSession.current() == session) {
                    session.recordRun(label, result);
                }
            });
        }
        return result.report();
    }

    /** The undo label of a run: "From database main: 1 column created". */
    static String label(String databases, ChangeReport report) {
        return "From database" + (databases.contains(",") ? "s " : " ") + databases.replace(",", ", ") + ": "
                + ChangeSummary.of(report, 3);
    }

    /** The user turned Live on and sees in the status line why it waits: a first sync that fails is tried again. */
    @Override
    public boolean retriesFirstSync() {
        return true;
    }
}
