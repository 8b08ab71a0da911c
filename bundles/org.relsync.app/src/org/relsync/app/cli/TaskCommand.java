package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.project.Project;
import org.relsync.model.project.SyncTask;
import org.relsync.sync.edit.TaskEditor;

/** {@code relsync task <project> list | enable NAME | disable NAME | move NAME POSITION}. */
final class TaskCommand implements Command {

    @Override
    public String name() {
        return "task";
    }

    @Override
    public String synopsis() {
        return "task <file> list | enable NAME | disable NAME | move NAME POSITION";
    }

    @Override
    public String summary() {
        return "list the sync tasks in order, enable or disable one (by its name or its database's id), or move it";
    }

    @Override
    public ExitCode run(List<String> args, CliContext cli) {
        PrintStream out = cli.out();
        Arguments a = Arguments.parse(name(), args, Set.of(), Set.of());
        Path file = cli.path(a.positional(0, "project file"));
        String action = a.positional(1, "action (list, enable, disable or move)");
        return switch (action) {
            case "list" -> {
                a.atMost(2);
                Project project = ProjectFiles.load(file);
                int position = 1;
                for (SyncTask task : project.getSyncTasks()) {
                    out.println(position++ + ". " + task.getName() + (task.isEnabled() ? "" : " (disabled)")
                            + (task instanceof DatabaseSyncTask d && d.getDatabase() != null
                                    ? " [database " + d.getDatabase().getName() + "]" : ""));
                }
                yield ExitCode.OK;
            }
            case "enable", "disable" -> {
                String task = a.atMost(3).positional(2, "task name");
                boolean enabled = action.equals("enable");
                yield Edits.apply(file, editor -> new TaskEditor(editor).setEnabled(task, enabled),
                        (enabled ? "Enabled" : "Disabled") + " task " + task, out);
            }
            case "move" -> {
                String task = a.atMost(4).positional(2, "task name");
                int position = Edits.number(name(), "POSITION", a.positional(3, "position (1 is first)"));
                yield Edits.apply(file, editor -> new TaskEditor(editor).move(task, position),
                        "Moved task " + task + " to position " + position, out);
            }
            default -> throw new UsageException(name() + ": unknown action '" + action + "' (list, enable, disable or move)");
        };
    }
}
