package org.relsync.ui.views;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.ddl.DdlApplier;
import org.relsync.db.ddl.DdlScript;
import org.relsync.db.ddl.DdlService;
import org.relsync.db.ddl.DdlStatement;
import org.relsync.db.ddl.ProjectDdl;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.sync.validation.Validation;
import org.relsync.ui.SessionActions;
import org.relsync.ui.session.ProjectSession;

/**
 * DDL: the create or update script of one of the open project's databases (its Model and Mixed
 * schemas), made by a Job through {@link ProjectDdl}, the service {@code relsync ddl} uses (its
 * validation gating, planning and destructive-change lint), and shown read-only with the
 * statements that can lose data marked. Apply asks first, naming those statements, then runs
 * {@link ProjectDdl#run} on the project file as {@code relsync ddl --apply} does (backup, apply,
 * purge, baseline, save) and reads the project again from its file. An apply saves the project,
 * so it is refused while there are unsaved changes: save first.
 */
public final class DdlView extends ViewPart {

    private static final Color DESTRUCTIVE_LINE = new Color(255, 226, 226);
    private static final Color DESTRUCTIVE_TEXT = new Color(176, 0, 0);
    private static final Color FAILED_LINE = new Color(255, 236, 190);
    private static final Color COMMENT_TEXT = new Color(110, 110, 110);

    private Combo databases;
    private Button create;
    private Button update;
    private Button apply;
    private Label summary;
    private Label outcome;
    private StyledText text;
    private SessionActions actions;
    private ProjectSession shown;
    private ProjectSession scriptSession;
    private DdlScript script;
    private ProjectDdl.Result lastApply;
    private boolean running;
    private final ProjectSession.Listener sessionListener = session -> Display.getDefault().asyncExec(this::showSession);

