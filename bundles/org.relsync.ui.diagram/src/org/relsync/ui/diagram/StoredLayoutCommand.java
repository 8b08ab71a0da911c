package org.relsync.ui.diagram;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.DiagramDefinition;

/**
 * A change of what the layout file holds, on the session's command stack: undoable like an edit,
 * and it makes the project dirty, since the layout file is saved with it. Either the project's own
 * diagrams (a new diagram, a rename, a deletion, which also forgets the diagram's positions when
 * no other diagram shows the same), or one diagram's positions (a move, Layout, Layout All: the
 * definitions stay as they are), each as the stored state before and after ({@code positionsKey}
 * with its positions); {@code shown} brings the open editors in line (a renamed diagram's tab, a
 * deleted one closed, a moved box drawn).
 */
final class StoredLayoutCommand extends AbstractCommand {

    private final StoredLayout stored;
    private final List<DiagramDefinition> before;
    private final List<DiagramDefinition> after;
    private final String positionsKey;
    private final StoredLayout.Diagram positionsBefore;
    private final StoredLayout.Diagram positionsAfter;
    private final Runnable shown;

    StoredLayoutCommand(String label, StoredLayout stored, List<DiagramDefinition> after, String positionsKey,
            StoredLayout.Diagram positionsAfter, Runnable shown) {
        super(label, label);
        this.stored = stored;
        this.before = stored.definitions();
        this.after = List.copyOf(after);
        this.positionsKey = positionsKey;
        this.positionsBefore = positionsKey == null ? null : stored.snapshot(positionsKey);
        this.positionsAfter = positionsAfter;
        this.shown = shown;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        stored.setDefinitions(after);
        if (positionsKey != null) {
            stored.restore(positionsKey, positionsAfter);
        }
        shown.run();
    }

    @Override
    public void undo() {
        stored.setDefinitions(before);
        if (positionsKey != null) {
            stored.restore(positionsKey, positionsBefore);
        }
        shown.run();
    }

    @Override
    public void redo() {
        execute();
    }
}
