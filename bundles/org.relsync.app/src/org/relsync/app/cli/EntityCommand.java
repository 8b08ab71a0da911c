package org.relsync.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;

/** {@code relsync entity <project> list | add NAME | rename NAME NEW | remove NAME}. */
final class EntityCommand implements Command {

    @Override
    public String name() {
        return "entity";
    }

    @Override
    public String synopsis() {
        return "entity <file> list | add NAME | rename NAME NEW | remove NAME";
    }

    @Override
    public String summary() {
        return "list, add, rename or remove entities (remove takes their relationships and mappings along)";
    }

    @Override
    public ExitCode run(List<String> args, CliContext cli) {
        PrintStream out = cli.out();
        Arguments a = Arguments.parse(name(), args, Set.of(), Set.of());
        Path file = cli.path(a.positional(0, "project file"));
        String action = a.positional(1, "action (list, add, rename or remove)");
        return switch (action) {
            case "list" -> {
                a.atMost(2);
                Project project = ProjectFiles.load(file);
                for (Entity entity : project.getEntityModel().getEntities()) {
                    out.println(entity.getName() + " (" + entity.getFields().size() + " fields)");
                    for (EntityField field : entity.getFields()) {
                        out.println("  " + Fields.describe(field));
                    }
                }
                yield ExitCode.OK;
            }
            case "add" -> {
                String entity = a.atMost(3).positional(2, "entity name");
                yield Edits.apply(file, editor -> editor.addEntity(entity), "Added entity " + entity, out);
            }
            case "rename" -> {
                String entity = a.atMost(4).positional(2, "entity name");
                String newName = a.positional(3, "new name");
                yield Edits.apply(file, editor -> editor.renameEntity(entity, newName),
                        "Renamed entity " + entity + " to " + newName, out);
            }
            case "remove" -> {
                String entity = a.atMost(3).positional(2, "entity name");
                yield Edits.apply(file, editor -> editor.removeEntity(entity), "Removed entity " + entity, out);
            }
            default -> throw new UsageException(name() + ": unknown action '" + action + "' (list, add, rename or remove)");
        };
    }
}
