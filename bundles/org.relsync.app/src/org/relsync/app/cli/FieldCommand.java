package org.relsync.app.cli;

import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.edit.ProjectEditor.FieldSpec;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code relsync field <project> add ENTITY.FIELD TYPE [options] | set ENTITY.FIELD [options] |
 * rename ENTITY.FIELD NEW | remove ENTITY.FIELD}.
 */
@CommandLine.Command(name = "field",
        customSynopsis = "field <file> add ENTITY.FIELD TYPE [--length N] [--precision N] [--scale N] [--optional] [--identifying] "
                + "[--identity] [--read-only] | set ENTITY.FIELD [--type T] [--length N|none] [--precision N|none] "
                + "[--scale N|none] [--optional|--identifying|--identity|--read-only true|false] | rename ENTITY.FIELD NEW "
                + "| remove ENTITY.FIELD",
        description = "add, change, rename or remove entity fields; TYPE is one of String, Char, Boolean, Byte, Int16, Int32, "
                + "Int64, Decimal, Single, Double, Date, Time, DateTime, DateTimeOffset, Guid, Binary, Json, Xml",
        subcommands = {FieldCommand.Add.class, FieldCommand.Set.class, FieldCommand.Rename.class, FieldCommand.Remove.class})
final class FieldCommand extends ActionCommand {

    /** A size option's value: a whole number, or {@code none} (which {@link #none} tells). */
    private static Integer size(String option, String value) {
        return value == null || value.equals("none") ? null : Edits.number("field", option, value);
    }

    private static boolean none(String value) {
        return "none".equals(value);
    }

    private static Boolean bool(String option, String value) {
        return value == null ? null : Edits.bool("field", option, value);
    }

    @CommandLine.Command(name = "add", customSynopsis = "field <file> add ENTITY.FIELD TYPE [--length N] [--precision N] "
            + "[--scale N] [--optional] [--identifying] [--identity] [--read-only]", description = "add a field to an entity")
    static final class Add implements Command {

        @ParentCommand
        FieldCommand field;

        @Parameters(index = "0", paramLabel = "ENTITY.FIELD", description = "the entity, and the field's name")
        String name;

        @Parameters(index = "1", paramLabel = "TYPE", description = "its model type (String, Int32, Decimal, ...)")
        String type;

        @Option(names = "--length", paramLabel = "N", description = "its length")
        String length;

        @Option(names = "--precision", paramLabel = "N", description = "its precision")
        String precision;

        @Option(names = "--scale", paramLabel = "N", description = "its scale")
        String scale;

        @Option(names = "--optional", description = "it may be empty (null)")
        boolean optional;

        @Option(names = "--identifying", description = "it is part of the entity's key")
        boolean identifying;

        @Option(names = "--identity", description = "the database numbers it")
        boolean identity;

        @Option(names = "--read-only", description = "it is read-only")
        boolean readOnly;

        @Override
        public ExitCode run(CliContext cli) {
            FieldSpec spec = new FieldSpec(ProjectEditor.modelType(type), size("--length", length), size("--precision", precision),
                    size("--scale", scale), optional, identifying, identity, readOnly, false, false, false);
            return Edits.apply(cli, field.file, editor -> editor.addField(name, spec), "Added field " + name);
        }
    }

    @CommandLine.Command(name = "set", customSynopsis = "field <file> set ENTITY.FIELD [--type T] [--length N|none] "
            + "[--precision N|none] [--scale N|none] [--optional|--identifying|--identity|--read-only true|false]",
            description = "change a field: what is given changes, the rest stays")
    static final class Set implements Command {

        @ParentCommand
        FieldCommand field;

        @Parameters(paramLabel = "ENTITY.FIELD", description = "the field")
        String name;

        @Option(names = "--type", paramLabel = "T", description = "its model type")
        String type;

        @Option(names = "--length", paramLabel = "N|none", description = "its length, or none")
        String length;

        @Option(names = "--precision", paramLabel = "N|none", description = "its precision, or none")
        String precision;

        @Option(names = "--scale", paramLabel = "N|none", description = "its scale, or none")
        String scale;

        @Option(names = "--optional", paramLabel = "true|false", description = "whether it may be empty (null)")
        String optional;

        @Option(names = "--identifying", paramLabel = "true|false", description = "whether it is part of the key")
        String identifying;

        @Option(names = "--identity", paramLabel = "true|false", description = "whether the database numbers it")
        String identity;

        @Option(names = "--read-only", paramLabel = "true|false", description = "whether it is read-only")
        String readOnly;

        @Override
        public ExitCode run(CliContext cli) {
            FieldSpec spec = new FieldSpec(type == null ? null : ProjectEditor.modelType(type), size("--length", length),
                    size("--precision", precision), size("--scale", scale), bool("--optional", optional),
                    bool("--identifying", identifying), bool("--identity", identity), bool("--read-only", readOnly),
                    none(length), none(precision), none(scale));
            return Edits.apply(cli, field.file, editor -> editor.setField(name, spec), "Changed field " + name);
        }
    }

    @CommandLine.Command(name = "rename", customSynopsis = "field <file> rename ENTITY.FIELD NEW", description = "rename a field")
    static final class Rename implements Command {

        @ParentCommand
        FieldCommand field;

        @Parameters(index = "0", paramLabel = "ENTITY.FIELD", description = "the field")
        String name;

        @Parameters(index = "1", paramLabel = "NEW", description = "its new name")
        String newName;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, field.file, editor -> editor.renameField(name, newName),
                    "Renamed field " + name + " to " + newName);
        }
    }

    @CommandLine.Command(name = "remove", customSynopsis = "field <file> remove ENTITY.FIELD", description = "remove a field")
    static final class Remove implements Command {

        @ParentCommand
        FieldCommand field;

        @Parameters(paramLabel = "ENTITY.FIELD", description = "the field")
        String name;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, field.file, editor -> editor.removeField(name), "Removed field " + name);
        }
    }
}
