package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.relsync.model.common.NamedElement;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.EntityUniqueConstraint;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.UniqueConstraint;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncContext;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeKind;

/**
 * Step 6: the model is the source of truth for keys. The primary key is the columns of the
 * entity's identifying fields; identity flags and sequences follow the entity fields; one foreign
 * key per relationship on its FK side, referencing the related table's primary key; for a
 * many-to-many relationship, its link table's columns, primary key and two foreign keys; one
 * unique constraint per entity unique constraint. Names come from the naming rules and stay unique
 * in their schema. What the model does not back is left to the orphan step.
 */
public class AdjustMetadataStep implements ModelSyncStep {

    @Override
    public String name() {
        return "adjust keys";
    }

    @Override
    public void run(SyncContext context, Database database) {
        new Run(context, database).run();
    }

    private static final class Run {
        private final SyncContext context;
        private final Database database;
        private final DatabaseMappings mappings;
        private final Naming naming;
        private final Map<Schema, TableLookup<NamedElement>> constraintNames = new HashMap<>();

        Run(SyncContext context, Database database) {
            this.context = context;
            this.database = database;
            this.mappings = context.mappings(database);
            this.naming = context.naming(database);
        }

        void run() {
            for (EntityMapping em : mappings.container().getEntityMappings()) {
                if (em.getTarget() instanceof Table table && Schemas.modelDriven(table) && em.getEntity() != null) {
                    primaryKey(em.getEntity(), table);
                    identities(em, table);
                    uniqueConstraints(em, table);
                }
            }
            if (context.project().getEntityModel() != null) {
                for (Relationship relationship : context.project().getEntityModel().getRelationships()) {
                    foreignKey(relationship);
                }
            }
        }

        private void primaryKey(Entity entity, Table table) {
            List<TableField> columns = columnsOf(Elements.identifyingFields(entity));
            if (columns == null || columns.isEmpty()) {
                return;
            }
            primaryKey(table, columns);
        }

