package org.relsync.sync.edit;

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
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.entity.TypedView;
import org.relsync.model.mapping.DatabaseMapping;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.mapping.MappingPackage;
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
    private final RelationshipEdits relationships = new RelationshipEdits(this);
    private final UniqueConstraintEdits uniqueConstraints = new UniqueConstraintEdits(this);
    private final TypedViewEdits typedViews = new TypedViewEdits(this);
    private final DeletionMarks deletionMarks = new DeletionMarks(this);

    public ProjectEditor(Project project) {
        this(project, new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()),
                new BasicCommandStack(), project.eResource() != null ? project.eResource().getResourceSet() : null));
    }

    /** An editor whose commands run on {@code domain}'s command stack: the workbench's, shared with its views. */
    public ProjectEditor(Project project, EditingDomain domain) {
        this.project = Objects.requireNonNull(project, "project");
        this.domain = Objects.requireNonNull(domain, "domain");
    }

    /**
     * Sets one feature of one element, as a property sheet does, under the same rules as the
     * dedicated commands: renaming an entity, a field, a relationship or a typed view goes through
     * {@link #renameEntity} and its kin (valid, unique names); any other name must be a valid name;
     * a project setting or naming rule goes through {@link #setSetting} (its checks).
     */
    public Command set(org.eclipse.emf.ecore.EObject owner, EStructuralFeature feature, Object value) {
        if (feature == org.relsync.model.common.CommonPackage.Literals.NAMED_ELEMENT__NAME
                && owner instanceof org.relsync.model.common.NamedElement named) {
            String newName = value == null ? null : value.toString();
            if (owner instanceof Entity entity) {
                return renameEntity(entity.getName(), newName);
            } else if (owner instanceof EntityField field && field.getEntity() != null) {
                return renameField(field.getEntity().getName() + "." + field.getName(), newName);
            } else if (owner instanceof Relationship relationship) {
                return renameRelationship(relationship.getName(), newName);
            } else if (owner instanceof TypedView view) {
                return renameTypedView(view.getName(), newName);
            }
            Names.check(newName, named.eClass().getName().toLowerCase(java.util.Locale.ROOT));
        }
        if (feature instanceof org.eclipse.emf.ecore.EAttribute && !feature.isMany() && value != null
                && (owner == project.getSettings() || (project.getSettings() != null && owner == project.getSettings().getNamingRules()))) {
            // a setting: the checks of `relsync settings` (patterns, the backup folder)
            String key = (owner instanceof org.relsync.model.common.NamingRules ? "naming." : "") + feature.getName();
            return setSetting(key, value.toString());
        }
        return SetCommand.create(domain, owner, feature, value);
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
        Names.check(name, "entity");
        if (findEntity(name).isPresent()) {
            throw new EditException("an entity named '" + name + "' already exists");
        }
        Entity entity = EntityFactory.eINSTANCE.createEntity();
        entity.setName(name);
        return AddCommand.create(domain, entityModel(), E.getEntityModel_Entities(), entity);
    }

    public Command renameEntity(String name, String newName) {
        Entity entity = entity(name);
        Names.check(newName, "entity");
        if (!name.equals(newName) && findEntity(newName).isPresent()) {
            throw new EditException("an entity named '" + newName + "' already exists");
        }
        return SetCommand.create(domain, entity, org.relsync.model.common.CommonPackage.Literals.NAMED_ELEMENT__NAME, newName);
    }

    /** Removes the entity with its relationships and its mappings in every database. */
    public Command removeEntity(String name) {
        Entity entity = entity(name);
        CompoundCommand compound = new CompoundCommand("Remove entity " + name);
        List<Relationship> related = entityModel().getRelationships().stream()
                .filter(r -> r.getStart() == entity || r.getEnd() == entity).toList();
        for (Relationship relationship : related) {
            compound.append(relationships.remove(relationship));
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
        Names.check(name, "field");
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
        Names.check(newName, "field");
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

    // ---- relationships (RelationshipEdits), unique constraints (UniqueConstraintEdits), typed views (TypedViewEdits)

    /**
     * Adds a relationship. Without {@code fkFieldNames}, the FK side gets one new field per
     * identifying field of the other side, named after that entity and field ({@code CustomerId}).
     */
    public Command addRelationship(String name, String start, String end, RelationshipKind kind, RelationshipEnd fkSide,
            List<String> fkFieldNames, String startNavigator, String endNavigator) {
        return relationships.add(name, start, end, kind, fkSide, fkFieldNames, startNavigator, endNavigator);
    }

    public Command renameRelationship(String name, String newName) {
        return relationships.rename(name, newName);
    }

    public Command removeRelationship(String name) {
        return relationships.remove(name);
    }

    public Command addUniqueConstraint(String entityName, String name, List<String> fieldNames) {
        return uniqueConstraints.add(entityName, name, fieldNames);
    }

    public Command renameUniqueConstraint(String entityName, String name, String newName) {
        return uniqueConstraints.rename(entityName, name, newName);
    }

    public Command removeUniqueConstraint(String entityName, String name) {
        return uniqueConstraints.remove(entityName, name);
    }

    /** Adds a typed view with fields given as {@code NAME:TYPE}. */
    public Command addTypedView(String name, List<String> fields) {
        return typedViews.add(name, fields);
    }

    public Command renameTypedView(String name, String newName) {
        return typedViews.rename(name, newName);
    }

    public Command removeTypedView(String name) {
        return typedViews.remove(name);
    }

    // ---- deletion marks and orphans (SYNC-SPEC section 4)

    /**
     * Whether {@code element} may be marked for deletion where it is, by the rule the orphan step
     * follows ({@link org.relsync.sync.phase.OrphanPolicy#canMark}): never in a Database schema,
     * only tables in a Mixed schema, anything in a Model schema.
     */
    public static boolean canMarkForDeletion(org.relsync.model.relational.RelationalElement element) {
        return DeletionMarks.canMark(element);
    }

    /**
     * Marks {@code element} for deletion ({@code marked}) or unmarks it, as a modeler does by hand;
     * the next update DDL drops what is marked.
     *
     * @throws EditException when it is already so, or marking is not allowed where it is ({@link #canMarkForDeletion})
     */
    public Command markForDeletion(org.relsync.model.relational.RelationalElement element, boolean marked) {
        return deletionMarks.mark(element, marked);
    }

    /** Whether the orphan rules ({@link org.relsync.sync.phase.Orphans}) judge {@code element} an orphan: nothing maps or backs it. */
    public boolean isOrphan(org.relsync.model.relational.RelationalElement element) {
        return deletionMarks.isOrphan(element);
    }

    /**
     * Removes the orphan {@code element} from the model (its references too); the database is not
     * touched. A Database or Mixed schema's next refresh reads it again if the database still has it.
     *
     * @throws EditException when it is not an orphan ({@link #isOrphan})
     */
    public Command removeOrphan(org.relsync.model.relational.RelationalElement element) {
        return deletionMarks.removeOrphan(element);
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
}
