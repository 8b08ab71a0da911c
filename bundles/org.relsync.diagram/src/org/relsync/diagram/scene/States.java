package org.relsync.diagram.scene;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.relsync.model.common.NamedElement;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.EntityModel;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.TypedView;
import org.relsync.model.entity.TypedViewField;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.mapping.TypedViewFieldMapping;
import org.relsync.model.mapping.TypedViewMapping;
import org.relsync.model.project.OrphanAction;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectFactory;
import org.relsync.model.project.ProjectSettings;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.phase.OrphanPolicy;
import org.relsync.sync.phase.Orphans;
import org.relsync.sync.report.Change;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem;
import org.relsync.sync.validation.Validation;

/**
 * The sync state of every element a diagram can draw (DIAGRAM-SPEC section 2), each taken from
 * the one place that decides it: {@link RelationalElement#isMarkedForDeletion()}; {@link Orphans}
 * with {@link OrphanPolicy} for orphans and their action; {@link DatabaseMappings} for unmapped
 * entities and fields; the last report's {@code mapping.lost} problems and its changes;
 * {@link Validation} for errors and warnings.
 * <p>
 * An element that has no shape of its own (a primary key, a unique constraint, an index, an entity's
 * unique constraint) hands what it has to the nearest element that is drawn (its table or
 * entity), as a message, a problem count, or "changed".
 */
final class States {

    /** What is known of one element so far. */
    private static final class Acc {
        final EnumSet<State> states = EnumSet.noneOf(State.class);
        String orphanKind;
        String orphanAction;
        int errors;
        int warnings;
        final List<String> messages = new ArrayList<>();

        SyncState toState() {
            EnumSet<State> shown = states.clone();
            if (shown.contains(State.CREATED)) {
                shown.remove(State.CHANGED); // made by the sync: what it changed in it since is part of making it
            }
            return new SyncState(shown, orphanKind, orphanAction, errors, warnings, messages);
        }
    }

    private final Map<EObject, Acc> byElement = new IdentityHashMap<>();

    private States() {
    }

    /**
     * The states of the elements of {@code project}: unmapped entities and fields in
     * {@code database} ({@code null}: none, as for an entity diagram of a project with several);
     * with {@code relational}, also the marks and orphans of that database's elements (a diagram of
     * entities only needs none).
     */
    static States of(Project project, Database database, boolean relational, ChangeReport lastSync,
            DialectRegistry dialects, List<Validation.Finding> findings) {
        States states = new States();
        if (database != null) {
            DatabaseMappings mappings = DatabaseMappings.existing(project, database);
            if (relational) {
                states.marked(database);
                states.orphans(database, mappings, project.getSettings());
            }
            states.unmapped(project, database, mappings);
        }
        if (lastSync != null) {
            Paths paths = new Paths(project, lastSync);
            states.lostMappings(lastSync, paths);
            states.changes(lastSync, paths);
        }
        states.validation(findings != null ? findings : Validation.validate(project, dialects));
        return states;
    }

    /** The state of a drawn element: {@link SyncState#NONE} when nothing is known of it. */
    SyncState of(EObject element) {
        Acc acc = byElement.get(element);
        return acc == null ? SyncState.NONE : acc.toState();
    }

    private Acc acc(EObject element) {
        return byElement.computeIfAbsent(element, e -> new Acc());
    }

    /** Whether an element has a shape of its own on some diagram (a node, a row or an edge). */
    static boolean drawn(EObject element) {
        return element instanceof Entity || element instanceof EntityField || element instanceof TypedView
                || element instanceof TypedViewField || element instanceof Relationship || element instanceof TableOrView
                || element instanceof TableField || element instanceof ForeignKey || element instanceof Sequence
                || element instanceof Schema || element instanceof EntityMapping || element instanceof FieldMapping
                || element instanceof RelationshipMapping || element instanceof TypedViewMapping
                || element instanceof TypedViewFieldMapping;
    }

