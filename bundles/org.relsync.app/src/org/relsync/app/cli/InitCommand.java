package org.relsync.app.cli;

import java.nio.file.Path;

import org.relsync.model.RelSyncModel;
import org.relsync.model.io.ProjectFiles;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relsync init <file> [--name N]}: creates an empty project with the default settings. */
@CommandLine.Command(name = "init", customSynopsis = "init <file.relsync> [--name NAME]",
        description = "create an empty project with default settings (never overwrites a file)")
final class InitCommand implements Command {

    @Parameters(paramLabel = "<file.relsync>", description = "the project file to create")
    String file;

    @Option(names = "--name", paramLabel = "NAME", description = "the project's name (default: the file's name without .relsync)")
    String name;

    @Override
    public ExitCode run(CliContext cli) {
        Path path = cli.path(file);
        String fileName = path.getFileName().toString();
        String defaultName = fileName.endsWith("." + RelSyncModel.FILE_EXTENSION)
                ? fileName.substring(0, fileName.length() - RelSyncModel.FILE_EXTENSION.length() - 1)
                : fileName;
        String projectName = name != null ? name : defaultName;
        if (projectName.isBlank()) {
            throw new UsageException("init: the project name must not be empty");
        }
        ProjectFiles.create(path, projectName);
        cli.out().println("Created project '" + projectName + "' in " + file);
        return ExitCode.OK;
    }
}
