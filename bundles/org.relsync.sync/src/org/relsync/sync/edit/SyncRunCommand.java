package org.relsync.sync.edit;

import java.util.Objects;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.relsync.model.project.Project;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.SyncResult;

/**
 * A whole sync run as one EMF command (SYNC-SPEC section 7): the workbench puts it on its command
 * stack, and undo puts back everything the run changed, in one step.
 */
public class SyncRunCommand extends AbstractCommand {

    private final SyncEngine engine;
    private final Project project;
    private final SyncOptions options;
    private SyncResult result;
    private ChangeDescription changes;

    public SyncRunCommand(SyncEngine engine, Project project, SyncOptions options) {
        super("Sync " + project.getName());
        this.engine = Objects.requireNonNull(engine, "engine");
        this.project = Objects.requireNonNull(project, "project");
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    protected boolean prepare() {
        return !options.dryRun();
    }

    @Override
    public void execute() {
        result = engine.run(project, options);
        changes = result.changes();
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

    /** The result of the run, once executed. */
    public SyncResult result() {
        return result;
    }
}
