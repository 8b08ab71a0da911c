package org.relsync.app.cli;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectLock;
import org.relsync.model.project.Project;
import org.relsync.sync.edit.ProjectEditor;

/**
 * Runs one model edit from the command line: load, build the EMF command (which checks its
 * arguments), execute it, save atomically. A refused edit writes nothing.
 */
final class Edits {

    private Edits() {
    }

    static ExitCode apply(CliContext cli, String file, Function<ProjectEditor, Command> edit, String done) {
        Path path = cli.path(file);
        try (ProjectLock lock = ProjectLock.acquire(path)) {
            Project project = ProjectFiles.load(path);
            ProjectEditor editor = new ProjectEditor(project);
            editor.execute(edit.apply(editor));
            ProjectFiles.save(project, path);
        }
        cli.out().println(done);
        return ExitCode.OK;
    }

    /** Splits a comma-separated list, dropping blanks. */
    static java.util.List<String> list(String value) {
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static int number(String command, String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            if (value.strip().matches("[+-]?\\d+")) {
                throw new UsageException(command + ": " + option + " " + value + " is too large; at most " + Integer.MAX_VALUE);
            }
            throw new UsageException(command + ": " + option + " takes a whole number, not '" + value + "'");
        }
    }

    static boolean bool(String command, String option, String value) {
        return switch (value) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new UsageException(command + ": " + option + " takes true or false, not '" + value + "'");
        };
    }
}
