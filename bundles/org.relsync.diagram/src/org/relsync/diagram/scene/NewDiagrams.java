package org.relsync.diagram.scene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.TypedView;
import org.relsync.model.entity.TypedViewField;
import org.relsync.model.mapping.DatabaseMapping;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;

/**
 * The diagrams a modeler makes from model elements (issue 13's "new diagrams"): the tables of a
 * database or of a schema, a selection of entities, an element and its neighbours. Each gives a
 * {@link DiagramDefinition} with a suggested name, or nothing when the element does not fit; the
 * workbench offers exactly what these give. A database's baseline (the copy kept by a DDL apply)
 * is not a database of its own and gives nothing.
 */
public final class NewDiagrams {

    private NewDiagrams() {
    }

    /** The tables of the database {@code element} is or lies in: "Tables of shop". */
    public static Optional<DiagramDefinition> tablesOfDatabase(EObject element) {
        Database database = databaseOf(element);
        if (database == null) {
            return Optional.empty();
        }
        return Optional.of(new DiagramDefinition("Tables of " + database.getName(),
                new DiagramScope(DiagramKind.TABLES, database.getId(), List.of(), List.of(), 0, null, null)));
    }

    /** The tables of the schema {@code element} is or lies in: "Tables of shop.PUBLIC". */
    public static Optional<DiagramDefinition> tablesOfSchema(EObject element) {
        Schema schema = null;
        for (EObject e = element; e != null && schema == null; e = e.eContainer()) {
            schema = e instanceof Schema s ? s : null;
        }
        Database database = schema == null ? null : databaseOf(schema);
        if (database == null) {
            return Optional.empty();
        }
        return Optional.of(new DiagramDefinition("Tables of " + database.getName() + "." + schema.getName(),
                new DiagramScope(DiagramKind.TABLES, database.getId(), List.of(schema.getName()), List.of(), 0, null, null)));
    }

    /**
     * The entities and typed views among {@code elements} (a field stands for its entity), alone:
     * "Entities: Customer, Order"; nothing when there are none.
     */
    public static Optional<DiagramDefinition> entities(Collection<?> elements) {
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Object element : elements) {
            String name = entityName(element);
            if (name != null && !names.contains(name)) {
                names.add(name);
                ids.add(entityId(element));
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String shown = String.join(", ", names.subList(0, Math.min(3, names.size())));
        String label = "Entities: " + shown + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
        return Optional.of(new DiagramDefinition(label,
                new DiagramScope(DiagramKind.ENTITIES, null, List.of(), names, 0, null, null), ids));
    }

    /**
     * {@code element} and its neighbours one step away, in the kind of diagram it belongs to: an
     * entity or typed view (or a field of one) with the entities related to it, on an entities
     * diagram; a table or view (or a column) with the tables its foreign keys link it to, on its
     * database's tables diagram; an entity mapping with the neighbours of its entity, on its
     * database's mappings diagram. "Customer and neighbours".
     */
    public static Optional<DiagramDefinition> neighbours(EObject element) {
        if (element instanceof EntityMapping || element instanceof FieldMapping) {
            EObject owner = element instanceof FieldMapping ? element.eContainer() : element;
            if (!(owner instanceof EntityMapping mapping) || mapping.getEntity() == null
                    || !(mapping.eContainer() instanceof DatabaseMapping databaseMapping)) {
                return Optional.empty();
            }
            Database database = databaseOf(databaseMapping.getDatabase());
            if (database == null) {
                return Optional.empty();
            }
            String name = mapping.getEntity().getName();
            return Optional.of(new DiagramDefinition("Mappings of " + name + " and neighbours",
                    new DiagramScope(DiagramKind.MAPPINGS, database.getId(), List.of(), List.of(name), 1, null, null),
                    List.of(id(mapping.getEntity()))));
        }
        String entity = entityName(element);
        if (entity != null) {
            return Optional.of(new DiagramDefinition(entity + " and neighbours",
                    new DiagramScope(DiagramKind.ENTITIES, null, List.of(), List.of(entity), 1, null, null),
                    List.of(entityId(element))));
        }
        TableOrView table = element instanceof TableField field && field.eContainer() instanceof TableOrView owner ? owner
                : element instanceof TableOrView t ? t : null;
        Database database = databaseOf(table);
        if (database == null) {
            return Optional.empty();
        }
        return Optional.of(new DiagramDefinition(table.getName() + " and neighbours",
                new DiagramScope(DiagramKind.TABLES, database.getId(), List.of(), List.of(table.getName()), 1, null, null),
                List.of(id(table))));
    }

    /** The model id of the entity or typed view {@link #entityName} names. */
    private static String entityId(Object element) {
        if (element instanceof EntityField field && field.getEntity() != null) {
            return id(field.getEntity());
        }
        if (element instanceof TypedViewField field && field.eContainer() instanceof TypedView view) {
            return id(view);
        }
        return element instanceof EObject eObject ? id(eObject) : "";
    }

    private static String id(EObject element) {
        return element instanceof org.relsync.model.common.Element e && e.getId() != null ? e.getId() : "";
    }

    private static String entityName(Object element) {
        if (element instanceof Entity entity) {
            return entity.getName();
        }
        if (element instanceof TypedView view) {
            return view.getName();
        }
        if (element instanceof EntityField field && field.getEntity() != null) {
            return field.getEntity().getName();
        }
        if (element instanceof TypedViewField field && field.eContainer() instanceof TypedView view) {
            return view.getName();
        }
        return null;
    }

    /** The database {@code element} is or lies in; {@code null} for none, or for a database's baseline. */
    private static Database databaseOf(EObject element) {
        Database database = null;
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Database d) {
                database = d; // the outermost: a baseline lies inside its database
            }
        }
        if (database == null || database.getId() == null) {
            return null;
        }
        for (EObject e = element; e != null && e != database; e = e.eContainer()) {
            if (e instanceof Database) {
                return null; // inside the baseline
            }
        }
        return database;
    }
}
