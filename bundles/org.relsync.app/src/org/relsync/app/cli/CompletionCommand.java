package org.relsync.app.cli;

import java.util.function.Supplier;

import picocli.AutoComplete;
import picocli.CommandLine;

/** {@code relsync completion}: a bash (and zsh) completion script for {@code relsync}'s commands, actions and options. */
@CommandLine.Command(name = "completion", customSynopsis = "completion",
        description = "print a completion script for bash and zsh: source <(relsync completion)")
final class CompletionCommand implements Command {

    /** {@code relsync} with all its commands. */
    private final Supplier<CommandLine> relsync;

    CompletionCommand(Supplier<CommandLine> relsync) {
        this.relsync = relsync;
    }

    @Override
    public ExitCode run(CliContext cli) {
        cli.out().print(AutoComplete.bash("relsync", relsync.get()));
        return ExitCode.OK;
    }
}
