package org.relsync.app.cli;

/**
 * One command of {@code relsync} (or one action of a command, such as {@code entity add}): a
 * picocli command whose annotated fields hold its parsed arguments. Its {@code customSynopsis}
 * (what follows {@code relsync}) and its description are what {@code relsync help} shows.
 */
interface Command {

    /**
     * Runs the command on its parsed arguments. Bad input is reported by throwing
     * {@link UsageException} or {@link org.relsync.model.io.ProjectFileException} before anything
     * is written.
     */
    ExitCode run(CliContext cli);
}
