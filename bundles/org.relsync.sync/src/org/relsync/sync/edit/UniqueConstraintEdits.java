package org.relsync.sync.edit;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityFactory;
import org.relsync.model.entity.EntityPackage;
import org.relsync.model.entity.EntityUniqueConstraint;
import org.relsync.model.mapping.DatabaseMapping;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.MappingPackage;
import org.relsync.model.mapping.UniqueConstraintMapping;

/**
 * The entity unique constraint commands of {@link ProjectEditor}.
 */
final class UniqueConstraintEdits {

    private static final EntityPackage E = EntityPackage.eINSTANCE;

    private final ProjectEditor editor;

    UniqueConstraintEdits(ProjectEditor editor) {
        this.editor = editor;
    }

    Command add(String entityName, String name, List<String> fieldNames) {
        Entity entity = editor.entity(entityName);
        Names.check(name, "unique constraint");
        if (entity.getUniqueConstraints().stream().anyMatch(u -> name.equals(u.getName()))) {
            throw new EditException("entity " + entityName + " already has a unique constraint named '" + name + "'");
        }
        if (fieldNames.isEmpty()) {
            throw new EditException("a unique constraint needs at least one field");
        }
        EntityUniqueConstraint uc = EntityFactory.eINSTANCE.createEntityUniqueConstraint();
        uc.setName(name);
        for (String fieldName : fieldNames) {
            uc.getFields().add(editor.field(entityName + "." + fieldName));
        }
        return AddCommand.create(editor.domain(), entity, E.getEntity_UniqueConstraints(), uc);
    }

    Command rename(String entityName, String name, String newName) {
        Entity entity = editor.entity(entityName);
        EntityUniqueConstraint uc = entity.getUniqueConstraints().stream().filter(u -> name.equals(u.getName())).findFirst()
                .orElseThrow(() -> new EditException("entity " + entityName + " has no unique constraint named '" + name + "'"));
        Names.check(newName, "unique constraint");
        if (!name.equals(newName) && entity.getUniqueConstraints().stream().anyMatch(u -> newName.equals(u.getName()))) {
            throw new EditException("entity " + entityName + " already has a unique constraint named '" + newName + "'");
        }
        return SetCommand.create(editor.domain(), uc, org.relsync.model.common.CommonPackage.Literals.NAMED_ELEMENT__NAME, newName);
    }

    Command remove(String entityName, String name) {
        Entity entity = editor.entity(entityName);
        EntityUniqueConstraint uc = entity.getUniqueConstraints().stream().filter(u -> name.equals(u.getName())).findFirst()
                .orElseThrow(() -> new EditException("entity " + entityName + " has no unique constraint named '" + name + "'"));
        CompoundCommand compound = new CompoundCommand("Remove unique constraint " + name);
        for (DatabaseMapping dm : editor.project().getMappings()) {
            for (EntityMapping em : dm.getEntityMappings()) {
                for (UniqueConstraintMapping um : em.getUniqueConstraintMappings()) {
                    if (um.getConstraint() == uc) {
                        compound.append(RemoveCommand.create(editor.domain(), em,
                                MappingPackage.Literals.ENTITY_MAPPING__UNIQUE_CONSTRAINT_MAPPINGS, um));
                    }
                }
            }
        }
        compound.append(RemoveCommand.create(editor.domain(), entity, E.getEntity_UniqueConstraints(), uc));
        return compound;
    }
}
