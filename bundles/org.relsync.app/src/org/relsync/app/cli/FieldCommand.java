package org.relsync.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.edit.ProjectEditor.FieldSpec;

/**
 * {@code relsync field <project> add ENTITY.FIELD TYPE [options] | set ENTITY.FIELD [options] |
 * rename ENTITY.FIELD NEW | remove ENTITY.FIELD}.
 */
final class FieldCommand implements Command {

    private static final Set<String> SIZES = Set.of("--length", "--precision", "--scale");
    private static final Set<String> ADD_FLAGS = Set.of("--optional", "--identifying", "--identity", "--read-only");
    private static final Set<String> SET_VALUES = Set.of("--type", "--length", "--precision", "--scale", "--optional",
            "--identifying", "--identity", "--read-only");

    @Override
    public String name() {
        return "field";
    }

    @Override
    public String synopsis() {
        return "field <file> add ENTITY.FIELD TYPE [--length N] [--precision N] [--scale N] [--optional] [--identifying] "
                + "[--identity] [--read-only] | set ENTITY.FIELD [--type T] [--length N|none] [--precision N|none] "
                + "[--scale N|none] [--optional|--identifying|--identity|--read-only true|false] | rename ENTITY.FIELD NEW "
                + "| remove ENTITY.FIELD";
    }

    @Override
    public String summary() {
        return "add, change, rename or remove entity fields; TYPE is one of String, Char, Boolean, Byte, Int16, Int32, "
                + "Int64, Decimal, Single, Double, Date, Time, DateTime, DateTimeOffset, Guid, Binary, Json, Xml";
    }

    @Override
    public ExitCode run(List<String> args, CliContext cli) {
        PrintStream out = cli.out();
        String action = args.size() > 1 ? args.get(1) : "";
        return switch (action) {
            case "add" -> {
                Arguments a = Arguments.parse(name(), args, SIZES, ADD_FLAGS).atMost(4);
                String field = a.positional(2, "ENTITY.FIELD");
                FieldSpec spec = new FieldSpec(ProjectEditor.modelType(a.positional(3, "type")), size(a, "--length"),
                        size(a, "--precision"), size(a, "--scale"), a.has("--optional"), a.has("--identifying"),
                        a.has("--identity"), a.has("--read-only"), false, false, false);
                yield Edits.apply(cli.path(a.positional(0, "project file")), editor -> editor.addField(field, spec),
                        "Added field " + field, out);
            }
            case "set" -> {
                Arguments a = Arguments.parse(name(), args, SET_VALUES, Set.of()).atMost(3);
                String field = a.positional(2, "ENTITY.FIELD");
                FieldSpec spec = new FieldSpec(a.option("--type").map(ProjectEditor::modelType).orElse(null),
                        size(a, "--length"), size(a, "--precision"), size(a, "--scale"), bool(a, "--optional"),
                        bool(a, "--identifying"), bool(a, "--identity"), bool(a, "--read-only"), none(a, "--length"),
                        none(a, "--precision"), none(a, "--scale"));
                yield Edits.apply(cli.path(a.positional(0, "project file")), editor -> editor.setField(field, spec),
                        "Changed field " + field, out);
            }
            case "rename" -> {
                Arguments a = Arguments.parse(name(), args, Set.of(), Set.of()).atMost(4);
                String field = a.positional(2, "ENTITY.FIELD");
                String newName = a.positional(3, "new name");
                yield Edits.apply(cli.path(a.positional(0, "project file")), editor -> editor.renameField(field, newName),
                        "Renamed field " + field + " to " + newName, out);
            }
            case "remove" -> {
                Arguments a = Arguments.parse(name(), args, Set.of(), Set.of()).atMost(3);
                String field = a.positional(2, "ENTITY.FIELD");
                yield Edits.apply(cli.path(a.positional(0, "project file")), editor -> editor.removeField(field),
                        "Removed field " + field, out);
            }
            default -> throw new UsageException(name() + ": missing or unknown action '" + action
                    + "' (add, set, rename or remove)");
        };
    }

    private Integer size(Arguments a, String option) {
        return a.option(option).filter(v -> !v.equals("none")).map(v -> Edits.number(name(), option, v)).orElse(null);
    }

    private static boolean none(Arguments a, String option) {
        return a.option(option).filter(v -> v.equals("none")).isPresent();
    }

    private Boolean bool(Arguments a, String option) {
        return a.option(option).map(v -> Edits.bool(name(), option, v)).orElse(null);
    }
}
