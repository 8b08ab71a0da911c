package org.relsync.app.cli;

import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.project.Project;
import org.relsync.model.project.SyncTask;
import org.relsync.sync.edit.TaskEditor;

import picocli.CommandLine;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code relsync task <project> list | enable NAME | disable NAME | move NAME POSITION}. */
@CommandLine.Command(name = "task", customSynopsis = "task <file> list | enable NAME | disable NAME | move NAME POSITION",
        description = "list the sync tasks in order, enable or disable one (by its name or its database's id), or move it",
        subcommands = {TaskCommand.ListAction.class, TaskCommand.Enable.class, TaskCommand.Disable.class, TaskCommand.Move.class})
final class TaskCommand extends ActionCommand {

    @CommandLine.Command(name = "list", customSynopsis = "task <file> list", description = "list the sync tasks in the order they run")
    static final class ListAction implements Command {

        @ParentCommand
        TaskCommand tasks;

        @Override
        public ExitCode run(CliContext cli) {
            Project project = ProjectFiles.load(cli.path(tasks.file));
            int position = 1;
            for (SyncTask task : project.getSyncTasks()) {
                cli.out().println(position++ + ". " + task.getName() + (task.isEnabled() ? "" : " (disabled)")
                        + (task instanceof DatabaseSyncTask d && d.getDatabase() != null
                                ? " [database " + d.getDatabase().getName() + "]" : ""));
            }
            return ExitCode.OK;
        }
    }

    /** {@code enable} and {@code disable}: they differ in the state they set. */
    abstract static class Switch implements Command {

        @ParentCommand
        TaskCommand tasks;

        @Parameters(paramLabel = "NAME", description = "the task's name, or its database's id")
        String task;

        abstract boolean enabled();

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, tasks.file, editor -> new TaskEditor(editor).setEnabled(task, enabled()),
                    (enabled() ? "Enabled" : "Disabled") + " task " + task);
        }
    }

    @CommandLine.Command(name = "enable", customSynopsis = "task <file> enable NAME", description = "enable a task")
    static final class Enable extends Switch {

        @Override
        boolean enabled() {
            return true;
        }
    }

    @CommandLine.Command(name = "disable", customSynopsis = "task <file> disable NAME", description = "disable a task")
    static final class Disable extends Switch {

        @Override
        boolean enabled() {
            return false;
        }
    }

    @CommandLine.Command(name = "move", customSynopsis = "task <file> move NAME POSITION", description = "move a task")
    static final class Move implements Command {

        @ParentCommand
        TaskCommand tasks;

        @Parameters(index = "0", paramLabel = "NAME", description = "the task's name, or its database's id")
        String task;

        @Parameters(index = "1", paramLabel = "POSITION", description = "where it goes: 1 is first")
        String position;

        @Override
        public ExitCode run(CliContext cli) {
            int to = Edits.number("task", "POSITION", position);
            return Edits.apply(cli, tasks.file, editor -> new TaskEditor(editor).move(task, to),
                    "Moved task " + task + " to position " + to);
        }
    }
}
