package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.relsync.model.entity.Entity;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.project.OrphanAction;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.UniqueConstraint;
import org.relsync.model.relational.View;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncContext;
import org.relsync.sync.report.ChangeKind;

/**
 * Step 7 (SYNC-SPEC section 4): finds orphans in every schema of the database and applies the
 * configured action as the schema's sync source allows; unmarks marked elements that are mapped
 * or backed again.
 */
public class OrphanStep implements ModelSyncStep {

    @Override
    public String name() {
        return "orphans";
    }

    @Override
    public boolean needsModelDrivenSchema() {
        return false;
    }

    @Override
    public void run(SyncContext context, Database database) {
        DatabaseMappings mappings = context.mappings(database);
        OrphanAction excludable = context.settings().getExcludableOrphanedElementDetectedAction();
        OrphanAction nonExcludable = context.settings().getNonExcludableOrphanedElementDetectedAction();
        Set<Sequence> usedSequences = new HashSet<>();
        for (Schema schema : Elements.schemas(database)) {
            for (Table table : schema.getTables()) {
                for (TableField field : table.getFields()) {
                    if (field.getSequence() != null) {
                        usedSequences.add(field.getSequence());
                    }
                }
            }
        }
        for (Schema schema : Elements.schemas(database)) {
            Check check = new Check(context, schema);
            for (Table table : schema.getTables()) {
                boolean orphan = !mappings.isTargeted(table);
                check.element(table, !orphan, excludable, "orphan.table", "no entity or typed view maps this table",
                        List.of("map an entity onto it"));
                if (orphan || table.isMarkedForDeletion()) {
                    continue;
                }
                EntityMapping em = mappings.mappingOf(table).orElse(null);
                if (em == null) {
                    // parts of a table only count once an entity maps it, or a relationship as its link table
                    mappings.linkMappingOf(table).ifPresent(link -> linkTableParts(check, mappings, table, link, nonExcludable));
                    continue;
                }
                for (TableField field : table.getFields()) {
                    check.element(field, mappings.isTargeted(field), nonExcludable, "orphan.field",
                            "no entity field maps this column", List.of("add an entity field for it"));
                }
                for (ForeignKey key : table.getForeignKeys()) {
                    check.element(key, mappings.isTargeted(key), nonExcludable, "orphan.foreignKey",
                            "no relationship maps this foreign key", List.of("add a relationship for it"));
                }
                for (UniqueConstraint uc : table.getUniqueConstraints()) {
                    check.element(uc, mappings.isTargeted(uc), nonExcludable, "orphan.uniqueConstraint",
                            "no entity unique constraint backs this constraint",
                            List.of("add a unique constraint to the entity"));
                }
                if (table.getPrimaryKey() != null) {
                    Entity entity = em.getEntity();
                    boolean backed = entity != null && !Elements.identifyingFields(entity).isEmpty();
                    check.element(table.getPrimaryKey(), backed, nonExcludable, "orphan.primaryKey",
                            "the entity has no identifying fields", List.of("make a field of the entity identifying"));
                }
            }
            for (View view : schema.getViews()) {
                check.element(view, mappings.isTargeted(view), excludable, "orphan.view",
                        "no entity or typed view maps this view", List.of("map a typed view onto it"));
            }
            for (Sequence sequence : schema.getSequences()) {
                check.element(sequence, usedSequences.contains(sequence), excludable, "orphan.sequence",
                        "no column uses this sequence", List.of("make an entity field identity"));
            }
        }
    }

    /**
     * The parts of a many-to-many relationship's link table: its columns are backed by the two
     * foreign keys the relationship maps, and its primary key by the relationship; anything else
     * is an orphan.
     */
    private static void linkTableParts(Check check, DatabaseMappings mappings, Table table, RelationshipMapping link,
            OrphanAction nonExcludable) {
        Set<TableField> keyColumns = new HashSet<>();
        for (ForeignKey key : Arrays.asList(link.getTarget(), link.getInverseTarget())) {
            if (key != null && key.eContainer() == table) {
                keyColumns.addAll(key.getFields());
            }
        }
        for (TableField field : table.getFields()) {
            check.element(field, keyColumns.contains(field) || mappings.isTargeted(field), nonExcludable, "orphan.field",
                    "no foreign key of the link table uses this column", List.of());
        }
        for (ForeignKey key : table.getForeignKeys()) {
            check.element(key, mappings.isTargeted(key), nonExcludable, "orphan.foreignKey",
                    "the relationship does not map this foreign key", List.of());
        }
        for (UniqueConstraint uc : table.getUniqueConstraints()) {
            check.element(uc, mappings.isTargeted(uc), nonExcludable, "orphan.uniqueConstraint",
                    "a link table has no entity to back a unique constraint", List.of());
        }
        if (table.getPrimaryKey() != null) {
            // backed by the relationship: only unmarked if it was marked
            check.element(table.getPrimaryKey(), true, nonExcludable, "orphan.primaryKey", "", List.of());
        }
    }

    /** Applies the orphan rules to the elements of one schema. */
    private static final class Check {
        private final SyncContext context;
        private final Schema schema;
        private final SyncSource source;
        private final String scope;

        Check(SyncContext context, Schema schema) {
            this.context = context;
            this.schema = schema;
            this.source = schema.getSyncSource();
            this.scope = Elements.path(schema);
        }

        void element(RelationalElement element, boolean backed, OrphanAction configured, String code, String why,
                List<String> fixes) {
            if (backed) {
                if (element.isMarkedForDeletion()) {
                    element.setMarkedForDeletion(false);
                    context.report().change(ChangeKind.UNMARKED, scope, element.eClass().getName(),
                            Elements.localPath(element), "mapped again");
                }
                return;
            }
            if (element.isMarkedForDeletion()) {
                return; // waits for the DDL script that drops it
            }
            OrphanAction action = OrphanPolicy.effective(configured, source, element.eClass());
            switch (action) {
                case MARK_FOR_DELETION -> {
                    element.setMarkedForDeletion(true);
                    context.report().change(ChangeKind.MARKED, scope, element.eClass().getName(),
                            Elements.localPath(element), why);
                }
                case RAISE_WARNING -> {
                    List<String> allFixes = new ArrayList<>(fixes);
                    if (OrphanPolicy.canMark(source, element.eClass())) {
                        allFixes.add("mark it for deletion");
                    }
                    context.report().warning(code, Elements.fullPath(element),
                            "orphaned " + kind(element) + " in " + source.getLiteral() + " schema " + schema.getName()
                                    + ": " + why, allFixes);
                }
                case DO_NOTHING -> {
                    // configured to ignore
                }
            }
        }

        private static String kind(RelationalElement element) {
            return element instanceof TableOrView ? element.eClass().getName().toLowerCase(java.util.Locale.ROOT)
                    : element instanceof TableField ? "column" : element.eClass().getName();
        }
    }
}
