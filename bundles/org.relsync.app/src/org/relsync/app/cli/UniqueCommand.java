package org.relsync.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code relsync unique <project> add ENTITY NAME --fields F1,F2 | rename ENTITY NAME NEW | remove ENTITY NAME}. */
@CommandLine.Command(name = "unique",
        customSynopsis = "unique <file> add ENTITY NAME --fields F1,F2 | rename ENTITY NAME NEW | remove ENTITY NAME",
        description = "add, rename or remove a unique constraint of an entity",
        subcommands = {UniqueCommand.Add.class, UniqueCommand.Rename.class, UniqueCommand.Remove.class})
final class UniqueCommand extends ActionCommand {

    /** {@code ENTITY NAME}: a unique constraint, by its entity and its name. */
    static final class Constraint {

        @Parameters(index = "0", paramLabel = "ENTITY", description = "the entity")
        String entity;

        @Parameters(index = "1", paramLabel = "NAME", description = "the constraint's name")
        String name;
    }

    @CommandLine.Command(name = "add", customSynopsis = "unique <file> add ENTITY NAME --fields F1,F2",
            description = "add a unique constraint over fields of an entity")
    static final class Add implements Command {

        @ParentCommand
        UniqueCommand unique;

        @Mixin
        Constraint constraint;

        @Option(names = "--fields", required = true, paramLabel = "F1,F2", description = "its fields")
        String fields;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, unique.file, editor -> editor.addUniqueConstraint(constraint.entity, constraint.name,
                    Edits.list(fields)), "Added unique constraint " + constraint.name + " to " + constraint.entity);
        }
    }

    @CommandLine.Command(name = "rename", customSynopsis = "unique <file> rename ENTITY NAME NEW",
            description = "rename a unique constraint")
    static final class Rename implements Command {

        @ParentCommand
        UniqueCommand unique;

        @Mixin
        Constraint constraint;

        @Parameters(index = "2", paramLabel = "NEW", description = "its new name")
        String newName;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, unique.file, editor -> editor.renameUniqueConstraint(constraint.entity, constraint.name,
                    newName), "Renamed unique constraint " + constraint.name + " of " + constraint.entity + " to " + newName);
        }
    }

    @CommandLine.Command(name = "remove", customSynopsis = "unique <file> remove ENTITY NAME",
            description = "remove a unique constraint")
    static final class Remove implements Command {

        @ParentCommand
        UniqueCommand unique;

        @Mixin
        Constraint constraint;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, unique.file, editor -> editor.removeUniqueConstraint(constraint.entity, constraint.name),
                    "Removed unique constraint " + constraint.name + " of " + constraint.entity);
        }
    }
}
