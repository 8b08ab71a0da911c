package org.relsync.sync;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.EntityUniqueConstraint;
import org.relsync.model.entity.Relationship;
import org.relsync.model.mapping.DatabaseMapping;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.mapping.MappingFactory;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.mapping.TypedViewFieldMapping;
import org.relsync.model.mapping.TypedViewMapping;
import org.relsync.model.mapping.UniqueConstraintMapping;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.UniqueConstraint;

/**
 * The mappings of one database, indexed both ways. Every change to the mappings during a sync
 * goes through here, so the indexes stay true and lookups stay constant-time on large models.
 */
public final class DatabaseMappings {

    private final DatabaseMapping mapping;
    private final Map<Entity, EntityMapping> byEntity = new HashMap<>();
    private final Map<TableOrView, EntityMapping> byTable = new HashMap<>();
    private final Map<EntityField, FieldMapping> byField = new HashMap<>();
    private final Map<TableField, FieldMapping> byTableField = new HashMap<>();
    private final Map<Relationship, RelationshipMapping> byRelationship = new HashMap<>();
    private final Map<ForeignKey, RelationshipMapping> byForeignKey = new HashMap<>();
    private final Map<EntityUniqueConstraint, UniqueConstraintMapping> byConstraint = new HashMap<>();
    private final Map<UniqueConstraint, UniqueConstraintMapping> byUniqueConstraint = new HashMap<>();
    private final Set<TableOrView> typedViewTargets = new HashSet<>();
    private final Map<TableOrView, RelationshipMapping> linkTables = new HashMap<>();
    private final Set<TableField> typedViewFieldTargets = new HashSet<>();

    private DatabaseMappings(DatabaseMapping mapping) {
        this.mapping = mapping;
        for (EntityMapping em : mapping.getEntityMappings()) {
            index(em);
        }
        for (RelationshipMapping rm : mapping.getRelationshipMappings()) {
            byRelationship.put(rm.getRelationship(), rm);
            if (rm.getTarget() != null) {
                byForeignKey.put(rm.getTarget(), rm);
            }
            if (rm.getInverseTarget() != null) {
                byForeignKey.put(rm.getInverseTarget(), rm);
            }
            if (rm.getLinkTable() != null) {
                linkTables.put(rm.getLinkTable(), rm);
            }
        }
        for (TypedViewMapping tvm : mapping.getTypedViewMappings()) {
            if (tvm.getTarget() != null) {
                typedViewTargets.add(tvm.getTarget());
            }
            for (TypedViewFieldMapping fm : tvm.getFieldMappings()) {
                if (fm.getTarget() != null) {
                    typedViewFieldTargets.add(fm.getTarget());
                }
            }
        }
    }

    /** The mappings of {@code database} in {@code project}; creates the (empty) container when there is none. */
    public static DatabaseMappings of(Project project, Database database) {
        for (DatabaseMapping dm : project.getMappings()) {
            if (dm.getDatabase() == database) {
                return new DatabaseMappings(dm);
            }
        }
        DatabaseMapping dm = MappingFactory.eINSTANCE.createDatabaseMapping();
        dm.setDatabase(database);
        project.getMappings().add(dm);
        return new DatabaseMappings(dm);
    }

    /**
     * The mappings of {@code database} in {@code project}, read only: when the project has no
     * container for it, an empty index that is not added to the project (validation changes nothing).
     */
    public static DatabaseMappings existing(Project project, Database database) {
        for (DatabaseMapping dm : project.getMappings()) {
            if (dm.getDatabase() == database) {
                return new DatabaseMappings(dm);
            }
        }
        return new DatabaseMappings(MappingFactory.eINSTANCE.createDatabaseMapping());
    }

    private void index(EntityMapping em) {
        byEntity.put(em.getEntity(), em);
        if (em.getTarget() != null) {
            byTable.put(em.getTarget(), em);
        }
        for (FieldMapping fm : em.getFieldMappings()) {
            byField.put(fm.getField(), fm);
            if (fm.getTarget() != null) {
                byTableField.put(fm.getTarget(), fm);
            }
        }
        for (UniqueConstraintMapping um : em.getUniqueConstraintMappings()) {
            byConstraint.put(um.getConstraint(), um);
            if (um.getTarget() != null) {
                byUniqueConstraint.put(um.getTarget(), um);
            }
        }
    }

    public DatabaseMapping container() {
        return mapping;
    }

    public Database database() {
        return mapping.getDatabase();
    }

    public Optional<EntityMapping> entityMapping(Entity entity) {
        return Optional.ofNullable(byEntity.get(entity));
    }

