package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.relsync.model.RelSyncModel;
import org.relsync.model.io.ProjectFiles;

/** {@code relsync init <file> [--name N]}: creates an empty project with the default settings. */
final class InitCommand implements Command {

    @Override
    public String name() {
        return "init";
    }

    @Override
    public String synopsis() {
        return "init <file.relsync> [--name NAME]";
    }

    @Override
    public String summary() {
        return "create an empty project with default settings (never overwrites a file)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext cli) {
        PrintStream out = cli.out();
        Arguments arguments = Arguments.parse(name(), args, Set.of("--name"), Set.of());
        String given = arguments.single("project file");
        Path file = cli.path(given);
        String fileName = file.getFileName().toString();
        String defaultName = fileName.endsWith("." + RelSyncModel.FILE_EXTENSION)
                ? fileName.substring(0, fileName.length() - RelSyncModel.FILE_EXTENSION.length() - 1)
                : fileName;
        String projectName = arguments.option("--name").orElse(defaultName);
        if (projectName.isBlank()) {
            throw new UsageException(name() + ": the project name must not be empty");
        }
        ProjectFiles.create(file, projectName);
        out.println("Created project '" + projectName + "' in " + given);
        return ExitCode.OK;
    }
}
