package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code relsync unique <project> add ENTITY NAME --fields F1,F2 | remove ENTITY NAME}. */
final class UniqueCommand implements Command {

    @Override
    public String name() {
        return "unique";
    }

    @Override
    public String synopsis() {
        return "unique <file> add ENTITY NAME --fields F1,F2 | rename ENTITY NAME NEW | remove ENTITY NAME";
    }

    @Override
    public String summary() {
        return "add, rename or remove a unique constraint of an entity";
    }

    @Override
    public ExitCode run(List<String> args, CliContext cli) {
        PrintStream out = cli.out();
        Arguments a = Arguments.parse(name(), args, Set.of("--fields"), Set.of()).atMost(5);
        Path file = cli.path(a.positional(0, "project file"));
        String action = a.positional(1, "action (add or remove)");
        String entity = a.positional(2, "entity name");
        String constraint = a.positional(3, "constraint name");
        return switch (action) {
            case "add" -> {
                List<String> fields = Edits.list(a.option("--fields")
                        .orElseThrow(() -> new UsageException(name() + ": --fields F1,F2 is required")));
                yield Edits.apply(file, editor -> editor.addUniqueConstraint(entity, constraint, fields),
                        "Added unique constraint " + constraint + " to " + entity, out);
            }
            case "rename" -> {
                String newName = a.positional(4, "new name");
                yield Edits.apply(file, editor -> editor.renameUniqueConstraint(entity, constraint, newName),
                        "Renamed unique constraint " + constraint + " of " + entity + " to " + newName, out);
            }
            case "remove" -> Edits.apply(file, editor -> editor.removeUniqueConstraint(entity, constraint),
                    "Removed unique constraint " + constraint + " of " + entity, out);
            default -> throw new UsageException(name() + ": unknown action '" + action + "' (add, rename or remove)");
        };
    }
}
