package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectLock;
import org.relsync.model.project.Project;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.edit.Settings;

import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/** {@code relsync settings <project> [KEY[=VALUE]]...}: shows or changes project settings. */
@CommandLine.Command(name = "settings", customSynopsis = "settings <file> [KEY[=VALUE]]...",
        description = "show all settings, show some (KEY), or change them (KEY=VALUE; all or none are applied)")
final class SettingsCommand implements Command {

    @Parameters(index = "0", paramLabel = "<file>", description = "the project file")
    String file;

    @Parameters(index = "1..*", paramLabel = "KEY[=VALUE]", description = "a setting to show, or to change to VALUE; "
            + "naming rules are naming.<rule>")
    List<String> items = new ArrayList<>();

    @Override
    public ExitCode run(CliContext cli) {
        PrintStream out = cli.out();
        Path file = cli.path(this.file);
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
