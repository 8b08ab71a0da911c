package org.relsync.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.relsync.db.Connections;
import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.project.SyncTask;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.SyncResult;
import org.relsync.sync.report.Change;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem;
import org.relsync.ui.SessionActions;
import org.relsync.ui.session.ProjectSession;

/**
 * Sync: the project's tasks in their fixed order with a checkbox each (LLBLGen's "Sync Relational
 * Model Data" tab), Preview (a dry run: the report of what a run would do, the model left as it
 * was) and Run. A run is a cancellable Job with progress; the model is the engine's alone while
 * it runs, and the whole run becomes one entry on the command stack. The report is shown as a
 * tree: changes by kind, then warnings and errors.
 */
public final class SyncView extends ViewPart {

    private CheckboxTableViewer tasks;
    private TreeViewer report;
    private Label summary;
    private Button preview;
    private Button run;
    private SessionActions actions;
    private ChangeReport lastReport;
    private boolean running;
    private final ProjectSession.Listener sessionListener = session -> Display.getDefault().asyncExec(this::showTasks);
    private ProjectSession shown;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite top = new Composite(sash, SWT.NONE);
        top.setLayout(new GridLayout(3, false));
        Label title = new Label(top, SWT.NONE);
        title.setText("Tasks, in the order a run takes them:");
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        preview = new Button(top, SWT.PUSH);
        preview.setText("Preview");
        preview.setToolTipText("A dry run: what a sync would change, without changing anything");
        preview.addListener(SWT.Selection, e -> start(true));
        run = new Button(top, SWT.PUSH);
        run.setText("Run Sync");
        run.addListener(SWT.Selection, e -> start(false));
        tasks = CheckboxTableViewer.newCheckList(top, SWT.BORDER | SWT.FULL_SELECTION);
        tasks.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        tasks.setContentProvider(ArrayContentProvider.getInstance());
        tasks.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                SyncTask task = (SyncTask) element;
                if (task instanceof DatabaseSyncTask db && db.getDatabase() != null) {
                    // the schemas the task involves, each with its sync source, and its filters (LLBLGen's tab shows the same)
                    StringBuilder text = new StringBuilder(task.getName()).append("    schemas: ");
                    List<String> schemas = new ArrayList<>();
                    for (var catalog : db.getDatabase().getCatalogs()) {
                        for (var schema : catalog.getSchemas()) {
                            schemas.add(schema.getName() + " (" + schema.getSyncSource().getLiteral() + ")");
                        }
                    }
                    text.append(String.join(", ", schemas));
                    if (!db.getSchemaFilters().isEmpty()) {
                        text.append("; schema filters ").append(String.join(", ", db.getSchemaFilters()));
                    }
                    if (!db.getTableFilters().isEmpty()) {
                        text.append("; table filters ").append(String.join(", ", db.getTableFilters()));
                    }
                    return text.toString();
                }
                return task.getName() + "    (entity model \u2192 the Model and Mixed schemas)";
            }
        });
        Composite bottom = new Composite(sash, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        summary = new Label(bottom, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        report = new TreeViewer(bottom, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        report.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        report.setContentProvider(new ReportContent());
        report.setLabelProvider(new LabelProvider());
        report.addDoubleClickListener(e -> reveal(((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement()));
        sash.setWeights(35, 65);
        actions = new SessionActions();
        actions.install(getViewSite().getActionBars());
        ProjectSession.addListener(sessionListener);
        showTasks();
    }

    private void showTasks() {
        if (tasks == null || tasks.getControl().isDisposed()) {
            return;
        }
        ProjectSession session = ProjectSession.current();
        boolean open = session != null;
        preview.setEnabled(open);
        run.setEnabled(open);
        if (session == shown) {
            return;
        }
        shown = session;
        List<SyncTask> list = open ? new ArrayList<>(session.project().getSyncTasks()) : List.of();
        tasks.setInput(list);
        for (SyncTask task : list) {
            tasks.setChecked(task, task.isEnabled());
        }
        summary.setText(open ? "Preview or run the checked tasks." : "No project open.");
        report.setInput(null);
    }

    /** Starts a preview ({@code dryRun}) or a run of the checked tasks as a Job. */
    public Job start(boolean dryRun) {
        ProjectSession session = ProjectSession.current();
        if (session == null) {
            return null;
        }
        SyncOptions.Builder options = SyncOptions.builder().dryRun(dryRun).backup(false);
        for (Object checked : tasks.getCheckedElements()) {
            options.task(((SyncTask) checked).getName());
        }
        preview.setEnabled(false);
        run.setEnabled(false);
        running = true;
        lastReport = null;
        summary.setText(dryRun ? "Previewing..." : "Syncing...");
        String label = dryRun ? "Preview sync of " + session.project().getName() : "Sync " + session.project().getName();
        Job job = new Job(label) {
            @Override
            protected IStatus run(IProgressMonitor progress) {
                SyncEngine engine = org.relsync.ui.session.Passwords.syncEngine();
                org.relsync.sync.Backup backup = null;
                try {
                    // the backup ProjectSync makes before a run (the file as last saved), as the preferences say
                    SyncOptions run = options.monitor(new JobMonitor(progress)).backup(org.relsync.ui.Preferences.backupBeforeSync()).build();
                    if (java.nio.file.Files.exists(session.file())) {
                        backup = org.relsync.sync.ProjectSync.backupBefore(session.file(), session.project(), run,
                                org.relsync.ui.Preferences.backupFolder(), java.time.Clock.systemUTC());
                    }
                    SyncResult result = session.sync(engine, run);
                    if (backup != null) {
                        backup.keep();
                    }
                    Display.getDefault().asyncExec(() -> finished(session, result, dryRun, null));
                    return Status.OK_STATUS;
                } catch (org.relsync.sync.SyncCancelledException e) {
                    if (backup != null) {
                        backup.discard();
                    }
                    Display.getDefault().asyncExec(() -> finished(session, null, dryRun, "Cancelled; the model is as it was."));
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    if (backup != null) {
                        backup.discard();
                    }
                    Display.getDefault().asyncExec(() -> finished(session, null, dryRun,
                            "The sync failed and changed nothing: " + e.getMessage()));
                    return Status.OK_STATUS; // said in the view; no second dialog
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void finished(ProjectSession session, SyncResult result, boolean dryRun, String failure) {
        if (summary.isDisposed()) {
            return;
        }
        preview.setEnabled(true);
        run.setEnabled(true);
        running = false;
        if (result == null) {
            summary.setText(failure);
            return;
        }
        if (!dryRun) {
            session.recordRun("Sync", result);
        }
        lastReport = result.report();
        Map<ChangeKind, Integer> counts = lastReport.counts();
        StringBuilder text = new StringBuilder(dryRun ? "Preview (nothing changed): " : "Sync: ");
        text.append(lastReport.hasChanges() ? "" : "no change; ");
        counts.forEach((kind, n) -> text.append(n).append(' ').append(kind.name().toLowerCase(java.util.Locale.ROOT)).append(", "));
        text.append(Texts.count(lastReport.count(Problem.Severity.WARNING), "warning")).append(", ")
                .append(Texts.count(lastReport.count(Problem.Severity.ERROR), "error"));
        summary.setText(text.toString());
        summary.getParent().layout();
        report.setInput(lastReport);
        report.expandToLevel(2);
    }

    /** Whether a preview or run is under way. */
    public boolean running() {
        return running;
    }

    /** The report of the last preview or run, or {@code null}. */
    public ChangeReport lastReport() {
        return lastReport;
    }

    public TreeViewer reportViewer() {
        return report;
    }

    public CheckboxTableViewer tasksViewer() {
        return tasks;
    }

    public String summary() {
        return summary.getText();
    }

    /** A warning or error of the report, which a double-click shows in the Project Explorer. */
    private record ProblemLine(Problem problem) {
        @Override
        public String toString() {
            return problem.path() + ": " + problem.message()
                    + (problem.fixes().isEmpty() ? "" : "  (fix: " + String.join("; ", problem.fixes()) + ")");
        }
    }

    /** Shows the element a report line names in the Project Explorer (found by its path, as the report writes it). */
    private void reveal(Object line) {
        ProjectSession session = ProjectSession.current();
        if (!(line instanceof ProblemLine problem) || session == null) {
            return;
        }
        for (var it = session.project().eAllContents(); it.hasNext();) {
            var element = it.next();
            if (problem.problem().path().equals(org.relsync.sync.Elements.fullPath(element))) {
                try {
                    ((ExplorerView) getSite().getPage().showView(org.relsync.ui.Views.EXPLORER)).reveal(element);
                } catch (org.eclipse.ui.PartInitException e) {
                    summary.setText(e.getMessage());
                }
                return;
            }
        }
    }

    /** The report as a tree: one group per kind of change, then warnings, then errors. */
    private static final class ReportContent implements ITreeContentProvider {

        private record Group(String title, List<?> lines) {
            @Override
            public String toString() {
                return title + " (" + lines.size() + ")";
            }
        }

        @Override
        public Object[] getElements(Object input) {
            if (!(input instanceof ChangeReport r)) {
                return new Object[0];
            }
            Map<ChangeKind, List<String>> byKind = new LinkedHashMap<>();
            for (Change change : r.changes()) {
                String detail = change.detail() == null || change.detail().isEmpty() ? "" : ": " + change.detail();
                byKind.computeIfAbsent(change.kind(), k -> new ArrayList<>())
                        .add(change.elementKind() + " " + change.path() + detail);
            }
            List<Group> groups = new ArrayList<>();
            byKind.forEach((kind, lines) -> groups.add(new Group(kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT), lines)));
            for (Problem.Severity severity : List.of(Problem.Severity.ERROR, Problem.Severity.WARNING)) {
                List<ProblemLine> lines = r.problems().stream().filter(p -> p.severity() == severity).map(ProblemLine::new).toList();
                if (!lines.isEmpty()) {
                    groups.add(new Group(severity == Problem.Severity.ERROR ? "Errors" : "Warnings", lines));
                }
            }
            return groups.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Group g ? g.lines().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Group g && !g.lines().isEmpty();
        }
    }

    @Override
    public void setFocus() {
        tasks.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ProjectSession.removeListener(sessionListener);
        if (actions != null) {
            actions.dispose();
        }
        super.dispose();
    }
}
