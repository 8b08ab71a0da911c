package org.relsync.app.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code relsync completion}: a bash (and zsh) completion script for {@code relsync}'s commands, actions and options. */
@CommandLine.Command(name = "completion", customSynopsis = "completion",
        description = "print a completion script for bash and zsh: source <(relsync completion)")
final class CompletionCommand implements Command {

    @Spec
    CommandSpec spec;

    @Override
    public ExitCode run(CliContext cli) {
        cli.out().print(AutoComplete.bash("relsync", spec.root().commandLine()));
        return ExitCode.OK;
    }
}
