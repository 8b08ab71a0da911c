package org.relsync.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IStartup;
import org.relsync.diagram.export.DiagramExport;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.Edge;
import org.relsync.diagram.scene.EdgeKind;
import org.relsync.diagram.scene.End;
import org.relsync.diagram.scene.Group;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.NodeKind;
import org.relsync.diagram.scene.Row;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.SyncState;

/**
 * Once the workbench is up, lays out a small made-up table diagram in a background job of the
 * lowest priority, three times: ELK's classes are loaded and its hot paths compiled before the modeler
 * opens a first diagram (measured: a first layout of 1,000 tables took 1.3 s in a fresh workbench,
 * against 0.1 s once ELK has run). Then, on the UI thread when it is idle, what a first diagram
 * editor would otherwise do the first time, while the modeler waits: the editor area's widgets are
 * made, hidden (the Modeling perspective shows the area only while a diagram is open; making
 * it took about 60 ms of the first editor), and the made-up diagram is painted into an image
 * nobody sees (the renderer's classes, fonts and drawing paths). It reads no model and writes
 * nothing. It also has the open project's whole-project diagrams laid out ahead ({@link PreparedLayouts}).
 */
public final class LayoutWarmUp implements IStartup {

    @Override
    public void earlyStartup() {
        Job job = new Job("Preparing diagram layout") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Scene scene = scene(300);
                Layout laid = null;
                for (int i = 0; i < 3 && !monitor.isCanceled(); i++) {
                    laid = DiagramExport.layout(scene, null, true);
                }
                if (laid != null) {
                    Layout painted = laid;
                    org.eclipse.swt.widgets.Display display = org.eclipse.ui.PlatformUI.getWorkbench().getDisplay();
                    display.asyncExec(() -> warmUpTheEditor(display, painted));
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule(2_000);
        // each project opened: its whole-project diagrams laid out ahead (PreparedLayouts)
        org.eclipse.swt.widgets.Display display = org.eclipse.ui.PlatformUI.getWorkbench().getDisplay();
        org.relsync.ui.session.ProjectSession.addListener(session -> PreparedLayouts.prepare(session, display));
        display.asyncExec(() -> PreparedLayouts.prepare(org.relsync.ui.session.ProjectSession.current(), display));
    }

    /**
     * The first diagram editor's one-time work, ahead: each window's editor area made (hidden as
     * it is), and {@code layout} painted at 100 % and at an overview zoom into an image.
     */
    private static void warmUpTheEditor(org.eclipse.swt.widgets.Display display, Layout layout) {
        if (display.isDisposed() || !org.eclipse.ui.PlatformUI.isWorkbenchRunning()) {
            return;
        }
        for (org.eclipse.ui.IWorkbenchWindow window : org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()) {
            renderEditorAreaHidden(window);
        }
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, 640, 480);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
        SceneRenderer renderer = new SceneRenderer(display);
        try {
            renderer.paint(gc, layout, 1.0, 0, 0, Set.of());
            renderer.paint(gc, layout, 0.3, 0, 0, Set.of());
        } finally {
            renderer.dispose();
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Has the window's editor area (the shared area the perspective hides) made, still hidden: the
     * first diagram then only shows it ({@link ProjectDiagrams#open}).
     */
    private static void renderEditorAreaHidden(org.eclipse.ui.IWorkbenchWindow window) {
        MWindow model = window.getService(MWindow.class);
        EModelService models = window.getService(EModelService.class);
        if (model == null || models == null) {
            return;
        }
        for (MPlaceholder area : models.findElements(model, org.eclipse.ui.IPageLayout.ID_EDITOR_AREA, MPlaceholder.class)) {
            if (!area.isToBeRendered()) {
                area.setVisible(false);
                area.setToBeRendered(true);
            }
        }
    }

    /** {@code tables} tables of four columns in two schemas, each with a foreign key to one of the ten before it. */
    static Scene scene(int tables) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        List<Group> groups = List.of(new Group("s0", "S0", "Database", SyncState.NONE), new Group("s1", "S1", "Database", SyncState.NONE));
        for (int t = 0; t < tables; t++) {
            List<Row> rows = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                rows.add(new Row("t" + t + "c" + c, "COLUMN_" + c, "INTEGER", Set.of(), SyncState.NONE));
            }
            nodes.add(new Node("t" + t, NodeKind.TABLE, "TABLE_" + t, "s" + (t % 2), rows, 0, SyncState.NONE));
            if (t >= 2 && t % 5 != 0) {
                int target = t - 2 * (1 + t % 5);
                if (target >= 0) {
                    edges.add(new Edge("fk" + t, EdgeKind.FOREIGN_KEY, End.of("t" + t, "t" + t + "c1"), End.of("t" + target),
                            null, SyncState.NONE));
                }
            }
        }
        return new Scene(DiagramKind.TABLES, "warm-up", groups, nodes, edges, List.of());
    }
}