        private void primaryKey(Table table, List<TableField> columns) {
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

        private void identities(EntityMapping em, Table table) {
            String scope = Elements.path(Elements.schemaOf(table));
            boolean sequences = context.dialect(database).usesSequencesForIdentity();
            for (FieldMapping fm : em.getFieldMappings()) {
                EntityField field = fm.getField();
                TableField column = fm.getTarget();
                if (field == null || column == null) {
                    continue;
                }
                if (column.isIdentity() != field.isIdentity()) {
                    column.setIdentity(field.isIdentity());
                    context.report().change(ChangeKind.CHANGED, scope, "TableField", Elements.localPath(column),
                            "identity: " + !field.isIdentity() + " -> " + field.isIdentity());
                }
                if (!sequences) {
                    continue; // identity columns; a sequence the database links to the column stays as read
                }
                Sequence wanted = field.isIdentity() ? sequenceFor(table) : null;
                if (column.getSequence() != wanted) {
                    String before = column.getSequence() == null ? "none" : column.getSequence().getName();
                    column.setSequence(wanted);
                    context.report().change(ChangeKind.CHANGED, scope, "TableField", Elements.localPath(column),
                            "sequence: " + before + " -> " + (wanted == null ? "none" : wanted.getName()));
                }
            }
        }

        private Sequence sequenceFor(Table table) {
            Schema schema = Elements.schemaOf(table);
            String name = naming.sequenceName(table.getName());
            for (Sequence sequence : schema.getSequences()) {
                if (naming.matches(name, sequence.getName())) {
                    return sequence;
                }
            }
            Sequence sequence = RelationalFactory.eINSTANCE.createSequence();
            sequence.setName(name);
            schema.getSequences().add(sequence);
            context.report().change(ChangeKind.CREATED, Elements.path(schema), "Sequence", name, "");
            return sequence;
        }

        private void uniqueConstraints(EntityMapping em, Table table) {
            String scope = Elements.path(Elements.schemaOf(table));
            for (EntityUniqueConstraint constraint : em.getEntity().getUniqueConstraints()) {
                List<TableField> columns = columnsOf(constraint.getFields());
                if (columns == null || columns.isEmpty()) {
                    continue;
                }
                String wanted = naming.uniqueConstraintName(table.getName(), columnNames(columns));
                Optional<UniqueConstraint> mapped = mappings.target(constraint);
                UniqueConstraint uc = mapped.filter(u -> u.eContainer() == table).orElse(null);
                if (uc == null) {
                    uc = table.getUniqueConstraints().stream()
                            .filter(u -> !mappings.isTargeted(u) && u.getFields().equals(columns)).findFirst().orElse(null);
                }
                if (uc == null) {
                    uc = RelationalFactory.eINSTANCE.createUniqueConstraint();
                    uc.setName(uniqueConstraintName(table, wanted, null));
                    uc.getFields().addAll(columns);
                    table.getUniqueConstraints().add(uc);
                    constraintNames(table).add(uc);
                    context.report().change(ChangeKind.CREATED, scope, "UniqueConstraint", Elements.localPath(uc),
                            "(" + names(columns) + ")");
                } else {
                    setFields(scope, uc, columns);
                    rename(scope, table, uc, wanted);
                }
                if (mappings.target(constraint).orElse(null) != uc) {
                    mappings.map(em, constraint, uc);
                }
            }
        }

        private void foreignKey(Relationship relationship) {
            if (relationship.getKind() == RelationshipKind.MANY_TO_MANY) {
                linkTable(relationship);
                return;
            }
            RelationshipMapping rm = mappings.relationshipMapping(relationship).orElse(null);
            if (rm != null && rm.getLinkTable() != null) {
                String link = rm.getLinkTable().getName();
                mappings.unmapLinkTable(rm);
                context.report().change(ChangeKind.CHANGED, "mappings " + database.getName(), "RelationshipMapping",
                        String.valueOf(relationship.getName()), "link table: " + link + " -> none (no longer ManyToMany)");
            }
            Entity fkEntity = Elements.fkEntity(relationship);
            Entity pkEntity = Elements.pkEntity(relationship);
            if (fkEntity == null || pkEntity == null) {
                return;
            }
            TableOrView fkTarget = mappings.target(fkEntity).orElse(null);
            TableOrView pkTarget = mappings.target(pkEntity).orElse(null);
            if (!(fkTarget instanceof Table table) || !(pkTarget instanceof Table referenced) || !Schemas.modelDriven(table)) {
                return;
            }
            List<TableField> columns = columnsOf(relationship.getFkFields());
            List<TableField> referencedColumns = referenced.getPrimaryKey() == null ? null
                    : List.copyOf(referenced.getPrimaryKey().getFields());
            if (columns == null || columns.isEmpty() || referencedColumns == null
                    || referencedColumns.size() != columns.size()) {
                context.report().error("relationship.foreignKey", Elements.fullPath(relationship),
                        "no foreign key can be made: " + (columns == null ? "a foreign-key field is not mapped"
                                : columns.size() + " foreign-key fields for "
                                        + (referencedColumns == null ? "no" : String.valueOf(referencedColumns.size()))
                                        + " primary-key columns of " + referenced.getName()),
                        List.of("set the relationship's foreign-key fields to match the identifying fields of "
                                + pkEntity.getName()));
                return;
            }
            ForeignKey fk = foreignKey(table, mappings.target(relationship).orElse(null), columns, referenced,
                    referencedColumns);
            if (mappings.target(relationship).orElse(null) != fk) {
                mappings.map(relationship, fk);
                context.report().change(ChangeKind.CREATED, "mappings " + database.getName(), "RelationshipMapping",
                        String.valueOf(relationship.getName()), "-> " + Elements.localPath(fk));
            }
        }

        /**
         * The keys of a many-to-many relationship's link table (found or created by step 1), in a
         * Model or Mixed schema: one column per primary-key column of each side's table, start side
         * first, typed like it and never null; a primary key of all of them; a foreign key to each side.
         */
        private void linkTable(Relationship relationship) {
            RelationshipMapping rm = mappings.relationshipMapping(relationship).orElse(null);
            Table link = rm == null ? null : rm.getLinkTable();
            if (link == null || !Schemas.modelDriven(link) || relationship.getStart() == null
                    || relationship.getEnd() == null) {
                return;
            }
            if (!(mappings.target(relationship.getStart()).orElse(null) instanceof Table startTable)
                    || !(mappings.target(relationship.getEnd()).orElse(null) instanceof Table endTable)) {
                return;
            }
            Table keyless = startTable.getPrimaryKey() == null || startTable.getPrimaryKey().getFields().isEmpty() ? startTable
                    : endTable.getPrimaryKey() == null || endTable.getPrimaryKey().getFields().isEmpty() ? endTable : null;
            if (keyless != null) {
                Entity entity = keyless == startTable ? relationship.getStart() : relationship.getEnd();
                context.report().error("relationship.linkTable", Elements.fullPath(relationship),
                        "no keys can be made in link table " + link.getName() + ": " + keyless.getName()
                                + " has no primary key",
                        List.of("make a field of " + entity.getName() + " identifying"));
                return;
            }
            List<TableField> startKey = List.copyOf(startTable.getPrimaryKey().getFields());
            List<TableField> endKey = List.copyOf(endTable.getPrimaryKey().getFields());
            TableLookup<TableField> names = new TableLookup<>(new ArrayList<>(link.getFields()));
            Set<TableField> used = new HashSet<>();
            List<TableField> startColumns = linkColumns(link, names, used, relationship.getStart(), rm.getTarget(), startKey);
            List<TableField> endColumns = linkColumns(link, names, used, relationship.getEnd(), rm.getInverseTarget(), endKey);
            List<TableField> all = new ArrayList<>(startColumns);
            all.addAll(endColumns);
            primaryKey(link, all);
            ForeignKey toStart = foreignKey(link, rm.getTarget(), startColumns, startTable, startKey);
            ForeignKey toEnd = foreignKey(link, rm.getInverseTarget(), endColumns, endTable, endKey);
            if (rm.getTarget() != toStart || rm.getInverseTarget() != toEnd) {
                if (rm.getTarget() != null || rm.getInverseTarget() != null) {
                    context.report().change(ChangeKind.CHANGED, "mappings " + database.getName(), "RelationshipMapping",
                            String.valueOf(relationship.getName()), "foreign keys: " + name(rm.getTarget()) + ","
                                    + name(rm.getInverseTarget()) + " -> " + toStart.getName() + "," + toEnd.getName());
                }
                mappings.mapManyToMany(relationship, link, toStart, toEnd);
            }
        }

        /**
         * The link table's columns for one side, one per column of {@code referencedKey}: the column
         * that {@code key} (the link table's foreign key to that side) pairs with it, else the column
         * the naming rules name, else a new one. Each is typed like the column it references and NOT NULL.
         */
        private List<TableField> linkColumns(Table link, TableLookup<TableField> names, Set<TableField> used, Entity side,
                ForeignKey key, List<TableField> referencedKey) {
            String scope = Elements.path(Elements.schemaOf(link));
            List<TableField> columns = new ArrayList<>(referencedKey.size());
            for (TableField referenced : referencedKey) {
                TableField column = null;
                int index = key == null || key.eContainer() != link ? -1 : key.getReferencedFields().indexOf(referenced);
                if (index >= 0 && index < key.getFields().size() && !used.contains(key.getFields().get(index))) {
                    column = key.getFields().get(index);
                }
                String name = LinkTables.columnName(naming, mappings, side, referenced);
                if (column == null) {
                    column = names.find(name, c -> !used.contains(c));
                }
                DatabaseType type = ColumnTypes.typeOf(referenced);
                if (column == null) {
                    column = RelationalFactory.eINSTANCE.createTableField();
                    column.setName(naming.unique(name, n -> names.taken(n, null)));
                    column.setDataType(type.name());
                    column.setLength(type.length());
                    column.setPrecision(type.precision());
                    column.setScale(type.scale());
                    column.setNullable(false);
                    column.setOrdinal(link.getFields().size() + 1);
                    link.getFields().add(column);
                    names.add(column);
                    context.report().change(ChangeKind.CREATED, scope, "TableField", Elements.localPath(column),
                            ColumnTypes.describe(column));
                } else {
                    DatabaseType actual = ColumnTypes.typeOf(column);
                    if (!type.equals(actual)) {
                        column.setDataType(type.name());
                        column.setLength(type.length());
                        column.setPrecision(type.precision());
                        column.setScale(type.scale());
                        context.report().change(ChangeKind.CHANGED, scope, "TableField", Elements.localPath(column),
                                "type: " + actual + " -> " + type);
                    }
                    if (column.isNullable()) {
                        column.setNullable(false);
                        context.report().change(ChangeKind.CHANGED, scope, "TableField", Elements.localPath(column),
                                "nullable: true -> false");
                    }
                }
                used.add(column);
                columns.add(column);
            }
            return columns;
        }

        /**
         * The foreign key of {@code table} from {@code columns} to {@code referencedColumns} of
         * {@code referenced}: {@code mapped} (what the relationship maps now) when it is in the table,
         * else an unmapped one with the same columns and referenced table, else a new one; altered
         * and renamed to match.
         */
        private ForeignKey foreignKey(Table table, ForeignKey mapped, List<TableField> columns, Table referenced,
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
        private List<TableField> columnsOf(List<EntityField> fields) {
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

        private void setFields(String scope, Constraint constraint, List<TableField> columns) {
            if (!constraint.getFields().equals(columns)) {
                String before = names(constraint.getFields());
                ECollections.setEList(constraint.getFields(), columns);
                context.report().change(ChangeKind.CHANGED, scope, constraint.eClass().getName(),
                        Elements.localPath(constraint), "fields: " + before + " -> " + names(columns));
            }
        }

        private void rename(String scope, Table table, Constraint constraint, String wanted) {
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

        private String uniqueConstraintName(Table table, String wanted, Constraint self) {
            TableLookup<NamedElement> lookup = constraintNames(table);
            return naming.unique(wanted, n -> lookup.taken(n, self));
        }

        /** Constraint names are kept unique per schema, as several databases require. */
        private TableLookup<NamedElement> constraintNames(Table table) {
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

        private static List<String> columnNames(List<TableField> columns) {
            List<String> names = new ArrayList<>(columns.size());
            for (TableField c : columns) {
                names.add(c.getName());
            }
            return names;
        }

        private static String name(NamedElement element) {
            return element == null ? "none" : element.getName();
        }

        private static String names(List<? extends NamedElement> elements) {
            List<String> names = new ArrayList<>(elements.size());
            for (NamedElement e : elements) {
                names.add(e.getName());
            }
            return String.join(",", names);
        }
    }
}
