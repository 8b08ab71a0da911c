package org.relsync.sync;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.relsync.model.common.NamedElement;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.TypedView;
import org.relsync.model.entity.TypedViewField;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;

/** Small queries over the metamodels that several phases need. */
public final class Elements {

    private Elements() {
    }

    /** The entity on the foreign-key side of a relationship. */
    public static Entity fkEntity(Relationship relationship) {
        return relationship.getFkSide() == RelationshipEnd.END ? relationship.getEnd() : relationship.getStart();
    }

    /** The entity whose identity the foreign key references. */
    public static Entity pkEntity(Relationship relationship) {
        return relationship.getFkSide() == RelationshipEnd.END ? relationship.getStart() : relationship.getEnd();
    }

    /** The identifying fields of an entity, in field order. */
    public static List<EntityField> identifyingFields(Entity entity) {
        List<EntityField> result = new ArrayList<>();
        for (EntityField field : entity.getFields()) {
            if (field.isIdentifying()) {
                result.add(field);
            }
        }
        return result;
    }

    /** Every schema of a database, catalog by catalog. */
    public static List<Schema> schemas(Database database) {
        List<Schema> schemas = new ArrayList<>();
        for (Catalog catalog : database.getCatalogs()) {
            schemas.addAll(catalog.getSchemas());
        }
        return schemas;
    }

    public static Schema schemaOf(TableOrView table) {
        return (Schema) table.eContainer();
    }

    public static Database databaseOf(Schema schema) {
        return (Database) schema.eContainer().eContainer();
    }

    /** {@code database/catalog/schema}, the scope under which reports list a schema's changes. */
    public static String path(Schema schema) {
        Catalog catalog = (Catalog) schema.eContainer();
        Database database = (Database) catalog.eContainer();
        return database.getName() + "/" + (catalog.getName() == null || catalog.getName().isEmpty() ? "-" : catalog.getName())
                + "/" + schema.getName();
    }

    /** The path of an element below its schema ({@code Table}, {@code Table.Field}), or in the entity model. */
    public static String localPath(EObject element) {
        if (element instanceof TableField field && field.getOwner() != null) {
            return field.getOwner().getName() + "." + field.getName();
        }
        if (element instanceof EntityField field && field.getEntity() != null) {
            return field.getEntity().getName() + "." + field.getName();
        }
        if (element instanceof TypedViewField field && field.eContainer() instanceof TypedView view) {
            return view.getName() + "." + field.getName();
        }
        if (element.eContainer() instanceof TableOrView table && element instanceof NamedElement named) {
            return table.getName() + "." + named.getName();
        }
        return element instanceof NamedElement named ? String.valueOf(named.getName()) : element.eClass().getName();
    }

    /** The full path of an element, as problems show it. */
    public static String fullPath(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Schema schema) {
                return e == element ? path(schema) : path(schema) + "/" + localPath(element);
            }
        }
        if (element instanceof Entity || element instanceof EntityField || element instanceof Relationship
                || element instanceof TypedView || element instanceof TypedViewField) {
            return "entity model/" + localPath(element);
        }
        return localPath(element);
    }
}
