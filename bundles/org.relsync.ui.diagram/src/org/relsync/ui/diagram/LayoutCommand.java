package org.relsync.ui.diagram;

import org.eclipse.emf.common.command.AbstractCommand;
import org.relsync.diagram.layout.StoredLayout;

/**
 * A change of a diagram's stored positions (a node moved, "Layout", "Layout All") on the
 * session's command stack: undoable like an edit, and it makes the project dirty, since the
 * positions are saved with it. Execute and redo put the positions after the change, undo the ones
 * before; {@code shown} draws the diagram again.
 */
final class LayoutCommand extends AbstractCommand {

    private final StoredLayout stored;
    private final String key;
    private final StoredLayout.Diagram before;
    private final StoredLayout.Diagram after;
    private final Runnable shown;

    LayoutCommand(String label, StoredLayout stored, String key, StoredLayout.Diagram before, StoredLayout.Diagram after,
            Runnable shown) {
        super(label, label);
        this.stored = stored;
        this.key = key;
        this.before = before;
        this.after = after;
        this.shown = shown;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        stored.restore(key, after);
        shown.run();
    }

    @Override
    public void undo() {
        stored.restore(key, before);
        shown.run();
    }

    @Override
    public void redo() {
        execute();
    }
}
