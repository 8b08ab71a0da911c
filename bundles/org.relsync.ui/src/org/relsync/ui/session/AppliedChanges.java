package org.relsync.ui.session;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.change.ChangeDescription;

/**
 * A change already made to the model (a whole sync run), put on the command stack so that one
 * Undo takes all of it back and Redo makes it again: {@code changes} is what the run's change
 * recorder gave, the way back to the model before the run.
 */
final class AppliedChanges extends AbstractCommand {

    private final ChangeDescription changes;

    AppliedChanges(String label, ChangeDescription changes) {
        super(label, label);
        this.changes = changes;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        // made already, by the run
    }

    @Override
    public void undo() {
        changes.applyAndReverse();
    }

    @Override
    public void redo() {
        changes.applyAndReverse();
    }
}
