package org.relsync.sync.edit;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.project.ProjectPackage;
import org.relsync.model.project.SyncTask;

/**
 * Edits of a project's sync tasks (SYNC-SPEC section 2): enabling, disabling and ordering them,
 * as undoable EMF commands on the {@link ProjectEditor}'s domain. The order of the list is the
 * order of the database tasks within their phase; the engine still runs the phases in the
 * spec's fixed order.
 */
public final class TaskEditor {

    private final ProjectEditor editor;

    public TaskEditor(ProjectEditor editor) {
        this.editor = Objects.requireNonNull(editor, "editor");
    }

    /** The task named {@code name} (or, for a database task, named by its database's id). */
    public SyncTask task(String name) {
        List<SyncTask> tasks = editor.project().getSyncTasks();
        return tasks.stream().filter(t -> name.equals(t.getName())).findFirst()
                .or(() -> tasks.stream().filter(t -> t instanceof DatabaseSyncTask d && d.getDatabase() != null
                        && name.equals(d.getDatabase().getName())).findFirst())
                .orElseThrow(() -> new EditException("no sync task named '" + name + "'; the tasks are "
                        + tasks.stream().map(SyncTask::getName).toList()));
    }

    public Command setEnabled(String name, boolean enabled) {
        SyncTask task = task(name);
        return SetCommand.create(editor.domain(), task, ProjectPackage.Literals.SYNC_TASK__ENABLED, enabled);
    }

    /** Moves a task to {@code position}, counted from 1 as {@code task list} shows it. */
    public Command move(String name, int position) {
        SyncTask task = task(name);
        int size = editor.project().getSyncTasks().size();
        if (position < 1 || position > size) {
            throw new EditException("a task's position is between 1 and " + size + ", not " + position);
        }
        return MoveCommand.create(editor.domain(), editor.project(), ProjectPackage.Literals.PROJECT__SYNC_TASKS, task,
                position - 1);
    }
}
