package org.relsync.sync.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.relsync.model.entity.TypedView;
import org.relsync.model.entity.TypedViewField;
import org.relsync.model.mapping.DatabaseMapping;
import org.relsync.model.mapping.MappingFactory;
import org.relsync.model.mapping.MappingPackage;
import org.relsync.model.mapping.TypedViewFieldMapping;
import org.relsync.model.mapping.TypedViewMapping;
import org.relsync.model.project.ProjectPackage;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.Elements;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.naming.Naming;

/**
 * Mappings made by hand, as undoable EMF commands on the {@link ProjectEditor}'s domain: a typed
 * view mapped onto a table or a view of a database (reverse engineering maps typed views only onto
 * the views it reads).
 */
public final class MappingEditor {

    private final ProjectEditor editor;

    public MappingEditor(ProjectEditor editor) {
        this.editor = Objects.requireNonNull(editor, "editor");
    }

    /**
     * Maps typed view {@code viewName} onto {@code target} ({@code [SCHEMA.]NAME}, the database's
     * default schema when no schema is given) of database {@code databaseId}, every field onto the
     * column of the same name (exactly, then ignoring case, then as the naming rules turn one into
     * the other); replaces the typed view's mapping in that database. All fields must find a column.
     */
    public Command mapTypedView(String viewName, String databaseId, String target, DialectRegistry dialects) {
        TypedView view = editor.typedView(viewName);
        Database database = database(databaseId);
        TableOrView table = tableOrView(database, target);
        Naming naming = Naming.of(editor.project(), database, dialects);
        TypedViewMapping mapping = MappingFactory.eINSTANCE.createTypedViewMapping();
        mapping.setTypedView(view);
        mapping.setTarget(table);
        List<String> unmatched = new ArrayList<>();
        for (TypedViewField field : view.getFields()) {
            Optional<TableField> column = column(table, field.getName(), naming);
            if (column.isEmpty()) {
                unmatched.add(field.getName());
                continue;
            }
            TypedViewFieldMapping fm = MappingFactory.eINSTANCE.createTypedViewFieldMapping();
            fm.setField(field);
            fm.setTarget(column.get());
            mapping.getFieldMappings().add(fm);
        }
        if (!unmatched.isEmpty()) {
            throw new EditException("typed view " + viewName + ": " + String.join(", ", unmatched)
                    + (unmatched.size() == 1 ? " matches no column" : " match no columns") + " of " + table.getName()
                    + " (its columns: " + table.getFields().stream().map(TableField::getName).toList() + ")");
        }
        CompoundCommand compound = new CompoundCommand("Map typed view " + viewName + " onto " + table.getName());
        DatabaseMapping container = editor.project().getMappings().stream().filter(dm -> dm.getDatabase() == database)
                .findFirst().orElse(null);
        if (container == null) {
            container = MappingFactory.eINSTANCE.createDatabaseMapping();
            container.setDatabase(database);
            compound.append(AddCommand.create(editor.domain(), editor.project(), ProjectPackage.Literals.PROJECT__MAPPINGS,
                    container));
        } else {
            container.getTypedViewMappings().stream().filter(m -> m.getTypedView() == view).forEach(old -> compound.append(
                    RemoveCommand.create(editor.domain(), old.eContainer(), MappingPackage.Literals.DATABASE_MAPPING__TYPED_VIEW_MAPPINGS, old)));
        }
        compound.append(AddCommand.create(editor.domain(), container, MappingPackage.Literals.DATABASE_MAPPING__TYPED_VIEW_MAPPINGS,
                mapping));
        return compound;
    }

    /** Removes typed view {@code viewName}'s mapping in database {@code databaseId}. */
    public Command unmapTypedView(String viewName, String databaseId) {
        TypedView view = editor.typedView(viewName);
        Database database = database(databaseId);
        CompoundCommand compound = new CompoundCommand("Unmap typed view " + viewName);
        editor.project().getMappings().stream().filter(dm -> dm.getDatabase() == database)
                .flatMap(dm -> dm.getTypedViewMappings().stream()).filter(m -> m.getTypedView() == view)
                .forEach(old -> compound.append(RemoveCommand.create(editor.domain(), old.eContainer(),
                        MappingPackage.Literals.DATABASE_MAPPING__TYPED_VIEW_MAPPINGS, old)));
        if (compound.isEmpty()) {
            throw new EditException("typed view " + viewName + " is not mapped in database " + databaseId);
        }
        return compound;
    }

    private Database database(String id) {
        return editor.project().getDatabases().stream().filter(d -> id.equals(d.getName())).findFirst()
                .orElseThrow(() -> new EditException("no database named '" + id + "'; the databases are "
                        + editor.project().getDatabases().stream().map(Database::getName).toList()));
    }

    private static TableOrView tableOrView(Database database, String target) {
        List<Schema> schemas = Elements.schemas(database);
        int dot = target.lastIndexOf('.');
        String schemaName = dot > 0 ? target.substring(0, dot) : null;
        String name = dot > 0 ? target.substring(dot + 1) : target;
        Schema schema = schemaName == null ? database.getDefaultSchema()
                : schemas.stream().filter(s -> schemaName.equals(s.getName())).findFirst().orElseThrow(() -> new EditException(
                        "database " + database.getName() + " has no schema named '" + schemaName + "'"));
        if (schema == null) {
            throw new EditException("database " + database.getName() + " has no default schema; give SCHEMA.NAME");
        }
        List<TableOrView> candidates = new ArrayList<>();
        candidates.addAll(schema.getTables());
        candidates.addAll(schema.getViews());
        return candidates.stream().filter(t -> name.equals(t.getName())).findFirst()
                .or(() -> candidates.stream().filter(t -> name.equalsIgnoreCase(t.getName())).findFirst())
                .orElseThrow(() -> new EditException("schema " + schema.getName() + " of database " + database.getName()
                        + " has no table or view named '" + name + "' (sync the database first if it is new)"));
    }

    private static Optional<TableField> column(TableOrView table, String fieldName, Naming naming) {
        List<TableField> columns = table.getFields();
        return columns.stream().filter(c -> fieldName.equals(c.getName())).findFirst()
                .or(() -> columns.stream().filter(c -> fieldName.equalsIgnoreCase(c.getName())).findFirst())
                .or(() -> columns.stream().filter(c -> fieldName.equals(naming.entityFieldName(c.getName()))
                        || c.getName().equals(naming.fieldName(fieldName))
                        || c.getName().toLowerCase(Locale.ROOT).equals(naming.fieldName(fieldName).toLowerCase(Locale.ROOT)))
                        .findFirst());
    }
}
