package org.relsync.ui.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.relsync.db.DatabaseKinds;
import org.relsync.sync.validation.Validation;
import org.relsync.ui.session.ProjectSession;

/**
 * Validations of the open project off the UI thread, by one rule: {@link #validate} runs
 * {@link Validation#validate} in a Job and hands over its findings on the UI thread only when the
 * model did not change meanwhile (Errors &amp; Warnings shows them); {@link #start} is for parts that
 * need the findings while Errors &amp; Warnings is closed (the diagram editor's quick fixes): it
 * publishes them to the session ({@link ProjectSession#publishProblems}), one at a time.
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
        validate(session, display, found -> {
            running = false;
            if (found != null) {
                session.publishProblems(found);
            }
        });
    }

    /**
     * Validates {@code session}'s project in a Job and hands {@code done} on the UI thread the
     * findings, or {@code null} when the model changed meanwhile (an edit or undo on the UI
     * thread, a run; {@link ProjectSession#generation()}), the session was replaced, or it was
     * stopped: a validation that saw a change under way is thrown away, never shown. The rule
     * Errors &amp; Warnings validates by too.
     */
    public static void validate(ProjectSession session, Display display, Consumer<List<Validation.Finding>> done) {
        long generation = session.generation();
        Job job = Job.create("Validating " + session.project().getName(), monitor -> {
            List<Validation.Finding> found;
            try {
                found = Validation.validate(session.project(), DatabaseKinds.dialects(),
                        () -> session.generation() != generation || session.busy() || monitor.isCanceled());
            } catch (RuntimeException e) { // stopped, or the model changed under it
                found = null;
            }
            List<Validation.Finding> result = session.generation() != generation || session.busy() ? null : found;
            display.asyncExec(() -> done.accept(result != null && session.generation() == generation && !session.busy()
                    && session == ProjectSession.current() ? result : null));
        });
        job.setSystem(true);
        job.schedule();
    }
}
