package org.relsync.app.cli;

import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code relsync entity <project> list | add NAME | rename NAME NEW | remove NAME}. */
@CommandLine.Command(name = "entity", customSynopsis = "entity <file> list | add NAME | rename NAME NEW | remove NAME",
        description = "list, add, rename or remove entities (remove takes their relationships and mappings along)",
        subcommands = {EntityCommand.ListAction.class, EntityCommand.Add.class, EntityCommand.Rename.class,
                EntityCommand.Remove.class})
final class EntityCommand extends ActionCommand {

    @CommandLine.Command(name = "list", customSynopsis = "entity <file> list", description = "list the entities and their fields")
    static final class ListAction implements Command {

        @ParentCommand
        EntityCommand entity;

        @Override
        public ExitCode run(CliContext cli) {
            Project project = ProjectFiles.load(cli.path(entity.file));
            for (Entity e : project.getEntityModel().getEntities()) {
                cli.out().println(e.getName() + " (" + e.getFields().size() + " fields)");
                for (EntityField field : e.getFields()) {
                    cli.out().println("  " + Fields.describe(field));
                }
            }
            return ExitCode.OK;
        }
    }

    @CommandLine.Command(name = "add", customSynopsis = "entity <file> add NAME", description = "add an entity")
    static final class Add implements Command {

        @ParentCommand
        EntityCommand entity;

        @Mixin
        Names.One element;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, entity.file, editor -> editor.addEntity(element.name), "Added entity " + element.name);
        }
    }

    @CommandLine.Command(name = "rename", customSynopsis = "entity <file> rename NAME NEW", description = "rename an entity")
    static final class Rename implements Command {

        @ParentCommand
        EntityCommand entity;

        @Mixin
        Names.Renaming names;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, entity.file, editor -> editor.renameEntity(names.name, names.newName),
                    "Renamed entity " + names.name + " to " + names.newName);
        }
    }

    @CommandLine.Command(name = "remove", customSynopsis = "entity <file> remove NAME",
            description = "remove an entity, with its relationships and mappings")
    static final class Remove implements Command {

        @ParentCommand
        EntityCommand entity;

        @Mixin
        Names.One element;

        @Override
        public ExitCode run(CliContext cli) {
            return Edits.apply(cli, entity.file, editor -> editor.removeEntity(element.name), "Removed entity " + element.name);
        }
    }
}