    /** The table or view an entity maps onto in this database. */
    public Optional<TableOrView> target(Entity entity) {
        EntityMapping em = byEntity.get(entity);
        return Optional.ofNullable(em == null ? null : em.getTarget());
    }

    public Optional<TableField> target(EntityField field) {
        FieldMapping fm = byField.get(field);
        return Optional.ofNullable(fm == null ? null : fm.getTarget());
    }

    /** The entity field mapped onto a column. */
    public Optional<EntityField> fieldMappedOnto(TableField column) {
        FieldMapping fm = byTableField.get(column);
        return Optional.ofNullable(fm == null ? null : fm.getField());
    }

    public Optional<ForeignKey> target(Relationship relationship) {
        RelationshipMapping rm = byRelationship.get(relationship);
        return Optional.ofNullable(rm == null ? null : rm.getTarget());
    }

    public Optional<UniqueConstraint> target(EntityUniqueConstraint constraint) {
        UniqueConstraintMapping um = byConstraint.get(constraint);
        return Optional.ofNullable(um == null ? null : um.getTarget());
    }

    public boolean isMappedByEntity(TableOrView table) {
        return byTable.containsKey(table);
    }

    public Optional<EntityMapping> mappingOf(TableOrView table) {
        return Optional.ofNullable(byTable.get(table));
    }

    /** Whether any mapping (entity, typed view, or many-to-many relationship as its link table) targets the table or view. */
    public boolean isTargeted(TableOrView table) {
        return byTable.containsKey(table) || typedViewTargets.contains(table) || linkTables.containsKey(table);
    }

    /**
     * Whether an entity may be mapped onto the table or view: no entity maps it, and it is no
     * many-to-many relationship's link table. (A typed view may share it: rule T.)
     */
    public boolean isFreeForEntity(TableOrView table) {
        return !byTable.containsKey(table) && !linkTables.containsKey(table);
    }

    /** The mapping of a relationship in this database. */
    public Optional<RelationshipMapping> relationshipMapping(Relationship relationship) {
        return Optional.ofNullable(byRelationship.get(relationship));
    }

    /** The link table of a many-to-many relationship in this database. */
    public Optional<Table> linkTable(Relationship relationship) {
        RelationshipMapping rm = byRelationship.get(relationship);
        return Optional.ofNullable(rm == null ? null : rm.getLinkTable());
    }

    /** The mapping of the many-to-many relationship whose link table this is. */
    public Optional<RelationshipMapping> linkMappingOf(TableOrView table) {
        return Optional.ofNullable(linkTables.get(table));
    }

    /**
     * Maps a many-to-many relationship onto its link table; its foreign keys follow with
     * {@link #mapManyToMany} (model sync finds or makes the table first and its keys later).
     */
    public RelationshipMapping mapLinkTable(Relationship relationship, Table linkTable) {
        Objects.requireNonNull(linkTable, "linkTable");
        RelationshipMapping rm = byRelationship.get(relationship);
        if (rm == null) {
            rm = MappingFactory.eINSTANCE.createRelationshipMapping();
            rm.setRelationship(relationship);
            mapping.getRelationshipMappings().add(rm);
            byRelationship.put(relationship, rm);
        } else if (rm.getLinkTable() != null) {
            linkTables.remove(rm.getLinkTable());
        }
        rm.setLinkTable(linkTable);
        linkTables.put(linkTable, rm);
        return rm;
    }

    /** Maps a many-to-many relationship onto its link table and the link table's two foreign keys. */
    public RelationshipMapping mapManyToMany(Relationship relationship, Table linkTable, ForeignKey toStart,
            ForeignKey toEnd) {
        RelationshipMapping rm = mapLinkTable(relationship, linkTable);
        map(relationship, toStart);
        if (rm.getInverseTarget() != null && rm.getInverseTarget() != toStart) {
            byForeignKey.remove(rm.getInverseTarget());
        }
        rm.setInverseTarget(toEnd);
        byForeignKey.put(toEnd, rm);
        return rm;
    }

    /** Takes the link table and the second foreign key off a relationship's mapping (its kind is no longer many-to-many). */
    public void unmapLinkTable(RelationshipMapping rm) {
        if (rm.getLinkTable() != null) {
            linkTables.remove(rm.getLinkTable());
            rm.setLinkTable(null);
        }
        if (rm.getInverseTarget() != null) {
            if (rm.getInverseTarget() != rm.getTarget()) {
                byForeignKey.remove(rm.getInverseTarget());
            }
            rm.setInverseTarget(null);
        }
    }

