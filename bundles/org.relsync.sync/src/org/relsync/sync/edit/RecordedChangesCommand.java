package org.relsync.sync.edit;

import java.util.Objects;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.change.ChangeDescription;

/**
 * Changes already made to the model and recorded (by a sync run, a reverse engineering, adding a
 * database), put on a command stack as one step: executing it does nothing (the change is made),
 * undo and redo apply the recorded change description and reverse it. {@link SyncRunCommand} is
 * the same for a run the command makes itself.
 */
public class RecordedChangesCommand extends AbstractCommand {

    protected ChangeDescription changes;

    /** For a command that makes its changes in {@link #execute} and keeps them in {@link #changes}. */
    protected RecordedChangesCommand(String label) {
        super(label, label);
    }

    /** Changes made already; {@code changes} is what their change recorder gave: the way back. */
    public RecordedChangesCommand(String label, ChangeDescription changes) {
        this(label);
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        // made already, by whoever recorded them
    }

    @Override
    public boolean canUndo() {
        return changes != null;
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
