package org.relsync.sync.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.edit.command.SetCommand;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.EntityUniqueConstraint;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.entity.TypedView;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalPackage;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.edit.FieldRules;
import org.relsync.sync.phase.OrphanPolicy;

/**
 * RelSync's validation rules, as an EMF {@link EValidator} for the entity and project packages.
 * Every diagnostic's data holds the element first and then its {@link Fix}es, in order; a fix to
 * mark for deletion is offered only where SYNC-SPEC section 4 allows marking.
 */
public class ProjectValidator implements EValidator {

    /** The diagnostic source of RelSync's own rules. */
    public static final String SOURCE = "org.relsync.sync";

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Checks checks = new Checks(diagnostics);
        if (eObject instanceof Project project) {
            project(project, checks);
        } else if (eObject instanceof Entity entity) {
            entity(entity, checks);
        } else if (eObject instanceof EntityField field) {
            for (String problem : FieldRules.problems(field)) {
                checks.error("field.type", field, problem.replaceFirst("^field \\S+: ", ""));
            }
            if (field.getName() == null || field.getName().isBlank()) {
                checks.error("field.name", field, "the field has no name");
            }
        } else if (eObject instanceof Relationship relationship) {
            relationship(relationship, checks);
        } else if (eObject instanceof EntityUniqueConstraint uc) {
            if (uc.getFields().isEmpty()) {
                checks.error("unique.fields", uc, "the unique constraint has no fields");
            } else if (uc.getFields().stream().anyMatch(f -> f.eContainer() != uc.eContainer())) {
                checks.error("unique.fields", uc, "a field of the unique constraint belongs to another entity");
            }
        } else if (eObject instanceof TypedView view && (view.getName() == null || view.getName().isBlank())) {
            checks.error("typedView.name", view, "the typed view has no name");
        }
        return checks.ok;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    private static void entity(Entity entity, Checks checks) {
        if (entity.getName() == null || entity.getName().isBlank()) {
            checks.error("entity.name", entity, "the entity has no name");
        }
        if (Elements.identifyingFields(entity).isEmpty()) {
            checks.warning("entity.identity", entity, "has no identifying field: its table gets no primary key",
                    entity.getFields().isEmpty() ? List.of() : List.of(new Fix(
                            "make " + entity.getFields().get(0).getName() + " identifying",
                            editor -> SetCommand.create(editor.domain(), entity.getFields().get(0),
                                    org.relsync.model.entity.EntityPackage.Literals.ENTITY_FIELD__IDENTIFYING, true))));
        }
        Set<String> names = new HashSet<>();
        for (EntityField field : entity.getFields()) {
            if (field.getName() != null && !names.add(field.getName())) {
                checks.error("field.duplicate", field, "another field of " + entity.getName() + " has the same name",
                        List.of(new Fix("remove this field", editor -> editor.removeField(entity.getName() + "." + field.getName()))));
            }
        }
    }

    private static void relationship(Relationship relationship, Checks checks) {
        if (relationship.getStart() == null || relationship.getEnd() == null) {
            checks.error("relationship.ends", relationship, "the relationship lacks an entity at one of its ends",
                    List.of(new Fix("remove the relationship", editor -> editor.removeRelationship(relationship.getName()))));
            return;
        }
        if (relationship.getKind() == RelationshipKind.MANY_TO_MANY) {
            if (!relationship.getFkFields().isEmpty()) {
                checks.error("relationship.fkFields", relationship,
                        "a ManyToMany relationship has no foreign-key fields: its link table holds the keys", List.of());
            }
            return;
        }
        if (relationship.getKind() == RelationshipKind.MANY_TO_ONE && relationship.getFkSide() != RelationshipEnd.START
                || relationship.getKind() == RelationshipKind.ONE_TO_MANY && relationship.getFkSide() != RelationshipEnd.END) {
            RelationshipEnd right = relationship.getKind() == RelationshipKind.MANY_TO_ONE ? RelationshipEnd.START
                    : RelationshipEnd.END;
            checks.error("relationship.fkSide", relationship, "a " + relationship.getKind().getLiteral()
                    + " relationship has its foreign key on the " + right.getLiteral().toLowerCase(),
                    List.of(new Fix("put the foreign key on the " + right.getLiteral().toLowerCase(),
                            editor -> SetCommand.create(editor.domain(), relationship,
                                    org.relsync.model.entity.EntityPackage.Literals.RELATIONSHIP__FK_SIDE, right))));
        }
        Entity fkEntity = Elements.fkEntity(relationship);
        Entity pkEntity = Elements.pkEntity(relationship);
        if (relationship.getFkFields().stream().anyMatch(f -> f.getEntity() != fkEntity)) {
            checks.error("relationship.fkFields", relationship,
                    "a foreign-key field does not belong to " + fkEntity.getName(), List.of());
        }
        int identifying = Elements.identifyingFields(pkEntity).size();
        if (relationship.getFkFields().size() != identifying) {
            checks.error("relationship.fkFields", relationship, relationship.getFkFields().size()
                    + " foreign-key fields for " + identifying + " identifying fields of " + pkEntity.getName(),
                    List.of(new Fix("remove the relationship", editor -> editor.removeRelationship(relationship.getName()))));
        }
    }

