package org.relsync.ui;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.relsync.ui.session.ProjectSession;

/**
 * Undo and redo on the open project's command stack, for a view's (or the Properties page's)
 * global action handlers: Edit > Undo, Ctrl+Z, redo likewise. The labels name the command
 * ("Undo Set", "Undo Sync").
 */
public final class SessionActions {

    private final Action undo = new Action("&Undo") {
        @Override
        public void run() {
            CommandStack stack = stack();
            if (stack != null && stack.canUndo()) {
                stack.undo();
            }
        }
    };

    private final Action redo = new Action("&Redo") {
        @Override
        public void run() {
            CommandStack stack = stack();
            if (stack != null && stack.canRedo()) {
                stack.redo();
            }
        }
    };

    private final CommandStackListener stackListener = event -> Display.getDefault().asyncExec(this::update);
    private ProjectSession attached;
    private final ProjectSession.Listener sessionListener = session -> {
        // told of opening and closing, but also of saves and dirty changes from inside a command stack
        // notification: the stack's listeners are changed only when another session comes
        if (session != attached) {
            if (attached != null) {
                attached.commandStack().removeCommandStackListener(stackListener);
            }
            attached = session;
            if (session != null) {
                session.commandStack().addCommandStackListener(stackListener);
            }
        }
        Display.getDefault().asyncExec(this::update);
    };

    public SessionActions() {
        ProjectSession.addListener(sessionListener);
        sessionListener.sessionChanged(ProjectSession.current());
        update();
    }

    /** Makes these the handlers of Edit > Undo and Redo in {@code bars}. */
    public void install(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    public void dispose() {
        ProjectSession.removeListener(sessionListener);
        if (attached != null) {
            attached.commandStack().removeCommandStackListener(stackListener);
        }
    }

    private static CommandStack stack() {
        ProjectSession session = ProjectSession.current();
        return session == null ? null : session.commandStack();
    }

    private void update() {
        CommandStack stack = stack();
        Command next = stack == null ? null : stack.getUndoCommand();
        Command again = stack == null ? null : stack.getRedoCommand();
        undo.setEnabled(next != null);
        undo.setText(next == null ? "&Undo" : "&Undo " + label(next));
        redo.setEnabled(again != null);
        redo.setText(again == null ? "&Redo" : "&Redo " + label(again));
    }

    private static String label(Command command) {
        return command.getLabel() == null ? "" : command.getLabel();
    }
}
