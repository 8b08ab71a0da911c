package org.relsync.app.cli;

import org.relsync.db.DatabaseKinds;
import org.relsync.sync.edit.MappingEditor;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code relsync typed-view <project> add NAME --fields NAME:TYPE,... | rename NAME NEW | remove NAME | map NAME --db ID --target [SCHEMA.]NAME | unmap NAME --db ID}. */
@CommandLine.Command(name = "typed-view",
        customSynopsis = "typed-view <file> add NAME --fields NAME:TYPE,... | rename NAME NEW | remove NAME"
                + " | map NAME --db ID --target [SCHEMA.]TABLE_OR_VIEW | unmap NAME --db ID",
        description = "add, rename or remove a typed view (a read-only projection that model sync never touches), "
                + "or map it onto a table or view of a database, each field onto the column of its name",
        subcommands = {TypedViewCommand.Add.class, TypedViewCommand.Rename.class, TypedViewCommand.Remove.class,
                TypedViewCommand.Map.class, TypedViewCommand.Unmap.class})
final class TypedViewCommand extends ActionCommand {

    @CommandLine.Command(name = "add", customSynopsis = "typed-view <file> add NAME --fields NAME:TYPE,...",
            description = "add a typed view")
    static final class Add implements Command {

        @ParentCommand
        TypedViewCommand view;

        @Mixin
        Names.One element;

        @Option(names = "--fields", paramLabel = "NAME:TYPE,...", description = "its fields, each with its model type")
        String fields = "";

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, view.file, editor -> editor.addTypedView(element.name, Edits.list(fields)),
                    "Added typed view " + element.name);
        }
    }

    @CommandLine.Command(name = "rename", customSynopsis = "typed-view <file> rename NAME NEW", description = "rename a typed view")
    static final class Rename implements Command {

        @ParentCommand
        TypedViewCommand view;

        @Mixin
        Names.Renaming names;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, view.file, editor -> editor.renameTypedView(names.name, names.newName),
                    "Renamed typed view " + names.name + " to " + names.newName);
        }
    }

    @CommandLine.Command(name = "remove", customSynopsis = "typed-view <file> remove NAME", description = "remove a typed view")
    static final class Remove implements Command {

        @ParentCommand
        TypedViewCommand view;

        @Mixin
        Names.One element;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, view.file, editor -> editor.removeTypedView(element.name), "Removed typed view " + element.name);
        }
    }

    @CommandLine.Command(name = "map", customSynopsis = "typed-view <file> map NAME --db ID --target [SCHEMA.]TABLE_OR_VIEW",
            description = "map a typed view onto a table or view of a database, each field onto the column of its name "
                    + "(exactly, ignoring case, or by the naming rules), all or nothing")
    static final class Map implements Command {

        @ParentCommand
        TypedViewCommand view;

        @Mixin
        Names.One element;

        @Option(names = "--db", required = true, paramLabel = "ID", description = "the database")
        String db;

        @Option(names = "--target", required = true, paramLabel = "[SCHEMA.]TABLE_OR_VIEW", description = "the table or view")
        String target;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, view.file, editor -> new MappingEditor(editor).mapTypedView(element.name, db, target,
                    DatabaseKinds.dialects()), "Mapped typed view " + element.name + " onto " + target + " of database " + db);
        }
    }

    @CommandLine.Command(name = "unmap", customSynopsis = "typed-view <file> unmap NAME --db ID",
            description = "remove a typed view's mapping onto a database")
    static final class Unmap implements Command {

        @ParentCommand
        TypedViewCommand view;

        @Mixin
        Names.One element;

        @Option(names = "--db", required = true, paramLabel = "ID", description = "the database")
        String db;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, view.file, editor -> new MappingEditor(editor).unmapTypedView(element.name, db),
                    "Unmapped typed view " + element.name + " in database " + db);
        }
    }
}
