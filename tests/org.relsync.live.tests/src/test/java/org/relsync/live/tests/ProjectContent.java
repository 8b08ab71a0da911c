package org.relsync.live.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;

/** What a saved project file holds of its database's tables, loaded as any command loads it. */
final class ProjectContent {

    private final Project project;

    private ProjectContent(Project project) {
        this.project = project;
    }

    static ProjectContent load(Path file) {
        return new ProjectContent(ProjectFiles.load(file));
    }

    Optional<Table> table(String name) {
        for (Database database : project.getDatabases()) {
            for (Catalog catalog : database.getCatalogs()) {
                for (Schema schema : catalog.getSchemas()) {
                    for (Table table : schema.getTables()) {
                        if (table.getName().equalsIgnoreCase(name)) {
                            return Optional.of(table);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The table's columns as {@code name type}, upper case. */
    List<String> columns(String table) {
        List<String> columns = new ArrayList<>();
        for (TableField field : table(table).orElseThrow(() -> new AssertionError("no table " + table)).getFields()) {
            columns.add((field.getName() + " " + field.getDataType()).toUpperCase(java.util.Locale.ROOT));
        }
        return columns;
    }
}
