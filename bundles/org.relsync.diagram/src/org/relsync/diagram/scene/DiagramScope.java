package org.relsync.diagram.scene;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a diagram shows (DIAGRAM-SPEC section 1): its kind; for tables and mappings, one database
 * (by id; {@code null} means the project's only database); some of its schemas (empty: all); a
 * named subset of entities (empty: all) with their neighbours to {@code depth} relationships; how
 * many rows per node; and which elements are shown in full (empty: all), the rest faded.
 */
public record DiagramScope(DiagramKind kind, String database, List<String> schemas, List<String> entities, int depth,
        ColumnDetail columns, Set<Highlight> only) {

    public DiagramScope {
        Objects.requireNonNull(kind, "kind");
        schemas = List.copyOf(schemas == null ? List.of() : schemas);
        entities = List.copyOf(entities == null ? List.of() : entities);
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative: " + depth);
        }
        columns = columns == null ? ColumnDetail.ALL : columns;
        only = only == null || only.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(only));
    }

    /** Everything of {@code kind}, every row, nothing faded. */
    public static DiagramScope of(DiagramKind kind) {
        return new DiagramScope(kind, null, List.of(), List.of(), 0, ColumnDetail.ALL, Set.of());
    }

    /**
     * A key that names this diagram in the stored layout: the same scope gives the same key, so
     * positions are found again. Row detail and highlights do not change the key (the same nodes).
     */
    public String layoutKey() {
        StringBuilder key = new StringBuilder(kind.name().toLowerCase(java.util.Locale.ROOT));
        if (database != null) {
            key.append(":db=").append(database);
        }
        if (!schemas.isEmpty()) {
            key.append(":schemas=").append(String.join(",", schemas.stream().sorted().toList()));
        }
        if (!entities.isEmpty()) {
            key.append(":entities=").append(String.join(",", entities.stream().sorted().toList())).append(":depth=").append(depth);
        }
        return key.toString();
    }
}
