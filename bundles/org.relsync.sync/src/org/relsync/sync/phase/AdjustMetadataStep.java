package org.relsync.sync.phase;

import java.util.List;
import java.util.Optional;

import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.EntityUniqueConstraint;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
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
        private final KeyConstraints keys;
        private final LinkTableKeys linkTables;

        Run(SyncContext context, Database database) {
            this.context = context;
            this.database = database;
            this.mappings = context.mappings(database);
            this.naming = context.naming(database);
            this.keys = new KeyConstraints(context, database);
            this.linkTables = new LinkTableKeys(context, database, keys);
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
            List<TableField> columns = keys.columnsOf(Elements.identifyingFields(entity));
            if (columns == null || columns.isEmpty()) {
                return;
            }
            keys.primaryKey(table, columns);
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
                List<TableField> columns = keys.columnsOf(constraint.getFields());
                if (columns == null || columns.isEmpty()) {
                    continue;
                }
                String wanted = naming.uniqueConstraintName(table.getName(), KeyConstraints.columnNames(columns));
                Optional<UniqueConstraint> mapped = mappings.target(constraint);
                UniqueConstraint uc = mapped.filter(u -> u.eContainer() == table).orElse(null);
                if (uc == null) {
                    uc = table.getUniqueConstraints().stream()
                            .filter(u -> !mappings.isTargeted(u) && u.getFields().equals(columns)).findFirst().orElse(null);
                }
                if (uc == null) {
                    uc = RelationalFactory.eINSTANCE.createUniqueConstraint();
                    uc.setName(keys.uniqueConstraintName(table, wanted, null));
                    uc.getFields().addAll(columns);
                    table.getUniqueConstraints().add(uc);
                    keys.constraintNames(table).add(uc);
                    context.report().change(ChangeKind.CREATED, scope, "UniqueConstraint", Elements.localPath(uc),
                            "(" + KeyConstraints.names(columns) + ")");
                } else {
                    keys.setFields(scope, uc, columns);
                    keys.rename(scope, table, uc, wanted);
                }
                if (mappings.target(constraint).orElse(null) != uc) {
                    mappings.map(em, constraint, uc);
                }
            }
        }

        private void foreignKey(Relationship relationship) {
            if (relationship.getKind() == RelationshipKind.MANY_TO_MANY) {
                linkTables.adjust(relationship);
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
            List<TableField> columns = keys.columnsOf(relationship.getFkFields());
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
            ForeignKey fk = keys.foreignKey(table, mappings.target(relationship).orElse(null), columns, referenced,
                    referencedColumns);
            if (mappings.target(relationship).orElse(null) != fk) {
                mappings.map(relationship, fk);
                context.report().change(ChangeKind.CREATED, "mappings " + database.getName(), "RelationshipMapping",
                        String.valueOf(relationship.getName()), "-> " + Elements.localPath(fk));
            }
        }

    }
}