    /** Rules across the project: names, and the mappings of each database. */
    private static void project(Project project, Checks checks) {
        if (project.getEntityModel() == null) {
            return;
        }
        Map<String, Entity> byName = new HashMap<>();
        for (Entity entity : project.getEntityModel().getEntities()) {
            if (entity.getName() != null && byName.putIfAbsent(entity.getName(), entity) != null) {
                checks.error("entity.duplicate", entity, "another entity has the same name", List.of());
            }
        }
        for (Database database : project.getDatabases()) {
            mappings(project, database, checks);
        }
    }

    private static void mappings(Project project, Database database, Checks checks) {
        boolean modelDriven = Elements.schemas(database).stream()
                .anyMatch(s -> s.getSyncSource() != SyncSource.DATABASE);
        boolean hasMappings = project.getMappings().stream().anyMatch(m -> m.getDatabase() == database);
        if (!hasMappings) {
            return; // never synced with this database: nothing to check yet
        }
        DatabaseMappings mappings = DatabaseMappings.of(project, database);
        for (Entity entity : project.getEntityModel().getEntities()) {
            var target = mappings.target(entity);
            if (target.isEmpty()) {
                if (modelDriven) {
                    checks.warning("mapping.missing", entity, "is not mapped in database " + database.getName()
                            + " yet: run a sync", List.of());
                } else {
                    checks.error("mapping.missing", entity, "has no table in database " + database.getName()
                            + " (its schemas follow the database)",
                            List.of(new Fix("remove the entity", editor -> editor.removeEntity(entity.getName()))));
                }
                continue;
            }
            boolean tableFollowsDatabase = target.get().eContainer() instanceof Schema s && s.getSyncSource() == SyncSource.DATABASE;
            for (EntityField field : entity.getFields()) {
                if (mappings.target(field).isEmpty()) {
                    if (tableFollowsDatabase || target.get() instanceof org.relsync.model.relational.View) {
                        checks.error("mapping.missing", field, "has no column in " + Elements.fullPath(target.get()),
                                List.of(new Fix("remove the field",
                                        editor -> editor.removeField(entity.getName() + "." + field.getName()))));
                    } else {
                        checks.warning("mapping.missing", field, "is not mapped in database " + database.getName()
                                + " yet: run a sync", List.of());
                    }
                }
            }
        }
        for (Schema schema : Elements.schemas(database)) {
            for (Table table : schema.getTables()) {
                if (!mappings.isTargeted(table) && !table.isMarkedForDeletion()) {
                    List<Fix> fixes = new ArrayList<>();
                    if (OrphanPolicy.canMark(schema.getSyncSource(), RelationalPackage.Literals.TABLE)) {
                        fixes.add(new Fix("mark it for deletion", editor -> SetCommand.create(editor.domain(), table,
                                RelationalPackage.Literals.RELATIONAL_ELEMENT__MARKED_FOR_DELETION, true)));
                    }
                    checks.warning("orphan.table", table, "no entity or typed view maps this table", fixes);
                }
                if (mappings.isMappedByEntity(table) && !table.isMarkedForDeletion()) {
                    for (TableField column : table.getFields()) {
                        if (!mappings.isTargeted(column) && !column.isMarkedForDeletion()) {
                            List<Fix> fixes = new ArrayList<>();
                            if (OrphanPolicy.canMark(schema.getSyncSource(), RelationalPackage.Literals.TABLE_FIELD)) {
                                fixes.add(new Fix("mark it for deletion", editor -> SetCommand.create(editor.domain(), column,
                                        RelationalPackage.Literals.RELATIONAL_ELEMENT__MARKED_FOR_DELETION, true)));
                            }
                            checks.warning("orphan.field", column, "no entity field maps this column", fixes);
                        }
                    }
                }
            }
        }
    }

    /** Adds diagnostics to the chain and remembers whether any error was found. */
    private static final class Checks {
        private final DiagnosticChain diagnostics;
        boolean ok = true;

        Checks(DiagnosticChain diagnostics) {
            this.diagnostics = diagnostics;
        }

        void error(String code, EObject element, String message) {
            error(code, element, message, List.of());
        }

        void error(String code, EObject element, String message, List<Fix> fixes) {
            ok = false;
            add(Diagnostic.ERROR, code, element, message, fixes);
        }

        void warning(String code, EObject element, String message, List<Fix> fixes) {
            add(Diagnostic.WARNING, code, element, message, fixes);
        }

        private void add(int severity, String code, EObject element, String message, List<Fix> fixes) {
            if (diagnostics == null) {
                return;
            }
            List<Object> data = new ArrayList<>();
            data.add(element);
            data.add(code);
            data.addAll(fixes);
            diagnostics.add(new BasicDiagnostic(severity, SOURCE, 0, message, data.toArray()));
        }
    }
}
