package org.relsync.sync;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.relsync.model.project.Project;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.validation.Validation;

/**
 * The project's validation, run on a second core while a run reads its databases, for the run that
 * leaves the model untouched: a sync with nothing to do (the common case: a database that did not
 * change) then ends as soon as its reading and merging do, instead of validating after them. While
 * it runs, nothing writes the model (the databases' read only reads it), and the run waits for it
 * to finish ({@link #awaitFinished}) before its first phase that writes: EMF objects are not safe to
 * read on one thread while another writes them. The run's {@link Recorder} tells whether the run
 * then changed the model at all, and if it did, this result is thrown away and the model validated
 * again as the run leaves it. Not started where a second core is missing or the project holds no
 * database yet (its first sync changes it for sure).
 */
final class EarlyValidation {

    /** The run's change recorder, which also notes whether any change at all went through it (even one undone later). */
    static final class Recorder extends ChangeRecorder {

        private volatile boolean changed; // no initializer: the super constructor runs before one would

        Recorder(Project project) {
            super(project);
        }

        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch()) {
                changed = true;
            }
            super.notifyChanged(notification);
        }

        /** Whether anything in the model changed since recording began. */
        boolean changed() {
            return changed;
        }
    }

    private final CompletableFuture<List<Validation.Finding>> findings = new CompletableFuture<>();
    private volatile boolean stopped;

    private EarlyValidation() {
    }

    /** Starts validating {@code project} on a daemon thread; {@code null} where that would not pay. */
    static EarlyValidation start(Project project, DialectRegistry dialects) {
        if (Runtime.getRuntime().availableProcessors() < 2 || project.getDatabases().stream()
                .allMatch(db -> db.getCatalogs().stream().allMatch(c -> c.getSchemas().stream().allMatch(s -> s.getTables().isEmpty())))) {
            return null;
        }
        EarlyValidation early = new EarlyValidation();
        Thread.ofPlatform().daemon().name("relsync-early-validation").start(() -> {
            try {
                early.findings.complete(Validation.validate(project, dialects, () -> early.stopped));
            } catch (RuntimeException | Error e) { // stopped, or the model changed under it: the run validates again
                early.findings.completeExceptionally(e);
            }
        });
        return early;
    }

    /** The findings, when the run left the model untouched and the validation got through; else {@code null}. */
    List<Validation.Finding> take(Recorder recorder) {
        if (recorder.changed()) {
            stop();
            return null;
        }
        try {
            return findings.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Waits until the validation is done (or failed): from then on the run may write the model. */
    void awaitFinished() {
        try {
            findings.handle((found, failure) -> null).get();
        } catch (ExecutionException e) {
            // handled above: never thrown
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            try {
                findings.handle((found, failure) -> null).join(); // the validation stops at its next element
            } catch (RuntimeException ignored) {
                // it is over either way
            }
        }
    }

    /** Stops the validation at its next element: the run failed or changed the model. */
    void stop() {
        stopped = true;
    }
}