    /** The element itself when it is drawn, else its nearest drawn container, else {@code null}. */
    private static EObject shown(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (drawn(e)) {
                return e;
            }
            if (e instanceof Project || e instanceof EntityModel || e instanceof Database) {
                return null;
            }
        }
        return null;
    }

    private static String name(EObject element) {
        String kind = element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return element instanceof NamedElement named && named.getName() != null ? kind + " " + named.getName() : kind;
    }

    // ---- marked for deletion

    private void marked(Database database) {
        for (TreeIterator<EObject> it = database.eAllContents(); it.hasNext();) {
            EObject e = it.next();
            if (e instanceof Database) {
                it.prune(); // a baseline: not the model
                continue;
            }
            if (e instanceof RelationalElement element && element.isMarkedForDeletion()) {
                EObject shown = shown(element);
                if (shown == element) {
                    acc(element).states.add(State.MARKED);
                    acc(element).messages.add("will be dropped");
                } else if (shown != null) {
                    acc(shown).messages.add(name(element) + " will be dropped");
                }
            }
        }
    }

    // ---- orphans

    private void orphans(Database database, DatabaseMappings mappings, ProjectSettings settings) {
        ProjectSettings effective = settings != null ? settings : ProjectFactory.eINSTANCE.createProjectSettings();
        Orphans.visit(database, mappings, effective, (schema, element, backed, configured, code, why, advice) -> {
            if (backed) {
                return;
            }
            OrphanAction action = OrphanPolicy.effective(configured, schema.getSyncSource(), element.eClass());
            String actionLabel = switch (action) {
                case MARK_FOR_DELETION -> "mark";
                case RAISE_WARNING -> "warning";
                case DO_NOTHING -> "none";
            };
            String kind = OrphanPolicy.isExcludable(element.eClass()) ? "excludable" : "non-excludable";
            String message = "orphan (" + kind + ", action: " + actionLabel + "): " + why;
            EObject shown = shown(element);
            if (shown == element) {
                Acc acc = acc(element);
                acc.states.add(State.ORPHAN);
                acc.orphanKind = kind;
                acc.orphanAction = actionLabel;
                acc.messages.add(message);
            } else if (shown != null) {
                acc(shown).messages.add(name(element) + ": " + message);
            }
        });
    }

    // ---- unmapped entities and fields

    private void unmapped(Project project, Database database, DatabaseMappings mappings) {
        if (project.getEntityModel() == null) {
            return;
        }
        for (Entity entity : project.getEntityModel().getEntities()) {
            if (mappings.target(entity).isEmpty()) {
                acc(entity).states.add(State.UNMAPPED);
                acc(entity).messages.add("no table of database " + database.getName() + " maps it");
                continue;
            }
            for (EntityField field : entity.getFields()) {
                if (mappings.target(field).isEmpty()) {
                    acc(field).states.add(State.UNMAPPED);
                    acc(field).messages.add("no column of database " + database.getName() + " maps it");
                }
            }
        }
    }

    // ---- the last sync: lost mappings and changes

    private void lostMappings(ChangeReport report, Paths paths) {
        for (Problem problem : report.problems()) {
            if (problem.code().equals("mapping.lost")) {
                EObject element = paths.byFullPath.get(problem.path());
                if (element != null) {
                    acc(element).states.add(State.LOST_MAPPING);
                    acc(element).messages.add(problem.message());
                }
            }
        }
    }

    private void changes(ChangeReport report, Paths paths) {
        for (Change change : report.changes()) {
            State state = switch (change.kind()) {
                case CREATED -> State.CREATED;
                case RENAMED -> State.RENAMED;
                case CHANGED -> State.CHANGED;
                default -> null;
            };
            if (state == null) {
                if (change.kind() == ChangeKind.REMOVED && change.elementKind().equals("RelationshipMapping")) {
                    lostRelationshipMapping(change, paths);
                }
                continue;
            }
            EObject element = paths.find(change);
            EObject shown = element == null ? null : shown(element);
            if (shown == null) {
                continue;
            }
            String what = change.kind().label() + (change.detail().isEmpty() ? "" : ": " + change.detail());
            if (shown == element) {
                acc(element).states.add(state);
                acc(element).messages.add(what + " by the last sync");
            } else {
                acc(shown).states.add(State.CHANGED);
                acc(shown).messages.add(name(element) + " " + what + " by the last sync");
            }
        }
    }

    /**
     * A relationship whose mapping the last sync removed because its foreign key vanished, and that
     * is not mapped again since: its line shows the lost mapping.
     */
    private void lostRelationshipMapping(Change change, Paths paths) {
        String database = change.scope().startsWith("mappings ") ? change.scope().substring("mappings ".length()) : null;
        EObject relationship = paths.byFullPath.get("entity model/" + change.path());
        if (!(relationship instanceof Relationship r) || database == null) {
            return;
        }
        Project project = (Project) r.eContainer().eContainer();
        for (Database db : project.getDatabases()) {
            if (database.equals(db.getName()) && DatabaseMappings.existing(project, db).relationshipMapping(r).isEmpty()) {
                acc(r).states.add(State.LOST_MAPPING);
                acc(r).messages.add("lost its mapping in database " + database + ": " + change.detail());
            }
        }
    }

    // ---- validation

    private void validation(List<Validation.Finding> findings) {
        for (Validation.Finding finding : findings) {
            EObject shown = shown(finding.element());
            if (shown == null) {
                continue;
            }
            Acc acc = acc(shown);
            String prefix = shown == finding.element() ? "" : name(finding.element()) + ": ";
            if (finding.severity() == Problem.Severity.ERROR) {
                acc.states.add(State.ERROR);
                acc.errors++;
            } else {
                acc.states.add(State.WARNING);
                acc.warnings++;
            }
            acc.messages.add(finding.severity().label() + ": " + prefix + finding.message());
        }
    }

    /**
     * The elements a report can name, by the paths it names them with: full paths (problems), and
     * scope with element kind and local path (changes), renamed ones also by their old path.
     */
    static final class Paths {
        final Map<String, EObject> byFullPath = new HashMap<>();
        private final Map<String, List<EObject>> byScopeKindName = new HashMap<>();
        private final Map<String, EObject> byScopeKindPath = new HashMap<>();

        /** Tables and views the report renamed, by scope and old name: a change made before names them the old way. */
        private final Map<String, List<String[]>> ownerRenames = new HashMap<>();

        Paths(Project project, ChangeReport report) {
            for (Change change : report.changes()) {
                if (change.kind() == ChangeKind.RENAMED && (change.elementKind().equals("Table")
                        || change.elementKind().equals("View")) && change.detail().startsWith("-> ")) {
                    ownerRenames.computeIfAbsent(change.scope(), k -> new ArrayList<>())
                            .add(new String[] {change.path(), newName(change)});
                }
            }
            if (project.getEntityModel() != null) {
                for (TreeIterator<EObject> it = project.getEntityModel().eAllContents(); it.hasNext();) {
                    add("entity model", it.next());
                }
            }
            for (Database database : project.getDatabases()) {
                for (Schema schema : Elements.schemas(database)) {
                    String scope = Elements.path(schema);
                    for (TreeIterator<EObject> it = schema.eAllContents(); it.hasNext();) {
                        add(scope, it.next());
                    }
                }
                for (var dm : project.getMappings()) {
                    if (dm.getDatabase() == database) {
                        String scope = "mappings " + database.getName();
                        dm.getEntityMappings().forEach(em -> {
                            index(scope, "EntityMapping", em.getEntity(), em);
                            em.getFieldMappings().forEach(fm -> index(scope, "FieldMapping", fm.getField(), fm));
                        });
                        dm.getRelationshipMappings().forEach(rm -> index(scope, "RelationshipMapping", rm.getRelationship(), rm));
                        dm.getTypedViewMappings().forEach(tm -> index(scope, "TypedViewMapping", tm.getTypedView(), tm));
                    }
                }
            }
        }

        private void add(String scope, EObject element) {
            byFullPath.putIfAbsent(Elements.fullPath(element), element);
            String kind = element.eClass().getName();
            byScopeKindPath.putIfAbsent(scope + '\0' + kind + '\0' + Elements.localPath(element), element);
            if (element instanceof NamedElement named && named.getName() != null) {
                byScopeKindName.computeIfAbsent(scope + '\0' + kind + '\0' + named.getName(), k -> new ArrayList<>())
                        .add(element);
            }
        }

        /** A mapping, named in reports by the path of what it maps. */
        private void index(String scope, String kind, EObject mapped, EObject mapping) {
            if (mapped != null) {
                byScopeKindPath.putIfAbsent(scope + '\0' + kind + '\0' + Elements.localPath(mapped), mapping);
            }
        }

        /** The element a change names, as the model is now; {@code null} when it is gone. */
        EObject find(Change change) {
            String key = change.scope() + '\0' + change.elementKind() + '\0';
            if (change.kind() != ChangeKind.RENAMED) {
                for (String path : paths(change)) {
                    EObject found = byScopeKindPath.get(key + path);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            // the element now has the new name; its old path says where it was
            List<EObject> named = byScopeKindName.get(key + newName(change));
            if (named == null) {
                return null;
            }
            if (named.size() == 1) {
                return named.get(0);
            }
            for (EObject candidate : named) {
                for (String path : paths(change)) {
                    if (candidate.eContainer() instanceof NamedElement owner && owner.getName() != null
                            && path.startsWith(owner.getName() + ".")) {
                        return candidate;
                    }
                }
            }
            return null;
        }

        /** The change's path, then the same path under each new name the report gave its table or view. */
        private List<String> paths(Change change) {
            List<String> paths = new ArrayList<>(List.of(change.path()));
            for (String[] rename : ownerRenames.getOrDefault(change.scope(), List.of())) {
                if (change.path().startsWith(rename[0] + ".")) {
                    paths.add(rename[1] + change.path().substring(rename[0].length()));
                }
            }
            return paths;
        }

        /** A rename's new name: its detail is {@code -> NEW} or {@code -> NEW (a note)}. */
        private static String newName(Change change) {
            String detail = change.detail().startsWith("-> ") ? change.detail().substring(3) : change.detail();
            int note = detail.indexOf(" (");
            return note > 0 ? detail.substring(0, note) : detail;
        }
    }
}
