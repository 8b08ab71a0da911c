package org.relsync.sync.edit;

import java.util.Objects;

import org.relsync.model.project.Project;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.SyncResult;

/**
 * A whole sync run as one EMF command (SYNC-SPEC section 7): the workbench puts it on its command
 * stack, and undo puts back everything the run changed, in one step.
 */
public class SyncRunCommand extends RecordedChangesCommand {

    private final SyncEngine engine;
    private final Project project;
    private final SyncOptions options;
    private SyncResult result;

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

    /** The result of the run, once executed. */
    public SyncResult result() {
        return result;
    }
}