    /** Whether any field mapping (entity or typed view) targets the table field. */
    public boolean isTargeted(TableField field) {
        return byTableField.containsKey(field) || typedViewFieldTargets.contains(field);
    }

    public boolean isTargeted(ForeignKey foreignKey) {
        return byForeignKey.containsKey(foreignKey);
    }

    public boolean isTargeted(UniqueConstraint constraint) {
        return byUniqueConstraint.containsKey(constraint);
    }

    public EntityMapping map(Entity entity, TableOrView table) {
        Objects.requireNonNull(table, "table");
        EntityMapping em = MappingFactory.eINSTANCE.createEntityMapping();
        em.setEntity(entity);
        em.setTarget(table);
        mapping.getEntityMappings().add(em);
        byEntity.put(entity, em);
        byTable.put(table, em);
        return em;
    }

    public FieldMapping map(EntityMapping em, EntityField field, TableField target) {
        FieldMapping fm = MappingFactory.eINSTANCE.createFieldMapping();
        fm.setField(field);
        fm.setTarget(target);
        em.getFieldMappings().add(fm);
        byField.put(field, fm);
        byTableField.put(target, fm);
        return fm;
    }

    public RelationshipMapping map(Relationship relationship, ForeignKey foreignKey) {
        RelationshipMapping rm = byRelationship.get(relationship);
        if (rm == null) {
            rm = MappingFactory.eINSTANCE.createRelationshipMapping();
            rm.setRelationship(relationship);
            mapping.getRelationshipMappings().add(rm);
            byRelationship.put(relationship, rm);
        } else if (rm.getTarget() != null) {
            byForeignKey.remove(rm.getTarget());
        }
        rm.setTarget(foreignKey);
        byForeignKey.put(foreignKey, rm);
        return rm;
    }

    public UniqueConstraintMapping map(EntityMapping em, EntityUniqueConstraint constraint, UniqueConstraint target) {
        UniqueConstraintMapping um = byConstraint.get(constraint);
        if (um == null) {
            um = MappingFactory.eINSTANCE.createUniqueConstraintMapping();
            um.setConstraint(constraint);
            em.getUniqueConstraintMappings().add(um);
            byConstraint.put(constraint, um);
        } else if (um.getTarget() != null) {
            byUniqueConstraint.remove(um.getTarget());
        }
        um.setTarget(target);
        byUniqueConstraint.put(target, um);
        return um;
    }

    /** Removes an entity's mapping with its field and constraint mappings. */
    public void unmap(EntityMapping em) {
        for (FieldMapping fm : em.getFieldMappings()) {
            byField.remove(fm.getField());
            byTableField.remove(fm.getTarget());
        }
        for (UniqueConstraintMapping um : em.getUniqueConstraintMappings()) {
            byConstraint.remove(um.getConstraint());
            byUniqueConstraint.remove(um.getTarget());
        }
        byEntity.remove(em.getEntity());
        byTable.remove(em.getTarget());
        mapping.getEntityMappings().remove(em);
    }

    public void unmap(FieldMapping fm) {
        byField.remove(fm.getField());
        byTableField.remove(fm.getTarget());
        ((EntityMapping) fm.eContainer()).getFieldMappings().remove(fm);
    }

    public void unmap(RelationshipMapping rm) {
        byRelationship.remove(rm.getRelationship());
        byForeignKey.remove(rm.getTarget());
        if (rm.getInverseTarget() != null) {
            byForeignKey.remove(rm.getInverseTarget());
        }
        if (rm.getLinkTable() != null) {
            linkTables.remove(rm.getLinkTable());
        }
        mapping.getRelationshipMappings().remove(rm);
    }

    public void unmap(UniqueConstraintMapping um) {
        byConstraint.remove(um.getConstraint());
        byUniqueConstraint.remove(um.getTarget());
        ((EntityMapping) um.eContainer()).getUniqueConstraintMappings().remove(um);
    }

    /** Forgets the typed-view targets and indexes them again (after migrate changed them). */
    public void reindexTypedViews() {
        typedViewTargets.clear();
        typedViewFieldTargets.clear();
        for (TypedViewMapping tvm : mapping.getTypedViewMappings()) {
            if (tvm.getTarget() != null) {
                typedViewTargets.add(tvm.getTarget());
            }
            for (TypedViewFieldMapping fm : tvm.getFieldMappings()) {
                if (fm.getTarget() != null) {
                    typedViewFieldTargets.add(fm.getTarget());
                }
            }
        }
    }
}
