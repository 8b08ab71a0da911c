package org.relsync.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --no-backup} and {@code --backup-folder DIR}: whether and where a command backs the project up before changing it. */
final class Backups {

    @Option(names = "--no-backup", description = "do not back the project up first")
    boolean none;

    @Option(names = "--backup-folder", paramLabel = "DIR", description = "back it up into DIR (anywhere) instead of the "
            + "project's backup folder")
    String folder;

    /** The user's own backup folder, anywhere (a project's setting must stay in its folder), or {@code null}. */
    Path folder(CliContext cli, String command) {
        Path path = folder == null ? null : cli.path(folder);
        if (path != null && Files.exists(path) && !Files.isDirectory(path)) {
            throw new UsageException(command + ": --backup-folder " + folder + " is a file, not a folder");
        }
        return path;
    }
}
