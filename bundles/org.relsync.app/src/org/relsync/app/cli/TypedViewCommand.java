package org.relsync.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code relsync typed-view <project> add NAME --fields NAME:TYPE,... | remove NAME}. */
final class TypedViewCommand implements Command {

    @Override
    public String name() {
        return "typed-view";
    }

    @Override
    public String synopsis() {
        return "typed-view <file> add NAME --fields NAME:TYPE,... | rename NAME NEW | remove NAME";
    }

    @Override
    public String summary() {
        return "add, rename or remove a typed view (a read-only projection that model sync never touches)";
    }

    @Override
    public ExitCode run(List<String> args, PrintStream out) {
        Arguments a = Arguments.parse(name(), args, Set.of("--fields"), Set.of()).atMost(4);
        String file = a.positional(0, "project file");
        String action = a.positional(1, "action (add or remove)");
        String view = a.positional(2, "typed view name");
        return switch (action) {
            case "add" -> {
                List<String> fields = Edits.list(a.option("--fields").orElse(""));
                yield Edits.apply(file, editor -> editor.addTypedView(view, fields), "Added typed view " + view, out);
            }
            case "rename" -> {
                String newName = a.positional(3, "new name");
                yield Edits.apply(file, editor -> editor.renameTypedView(view, newName),
                        "Renamed typed view " + view + " to " + newName, out);
            }
            case "remove" -> Edits.apply(file, editor -> editor.removeTypedView(view), "Removed typed view " + view, out);
            default -> throw new UsageException(name() + ": unknown action '" + action + "' (add, rename or remove)");
        };
    }
}
