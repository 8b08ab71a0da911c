package org.relsync.ui.views;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.relsync.db.DatabaseKinds;
import org.relsync.sync.validation.Validation;
import org.relsync.ui.session.ProjectSession;

/**
 * A validation of the open project off the UI thread for parts that need the findings while Errors
 * &amp; Warnings is closed (the diagram editor's quick fixes): the model is validated in a Job, and
 * the findings are published to the session ({@link ProjectSession#publishProblems}) on the UI
 * thread, unless the model changed meanwhile (a change on the UI thread or a run), in which case
 * nothing is published and the next request validates again. One runs at a time.
 */
public final class BackgroundValidation {

    private static volatile boolean running;

    private BackgroundValidation() {
    }

    /** Whether one is running. */
    public static boolean running() {
        return running;
    }

    /** Starts a validation of {@code session}'s project unless one is running or what it published is current. */
    public static void start(ProjectSession session, Display display) {
        if (running || session.problemsCurrent() || session.busy()) {
            return;
        }
        running = true;
        long generation = session.generation();
        Job job = Job.create("Validating " + session.project().getName(), monitor -> {
            List<Validation.Finding> found;
            try {
                found = Validation.validate(session.project(), DatabaseKinds.dialects(),
                        () -> session.generation() != generation || session.busy() || monitor.isCanceled());
            } catch (RuntimeException e) { // stopped, or the model changed under it
                found = null;
            }
            List<Validation.Finding> result = found;
            display.asyncExec(() -> {
                running = false;
                if (result != null && session.generation() == generation && !session.busy()
                        && session == ProjectSession.current()) {
                    session.publishProblems(result);
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }
}
