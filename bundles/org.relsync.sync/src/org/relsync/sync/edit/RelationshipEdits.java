package org.relsync.sync.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityFactory;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.EntityPackage;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.mapping.DatabaseMapping;
import org.relsync.model.mapping.MappingPackage;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.sync.Elements;

/**
 * The relationship commands of {@link ProjectEditor}.
 */
final class RelationshipEdits {

    private static final EntityPackage E = EntityPackage.eINSTANCE;

    private final ProjectEditor editor;

    RelationshipEdits(ProjectEditor editor) {
        this.editor = editor;
    }

    /**
     * Adds a relationship. Without {@code fkFieldNames}, the FK side gets one new field per
     * identifying field of the other side, named after that entity and field ({@code CustomerId}).
     */
    Command add(String name, String start, String end, RelationshipKind kind, RelationshipEnd fkSide,
            List<String> fkFieldNames, String startNavigator, String endNavigator) {
        Names.check(name, "relationship");
        if (editor.entityModel().getRelationships().stream().anyMatch(r -> name.equals(r.getName()))) {
            throw new EditException("a relationship named '" + name + "' already exists");
        }
        Entity startEntity = editor.entity(start);
        Entity endEntity = editor.entity(end);
        if (kind == RelationshipKind.MANY_TO_MANY) {
            return addManyToMany(name, startEntity, endEntity, fkSide, fkFieldNames, startNavigator, endNavigator);
        }
        RelationshipEnd side = fkSide != null ? fkSide : kind == RelationshipKind.ONE_TO_MANY ? RelationshipEnd.END
                : RelationshipEnd.START;
        if (kind == RelationshipKind.MANY_TO_ONE && side != RelationshipEnd.START
                || kind == RelationshipKind.ONE_TO_MANY && side != RelationshipEnd.END) {
            throw new EditException("a " + kind.getLiteral() + " relationship has its foreign key on the "
                    + (kind == RelationshipKind.MANY_TO_ONE ? "start" : "end"));
        }
        Entity fkEntity = side == RelationshipEnd.START ? startEntity : endEntity;
        Entity pkEntity = side == RelationshipEnd.START ? endEntity : startEntity;
        List<EntityField> pkFields = Elements.identifyingFields(pkEntity);
        if (pkFields.isEmpty()) {
            throw new EditException("entity " + pkEntity.getName() + " has no identifying field to reference");
        }
        CompoundCommand compound = new CompoundCommand("Add relationship " + name);
        List<EntityField> fkFields = new ArrayList<>();
        if (fkFieldNames == null || fkFieldNames.isEmpty()) {
            for (EntityField pkField : pkFields) {
                String fieldName = pkEntity.getName() + pkField.getName();
                EntityField existing = fkEntity.getFields().stream().filter(f -> fieldName.equals(f.getName())).findFirst()
                        .orElse(null);
                if (existing != null) {
                    fkFields.add(existing);
                    continue;
                }
                EntityField fk = EntityFactory.eINSTANCE.createEntityField();
                fk.setName(fieldName);
                fk.setType(pkField.getType());
                fk.setLength(pkField.getLength());
                fk.setPrecision(pkField.getPrecision());
                fk.setScale(pkField.getScale());
                compound.append(AddCommand.create(editor.domain(), fkEntity, E.getEntity_Fields(), fk));
                fkFields.add(fk);
            }
        } else {
            for (String fieldName : fkFieldNames) {
                fkFields.add(editor.field(fkEntity.getName() + "." + fieldName));
            }
            if (fkFields.size() != pkFields.size()) {
                throw new EditException(fkFields.size() + " foreign-key fields for " + pkFields.size()
                        + " identifying fields of " + pkEntity.getName());
            }
        }
        Relationship relationship = EntityFactory.eINSTANCE.createRelationship();
        relationship.setName(name);
        relationship.setKind(kind);
        relationship.setStart(startEntity);
        relationship.setEnd(endEntity);
        relationship.setFkSide(side);
        relationship.getFkFields().addAll(fkFields);
        relationship.setStartNavigator(startNavigator);
        relationship.setEndNavigator(endNavigator);
        compound.append(AddCommand.create(editor.domain(), editor.entityModel(), E.getEntityModel_Relationships(), relationship));
        return compound;
    }

    /** A many-to-many relationship has no foreign-key fields: model sync gives it a link table (SYNC-DECISIONS §3.2). */
    private Command addManyToMany(String name, Entity start, Entity end, RelationshipEnd fkSide, List<String> fkFieldNames,
            String startNavigator, String endNavigator) {
        if (fkSide != null || (fkFieldNames != null && !fkFieldNames.isEmpty())) {
            throw new EditException("a many-to-many relationship has no foreign-key side or fields: its link table holds the keys");
        }
        for (Entity entity : List.of(start, end)) {
            if (Elements.identifyingFields(entity).isEmpty()) {
                throw new EditException("entity " + entity.getName() + " has no identifying field for the link table to reference");
            }
        }
        Relationship relationship = EntityFactory.eINSTANCE.createRelationship();
        relationship.setName(name);
        relationship.setKind(RelationshipKind.MANY_TO_MANY);
        relationship.setStart(start);
        relationship.setEnd(end);
        relationship.setStartNavigator(startNavigator);
        relationship.setEndNavigator(endNavigator);
        return AddCommand.create(editor.domain(), editor.entityModel(), E.getEntityModel_Relationships(), relationship);
    }

    Command rename(String name, String newName) {
        Relationship relationship = editor.relationship(name);
        Names.check(newName, "relationship");
        if (!name.equals(newName) && editor.entityModel().getRelationships().stream().anyMatch(r -> newName.equals(r.getName()))) {
            throw new EditException("a relationship named '" + newName + "' already exists");
        }
        return SetCommand.create(editor.domain(), relationship, org.relsync.model.common.CommonPackage.Literals.NAMED_ELEMENT__NAME,
                newName);
    }

    Command remove(String name) {
        return remove(editor.relationship(name));
    }

    Command remove(Relationship relationship) {
        CompoundCommand compound = new CompoundCommand("Remove relationship " + relationship.getName());
        for (DatabaseMapping dm : editor.project().getMappings()) {
            for (RelationshipMapping rm : dm.getRelationshipMappings()) {
                if (rm.getRelationship() == relationship) {
                    compound.append(RemoveCommand.create(editor.domain(), dm, MappingPackage.Literals.DATABASE_MAPPING__RELATIONSHIP_MAPPINGS, rm));
                }
            }
        }
        compound.append(RemoveCommand.create(editor.domain(), editor.entityModel(), E.getEntityModel_Relationships(), relationship));
        return compound;
    }
}
