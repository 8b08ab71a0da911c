package org.relsync.ui;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.relsync.model.io.ProjectFileException;
import org.relsync.ui.session.ProjectSession;

/**
 * What the File menu does, with the dialogs around it: open, save, save as, reload. The rules
 * (atomic saves, refusing to overwrite a file another program changed) are the session's and
 * {@code ProjectFiles}'; this class only asks and tells.
 */
public final class Commands {

    private Commands() {
    }

    /** Opens {@code file}, after asking to discard unsaved changes of the open project; {@code false} when it was not opened. */
    public static boolean open(Shell shell, Path file) {
        ProjectSession current = ProjectSession.current();
        if (current != null && current.isDirty() && !confirmDiscard(shell, "Open")) {
            return false;
        }
        return load(shell, file, "Open Project");
    }

    /** Reads {@code file} and makes it the open project, whatever was open; {@code false} (after saying why) when it cannot be read. */
    private static boolean load(Shell shell, Path file, String what) {
        // read off the UI thread (a project of 5,000 tables takes a second or more), with a progress dialog
        org.relsync.model.project.Project[] loaded = new org.relsync.model.project.Project[1];
        RuntimeException[] failure = new RuntimeException[1];
        try {
            new org.eclipse.jface.dialogs.ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask("Reading " + file, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try {
                    loaded[0] = org.relsync.model.io.ProjectFiles.load(file.toAbsolutePath().normalize());
                } catch (RuntimeException e) {
                    failure[0] = e;
                } finally {
                    monitor.done();
                }
            });
        } catch (java.lang.reflect.InvocationTargetException | InterruptedException e) {
            failure[0] = new IllegalStateException(e.getMessage(), e);
        }
        if (failure[0] != null) {
            MessageDialog.openError(shell, what, "Could not open " + file + ":\n\n" + failure[0].getMessage());
            return false;
        }
        ProjectSession.open(file, loaded[0]);
        RecentProjects.add(file);
        return true;
    }

    /** Asks for a project file and opens it. */
    public static void openWithDialog(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open Project");
        dialog.setFilterExtensions(new String[] {"*.relsync", "*"});
        dialog.setFilterNames(new String[] {"RelSync projects (*.relsync)", "All files"});
        String chosen = dialog.open();
        if (chosen != null) {
            open(shell, Path.of(chosen));
        }
    }

    /**
     * Saves the open project. When the file changed on disk since it was read, nothing is
     * overwritten: the user chooses between reloading (losing the changes made here) and keeping
     * them unsaved (to save elsewhere with Save As).
     */
    public static boolean save(Shell shell) {
        ProjectSession session = ProjectSession.current();
        if (session == null) {
            return false;
        }
        try {
            session.save();
            return true;
        } catch (ProjectFileException e) {
            if (e.problem() == ProjectFileException.Problem.CHANGED) {
                offerReload(shell, session, e.getMessage());
            } else {
                MessageDialog.openError(shell, "Save Project", e.getMessage());
            }
            return false;
        } catch (RuntimeException e) {
            MessageDialog.openError(shell, "Save Project", "Could not save " + session.file() + ":\n\n" + e.getMessage());
            return false;
        }
    }

    /** Saves the open project under a name the user picks. */
    public static void saveAs(Shell shell) {
        ProjectSession session = ProjectSession.current();
        if (session == null) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save Project As");
        dialog.setFilterExtensions(new String[] {"*.relsync"});
        dialog.setOverwrite(true);
        dialog.setFileName(session.file().getFileName().toString());
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            session.saveAs(Path.of(chosen));
            RecentProjects.add(session.file());
        } catch (RuntimeException e) {
            MessageDialog.openError(shell, "Save Project As", e.getMessage());
        }
    }

    /** Reads the project again from its file, after asking when there are unsaved changes. */
    public static void reload(Shell shell) {
        ProjectSession session = ProjectSession.current();
        if (session == null || (session.isDirty() && !confirmDiscard(shell, "Reload"))) {
            return;
        }
        open(shell, session.file());
    }

    /**
     * Checks whether the open project's file changed on disk (the window is activated again after
     * the user ran {@code relsync} or {@code git pull}); offers to reload it, once per change.
     */
    public static void checkDisk(Shell shell) {
        ProjectSession session = ProjectSession.current();
        if (session != null && !session.busy() && session.changedOnDiskUntold()) {
            offerReload(shell, session, session.file() + " changed on disk (another relsync command, a git pull, an editor).");
        }
    }

    private static void offerReload(Shell shell, ProjectSession session, String why) {
        String question = session.isDirty()
                ? why + "\n\nReload it and lose the changes made here, or keep them (unsaved; Save As writes them elsewhere)?"
                : why + "\n\nReload it?";
        MessageDialog dialog = new MessageDialog(shell, "Project Changed on Disk", null, question, MessageDialog.WARNING, 0,
                "Reload", "Keep Mine");
        if (dialog.open() == 0) {
            load(shell, session.file(), "Reload Project");
        }
    }

    /** File &gt; New Project. */
    public static void newProject(Shell shell) {
        ProjectSession current = ProjectSession.current();
        if (current != null && current.isDirty() && !confirmDiscard(shell, "New Project")) {
            return;
        }
        Path folder = current != null ? current.file().getParent() : Path.of(System.getProperty("user.home"));
        new org.eclipse.jface.wizard.WizardDialog(shell, new org.relsync.ui.wizards.NewProjectWizard(folder)).open();
    }

    /** Project &gt; Add Database. */
    public static void addDatabase(Shell shell) {
        ProjectSession session = requireProject(shell, "Add Database");
        if (session != null) {
            new org.eclipse.jface.wizard.WizardDialog(shell, new org.relsync.ui.wizards.AddDatabaseWizard(session)).open();
        }
    }

    /** Project &gt; Reverse Engineer; its summary shown when done. */
    public static void reverse(Shell shell) {
        ProjectSession session = requireProject(shell, "Reverse Engineer");
        if (session == null) {
            return;
        }
        org.relsync.ui.wizards.ReverseWizard wizard = new org.relsync.ui.wizards.ReverseWizard(session);
        if (new org.eclipse.jface.wizard.WizardDialog(shell, wizard).open() == org.eclipse.jface.window.Window.OK
                && wizard.report() != null) {
            MessageDialog.openInformation(shell, "Reverse Engineer", org.relsync.sync.report.ReportWriter.summary(wizard.report()));
        }
    }

    private static ProjectSession requireProject(Shell shell, String what) {
        ProjectSession session = ProjectSession.current();
        if (session == null) {
            MessageDialog.openInformation(shell, what, "Open or create a project first (File > Open Project, File > New Project).");
        }
        return session;
    }

    /** Whether the user agrees to lose the unsaved changes of the open project. */
    public static boolean confirmDiscard(Shell shell, String what) {
        ProjectSession session = ProjectSession.current();
        MessageDialog dialog = new MessageDialog(shell, what, null, "'" + session.project().getName()
                + "' has unsaved changes. Save them first?", MessageDialog.QUESTION, 0, "Save", "Discard", "Cancel");
        return switch (dialog.open()) {
            case 0 -> save(shell);
            case 1 -> true;
            default -> false;
        };
    }
}
