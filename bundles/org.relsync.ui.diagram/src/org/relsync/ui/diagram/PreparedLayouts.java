package org.relsync.ui.diagram;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.relsync.db.DatabaseKinds;
import org.relsync.diagram.export.DiagramExport;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Scene;
import org.relsync.ui.session.ProjectSession;
import org.relsync.ui.session.SessionDiagrams;

/**
 * Layouts of the project's whole-project diagrams (tables, mappings, entities) that have no stored
 * positions, made ahead in a lowest-priority job once a project is open and the workbench has
 * nothing else to do, so that opening one of them for the first time draws it at once instead of
 * waiting for ELK (0.3–0.7 s at 1,000 tables). They are kept beside the session, not stored: the
 * project is not changed until a diagram is opened (its editor stores what it shows) and saved.
 */
final class PreparedLayouts {

    private static final Map<String, StoredLayout.Diagram> PREPARED = new ConcurrentHashMap<>();
    private static volatile ProjectSession preparedFor;

    private PreparedLayouts() {
    }

    /** Prepares the layouts of {@code session} (once per session) in the background. */
    static void prepare(ProjectSession session, Display display) {
        if (session == null || session == preparedFor) {
            return;
        }
        preparedFor = session;
        PREPARED.clear();
        Job job = new Job("Preparing the diagrams of " + session.project().getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                for (DiagramKind kind : new DiagramKind[] {DiagramKind.TABLES, DiagramKind.MAPPINGS, DiagramKind.ENTITIES}) {
                    if (monitor.isCanceled() || ProjectSession.current() != session || display.isDisposed()) {
                        return Status.CANCEL_STATUS;
                    }
                    DiagramScope scope = DiagramScope.of(kind);
                    Scene[] scene = {null};
                    long[] generation = {0};
                    display.syncExec(() -> { // the model is the UI thread's
                        if (ProjectSession.current() != session || session.busy()) {
                            return;
                        }
                        StoredLayout.Diagram stored = SessionDiagrams.of(session).diagram(scope.layoutKey());
                        if (stored != null && !stored.nodes().isEmpty()) {
                            return;
                        }
                        try {
                            scene[0] = DiagramExport.scene(session.project(), scope, null, DatabaseKinds.dialects(), session.problems());
                            generation[0] = session.generation();
                        } catch (IllegalArgumentException e) {
                            // no such diagram in this project (no database): nothing to prepare
                        }
                    });
                    if (scene[0] == null || scene[0].nodes().size() < 50) {
                        continue; // small ones are laid out at once anyway
                    }
                    Layout layout = DiagramExport.layout(scene[0], null, false);
                    if (session.generation() == generation[0]) {
                        StoredLayout made = new StoredLayout();
                        made.put(scope.layoutKey(), layout);
                        PREPARED.put(scope.layoutKey(), made.snapshot(scope.layoutKey()));
                    }
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule(500);
    }

    /** The prepared layout of {@code key} for {@code session}, taken (once), or {@code null}. */
    static StoredLayout.Diagram take(ProjectSession session, String key) {
        return session == preparedFor ? PREPARED.remove(key) : null;
    }
}
