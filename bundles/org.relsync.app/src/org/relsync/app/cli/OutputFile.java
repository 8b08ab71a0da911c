package org.relsync.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code -o FILE}: where a command writes what it would print, atomically; checked before the command does anything. */
final class OutputFile {

    @Option(names = "-o", paramLabel = "FILE", description = "write it to FILE (atomically) instead of printing it")
    String name;

    /** The file, or {@code null} when none was given; never the project file {@code project}, always in a folder that exists. */
    Path path(CliContext cli, String command, Path project, String what) {
        if (name == null) {
            return null;
        }
        Path output = cli.path(name);
        if (output.toAbsolutePath().getParent() == null || !Files.isDirectory(output.toAbsolutePath().getParent())) {
            throw new UsageException(command + ": -o " + name + ": the folder does not exist");
        }
        if (output.toAbsolutePath().normalize().equals(project.toAbsolutePath().normalize())) {
            throw new UsageException(command + ": -o " + name + ": that is the project file; the " + what + " would replace it");
        }
        return output;
    }
}
