package org.relsync.ui.diagram;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.relsync.model.common.NamedElement;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.RelationalPackage;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.validation.Fix;
import org.relsync.sync.validation.Validation;
import org.relsync.ui.Views;
import org.relsync.ui.session.ProjectSession;
import org.relsync.ui.views.BackgroundValidation;
import org.relsync.ui.views.ExplorerView;
import org.relsync.ui.views.ProblemsView;

/**
 * The diagram editor's context menu for the element under the pointer (a box, or one of its rows):
 * Mark for Deletion / Unmark where SYNC-SPEC section 4 allows it ({@link ProjectEditor#canMarkForDeletion}),
 * Remove Orphan for an orphan ({@link ProjectEditor#isOrphan}), the validator's quick fixes for its
 * problems (the commands Errors &amp; Warnings runs; the validator's "mark it for deletion" is the
 * Mark item, once), and Show in Explorer. The fixes come from the latest validation the session
 * knows of the model as it is ({@link ProjectSession#problemsCurrent()}); without one, a disabled
 * "Quick fixes: validating…" and a validation off the UI thread ({@link BackgroundValidation}). Every change is a
 * {@code ProjectEditor} command on the session's command stack: Edit &gt; Undo takes it back.
 */
final class ElementMenu {

    private final IWorkbenchPage page;
    private final Shell shell;

    ElementMenu(IWorkbenchPage page, Shell shell) {
        this.page = page;
        this.shell = shell;
    }

    /** Adds the items for {@code element} (nothing for {@code null}) to {@code menu}, then a separator. */
    void fill(IMenuManager menu, ProjectSession session, EObject element) {
        if (element == null || session == null) {
            return;
        }
        ProjectEditor editor = session.editor();
        String name = name(element);
        boolean markOffered = false;
        if (element instanceof RelationalElement relational) {
            if (relational.isMarkedForDeletion()) {
                menu.add(run("Unmark " + name, session, () -> editor.markForDeletion(relational, false)));
            } else {
                boolean allowed = ProjectEditor.canMarkForDeletion(relational);
                // shown disabled where the rule forbids it, saying why, so the modeler is not left guessing
                Action mark = run("Mark " + name + " for Deletion" + (allowed ? "" : " (" + forbidden(relational) + ")"), session,
                        () -> editor.markForDeletion(relational, true));
                mark.setEnabled(allowed);
                menu.add(mark);
                markOffered = allowed;
            }
            if (editor.isOrphan(relational)) {
                menu.add(run("Remove Orphan " + name, session, () -> editor.removeOrphan(relational)));
            }
        }
        if (session.problemsCurrent()) {
            for (Validation.Finding finding : session.problemsOf(element)) {
                for (Fix fix : finding.fixes()) {
                    Command command = fix.commandFor(editor);
                    if (markOffered && marks(command, element)) {
                        continue; // the validator's "mark it for deletion" is the Mark item above
                    }
                    boolean runnable = command != null && command.canExecute();
                    Action action = run((runnable ? "Quick Fix: " : "Advice: ") + fix.label(), session, () -> command);
                    action.setEnabled(runnable);
                    menu.add(action);
                }
            }
        } else {
            // never a validation on the UI thread (seconds on a large project): the fixes come with the next menu
            Action waiting = new Action(VALIDATING) {
            };
            waiting.setEnabled(false);
            menu.add(waiting);
            if (!ProblemsView.pendingIn(page)) {
                BackgroundValidation.start(session, shell.getDisplay());
            }
        }
        menu.add(new Action("Show in Explorer") {
            @Override
            public void run() {
                try {
                    ((ExplorerView) page.showView(Views.EXPLORER)).reveal(element);
                } catch (PartInitException e) {
                    MessageDialog.openError(shell, "Show in Explorer", e.getMessage());
                }
            }
        });
        menu.add(new Separator());
    }

    /** The disabled item shown while no finished validation of the model as it is is known. */
    static final String VALIDATING = "Quick fixes: validating\u2026";

    /** Whether {@code command} marks {@code element} for deletion (the orphan finding's fix). */
    private static boolean marks(Command command, EObject element) {
        Command unwrapped = command;
        while (unwrapped instanceof CommandWrapper wrapper && wrapper.getCommand() != null) {
            unwrapped = wrapper.getCommand();
        }
        return unwrapped instanceof SetCommand set && set.getOwner() == element
                && set.getFeature() == RelationalPackage.Literals.RELATIONAL_ELEMENT__MARKED_FOR_DELETION
                && Boolean.TRUE.equals(set.getValue());
    }

    private Action run(String text, ProjectSession session, java.util.function.Supplier<Command> command) {
        return new Action(text) {
            @Override
            public void run() {
                try {
                    session.editor().execute(command.get());
                } catch (RuntimeException e) {
                    MessageDialog.openError(shell, text, e.getMessage());
                }
            }
        };
    }

    /** Why marking is not offered, in the spec's words (the rule itself is {@link ProjectEditor#canMarkForDeletion}). */
    private static String forbidden(RelationalElement element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof org.relsync.model.relational.Schema schema) {
                return switch (schema.getSyncSource()) {
                    case DATABASE -> "never in a Database schema";
                    case MIXED -> "only tables in a Mixed schema";
                    case MODEL -> "not allowed";
                };
            }
        }
        return "not in a schema";
    }

    static String name(EObject element) {
        String kind = element.eClass().getName();
        return element instanceof NamedElement named && named.getName() != null ? kind + " " + named.getName() : kind;
    }
}
