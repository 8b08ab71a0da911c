package org.relsync.sync.phase;

import java.util.List;

import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.mapping.TypedViewFieldMapping;
import org.relsync.model.mapping.TypedViewMapping;
import org.relsync.model.mapping.UniqueConstraintMapping;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;

/**
 * After a migration: the mappings onto removed elements go, and each entity, field or typed view
 * that lost its mapping gets an error ({@code mapping.lost}).
 */
final class LostMappings {

    private final Migration migration;

    LostMappings(Migration migration) {
        this.migration = migration;
    }

    void drop() {
        if (migration.removed.isEmpty()) {
            return;
        }
        entityMappings();
        relationshipMappings();
        typedViewMappings();
    }

    private boolean gone(Object target) {
        return migration.removed.contains(target);
    }

    private String scope() {
        return "mappings " + migration.database.getName();
    }

    private ChangeReport report() {
        return migration.context.report();
    }

    private void entityMappings() {
        DatabaseMappings mappings = migration.mappings;
        String database = migration.database.getName();
        for (EntityMapping em : List.copyOf(mappings.container().getEntityMappings())) {
            if (gone(em.getTarget())) {
                report().change(ChangeKind.REMOVED, scope(), "EntityMapping", Migration.name(em.getEntity()),
                        "target " + Migration.name(em.getTarget()) + " is gone");
                report().error("mapping.lost", Elements.fullPath(em.getEntity()), "lost its mapping: "
                        + Migration.name(em.getTarget()) + " no longer exists in database " + database,
                        List.of("map the entity onto another table", "remove the entity"));
                mappings.unmap(em);
                continue;
            }
            for (FieldMapping fm : List.copyOf(em.getFieldMappings())) {
                if (gone(fm.getTarget())) {
                    report().change(ChangeKind.REMOVED, scope(), "FieldMapping", Elements.localPath(fm.getField()),
                            "target " + Elements.localPath(fm.getTarget()) + " is gone");
                    report().error("mapping.lost", Elements.fullPath(fm.getField()), "lost its mapping: "
                            + Elements.localPath(fm.getTarget()) + " no longer exists in database " + database,
                            List.of("map the field onto another column", "remove the field"));
                    mappings.unmap(fm);
                }
            }
            for (UniqueConstraintMapping um : List.copyOf(em.getUniqueConstraintMappings())) {
                if (gone(um.getTarget())) {
                    report().change(ChangeKind.REMOVED, scope(), "UniqueConstraintMapping",
                            Migration.name(um.getConstraint()), "target " + Migration.name(um.getTarget()) + " is gone");
                    mappings.unmap(um);
                }
            }
        }
    }

    private void relationshipMappings() {
        for (RelationshipMapping rm : List.copyOf(migration.mappings.container().getRelationshipMappings())) {
            if (gone(rm.getTarget()) || gone(rm.getInverseTarget()) || gone(rm.getLinkTable())) {
                report().change(ChangeKind.REMOVED, scope(), "RelationshipMapping", Migration.name(rm.getRelationship()),
                        "foreign key " + Migration.name(rm.getTarget()) + " is gone");
                migration.mappings.unmap(rm);
            }
        }
    }

    private void typedViewMappings() {
        String database = migration.database.getName();
        for (TypedViewMapping tvm : List.copyOf(migration.mappings.container().getTypedViewMappings())) {
            if (gone(tvm.getTarget())) {
                report().change(ChangeKind.REMOVED, scope(), "TypedViewMapping", Migration.name(tvm.getTypedView()),
                        "target " + Migration.name(tvm.getTarget()) + " is gone");
                report().error("mapping.lost", Elements.fullPath(tvm.getTypedView()), "lost its mapping: "
                        + Migration.name(tvm.getTarget()) + " no longer exists in database " + database,
                        List.of("map the typed view onto another table or view"));
                migration.mappings.container().getTypedViewMappings().remove(tvm);
                continue;
            }
            for (TypedViewFieldMapping fm : List.copyOf(tvm.getFieldMappings())) {
                if (gone(fm.getTarget())) {
                    report().error("mapping.lost", Elements.fullPath(fm.getField()),
                            "lost its mapping: " + Elements.localPath(fm.getTarget()) + " no longer exists",
                            List.of("map the field onto another column"));
                    tvm.getFieldMappings().remove(fm);
                }
            }
        }
    }
}