    @Override
    public void createPartControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(5, false));
        Label label = new Label(top, SWT.NONE);
        label.setText("Database:");
        databases = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridData combo = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        combo.widthHint = 160;
        databases.setLayoutData(combo);
        create = new Button(top, SWT.PUSH);
        create.setText("Create Script");
        create.setToolTipText("The full script, for an empty database (relsync ddl --create)");
        create.addListener(SWT.Selection, e -> makeScript(DdlScript.Mode.CREATE));
        update = new Button(top, SWT.PUSH);
        update.setText("Update Script");
        update.setToolTipText("What the database lacks or has in excess, read from the database (relsync ddl --update)");
        update.addListener(SWT.Selection, e -> makeScript(DdlScript.Mode.UPDATE));
        apply = new Button(top, SWT.PUSH);
        apply.setText("Apply...");
        apply.setToolTipText("Run the script on the database, then save the project (relsync ddl --apply); asks first");
        apply.addListener(SWT.Selection, e -> applyScript());
        GridData right = new GridData(SWT.RIGHT, SWT.CENTER, true, false);
        apply.setLayoutData(right);
        summary = new Label(top, SWT.WRAP);
        summary.setLayoutData(wide());
        outcome = new Label(top, SWT.WRAP);
        outcome.setLayoutData(wide());
        setOutcome("");
        text = new StyledText(top, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        text.setLeftMargin(4);
        actions = new SessionActions();
        actions.install(getViewSite().getActionBars());
        ProjectSession.addListener(sessionListener);
        showSession();
    }

    /** The apply's result; the line takes no room while there is none. */
    private void setOutcome(String value) {
        outcome.setText(value);
        boolean none = value.isEmpty();
        ((GridData) outcome.getLayoutData()).exclude = none;
        outcome.setVisible(!none);
    }

    private static GridData wide() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1);
        data.widthHint = 200; // wraps at the view's width instead of widening it
        return data;
    }

    /** Fills the database choice when another project opens; keeps the script across the reload that follows an apply. */
    private void showSession() {
        if (databases == null || databases.isDisposed()) {
            return;
        }
        ProjectSession session = ProjectSession.current();
        enable();
        if (session == shown) {
            return;
        }
        shown = session;
        String chosen = databases.getText();
        List<String> names = new ArrayList<>();
        if (session != null) {
            for (Database database : session.project().getDatabases()) {
                names.add(database.getName());
            }
        }
        databases.setItems(names.toArray(String[]::new));
        int index = names.indexOf(chosen);
        if (!names.isEmpty()) {
            databases.select(Math.max(index, 0));
        }
        if (session != scriptSession) {
            script = null;
            scriptSession = null;
            lastApply = null;
            text.setText("");
            setOutcome("");
            summary.setText(session == null ? "No project open." : names.isEmpty() ? "The project has no database."
                    : "Make the create or update script of the chosen database.");
        }
        enable();
        layout();
    }

    private void enable() {
        boolean open = ProjectSession.current() != null && databases.getItemCount() > 0;
        databases.setEnabled(open && !running);
        create.setEnabled(open && !running);
        update.setEnabled(open && !running);
        apply.setEnabled(open && !running && script != null && !script.isEmpty() && scriptSession == ProjectSession.current());
    }

    private void layout() {
        summary.getParent().layout(true);
    }

    private static ProjectDdl service() {
        Connections connections = Connections.fromEnvironment();
        return new ProjectDdl(new DdlService(connections, new DatabaseCatalogSource(connections)), Clock.systemUTC());
    }

    /** Makes the script of the chosen database as a Job, on a copy of the model as it is now (unsaved edits included). */
    public Job makeScript(DdlScript.Mode mode) {
        ProjectSession session = ProjectSession.current();
        String database = databases.getText();
        if (session == null || database.isEmpty()) {
            return null;
        }
        if (session.busy()) {
            summary.setText("A sync is changing the model; make the script once it has ended.");
            return null;
        }
        Project copy = copy(session.project());
        String what = mode == DdlScript.Mode.CREATE ? "create" : "update";
        running = true;
        enable();
        setOutcome("");
        summary.setForeground(null);
        summary.setText("Making the " + what + " script of " + database
                + (mode == DdlScript.Mode.UPDATE ? " (reading the database)..." : "..."));
        layout();
        Job job = new Job("DDL " + what + " script of " + database) {
            @Override
            protected IStatus run(IProgressMonitor progress) {
                ProjectDdl.Options options = new ProjectDdl.Options(database, mode, false, false, false, true, null,
                        new JobMonitor(progress));
                try {
                    ProjectDdl.Result result = service().script(copy, options);
                    Display.getDefault().asyncExec(() -> scriptMade(session, result, null));
                } catch (RuntimeException e) {
                    Display.getDefault().asyncExec(() -> scriptMade(session, null, e.getMessage()));
                }
                return Status.OK_STATUS; // said in the view; no second dialog
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * A copy of {@code project} for a Job to read while the model may be edited, in a resource of
     * the same address: relative H2 and SQLite paths are relative to the project file's folder.
     */
    private static Project copy(Project project) {
        Project copy = EcoreUtil.copy(project);
        Resource resource = new ResourceImpl(project.eResource() == null ? null : project.eResource().getURI());
        resource.getContents().add(copy);
        return copy;
    }

    private void scriptMade(ProjectSession session, ProjectDdl.Result result, String failure) {
        if (text.isDisposed()) {
            return;
        }
        running = false;
        if (session != ProjectSession.current()) {
            enable();
            return; // another project opened meanwhile
        }
        script = null;
        scriptSession = null;
        text.setText("");
        if (result == null) {
            summary.setText("No script: " + failure);
        } else if (result.status() == ProjectDdl.Status.REFUSED_ERRORS) {
            Validation.Finding first = result.errors().get(0);
            summary.setText("No script: the model has " + Texts.count(result.errors().size(), "validation error")
                    + " (first: " + first.toProblem().path() + ": " + first.message()
                    + "). Solve them in Errors & Warnings first.");
        } else {
            script = result.script();
            scriptSession = session;
            show(script);
            summary.setText(describe(script));
            summary.setForeground(script.destructive().isEmpty() ? null : DESTRUCTIVE_TEXT);
        }
        enable();
        layout();
    }

    /** "Update script for shop (H2), against the live database: 2 statements, 1 can lose data, 1 note." */
    private static String describe(DdlScript script) {
        StringBuilder line = new StringBuilder(script.mode() == DdlScript.Mode.CREATE ? "Create" : "Update")
                .append(" script for ").append(script.database()).append(" (").append(script.dialect()).append(')');
        if (script.against() != null) {
            line.append(", computed against ").append(script.against());
        }
        line.append(": ");
        if (script.isEmpty()) {
            line.append("no statement; the database has what the model has");
        } else {
            int destructive = script.destructive().size();
            line.append(Texts.count(script.statements().size(), "statement")).append(", ")
                    .append(destructive == 0 ? "none can lose data" : destructive + " can lose data (marked in red)");
        }
        line.append(script.notes().isEmpty() ? ", no notes." : ", " + Texts.count(script.notes().size(), "note")
                + " at its top (what it leaves alone or cannot create).");
        return line.toString();
    }

    /** Shows the script's text (the CLI's, the same bytes) with comments grey and what can lose data marked red. */
    private void show(DdlScript shownScript) {
        String value = shownScript.text();
        text.setText(value);
        text.setStyleRanges(new StyleRange[0]);
        int offset = 0;
        for (String line : value.split("\n", -1)) {
            if (line.startsWith("--")) {
                text.setStyleRange(new StyleRange(offset, line.length(), COMMENT_TEXT, null));
            }
            offset += line.length() + 1;
        }
        int from = 0;
        for (DdlStatement statement : shownScript.statements()) {
            String block = (statement.destructive() ? "-- DESTRUCTIVE: " + statement.risk() + "\n" : "") + statement.sql() + ";";
            int at = value.indexOf(block, from);
            if (at < 0) {
                continue;
            }
            from = at + block.length();
            if (statement.destructive()) {
                int first = text.getLineAtOffset(at);
                int last = text.getLineAtOffset(at + block.length() - 1);
                text.setLineBackground(first, last - first + 1, DESTRUCTIVE_LINE);
                int end = value.indexOf('\n', at);
                text.setStyleRange(new StyleRange(at, end - at, DESTRUCTIVE_TEXT, null, SWT.BOLD));
            }
        }
    }

    /** Marks the statement that failed, from the applier's outcome. */
    private void markFailed(String sql) {
        if (sql == null) {
            return;
        }
        int at = text.getText().indexOf(sql + ";");
        if (at >= 0) {
            int first = text.getLineAtOffset(at);
            int last = text.getLineAtOffset(at + sql.length());
            text.setLineBackground(first, last - first + 1, FAILED_LINE);
            text.setTopIndex(Math.max(0, first - 2));
        }
    }

    /**
     * Applies the shown script after the user's confirmation, as a Job: refused while the project
     * has unsaved changes (the apply saves it, as {@code relsync ddl --apply} does).
     */
    public Job applyScript() {
        ProjectSession session = ProjectSession.current();
        DdlScript confirmed = script;
        if (session == null || confirmed == null || scriptSession != session) {
            return null;
        }
        if (session.isDirty()) {
            MessageDialog.openInformation(getSite().getShell(), "Apply DDL", "Save first: '" + session.project().getName()
                    + "' has unsaved changes.\n\nAn apply changes the database, then purges what was marked for deletion,"
                    + " records the baseline and saves the project, as 'relsync ddl --apply' does; it works on the saved"
                    + " project. Save (File > Save), then apply.");
            return null;
        }
        if (session.changedOnDisk()) {
            MessageDialog.openInformation(getSite().getShell(), "Apply DDL", session.file().getFileName()
                    + " changed on disk since it was read (another relsync command, a git pull, an editor).\n\n"
                    + "Reload it (File > Reload) and make the script again before applying.");
            return null;
        }
        if (confirmed.computedAgainstBaseline()) {
            MessageDialog.openInformation(getSite().getShell(), "Apply DDL", "This script was computed against "
                    + confirmed.against() + "; it cannot be applied. Make the update script again once the database"
                    + " can be reached.");
            return null;
        }
        if (!confirm(confirmed)) {
            return null;
        }
        boolean allowDestructive = !confirmed.destructive().isEmpty(); // what the user was shown and agreed to
        running = true;
        enable();
        outcome.setForeground(null);
        setOutcome("Applying " + Texts.count(confirmed.statements().size(), "statement") + " to "
                + confirmed.database() + "...");
        layout();
        java.nio.file.Path file = session.file();
        Job job = new Job("Apply DDL to " + confirmed.database()) {
            @Override
            protected IStatus run(IProgressMonitor progress) {
                ProjectDdl.Options options = new ProjectDdl.Options(confirmed.database(), confirmed.mode(), true,
                        allowDestructive, false, true, null, new JobMonitor(progress));
                try {
                    ProjectDdl.Result result = service().run(file, options);
                    Display.getDefault().asyncExec(() -> applied(session, confirmed, result, null));
                } catch (RuntimeException e) {
                    Display.getDefault().asyncExec(() -> applied(session, confirmed, null, e.getMessage()));
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Asks before anything runs, naming the statements that can lose data, or saying there are none. */
    private boolean confirm(DdlScript confirmed) {
        StringBuilder message = new StringBuilder("Apply " + Texts.count(confirmed.statements().size(), "statement")
                + " to database '" + confirmed.database() + "' (" + confirmed.dialect() + ")?\n\n");
        List<DdlStatement> destructive = confirmed.destructive();
        if (destructive.isEmpty()) {
            message.append("None of them can lose data.");
        } else {
            message.append(Texts.count(destructive.size(), "statement")).append(" can lose data:\n");
            for (DdlStatement statement : destructive) {
                message.append("  \u2022 ").append(statement.risk()).append('\n');
            }
        }
        message.append(destructive.isEmpty() ? "\n\n" : "\n").append("Then what was marked for deletion is purged from the model, the baseline is recorded and the"
                + " project is saved (backed up first), as 'relsync ddl --apply' does.");
        MessageDialog dialog = new MessageDialog(getSite().getShell(), "Apply DDL", null, message.toString(),
                destructive.isEmpty() ? MessageDialog.QUESTION : MessageDialog.WARNING, 1, "Apply", "Cancel");
        return dialog.open() == 0;
    }

    private void applied(ProjectSession session, DdlScript confirmed, ProjectDdl.Result result, String failure) {
        if (text.isDisposed()) {
            return;
        }
        running = false;
        lastApply = result;
        String name = session.file().getFileName().toString();
        if (result == null) {
            setOutcome("Not applied: " + failure + ". The database and " + name + " are as they were.");
            outcome.setForeground(DESTRUCTIVE_TEXT);
        } else {
            DdlApplier.Outcome run = result.applied();
            switch (result.status()) {
                case APPLIED -> {
                    outcome.setForeground(null);
                    setOutcome("Applied " + run.done() + " of " + Texts.count(run.total(), "statement") + " to "
                            + confirmed.database() + "; " + (result.purged() == 0 ? "nothing was marked for deletion"
                                    : Texts.count(result.purged(), "element") + " marked for deletion purged")
                            + "; baseline recorded; " + name + " saved (backed up first)"
                            + " and read again.");
                    reopen(session);
                }
                case APPLY_FAILED -> {
                    outcome.setForeground(DESTRUCTIVE_TEXT);
                    setOutcome("Failed: " + run.done() + " of " + Texts.count(run.total(), "statement") + " applied"
                            + (run.rolledBack() ? " (rolled back: the database is as it was)" : "") + ". "
                            + (run.failed() == null ? "" : "Statement " + (run.done() + 1) + " (marked) ")
                            + "failed: " + run.failure() + ". " + name + " is as it was.");
                    markFailed(run.failed());
                }
                case APPLIED_NOT_SAVED -> {
                    outcome.setForeground(DESTRUCTIVE_TEXT);
                    setOutcome("Applied " + run.done() + " of " + Texts.count(run.total(), "statement") + ", but "
                            + name + " could not be saved (it is as it was): " + result.problem().getMessage()
                            + ". Update Script shows what the database now lacks or has in excess.");
                }
                case REFUSED_DESTRUCTIVE -> {
                    outcome.setForeground(DESTRUCTIVE_TEXT);
                    setOutcome("Not applied: the script made for the apply has statements that can lose data that"
                            + " were not shown when you confirmed (the database changed meanwhile). Make the script again.");
                }
                case REFUSED_ERRORS -> {
                    outcome.setForeground(DESTRUCTIVE_TEXT);
                    setOutcome("Not applied: the saved project has " + Texts.count(result.errors().size(),
                            "validation error") + " (first: " + result.errors().get(0).message() + ").");
                }
                default -> setOutcome(result.status().toString());
            }
        }
        enable();
        layout();
    }

    /** Reads the project again from the file the apply saved; the script stays shown, no longer to apply. */
    private void reopen(ProjectSession session) {
        if (ProjectSession.current() != session) {
            return;
        }
        script = null;
        scriptSession = null;
        try {
            ProjectSession.open(session.file());
        } catch (RuntimeException e) {
            setOutcome(outcome.getText() + " Reading it again failed: " + e.getMessage());
        }
        shown = null; // the listener refills the database choice, keeping the one chosen
        scriptSession = ProjectSession.current();
        showSession();
    }

    /** Whether a script is being made or applied. */
    public boolean running() {
        return running;
    }

    /** The script shown, or {@code null}. */
    public DdlScript script() {
        return script;
    }

    /** The result of the last apply, or {@code null}. */
    public ProjectDdl.Result lastApply() {
        return lastApply;
    }

    public Combo databaseChoice() {
        return databases;
    }

    public StyledText scriptText() {
        return text;
    }

    public String summary() {
        return summary.getText();
    }

    public String outcome() {
        return outcome.getText();
    }

    @Override
    public void setFocus() {
        databases.setFocus();
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
