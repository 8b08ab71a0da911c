package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.relsync.db.DatabaseKinds;
import org.relsync.sync.edit.MappingEditor;

/** {@code relsync typed-view <project> add NAME --fields NAME:TYPE,... | rename NAME NEW | remove NAME | map NAME --db ID --target [SCHEMA.]NAME | unmap NAME --db ID}. */
final class TypedViewCommand implements Command {

    @Override
    public String name() {
        return "typed-view";
    }

    @Override
    public String synopsis() {
        return "typed-view <file> add NAME --fields NAME:TYPE,... | rename NAME NEW | remove NAME"
                + " | map NAME --db ID --target [SCHEMA.]TABLE_OR_VIEW | unmap NAME --db ID";
    }

    @Override
    public String summary() {
        return "add, rename or remove a typed view (a read-only projection that model sync never touches), "
                + "or map it onto a table or view of a database, each field onto the column of its name";
    }

    @Override
    public ExitCode run(List<String> args, CliContext cli) {
        PrintStream out = cli.out();
        Arguments a = Arguments.parse(name(), args, Set.of("--fields", "--db", "--target"), Set.of()).atMost(4);
        Path file = cli.path(a.positional(0, "project file"));
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
            case "map" -> {
                String db = a.option("--db").orElseThrow(() -> new UsageException(name() + ": map needs --db ID"));
                String target = a.option("--target").orElseThrow(() -> new UsageException(
                        name() + ": map needs --target [SCHEMA.]TABLE_OR_VIEW"));
                yield Edits.apply(file, editor -> new MappingEditor(editor).mapTypedView(view, db, target, DatabaseKinds.dialects()),
                        "Mapped typed view " + view + " onto " + target + " of database " + db, out);
            }
            case "unmap" -> {
                String db = a.option("--db").orElseThrow(() -> new UsageException(name() + ": unmap needs --db ID"));
                yield Edits.apply(file, editor -> new MappingEditor(editor).unmapTypedView(view, db),
                        "Unmapped typed view " + view + " in database " + db, out);
            }
            default -> throw new UsageException(name() + ": unknown action '" + action + "' (add, rename, remove, map or unmap)");
        };
    }
}
