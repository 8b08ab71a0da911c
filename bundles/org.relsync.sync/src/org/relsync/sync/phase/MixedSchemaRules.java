package org.relsync.sync.phase;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.relsync.model.common.NamedElement;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.UniqueConstraint;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;

/**
 * What the model drives in a Mixed schema during a migration (SYNC-SPEC section 3.2), and how an
 * element the model renamed is found again in the refreshed schema.
 */
final class MixedSchemaRules {

    private final Migration migration;

    MixedSchemaRules(Migration migration) {
        this.migration = migration;
    }

    private DatabaseMappings mappings() {
        return migration.mappings;
    }

    /**
     * Whether the model drives {@code element} in a Mixed schema: a table an entity maps, or a
     * many-to-many relationship as its link table; a column an entity field maps, or one of a link
     * table's mapped foreign keys; the primary key of such a table; a foreign key a relationship
     * maps; a unique constraint an entity constraint maps. Until DDL carries the model's version to
     * the database, the database still has its own, and a refresh must not put that back: model
     * sync would change it again on every run, and a sync would never settle.
     */
    boolean driven(EObject element) {
        DatabaseMappings mappings = mappings();
        if (element instanceof Table table) {
            return mixed(table) && (mappings.isMappedByEntity(table) || mappings.linkMappingOf(table).isPresent());
        }
        if (element instanceof TableField column) {
            if (!(column.getOwner() instanceof Table table) || !driven(table)) {
                return false;
            }
            if (mappings.fieldMappedOnto(column).isPresent()) {
                return true;
            }
            RelationshipMapping link = mappings.linkMappingOf(table).orElse(null);
            return link != null && (link.getTarget() != null && link.getTarget().getFields().contains(column)
                    || link.getInverseTarget() != null && link.getInverseTarget().getFields().contains(column));
        }
        if (element instanceof PrimaryKey pk) {
            // step 6 makes it from the identifying fields (a link table's from its two keys)
            return pk.eContainer() instanceof Table table && driven(table) && (mappings.linkMappingOf(table).isPresent()
                    || mappings.mappingOf(table).map(em -> em.getEntity() != null
                            && !Elements.identifyingFields(em.getEntity()).isEmpty()).orElse(false));
        }
        if (element instanceof ForeignKey key) {
            return key.eContainer() instanceof Table table && mixed(table) && mappings.isTargeted(key);
        }
        if (element instanceof UniqueConstraint uc) {
            return uc.eContainer() instanceof Table table && mixed(table) && mappings.isTargeted(uc);
        }
        return false;
    }

    static boolean mixed(Table table) {
        return table.eContainer() instanceof Schema s && s.getSyncSource() == SyncSource.MIXED;
    }

    /**
     * A table the model renamed is found again by the name it had: an unmatched table that an
     * entity (or a many-to-many relationship) maps pairs with the only unmatched table of the
     * database whose name the reverse naming rules turn into the entity's (relationship's) name,
     * as reverse engineering named it.
     */
    void matchDrivenTables(List<Table> olds, List<Table> news, Map<Table, Table> tableMatches) {
        var naming = migration.context.naming(migration.database);
        Set<Table> taken = new HashSet<>(tableMatches.values());
        for (Table old : olds) {
            if (taken.contains(old) || !driven(old)) {
                continue;
            }
            String owner = mappings().mappingOf(old).map(em -> em.getEntity() == null ? null : em.getEntity().getName())
                    .orElseGet(() -> mappings().linkMappingOf(old)
                            .map(rm -> rm.getRelationship() == null ? null : rm.getRelationship().getName()).orElse(null));
            if (owner == null) {
                continue;
            }
            List<Table> candidates = news.stream()
                    .filter(t -> !tableMatches.containsKey(t) && owner.equals(naming.entityName(t.getName()))).toList();
            if (candidates.size() == 1) {
                tableMatches.put(candidates.get(0), old);
                taken.add(old);
            }
        }
    }

    /** The same for the columns of a table the model drives: found again by the field's name. */
    void matchDrivenColumns(List<TableField> olds, List<TableField> news, Map<TableField, TableField> fieldMatches) {
        var naming = migration.context.naming(migration.database);
        Set<TableField> taken = new HashSet<>(fieldMatches.values());
        for (TableField old : olds) {
            if (taken.contains(old) || !driven(old)) {
                continue;
            }
            String field = mappings().fieldMappedOnto(old).map(f -> f.getName()).orElse(null);
            if (field == null) {
                continue;
            }
            List<TableField> candidates = news.stream()
                    .filter(c -> !fieldMatches.containsKey(c) && field.equals(naming.entityFieldName(c.getName()))).toList();
            if (candidates.size() == 1) {
                fieldMatches.put(candidates.get(0), old);
                taken.add(old);
            }
        }
    }

    /**
     * Constraints pair by name (exactly, then without case); a constraint the model drives in a
     * Mixed schema, whose name the model set, pairs with the only unmatched one on the same columns.
     */
    <C extends Constraint> Map<C, C> matchConstraints(List<C> olds, List<C> news, References references) {
        Map<C, C> result = new LinkedHashMap<>(NameMatcher.match(olds, news, NamedElement::getName));
        Set<C> taken = new HashSet<>(result.values());
        for (C old : olds) {
            if (taken.contains(old) || !driven(old)) {
                continue;
            }
            List<C> candidates = news.stream().filter(c -> !result.containsKey(c)
                    && references.resolveAll(c.getFields()).equals(old.getFields())).toList();
            if (candidates.size() == 1) {
                result.put(candidates.get(0), old);
                taken.add(old);
            }
        }
        return result;
    }
}
