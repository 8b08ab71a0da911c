package org.relsync.sync.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityFactory;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.EntityModel;
import org.relsync.model.entity.EntityPackage;
import org.relsync.model.entity.EntityUniqueConstraint;
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.entity.TypedView;
import org.relsync.model.entity.TypedViewField;
import org.relsync.model.mapping.DatabaseMapping;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.mapping.MappingPackage;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.mapping.TypedViewMapping;
import org.relsync.model.mapping.UniqueConstraintMapping;
import org.relsync.model.project.Project;
import org.relsync.model.relational.RelationalPackage;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.Elements;

/**
 * Every edit of the entity model, the sync sources and the settings, as an EMF command on an
 * editing domain: the CLI and the workbench make the same changes the same way, and every one
 * can be undone. Methods check their arguments first and throw {@link EditException} before
 * anything changes; {@link #execute} runs a command on the domain's command stack.
 */
public final class ProjectEditor {

    private static final EntityPackage E = EntityPackage.eINSTANCE;

    private final Project project;
    private final EditingDomain domain;

    public ProjectEditor(Project project) {
        this.project = Objects.requireNonNull(project, "project");
        this.domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()),
                new BasicCommandStack(), project.eResource() != null ? project.eResource().getResourceSet() : null);
    }

    public Project project() {
        return project;
    }

    public EditingDomain domain() {
        return domain;
    }

    /** Executes {@code command} on the command stack (so it can be undone). */
    public void execute(Command command) {
        if (!command.canExecute()) {
            throw new EditException("the change cannot be made: " + command.getLabel());
        }
        domain.getCommandStack().execute(command);
    }

    public boolean undo() {
        if (!domain.getCommandStack().canUndo()) {
            return false;
        }
        domain.getCommandStack().undo();
        return true;
    }

    // ---- lookups

    public EntityModel entityModel() {
        return project.getEntityModel();
    }

    public Optional<Entity> findEntity(String name) {
        return entityModel().getEntities().stream().filter(e -> name.equals(e.getName())).findFirst();
    }

    public Entity entity(String name) {
        return findEntity(name).orElseThrow(() -> new EditException("no entity named '" + name + "'"));
    }

    /** A field by {@code Entity.Field}. */
    public EntityField field(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        if (dot <= 0 || dot == qualifiedName.length() - 1) {
            throw new EditException("'" + qualifiedName + "' is not ENTITY.FIELD");
        }
        Entity entity = entity(qualifiedName.substring(0, dot));
        String name = qualifiedName.substring(dot + 1);
        return entity.getFields().stream().filter(f -> name.equals(f.getName())).findFirst()
                .orElseThrow(() -> new EditException("entity " + entity.getName() + " has no field named '" + name + "'"));
    }

    public Relationship relationship(String name) {
        return entityModel().getRelationships().stream().filter(r -> name.equals(r.getName())).findFirst()
                .orElseThrow(() -> new EditException("no relationship named '" + name + "'"));
    }

    public TypedView typedView(String name) {
        return entityModel().getTypedViews().stream().filter(v -> name.equals(v.getName())).findFirst()
                .orElseThrow(() -> new EditException("no typed view named '" + name + "'"));
    }

    public static ModelType modelType(String name) {
        for (ModelType type : ModelType.VALUES) {
            if (type.getLiteral().equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw new EditException("unknown model type '" + name + "'; one of " + ModelType.VALUES);
    }

    // ---- entities

    public Command addEntity(String name) {
        checkName(name, "entity");
        if (findEntity(name).isPresent()) {
            throw new EditException("an entity named '" + name + "' already exists");
        }
        Entity entity = EntityFactory.eINSTANCE.createEntity();
        entity.setName(name);
        return AddCommand.create(domain, entityModel(), E.getEntityModel_Entities(), entity);
    }

    public Command renameEntity(String name, String newName) {
        Entity entity = entity(name);
        checkName(newName, "entity");
        if (!name.equals(newName) && findEntity(newName).isPresent()) {
            throw new EditException("an entity named '" + newName + "' already exists");
        }
        return SetCommand.create(domain, entity, org.relsync.model.common.CommonPackage.Literals.NAMED_ELEMENT__NAME, newName);
    }

    /** Removes the entity with its relationships and its mappings in every database. */
    public Command removeEntity(String name) {
        Entity entity = entity(name);
        CompoundCommand compound = new CompoundCommand("Remove entity " + name);
        List<Relationship> relationships = entityModel().getRelationships().stream()
                .filter(r -> r.getStart() == entity || r.getEnd() == entity).toList();
        for (Relationship relationship : relationships) {
            compound.append(removeRelationship(relationship));
        }
        for (DatabaseMapping dm : project.getMappings()) {
            for (EntityMapping em : dm.getEntityMappings()) {
                if (em.getEntity() == entity) {
                    compound.append(RemoveCommand.create(domain, dm, MappingPackage.Literals.DATABASE_MAPPING__ENTITY_MAPPINGS, em));
                }
            }
        }
        compound.append(DeleteCommand.create(domain, entity));
        return compound;
    }

    // ---- fields

    /** The optional properties of a field; null leaves a property as it is. */
    public record FieldSpec(ModelType type, Integer length, Integer precision, Integer scale, Boolean optional,
            Boolean identifying, Boolean identity, Boolean readOnly, boolean clearLength, boolean clearPrecision,
            boolean clearScale) {
    }

    public Command addField(String qualifiedName, FieldSpec spec) {
        int dot = qualifiedName.indexOf('.');
        if (dot <= 0 || dot == qualifiedName.length() - 1) {
            throw new EditException("'" + qualifiedName + "' is not ENTITY.FIELD");
        }
        Entity entity = entity(qualifiedName.substring(0, dot));
        String name = qualifiedName.substring(dot + 1);
        checkName(name, "field");
        if (entity.getFields().stream().anyMatch(f -> name.equals(f.getName()))) {
            throw new EditException("entity " + entity.getName() + " already has a field named '" + name + "'");
        }
        if (spec.type() == null) {
            throw new EditException("a new field needs a type");
        }
        EntityField field = EntityFactory.eINSTANCE.createEntityField();
        field.setName(name);
        apply(field, spec);
        checkField(field);
        return AddCommand.create(domain, entity, E.getEntity_Fields(), field);
    }

    public Command setField(String qualifiedName, FieldSpec spec) {
        EntityField field = field(qualifiedName);
        EntityField preview = org.eclipse.emf.ecore.util.EcoreUtil.copy(field);
        apply(preview, spec);
        checkField(preview);
        CompoundCommand compound = new CompoundCommand("Change field " + qualifiedName);
        for (EStructuralFeature feature : List.of(E.getTypedField_Type(), E.getTypedField_Length(), E.getTypedField_Precision(),
                E.getTypedField_Scale(), E.getTypedField_Optional(), E.getEntityField_Identifying(),
                E.getEntityField_Identity(), E.getEntityField_ReadOnly())) {
            Object value = preview.eGet(feature);
            if (!Objects.equals(value, field.eGet(feature))) {
                compound.append(SetCommand.create(domain, field, feature, value == null ? SetCommand.UNSET_VALUE : value));
            }
        }
        if (compound.isEmpty()) {
            throw new EditException("field " + qualifiedName + " already is like that; nothing to change");
        }
        return compound;
    }

    public Command renameField(String qualifiedName, String newName) {
        EntityField field = field(qualifiedName);
        checkName(newName, "field");
        if (field.getEntity().getFields().stream().anyMatch(f -> f != field && newName.equals(f.getName()))) {
            throw new EditException("entity " + field.getEntity().getName() + " already has a field named '" + newName + "'");
        }
        return SetCommand.create(domain, field, org.relsync.model.common.CommonPackage.Literals.NAMED_ELEMENT__NAME, newName);
    }

    /** Removes the field with its mappings; relationships and unique constraints lose it. */
    public Command removeField(String qualifiedName) {
        EntityField field = field(qualifiedName);
        CompoundCommand compound = new CompoundCommand("Remove field " + qualifiedName);
        for (DatabaseMapping dm : project.getMappings()) {
            for (EntityMapping em : dm.getEntityMappings()) {
                for (FieldMapping fm : em.getFieldMappings()) {
                    if (fm.getField() == field) {
                        compound.append(RemoveCommand.create(domain, em, MappingPackage.Literals.ENTITY_MAPPING__FIELD_MAPPINGS, fm));
                    }
                }
            }
        }
        compound.append(DeleteCommand.create(domain, field));
        return compound;
    }

    private static void apply(EntityField field, FieldSpec spec) {
        if (spec.type() != null) {
            field.setType(spec.type());
        }
        if (spec.clearLength()) {
            field.setLength(null);
        } else if (spec.length() != null) {
            field.setLength(spec.length());
        }
        if (spec.clearPrecision()) {
            field.setPrecision(null);
        } else if (spec.precision() != null) {
            field.setPrecision(spec.precision());
        }
        if (spec.clearScale()) {
            field.setScale(null);
        } else if (spec.scale() != null) {
            field.setScale(spec.scale());
        }
        if (spec.optional() != null) {
            field.setOptional(spec.optional());
        }
        if (spec.identifying() != null) {
            field.setIdentifying(spec.identifying());
        }
        if (spec.identity() != null) {
            field.setIdentity(spec.identity());
        }
        if (spec.readOnly() != null) {
            field.setReadOnly(spec.readOnly());
        }
    }

    private static void checkField(EntityField field) {
        for (String problem : FieldRules.problems(field)) {
            throw new EditException(problem);
        }
    }

    // ---- relationships

    /**
     * Adds a relationship. Without {@code fkFieldNames}, the FK side gets one new field per
     * identifying field of the other side, named after that entity and field ({@code CustomerId}).
     */
    public Command addRelationship(String name, String start, String end, RelationshipKind kind, RelationshipEnd fkSide,
            List<String> fkFieldNames, String startNavigator, String endNavigator) {
        checkName(name, "relationship");
        if (entityModel().getRelationships().stream().anyMatch(r -> name.equals(r.getName()))) {
            throw new EditException("a relationship named '" + name + "' already exists");
        }
        Entity startEntity = entity(start);
        Entity endEntity = entity(end);
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
                compound.append(AddCommand.create(domain, fkEntity, E.getEntity_Fields(), fk));
                fkFields.add(fk);
            }
        } else {
            for (String fieldName : fkFieldNames) {
                fkFields.add(field(fkEntity.getName() + "." + fieldName));
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
        compound.append(AddCommand.create(domain, entityModel(), E.getEntityModel_Relationships(), relationship));
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
        return AddCommand.create(domain, entityModel(), E.getEntityModel_Relationships(), relationship);
    }

    public Command renameRelationship(String name, String newName) {
        Relationship relationship = relationship(name);
        checkName(newName, "relationship");
        if (!name.equals(newName) && entityModel().getRelationships().stream().anyMatch(r -> newName.equals(r.getName()))) {
            throw new EditException("a relationship named '" + newName + "' already exists");
        }
        return SetCommand.create(domain, relationship, org.relsync.model.common.CommonPackage.Literals.NAMED_ELEMENT__NAME,
                newName);
    }

    public Command removeRelationship(String name) {
        return removeRelationship(relationship(name));
    }

    private Command removeRelationship(Relationship relationship) {
        CompoundCommand compound = new CompoundCommand("Remove relationship " + relationship.getName());
        for (DatabaseMapping dm : project.getMappings()) {
            for (RelationshipMapping rm : dm.getRelationshipMappings()) {
                if (rm.getRelationship() == relationship) {
                    compound.append(RemoveCommand.create(domain, dm, MappingPackage.Literals.DATABASE_MAPPING__RELATIONSHIP_MAPPINGS, rm));
                }
            }
        }
        compound.append(RemoveCommand.create(domain, entityModel(), E.getEntityModel_Relationships(), relationship));
        return compound;
    }

    // ---- unique constraints

    public Command addUniqueConstraint(String entityName, String name, List<String> fieldNames) {
        Entity entity = entity(entityName);
        checkName(name, "unique constraint");
        if (entity.getUniqueConstraints().stream().anyMatch(u -> name.equals(u.getName()))) {
            throw new EditException("entity " + entityName + " already has a unique constraint named '" + name + "'");
        }
        if (fieldNames.isEmpty()) {
            throw new EditException("a unique constraint needs at least one field");
        }
        EntityUniqueConstraint uc = EntityFactory.eINSTANCE.createEntityUniqueConstraint();
        uc.setName(name);
        for (String fieldName : fieldNames) {
            uc.getFields().add(field(entityName + "." + fieldName));
        }
        return AddCommand.create(domain, entity, E.getEntity_UniqueConstraints(), uc);
    }

    public Command renameUniqueConstraint(String entityName, String name, String newName) {
        Entity entity = entity(entityName);
        EntityUniqueConstraint uc = entity.getUniqueConstraints().stream().filter(u -> name.equals(u.getName())).findFirst()
                .orElseThrow(() -> new EditException("entity " + entityName + " has no unique constraint named '" + name + "'"));
        checkName(newName, "unique constraint");
        if (!name.equals(newName) && entity.getUniqueConstraints().stream().anyMatch(u -> newName.equals(u.getName()))) {
            throw new EditException("entity " + entityName + " already has a unique constraint named '" + newName + "'");
        }
        return SetCommand.create(domain, uc, org.relsync.model.common.CommonPackage.Literals.NAMED_ELEMENT__NAME, newName);
    }

    public Command removeUniqueConstraint(String entityName, String name) {
        Entity entity = entity(entityName);
        EntityUniqueConstraint uc = entity.getUniqueConstraints().stream().filter(u -> name.equals(u.getName())).findFirst()
                .orElseThrow(() -> new EditException("entity " + entityName + " has no unique constraint named '" + name + "'"));
        CompoundCommand compound = new CompoundCommand("Remove unique constraint " + name);
        for (DatabaseMapping dm : project.getMappings()) {
            for (EntityMapping em : dm.getEntityMappings()) {
                for (UniqueConstraintMapping um : em.getUniqueConstraintMappings()) {
                    if (um.getConstraint() == uc) {
                        compound.append(RemoveCommand.create(domain, em,
                                MappingPackage.Literals.ENTITY_MAPPING__UNIQUE_CONSTRAINT_MAPPINGS, um));
                    }
                }
            }
        }
        compound.append(RemoveCommand.create(domain, entity, E.getEntity_UniqueConstraints(), uc));
        return compound;
    }

    // ---- typed views

    /** Adds a typed view with fields given as {@code NAME:TYPE}. */
    public Command addTypedView(String name, List<String> fields) {
        checkName(name, "typed view");
        if (entityModel().getTypedViews().stream().anyMatch(v -> name.equals(v.getName()))) {
            throw new EditException("a typed view named '" + name + "' already exists");
        }
        TypedView view = EntityFactory.eINSTANCE.createTypedView();
        view.setName(name);
        for (String spec : fields) {
            String[] parts = spec.split(":", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new EditException("'" + spec + "' is not NAME:TYPE");
            }
            TypedViewField field = EntityFactory.eINSTANCE.createTypedViewField();
            field.setName(parts[0].strip());
            field.setType(modelType(parts[1].strip()));
            view.getFields().add(field);
        }
        return AddCommand.create(domain, entityModel(), E.getEntityModel_TypedViews(), view);
    }

    public Command renameTypedView(String name, String newName) {
        TypedView view = typedView(name);
        checkName(newName, "typed view");
        if (!name.equals(newName) && entityModel().getTypedViews().stream().anyMatch(v -> newName.equals(v.getName()))) {
            throw new EditException("a typed view named '" + newName + "' already exists");
        }
        return SetCommand.create(domain, view, org.relsync.model.common.CommonPackage.Literals.NAMED_ELEMENT__NAME, newName);
    }

    public Command removeTypedView(String name) {
        TypedView view = typedView(name);
        CompoundCommand compound = new CompoundCommand("Remove typed view " + name);
        for (DatabaseMapping dm : project.getMappings()) {
            for (TypedViewMapping tvm : dm.getTypedViewMappings()) {
                if (tvm.getTypedView() == view) {
                    compound.append(RemoveCommand.create(domain, dm, MappingPackage.Literals.DATABASE_MAPPING__TYPED_VIEW_MAPPINGS, tvm));
                }
            }
        }
        compound.append(RemoveCommand.create(domain, entityModel(), E.getEntityModel_TypedViews(), view));
        return compound;
    }

    // ---- sync sources and settings

    public Command setSyncSource(String database, String schema, SyncSource source) {
        Schema found = null;
        for (org.relsync.model.relational.Database db : project.getDatabases()) {
            if (database.equals(db.getName()) || database.equals(db.getId())) {
                for (Schema s : Elements.schemas(db)) {
                    if (schema.equals(s.getName())) {
                        found = s;
                    }
                }
                if (found == null) {
                    throw new EditException("database " + database + " has no schema named '" + schema + "'");
                }
            }
        }
        if (found == null) {
            throw new EditException("no database named '" + database + "'");
        }
        return SetCommand.create(domain, found, RelationalPackage.Literals.SCHEMA__SYNC_SOURCE, source);
    }

    public Command setSetting(String key, String value) {
        return Settings.of(project).command(domain, key, value);
    }

    private static void checkName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new EditException("the " + what + " name must not be empty");
        }
        if (!name.strip().equals(name)) {
            throw new EditException("the " + what + " name '" + name + "' has leading or trailing spaces");
        }
        if (name.indexOf('.') >= 0) {
            throw new EditException("the " + what + " name '" + name + "' contains a dot; names are addressed as "
                    + "ENTITY.FIELD, so a dot cannot be part of one");
        }
        // control characters, line breaks and the bidirectional overrides that make text read otherwise than it is
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))) {
            throw new EditException("the " + what + " name '" + name.replaceAll("[\\p{Cntrl}\\u2028-\\u202E\\u2066-\\u2069]", "?")
                    + "' contains a control character, a line break or a direction override");
        }
    }
}
