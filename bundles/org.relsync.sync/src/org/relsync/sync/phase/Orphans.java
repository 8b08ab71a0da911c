package org.relsync.sync.phase;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.relsync.model.entity.Entity;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.project.OrphanAction;
import org.relsync.model.project.ProjectSettings;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.UniqueConstraint;
import org.relsync.model.relational.View;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;

/**
 * What counts as an orphan (SYNC-SPEC section 4), in one place: the orphan step (step 7) marks and
 * unmarks by it, and validation reports by it, so a sync's report and {@code relsync validate}
 * always name the same orphans.
 */
public final class Orphans {

    /** One element the orphan rules look at. */
    public interface Visitor {
        /**
         * @param schema     the element's schema
         * @param element    a table, view or sequence (excludable), or a part of a mapped table
         * @param backed     whether a mapping targets or backs it
         * @param configured the action the settings give for its kind (before {@link OrphanPolicy#effective})
         * @param code       the problem code of a warning about it, e.g. {@code orphan.foreignKey}
         * @param why        why it is an orphan, for people
         * @param advice     what the modeler can do about it (besides marking it), for people
         */
        void element(Schema schema, RelationalElement element, boolean backed, OrphanAction configured, String code,
                String why, List<String> advice);
    }

    private Orphans() {
    }

    /**
     * Visits every element of every schema of {@code database} that the orphan rules judge, in model
     * order. Parts of a table are visited only when an entity maps the table, or a many-to-many
     * relationship as its link table, and the table is not marked for deletion.
     */
    public static void visit(Database database, DatabaseMappings mappings, ProjectSettings settings, Visitor visitor) {
        OrphanAction excludable = settings.getExcludableOrphanedElementDetectedAction();
        OrphanAction nonExcludable = settings.getNonExcludableOrphanedElementDetectedAction();
        Set<Sequence> usedSequences = usedSequences(database);
        for (Schema schema : Elements.schemas(database)) {
            for (Table table : schema.getTables()) {
                boolean orphan = !mappings.isTargeted(table);
                visitor.element(schema, table, !orphan, excludable, "orphan.table", "no entity or typed view maps this table",
                        List.of("map an entity onto it"));
                if (orphan || table.isMarkedForDeletion()) {
                    continue;
                }
                EntityMapping em = mappings.mappingOf(table).orElse(null);
                if (em == null) {
                    // parts of a table only count once an entity maps it, or a relationship as its link table
                    RelationshipMapping link = mappings.linkMappingOf(table).orElse(null);
                    if (link != null) {
                        linkTableParts(schema, table, link, mappings, nonExcludable, visitor);
                    }
                    continue;
                }
                for (TableField field : table.getFields()) {
                    visitor.element(schema, field, mappings.isTargeted(field), nonExcludable, "orphan.field",
                            "no entity field maps this column", List.of("add an entity field for it"));
                }
                for (ForeignKey key : table.getForeignKeys()) {
                    visitor.element(schema, key, mappings.isTargeted(key), nonExcludable, "orphan.foreignKey",
                            "no relationship maps this foreign key", List.of("add a relationship for it"));
                }
                for (UniqueConstraint uc : table.getUniqueConstraints()) {
                    visitor.element(schema, uc, mappings.isTargeted(uc), nonExcludable, "orphan.uniqueConstraint",
                            "no entity unique constraint backs this constraint", List.of("add a unique constraint to the entity"));
                }
                if (table.getPrimaryKey() != null) {
                    Entity entity = em.getEntity();
                    boolean backed = entity != null && !Elements.identifyingFields(entity).isEmpty();
                    visitor.element(schema, table.getPrimaryKey(), backed, nonExcludable, "orphan.primaryKey",
                            "the entity has no identifying fields", List.of("make a field of the entity identifying"));
                }
            }
            for (View view : schema.getViews()) {
                visitor.element(schema, view, mappings.isTargeted(view), excludable, "orphan.view",
                        "no entity or typed view maps this view", List.of("map a typed view onto it"));
            }
            for (Sequence sequence : schema.getSequences()) {
                visitor.element(schema, sequence, usedSequences.contains(sequence), excludable, "orphan.sequence",
                        "no column uses this sequence", List.of("make an entity field identity"));
            }
        }
    }

    /** The sequences that some column of the database uses. */
    private static Set<Sequence> usedSequences(Database database) {
        Set<Sequence> used = new HashSet<>();
        for (Schema schema : Elements.schemas(database)) {
            for (Table table : schema.getTables()) {
                for (TableField field : table.getFields()) {
                    if (field.getSequence() != null) {
                        used.add(field.getSequence());
                    }
                }
            }
        }
        return used;
    }

    /**
     * The parts of a many-to-many relationship's link table: its columns are backed by the two
     * foreign keys the relationship maps, and its primary key by the relationship; anything else
     * is an orphan.
     */
    private static void linkTableParts(Schema schema, Table table, RelationshipMapping link, DatabaseMappings mappings,
            OrphanAction nonExcludable, Visitor visitor) {
        Set<TableField> keyColumns = new HashSet<>();
        for (ForeignKey key : Arrays.asList(link.getTarget(), link.getInverseTarget())) {
            if (key != null && key.eContainer() == table) {
                keyColumns.addAll(key.getFields());
            }
        }
        for (TableField field : table.getFields()) {
            visitor.element(schema, field, keyColumns.contains(field) || mappings.isTargeted(field), nonExcludable,
                    "orphan.field", "no foreign key of the link table uses this column", List.of());
        }
        for (ForeignKey key : table.getForeignKeys()) {
            visitor.element(schema, key, mappings.isTargeted(key), nonExcludable, "orphan.foreignKey",
                    "the relationship does not map this foreign key", List.of());
        }
        for (UniqueConstraint uc : table.getUniqueConstraints()) {
            visitor.element(schema, uc, mappings.isTargeted(uc), nonExcludable, "orphan.uniqueConstraint",
                    "a link table has no entity to back a unique constraint", List.of());
        }
        if (table.getPrimaryKey() != null) {
            // backed by the relationship: only unmarked if it was marked
            visitor.element(schema, table.getPrimaryKey(), true, nonExcludable, "orphan.primaryKey", "", List.of());
        }
    }

    /** The warning's message: {@code orphaned column in Mixed schema APP: why}. */
    public static String message(Schema schema, RelationalElement element, String why) {
        return "orphaned " + kind(element) + " in " + schema.getSyncSource().getLiteral() + " schema " + schema.getName()
                + ": " + why;
    }

    private static String kind(RelationalElement element) {
        return element instanceof TableOrView ? element.eClass().getName().toLowerCase(Locale.ROOT)
                : element instanceof TableField ? "column" : element.eClass().getName();
    }
}
