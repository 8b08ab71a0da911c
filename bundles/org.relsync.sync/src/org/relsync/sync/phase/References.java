package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.View;
import org.relsync.sync.Elements;

/**
 * The last step of a migration: every reference of the refreshed schemas (foreign keys, the
 * columns of constraints and indexes, the sequences of columns) points at model elements, and a
 * foreign key onto a removed table or column goes with it.
 */
final class References {

    private final Migration migration;

    References(Migration migration) {
        this.migration = migration;
    }

    void resolve() {
        for (ForeignKey[] pair : migration.foreignKeys) {
            ForeignKey old = pair[0];
            ForeignKey fresh = pair[1];
            String scope = Elements.path((Schema) old.eContainer().eContainer());
            Differences d = new Differences();
            List<TableField> fields = resolveAll(fresh.getFields());
            if (d.check("fields", Migration.names(old.getFields()), Migration.names(fields))) {
                ECollections.setEList(old.getFields(), fields);
            }
            Table referenced = (Table) resolve(fresh.getReferencedTable());
            if (d.check("references", Migration.name(old.getReferencedTable()), Migration.name(referenced))) {
                old.setReferencedTable(referenced);
            }
            List<TableField> referencedFields = resolveAll(fresh.getReferencedFields());
            if (d.check("referenced fields", Migration.names(old.getReferencedFields()), Migration.names(referencedFields))) {
                ECollections.setEList(old.getReferencedFields(), referencedFields);
            }
            if (d.check("on delete", old.getOnDelete(), fresh.getOnDelete())) {
                old.setOnDelete(fresh.getOnDelete());
            }
            if (d.check("on update", old.getOnUpdate(), fresh.getOnUpdate())) {
                old.setOnUpdate(fresh.getOnUpdate());
            }
            migration.changed(scope, old, d);
        }
        for (Schema schema : migration.schemas) {
            for (TreeIterator<EObject> it = schema.eAllContents(); it.hasNext();) {
                EObject element = it.next();
                if (element instanceof TableField field && field.getSequence() != null) {
                    Sequence resolved = (Sequence) resolve(field.getSequence());
                    if (resolved != field.getSequence()) {
                        field.setSequence(resolved);
                    }
                } else if (element instanceof ForeignKey key) {
                    resolveInPlace(key.getFields());
                    resolveInPlace(key.getReferencedFields());
                    if (key.getReferencedTable() != null && !inModel(key.getReferencedTable())) {
                        key.setReferencedTable((Table) resolve(key.getReferencedTable()));
                    }
                    if (key.getReferencedTable() == null) {
                        migration.context.report().warning("migrate.foreignKey", Elements.fullPath(key),
                                "the referenced table is not in the model; the foreign key is left without it", List.of());
                    }
                } else if (element instanceof Constraint constraint) {
                    resolveInPlace(constraint.getFields());
                } else if (element instanceof Index index) {
                    resolveInPlace(index.getFields());
                }
            }
        }
        // foreign keys elsewhere that referenced a removed table or field
        for (Schema schema : Elements.schemas(migration.database)) {
            for (Table table : schema.getTables()) {
                for (ForeignKey key : List.copyOf(table.getForeignKeys())) {
                    if (migration.removed.contains(key.getReferencedTable())
                            || key.getReferencedFields().stream().anyMatch(migration.removed::contains)) {
                        migration.remove(Elements.path(schema), key);
                        table.getForeignKeys().remove(key);
                    }
                }
            }
        }
    }

    private void resolveInPlace(EList<TableField> fields) {
        boolean foreign = false;
        for (TableField f : fields) {
            foreign |= !inModel(f);
        }
        if (foreign) {
            ECollections.setEList(fields, resolveAll(fields));
        }
    }

    /** The model's elements for {@code fields} (snapshot or model elements), leaving out those it has none for. */
    List<TableField> resolveAll(List<TableField> fields) {
        List<TableField> result = new ArrayList<>(fields.size());
        for (TableField f : fields) {
            TableField resolved = (TableField) resolve(f);
            if (resolved != null) {
                result.add(resolved);
            }
        }
        return result;
    }

    /** The model element for a snapshot element: its match, itself if it moved in, or one found by names. */
    private EObject resolve(EObject element) {
        if (element == null) {
            return null;
        }
        EObject match = migration.matches.get(element);
        if (match != null) {
            return match;
        }
        if (inModel(element)) {
            return element;
        }
        return findByNames(element);
    }

    /**
     * Whether {@code element} is in the project. Not "whose root is the project": a project
     * without a resource is itself contained by the change description of an earlier run.
     */
    private boolean inModel(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e == migration.context.project()) {
                return true;
            }
        }
        return false;
    }

    /** A stand-in from outside the read schemas: find the real element by catalog, schema, table and field name. */
    private EObject findByNames(EObject standIn) {
        TableOrView table = standIn instanceof TableField f ? f.getOwner() : standIn instanceof TableOrView t ? t : null;
        if (table == null || !(table.eContainer() instanceof Schema schema)
                || !(schema.eContainer() instanceof Catalog catalog)) {
            return null;
        }
        Schema modelSchema = migration.modelSchema(catalog.getName(), schema.getName());
        if (modelSchema == null) {
            return null;
        }
        List<? extends TableOrView> candidates = table instanceof View ? modelSchema.getViews() : modelSchema.getTables();
        for (TableOrView candidate : candidates) {
            if (Objects.equals(candidate.getName(), table.getName())) {
                if (standIn == table) {
                    return candidate;
                }
                for (TableField field : candidate.getFields()) {
                    if (Objects.equals(field.getName(), ((TableField) standIn).getName())) {
                        return field;
                    }
                }
            }
        }
        return null;
    }
}
