package org.relsync.app.cli;

import java.util.List;

/** One sub-command of {@code relsync}. */
interface Command {

    /** The word that selects the command. */
    String name();

    /** The arguments it takes, as shown by {@code relsync help}. */
    String synopsis();

    /** One line on what it does. */
    String summary();

    /**
     * Runs the command. Bad input is reported by throwing {@link UsageException} or
     * {@link org.relsync.model.io.ProjectFileException} before anything is written.
     */
    ExitCode run(List<String> args, CliContext cli);
}
