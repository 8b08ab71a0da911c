package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.relsync.model.common.NamedElement;
import org.relsync.model.entity.EntityField;
import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncContext;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeKind;

/**
 * Makes and adjusts the key constraints of model-driven tables for step 6 ({@link AdjustMetadataStep}):
 * a primary key or a foreign key on given columns, found or created, altered and renamed by the
 * naming rules, constraint names kept unique per schema (as several databases require).
 */
final class KeyConstraints {

    private final SyncContext context;
    private final DatabaseMappings mappings;
    private final Naming naming;
    private final Map<Schema, TableLookup<NamedElement>> constraintNames = new HashMap<>();

    KeyConstraints(SyncContext context, Database database) {
        this.context = context;
        this.mappings = context.mappings(database);
        this.naming = context.naming(database);
    }

    void primaryKey(Table table, List<TableField> columns) {
        String scope = Elements.path(Elements.schemaOf(table));
        PrimaryKey pk = table.getPrimaryKey();
        if (pk == null) {
            pk = RelationalFactory.eINSTANCE.createPrimaryKey();
            pk.setName(uniqueConstraintName(table, naming.primaryKeyName(table.getName()), null));
            pk.getFields().addAll(columns);
            table.setPrimaryKey(pk);
            constraintNames(table).add(pk);
            context.report().change(ChangeKind.CREATED, scope, "PrimaryKey", Elements.localPath(pk),
                    "(" + names(columns) + ")");
            return;
        }
        setFields(scope, pk, columns);
        rename(scope, table, pk, naming.primaryKeyName(table.getName()));
    }

    /**
     * The foreign key of {@code table} from {@code columns} to {@code referencedColumns} of
     * {@code referenced}: {@code mapped} (what the relationship maps now) when it is in the table,
     * else an unmapped one with the same columns and referenced table, else a new one; altered
     * and renamed to match.
     */
    ForeignKey foreignKey(Table table, ForeignKey mapped, List<TableField> columns, Table referenced,
            List<TableField> referencedColumns) {
        String scope = Elements.path(Elements.schemaOf(table));
        String wanted = naming.foreignKeyName(table.getName(), referenced.getName());
        ForeignKey fk = mapped != null && mapped.eContainer() == table ? mapped : null;
        if (fk == null) {
            fk = table.getForeignKeys().stream().filter(k -> !mappings.isTargeted(k)
                    && k.getReferencedTable() == referenced && k.getFields().equals(columns)).findFirst().orElse(null);
        }
        if (fk == null) {
            fk = RelationalFactory.eINSTANCE.createForeignKey();
            fk.setName(uniqueConstraintName(table, wanted, null));
            fk.getFields().addAll(columns);
            fk.setReferencedTable(referenced);
            fk.getReferencedFields().addAll(referencedColumns);
            table.getForeignKeys().add(fk);
            constraintNames(table).add(fk);
            context.report().change(ChangeKind.CREATED, scope, "ForeignKey", Elements.localPath(fk),
                    "(" + names(columns) + ") -> " + referenced.getName() + "(" + names(referencedColumns) + ")");
            return fk;
        }
        setFields(scope, fk, columns);
        if (fk.getReferencedTable() != referenced) {
            String before = fk.getReferencedTable() == null ? "none" : fk.getReferencedTable().getName();
            fk.setReferencedTable(referenced);
            context.report().change(ChangeKind.CHANGED, scope, "ForeignKey", Elements.localPath(fk),
                    "references: " + before + " -> " + referenced.getName());
        }
        if (!fk.getReferencedFields().equals(referencedColumns)) {
            String before = names(fk.getReferencedFields());
            ECollections.setEList(fk.getReferencedFields(), referencedColumns);
            context.report().change(ChangeKind.CHANGED, scope, "ForeignKey", Elements.localPath(fk),
                    "referenced fields: " + before + " -> " + names(referencedColumns));
        }
        rename(scope, table, fk, wanted);
        return fk;
    }

    /** The columns the fields map onto, or null when one of them is not mapped. */
    List<TableField> columnsOf(List<EntityField> fields) {
        List<TableField> columns = new ArrayList<>(fields.size());
        for (EntityField field : fields) {
            TableField column = mappings.target(field).orElse(null);
            if (column == null) {
                return null;
            }
            columns.add(column);
        }
        return columns;
    }

    void setFields(String scope, Constraint constraint, List<TableField> columns) {
        if (!constraint.getFields().equals(columns)) {
            String before = names(constraint.getFields());
            ECollections.setEList(constraint.getFields(), columns);
            context.report().change(ChangeKind.CHANGED, scope, constraint.eClass().getName(),
                    Elements.localPath(constraint), "fields: " + before + " -> " + names(columns));
        }
    }

    void rename(String scope, Table table, Constraint constraint, String wanted) {
        if (wanted.equals(constraint.getName())) {
            return;
        }
        String name = uniqueConstraintName(table, wanted, constraint);
        if (!name.equals(constraint.getName())) {
            String before = Elements.localPath(constraint);
            constraintNames(table).remove(constraint, constraint.getName());
            constraint.setName(name);
            constraintNames(table).add(constraint);
            context.report().change(ChangeKind.RENAMED, scope, constraint.eClass().getName(), before, "-> " + name);
        }
    }

    String uniqueConstraintName(Table table, String wanted, Constraint self) {
        TableLookup<NamedElement> lookup = constraintNames(table);
        return naming.unique(wanted, n -> lookup.taken(n, self));
    }

    /** Constraint names are kept unique per schema, as several databases require. */
    TableLookup<NamedElement> constraintNames(Table table) {
        return constraintNames.computeIfAbsent(Elements.schemaOf(table), schema -> {
            List<NamedElement> all = new ArrayList<>();
            for (Table t : schema.getTables()) {
                if (t.getPrimaryKey() != null) {
                    all.add(t.getPrimaryKey());
                }
                all.addAll(t.getUniqueConstraints());
                all.addAll(t.getForeignKeys());
            }
            return new TableLookup<>(all);
        });
    }

    static List<String> columnNames(List<TableField> columns) {
        List<String> names = new ArrayList<>(columns.size());
        for (TableField c : columns) {
            names.add(c.getName());
        }
        return names;
    }

    static String name(NamedElement element) {
        return element == null ? "none" : element.getName();
    }

    static String names(List<? extends NamedElement> elements) {
        List<String> names = new ArrayList<>(elements.size());
        for (NamedElement e : elements) {
            names.add(e.getName());
        }
        return String.join(",", names);
    }
}
