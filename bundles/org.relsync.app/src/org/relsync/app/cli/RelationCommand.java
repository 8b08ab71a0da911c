package org.relsync.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;

/** {@code relsync relation <project> add NAME --from E --to E [...] | remove NAME}. */
final class RelationCommand implements Command {

    @Override
    public String name() {
        return "relation";
    }

    @Override
    public String synopsis() {
        return "relation <file> add NAME --from ENTITY --to ENTITY [--kind many-to-one|one-to-many|one-to-one|many-to-many] "
                + "[--fk-side start|end] [--fk-fields F1,F2] [--navigators START,END] | rename NAME NEW | remove NAME";
    }

    @Override
    public String summary() {
        return "add, rename or remove relationships; without --fk-fields the FK side gets new fields like CustomerId";
    }

    @Override
    public ExitCode run(List<String> args, CliContext cli) {
        PrintStream out = cli.out();
        String action = args.size() > 1 ? args.get(1) : "";
        if (action.equals("remove")) {
            Arguments a = Arguments.parse(name(), args, Set.of(), Set.of()).atMost(3);
            String relation = a.positional(2, "relationship name");
            return Edits.apply(cli.path(a.positional(0, "project file")), editor -> editor.removeRelationship(relation),
                    "Removed relationship " + relation, out);
        }
        if (action.equals("rename")) {
            Arguments a = Arguments.parse(name(), args, Set.of(), Set.of()).atMost(4);
            String relation = a.positional(2, "relationship name");
            String newName = a.positional(3, "new name");
            return Edits.apply(cli.path(a.positional(0, "project file")), editor -> editor.renameRelationship(relation, newName),
                    "Renamed relationship " + relation + " to " + newName, out);
        }
        if (!action.equals("add")) {
            throw new UsageException(name() + ": missing or unknown action '" + action + "' (add, rename or remove)");
        }
        Arguments a = Arguments.parse(name(), args,
                Set.of("--from", "--to", "--kind", "--fk-side", "--fk-fields", "--navigators"), Set.of()).atMost(3);
        String relation = a.positional(2, "relationship name");
        String from = a.option("--from").orElseThrow(() -> new UsageException(name() + ": --from ENTITY is required"));
        String to = a.option("--to").orElseThrow(() -> new UsageException(name() + ": --to ENTITY is required"));
        RelationshipKind kind = kind(a.option("--kind").orElse("many-to-one"));
        RelationshipEnd side = a.option("--fk-side").map(this::side).orElse(null);
        List<String> fkFields = a.option("--fk-fields").map(Edits::list).orElse(List.of());
        List<String> navigators = a.option("--navigators").map(v -> List.of(v.split(",", -1))).orElse(List.of());
        if (navigators.size() > 2) {
            throw new UsageException(name() + ": --navigators takes START,END");
        }
        String startNavigator = navigators.isEmpty() || navigators.get(0).isBlank() ? null : navigators.get(0).strip();
        String endNavigator = navigators.size() < 2 || navigators.get(1).isBlank() ? null : navigators.get(1).strip();
        return Edits.apply(cli.path(a.positional(0, "project file")), editor -> editor.addRelationship(relation, from, to, kind, side,
                fkFields, startNavigator, endNavigator), "Added relationship " + relation, out);
    }

    private RelationshipKind kind(String value) {
        return switch (value.toLowerCase(Locale.ROOT).replace("-", "")) {
            case "manytoone" -> RelationshipKind.MANY_TO_ONE;
            case "onetomany" -> RelationshipKind.ONE_TO_MANY;
            case "onetoone" -> RelationshipKind.ONE_TO_ONE;
            case "manytomany" -> RelationshipKind.MANY_TO_MANY;
            default -> throw new UsageException(name() + ": --kind is many-to-one, one-to-many, one-to-one or many-to-many, not '"
                    + value + "'");
        };
    }

    private RelationshipEnd side(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "start" -> RelationshipEnd.START;
            case "end" -> RelationshipEnd.END;
            default -> throw new UsageException(name() + ": --fk-side is start or end, not '" + value + "'");
        };
    }
}
