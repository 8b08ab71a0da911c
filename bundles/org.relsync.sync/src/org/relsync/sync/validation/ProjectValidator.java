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
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.dialect.Dialect;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.edit.FieldRules;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.phase.OrphanPolicy;
import org.relsync.sync.phase.Orphans;
import org.relsync.model.project.OrphanAction;
import org.relsync.model.project.ProjectSettings;

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
            DialectRegistry dialects = context != null && context.get(DialectRegistry.class) instanceof DialectRegistry d ? d
                    : DialectRegistry.ansi();
            for (Database database : project.getDatabases()) {
                identifiers(project, database, dialects, checks);
            }
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
        if (entity.getFields().isEmpty()) {
            checks.error("entity.fields", entity, "the entity has no fields: its table would have no columns",
                    List.of(new Fix("remove the entity", editor -> editor.removeEntity(entity.getName()))));
        } else if (Elements.identifyingFields(entity).isEmpty()) {
            checks.warning("entity.identity", entity, "has no identifying field: its table gets no primary key",
                    List.of(new Fix(
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
            Entity keyless = Elements.identifyingFields(relationship.getStart()).isEmpty() ? relationship.getStart()
                    : Elements.identifyingFields(relationship.getEnd()).isEmpty() ? relationship.getEnd() : null;
            if (keyless != null) {
                // what model sync reports when it cannot make the link table's keys (same code, same element)
                List<Fix> fixes = keyless.getFields().isEmpty() ? List.of()
                        : List.of(new Fix("make a field of " + keyless.getName() + " identifying",
                                editor -> SetCommand.create(editor.domain(), keyless.getFields().get(0),
                                        org.relsync.model.entity.EntityPackage.Literals.ENTITY_FIELD__IDENTIFYING, true)));
                checks.error("relationship.linkTable", relationship,
                        "no link table can be made: " + keyless.getName() + " has no identifying fields", fixes);
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
            DatabaseMappings mappings = DatabaseMappings.existing(project, database); // indexed once for both
            mappings(project, database, mappings, checks);
            orphans(project, database, mappings, checks);
            if (project.getMappings().stream().anyMatch(m -> m.getDatabase() == database)) {
                sequencesInUse(database, checks);
            }
        }
    }

    private static void mappings(Project project, Database database, DatabaseMappings mappings, Checks checks) {
        boolean modelDriven = Elements.schemas(database).stream()
                .anyMatch(s -> s.getSyncSource() != SyncSource.DATABASE);
        boolean hasMappings = project.getMappings().stream().anyMatch(m -> m.getDatabase() == database);
        if (!hasMappings) {
            return; // never synced with this database: nothing to check yet
        }
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
    }

    /**
     * Orphans by the rules of the orphan step ({@link Orphans}), in every schema of the database,
     * as the settings want them reported: nothing for {@code DoNothing}, and nothing for an element
     * already marked for deletion (it waits for its DDL). An orphan that the next model sync will
     * mark is reported until it is marked.
     */
    private static void orphans(Project project, Database database, DatabaseMappings mappings, Checks checks) {
        ProjectSettings settings = project.getSettings() != null ? project.getSettings()
                : org.relsync.model.project.ProjectFactory.eINSTANCE.createProjectSettings();
        Orphans.visit(database, mappings, settings,
                (schema, element, backed, configured, code, why, advice) -> {
                    if (backed || element.isMarkedForDeletion()
                            || OrphanPolicy.effective(configured, schema.getSyncSource(), element.eClass()) == OrphanAction.DO_NOTHING) {
                        return;
                    }
                    List<Fix> fixes = new ArrayList<>();
                    if (OrphanPolicy.canMark(schema.getSyncSource(), element.eClass())) {
                        fixes.add(new Fix("mark it for deletion", editor -> SetCommand.create(editor.domain(), element,
                                RelationalPackage.Literals.RELATIONAL_ELEMENT__MARKED_FOR_DELETION, true)));
                    }
                    advice.forEach(a -> fixes.add(Fix.advice(a)));
                    checks.warning(code, element, Orphans.message(schema, element, why), fixes);
                });
    }

    /** A column that draws its values from a sequence marked for deletion: the DDL would drop what it needs. */
    private static void sequencesInUse(Database database, Checks checks) {
        for (Schema schema : Elements.schemas(database)) {
            for (Table table : schema.getTables()) {
                if (table.isMarkedForDeletion()) {
                    continue;
                }
                for (TableField column : table.getFields()) {
                    Sequence sequence = column.getSequence();
                    if (sequence != null && sequence.isMarkedForDeletion() && !column.isMarkedForDeletion()) {
                        checks.error("sequence.inUse", column, "draws its values from sequence " + sequence.getName()
                                + ", which is marked for deletion", List.of(new Fix("keep the sequence",
                                        editor -> SetCommand.create(editor.domain(), sequence,
                                                RelationalPackage.Literals.RELATIONAL_ELEMENT__MARKED_FOR_DELETION,
                                                false))));
                    }
                }
            }
        }
    }

    /**
     * Names in the database's Model and Mixed schemas (the ones DDL writes) that the database
     * would not keep as they are: longer than its limit, counted as it counts (PostgreSQL: UTF-8
     * bytes), or two columns of one table, or two tables of one schema, that the database's
     * truncation would make one name. Found here, before any DDL runs.
     */
    private static void identifiers(Project project, Database database, DialectRegistry dialects, Checks checks) {
        Naming naming = Naming.of(project, database, dialects);
        Dialect dialect = naming.dialect();
        int max = dialect.maxIdentifierLength();
        for (Schema schema : Elements.schemas(database)) {
            if (schema.getSyncSource() == SyncSource.DATABASE) {
                continue;
            }
            Map<String, Table> tables = new HashMap<>();
            for (Table table : schema.getTables()) {
                identifier(table, naming, max, checks);
                kept(table.getName(), dialect, max).ifPresent(key -> {
                    if (tables.putIfAbsent(key, table) != null) {
                        checks.error("identifier.collision", table, "the database keeps only the first " + max + " "
                                + unit(dialect) + " of a name, and another table's name starts the same", List.of());
                    }
                });
                Map<String, TableField> columns = new HashMap<>();
                for (TableField column : table.getFields()) {
                    identifier(column, naming, max, checks);
                    kept(column.getName(), dialect, max).ifPresent(key -> {
                        if (columns.putIfAbsent(key, column) != null) {
                            checks.error("identifier.collision", column, "the database keeps only the first " + max + " "
                                    + unit(dialect) + " of a name, and another column of " + table.getName()
                                    + " starts the same", List.of());
                        }
                    });
                }
            }
        }
    }

    private static void identifier(org.relsync.model.relational.RelationalElement element, Naming naming, int max,
            Checks checks) {
        String name = element instanceof org.relsync.model.common.NamedElement n ? n.getName() : null;
        if (name == null || element.isMarkedForDeletion()) {
            return;
        }
        int length = naming.dialect().identifierLength(name);
        if (length > max) {
            String shorter = naming.shorten(name);
            checks.error("identifier.length", element, "the name is " + length + " " + unit(naming.dialect())
                    + " long; the database takes at most " + max,
                    List.of(new Fix("rename it " + shorter, editor -> SetCommand.create(editor.domain(), element,
                            org.relsync.model.common.CommonPackage.Literals.NAMED_ELEMENT__NAME, shorter))));
        }
    }

    /** The start of {@code name} the database keeps: whole characters within the limit (all of a name that fits). */
    private static java.util.Optional<String> kept(String name, Dialect dialect, int max) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        int end = 0;
        while (end < name.length()) {
            int next = name.offsetByCodePoints(end, 1);
            if (dialect.identifierLength(name.substring(0, next)) > max) {
                break;
            }
            end = next;
        }
        return java.util.Optional.of(name.substring(0, end));
    }

    private static String unit(Dialect dialect) {
        return dialect.identifierLength("\u00e4") == 2 ? "bytes" : "characters";
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
