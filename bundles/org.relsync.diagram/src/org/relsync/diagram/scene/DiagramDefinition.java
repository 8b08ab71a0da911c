package org.relsync.diagram.scene;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A diagram of a project by name: what it shows ({@link DiagramScope}) and what the modeler calls
 * it. The three whole-project diagrams (Entities, Tables, Mappings) are {@linkplain #builtIns()
 * built in}: always there, never stored, never renamed or deleted; the others are stored with the
 * project's positions ({@code StoredLayout}). Names are unique in a project, ignoring case.
 * <p>
 * The scope names its entities (or tables) by name, as the command line does; {@code ids} holds
 * their model ids in the same order (empty when unknown: a definition from an older file), so that
 * {@link #current(Project)} finds them again after a rename and names them as they are now.
 */
public record DiagramDefinition(String name, DiagramScope scope, List<String> ids) {

    private static final List<DiagramDefinition> BUILT_INS = List.of(
            new DiagramDefinition("Entities", DiagramScope.of(DiagramKind.ENTITIES)),
            new DiagramDefinition("Tables", DiagramScope.of(DiagramKind.TABLES)),
            new DiagramDefinition("Mappings", DiagramScope.of(DiagramKind.MAPPINGS)));

    public DiagramDefinition {
        name = checkedName(name);
        Objects.requireNonNull(scope, "scope");
        ids = ids == null ? List.of() : ids.stream().map(id -> id == null ? "" : id).toList();
        if (!ids.isEmpty() && ids.size() != scope.entities().size()) {
            throw new IllegalArgumentException(ids.size() + " ids for " + scope.entities().size() + " entities");
        }
    }

    /** A definition whose elements' ids are not known yet ({@link #current} finds them by name). */
    public DiagramDefinition(String name, DiagramScope scope) {
        this(name, scope, List.of());
    }

    /**
     * This definition with the names of its elements as they are in {@code project} now: each
     * found by its id first (a renamed entity keeps its place in the diagram), else by its name,
     * whose element's id is then recorded. A name whose element is in neither way is kept as it is
     * (drawing it says what is missing).
     */
    public DiagramDefinition current(org.relsync.model.project.Project project) {
        return DefinitionTargets.current(this, project);
    }

    /** The whole-project Entities, Tables and Mappings diagrams, in that order. */
    public static List<DiagramDefinition> builtIns() {
        return BUILT_INS;
    }

    /** Whether this is one of the {@link #builtIns()}. */
    public boolean builtIn() {
        return BUILT_INS.contains(this);
    }

    /** The same diagram under {@code newName}. */
    public DiagramDefinition renamed(String newName) {
        return new DiagramDefinition(newName, scope, ids);
    }

    /** This diagram's name with another scope (the ids go with the entities they were of, when they are the same). */
    public DiagramDefinition withScope(DiagramScope newScope) {
        return new DiagramDefinition(name, newScope, newScope.entities().equals(scope.entities()) ? ids : List.of());
    }

    /**
     * {@code name} stripped, if it can name a diagram: not blank, at most 200 characters, no line
     * breaks or other control characters.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("a diagram needs a name");
        }
        if (stripped.length() > 200) {
            throw new IllegalArgumentException("a diagram's name has at most 200 characters");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a diagram's name is one line without control characters");
        }
        return stripped;
    }

    /** The definition named {@code name} (ignoring case) among {@code definitions}. */
    public static Optional<DiagramDefinition> named(Collection<DiagramDefinition> definitions, String name) {
        String wanted = name == null ? "" : name.strip();
        return definitions.stream().filter(d -> d.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * {@code name}, or when a definition among {@code taken} has it, {@code name (2)},
     * {@code name (3)}, … whichever is free first.
     */
    public static String unique(String name, Collection<DiagramDefinition> taken) {
        String base = checkedName(name);
        String candidate = base;
        for (int i = 2; named(taken, candidate).isPresent(); i++) {
            candidate = base + " (" + i + ")";
        }
        return candidate;
    }

    /** A short description of the scope: "entities: Customer and neighbours", "tables of shop, schema PUBLIC". */
    public String describe() {
        StringBuilder text = new StringBuilder(scope.kind().name().toLowerCase(Locale.ROOT));
        if (scope.database() != null) {
            text.append(" of ").append(scope.database());
        }
        if (!scope.schemas().isEmpty()) {
            text.append(scope.schemas().size() == 1 ? ", schema " : ", schemas ").append(String.join(", ", scope.schemas()));
        }
        if (!scope.entities().isEmpty()) {
            text.append(": ").append(String.join(", ", scope.entities()));
            if (scope.depth() > 0) {
                text.append(scope.depth() == 1 ? " and neighbours" : " and neighbours to depth " + scope.depth());
            }
        }
        return text.toString();
    }
}
