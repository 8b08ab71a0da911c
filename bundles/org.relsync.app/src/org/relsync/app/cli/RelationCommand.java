package org.relsync.app.cli;

import java.util.List;
import java.util.Locale;

import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code relsync relation <project> add NAME --from E --to E [...] | rename NAME NEW | remove NAME}. */
@CommandLine.Command(name = "relation",
        customSynopsis = "relation <file> add NAME --from ENTITY --to ENTITY [--kind many-to-one|one-to-many|one-to-one|many-to-many] "
                + "[--fk-side start|end] [--fk-fields F1,F2] [--navigators START,END] | rename NAME NEW | remove NAME",
        description = "add, rename or remove relationships; without --fk-fields the FK side gets new fields like CustomerId",
        subcommands = {RelationCommand.Add.class, RelationCommand.Rename.class, RelationCommand.Remove.class})
final class RelationCommand extends ActionCommand {

    @CommandLine.Command(name = "add", customSynopsis = "relation <file> add NAME --from ENTITY --to ENTITY "
            + "[--kind many-to-one|one-to-many|one-to-one|many-to-many] [--fk-side start|end] [--fk-fields F1,F2] "
            + "[--navigators START,END]", description = "add a relationship (a many-to-many one gets its link table at the next sync)")
    static final class Add implements Command {

        @ParentCommand
        RelationCommand relation;

        @Parameters(paramLabel = "NAME", description = "its name")
        String name;

        @Option(names = "--from", required = true, paramLabel = "ENTITY", description = "the entity at its start")
        String from;

        @Option(names = "--to", required = true, paramLabel = "ENTITY", description = "the entity at its end")
        String to;

        @Option(names = "--kind", paramLabel = "KIND", description = "many-to-one (the default), one-to-many, one-to-one or "
                + "many-to-many")
        String kind = "many-to-one";

        @Option(names = "--fk-side", paramLabel = "start|end", description = "the end that holds the foreign-key fields")
        String side;

        @Option(names = "--fk-fields", paramLabel = "F1,F2", description = "existing fields to use as its foreign key")
        String fkFields;

        @Option(names = "--navigators", paramLabel = "START,END", description = "the names of its navigators")
        String navigators;

        @Override
        public ExitCode run(CliContext cli) {
            RelationshipKind relationshipKind = kind(kind);
            RelationshipEnd fkSide = side == null ? null : side(side);
            List<String> fields = fkFields == null ? List.of() : Edits.list(fkFields);
            List<String> names = navigators == null ? List.of() : List.of(navigators.split(",", -1));
            if (names.size() > 2) {
                throw new UsageException("relation: --navigators takes START,END");
            }
            String startNavigator = names.isEmpty() || names.get(0).isBlank() ? null : names.get(0).strip();
            String endNavigator = names.size() < 2 || names.get(1).isBlank() ? null : names.get(1).strip();
            return Edits.apply(cli, relation.file, editor -> editor.addRelationship(name, from, to, relationshipKind, fkSide,
                    fields, startNavigator, endNavigator), "Added relationship " + name);
        }

        private static RelationshipKind kind(String value) {
            return switch (value.toLowerCase(Locale.ROOT).replace("-", "")) {
                case "manytoone" -> RelationshipKind.MANY_TO_ONE;
                case "onetomany" -> RelationshipKind.ONE_TO_MANY;
                case "onetoone" -> RelationshipKind.ONE_TO_ONE;
                case "manytomany" -> RelationshipKind.MANY_TO_MANY;
                default -> throw new UsageException("relation: --kind is many-to-one, one-to-many, one-to-one or many-to-many, "
                        + "not '" + value + "'");
            };
        }

        private static RelationshipEnd side(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "start" -> RelationshipEnd.START;
                case "end" -> RelationshipEnd.END;
                default -> throw new UsageException("relation: --fk-side is start or end, not '" + value + "'");
            };
        }
    }

    @CommandLine.Command(name = "rename", customSynopsis = "relation <file> rename NAME NEW", description = "rename a relationship")
    static final class Rename implements Command {

        @ParentCommand
        RelationCommand relation;

        @Mixin
        Names.Renaming names;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, relation.file, editor -> editor.renameRelationship(names.name, names.newName),
                    "Renamed relationship " + names.name + " to " + names.newName);
        }
    }

    @CommandLine.Command(name = "remove", customSynopsis = "relation <file> remove NAME", description = "remove a relationship")
    static final class Remove implements Command {

        @ParentCommand
        RelationCommand relation;

        @Mixin
        Names.One element;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, relation.file, editor -> editor.removeRelationship(element.name),
                    "Removed relationship " + element.name);
        }
    }
}
