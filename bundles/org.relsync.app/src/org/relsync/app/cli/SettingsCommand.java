package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectLock;
import org.relsync.model.project.Project;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.edit.Settings;

/** {@code relsync settings <project> [KEY[=VALUE]]...}: shows or changes project settings. */
final class SettingsCommand implements Command {

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public String synopsis() {
        return "settings <file> [KEY[=VALUE]]...";
    }

    @Override
    public String summary() {
        return "show all settings, show some (KEY), or change them (KEY=VALUE; all or none are applied)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext cli) {
        PrintStream out = cli.out();
        Arguments a = Arguments.parse(name(), args, Set.of(), Set.of());
        Path file = cli.path(a.positional(0, "project file"));
        List<String> items = a.positional().subList(1, a.positional().size());
        if (items.stream().noneMatch(item -> item.indexOf('=') >= 0)) {
            Settings settings = Settings.of(ProjectFiles.load(file));
            if (items.isEmpty()) {
                settings.all().forEach((key, value) -> out.println(key + "=" + value));
            } else {
                items.forEach(item -> out.println(item + "=" + settings.get(item)));
            }
            return ExitCode.OK;
        }
        try (ProjectLock lock = ProjectLock.acquire(file)) {
            change(file, items, out);
        }
        return ExitCode.OK;
    }

    private static void change(Path file, List<String> items, PrintStream out) {
        Project project = ProjectFiles.load(file);
        Settings settings = Settings.of(project);
        ProjectEditor editor = new ProjectEditor(project);
        CompoundCommand changes = new CompoundCommand("Change settings");
        List<String> shown = new ArrayList<>();
        for (String item : items) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                shown.add(item + "=" + settings.get(item));
            } else {
                changes.append(editor.setSetting(item.substring(0, eq), item.substring(eq + 1)));
                shown.add("Set " + item);
            }
        }
        if (!changes.isEmpty()) {
            editor.execute(changes);
            ProjectFiles.save(project, file);
        }
        shown.forEach(out::println);
    }
}
