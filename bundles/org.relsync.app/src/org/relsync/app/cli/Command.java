package org.relsync.app.cli;

import picocli.CommandLine.Model.CommandSpec;

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

    /** A command that selects one of its actions (its picocli subcommands): {@code entity <file> add NAME}. */
    interface WithActions extends Command {

        /** Picocli's model of the command (a {@code @Spec} field), which knows its actions. */
        CommandSpec spec();

        /** Run without an action: a usage error that names them. */
        @Override
        default ExitCode run(CliContext cli) {
            throw new UsageException(spec().name() + ": missing action (" + String.join(", ", spec().subcommands().keySet())
                    + ")");
        }
    }
}
