package org.relsync.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that selects one of its actions (its picocli subcommands) on a project file:
 * {@code entity <file> add NAME}. The actions read the file from it ({@code @ParentCommand}).
 */
abstract class ActionCommand implements Command {

    /** Picocli's model of the command, which knows its actions. */
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<file>", description = "the project file")
    String file;

    /** Run without an action: a usage error that names them. */
    @Override
    public ExitCode run(CliContext cli) {
        throw new UsageException(spec.name() + ": missing action (" + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
