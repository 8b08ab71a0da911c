package org.relsync.ui.views;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.relsync.sync.Elements;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.validation.Fix;
import org.relsync.sync.validation.Validation;
import org.relsync.sync.validation.Validation.Finding;
import org.relsync.ui.SessionActions;
import org.relsync.ui.Views;
import org.relsync.ui.session.ProjectSession;

/**
 * Errors &amp; Warnings: the project's validation (the same {@link Validation} that ends every sync
 * report and that {@code relsync validate} prints), run again off the UI thread shortly after each change.
 * Double-click reveals the element in the Project Explorer; the context menu offers the finding's
 * quick fixes, each the validator's own command run on the session's command stack, so undoable.
 */
public final class ProblemsView extends ViewPart {

    private static final int DELAY_MS = 300;

    private TableViewer viewer;
    private SessionActions actions;
    private List<Finding> findings = List.of();
    private boolean scheduled;
    private final Runnable validate = this::validateNow;
    private final org.eclipse.emf.common.command.CommandStackListener stackListener = event -> schedule();
    private ProjectSession attached;
    private final ProjectSession.Listener sessionListener = session -> {
        if (session != attached) { // not on saves and dirty changes, which arrive inside a stack notification
            if (attached != null) {
                attached.commandStack().removeCommandStackListener(stackListener);
            }
            attached = session;
            if (session != null) {
                session.commandStack().addCommandStackListener(stackListener);
            }
            schedule();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Description", 520, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Finding) element).message();
            }

            @Override
            public Image getImage(Object element) {
                String key = ((Finding) element).severity() == Severity.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
                        : ISharedImages.IMG_OBJS_WARN_TSK;
                return PlatformUI.getWorkbench().getSharedImages().getImage(key);
            }
        });
        column("Element", 280, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Elements.fullPath(((Finding) element).element());
            }
        });
        column("Code", 160, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Finding) element).code();
            }
        });
        column("Fixes", 220, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return String.join("; ", ((Finding) element).fixes().stream().map(Fix::label).toList());
            }
        });
        viewer.addDoubleClickListener(event -> reveal(((IStructuredSelection) event.getSelection()).getFirstElement()));
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            Object selected = viewer.getStructuredSelection().getFirstElement();
            if (selected instanceof Finding finding) {
                for (Fix fix : finding.fixes()) {
                    m.add(fixAction(fix));
                }
                m.add(new Action("Show in Project Explorer") {
                    @Override
                    public void run() {
                        reveal(finding);
                    }
                });
            }
        });
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().setSelectionProvider(viewer);
        actions = new SessionActions();
        actions.install(getViewSite().getActionBars());
        ProjectSession.addListener(sessionListener);
        sessionListener.sessionChanged(ProjectSession.current());
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    /** Runs {@code fix}'s command on the session's command stack (undoable); advice only is shown, not run. */
    private Action fixAction(Fix fix) {
        ProjectSession session = ProjectSession.current();
        Command command = session == null ? null : fix.commandFor(session.editor());
        boolean runnable = command != null && command.canExecute();
        Action action = new Action((runnable ? "Quick Fix: " : "Advice: ") + fix.label()) {
            @Override
            public void run() {
                try {
                    session.editor().execute(command);
                } catch (RuntimeException e) {
                    MessageDialog.openError(getSite().getShell(), "Quick Fix", e.getMessage());
                }
            }
        };
        action.setEnabled(runnable);
        return action;
    }

    private void reveal(Object selected) {
        if (!(selected instanceof Finding finding)) {
            return;
        }
        try {
            ExplorerView explorer = (ExplorerView) getSite().getPage().showView(Views.EXPLORER);
            explorer.reveal(finding.element());
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Errors & Warnings", e.getMessage());
        }
    }

    /** Validation again, {@value #DELAY_MS} ms after the last of a burst of changes. */
    private void schedule() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (viewer.getControl().isDisposed()) {
                return;
            }
            viewer.getControl().getDisplay().timerExec(-1, validate);
            viewer.getControl().getDisplay().timerExec(DELAY_MS, validate);
            scheduled = true;
        });
    }

    /**
     * Validates the open project off the UI thread ({@link BackgroundValidation#validate}) and shows
     * the findings. The model is changed only on the UI thread (edits, fixes, undo) or while a
     * session is busy (a sync, a wizard's change): a validation that saw a change under way is thrown
     * away and made again.
     */
    public void validateNow() {
        scheduled = false;
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        ProjectSession session = ProjectSession.current();
        if (session == null) {
            findings = List.of();
            viewer.setInput(findings);
            setContentDescription("No project open");
            return;
        }
        if (session.busy()) {
            schedule(); // a run is changing the model: after it
            return;
        }
        validating = true;
        BackgroundValidation.validate(session, viewer.getControl().getDisplay(), found -> shown(session, found));
    }

    private void shown(ProjectSession session, List<Finding> found) {
        validating = false;
        if (viewer.getControl().isDisposed() || session != ProjectSession.current()) {
            return;
        }
        if (found == null) {
            schedule(); // the model changed meanwhile: once more, on the model as it is now
            return;
        }
        findings = found;
        viewer.setInput(findings);
        session.publishProblems(findings);
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        setContentDescription(Texts.count(errors, "error") + ", " + Texts.count(findings.size() - errors, "warning"));
    }

    private volatile boolean validating;

    /** The findings shown (for tests and the status line). */
    public List<Finding> findings() {
        return findings;
    }

    /** Whether a validation is waiting to run or running. */
    public boolean pending() {
        return scheduled || validating;
    }

    /**
     * Whether {@code page}'s Errors &amp; Warnings view has a validation waiting or running; false
     * when the view was never made, which this does not make (a view's reference is made lazily:
     * {@code findView} would make it, 20 ms of a first diagram editor's opening).
     */
    public static boolean pendingIn(org.eclipse.ui.IWorkbenchPage page) {
        org.eclipse.ui.IViewReference reference = page.findViewReference(org.relsync.ui.Views.PROBLEMS);
        return reference != null && reference.getView(false) instanceof ProblemsView problems && problems.pending();
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ProjectSession.removeListener(sessionListener);
        if (attached != null) {
            attached.commandStack().removeCommandStackListener(stackListener);
        }
        if (actions != null) {
            actions.dispose();
        }
        super.dispose();
    }
}
