package org.relsync.sync.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The relations (tables and views) one schema has in the database, by name, each with the
 * relations of the same schema whose shape it follows (a view: the tables and views its query
 * reads; a table: those it inherits its columns from, a partition its partitioned table): a cheap listing, one catalog query, that a table-scoped read decides with what to read
 * ({@link RelationChoice}).
 *
 * @param relations per relation name, the names of the relations of the schema it depends on
 */
public record SchemaListing(Map<String, Set<String>> relations) {

    public SchemaListing {
        Map<String, Set<String>> copy = new HashMap<>();
        relations.forEach((name, reads) -> copy.put(Objects.requireNonNull(name, "name"), Set.copyOf(reads)));
        relations = Map.copyOf(copy);
    }

    /** The names of the schema's relations. */
    public Set<String> names() {
        return relations.keySet();
    }
}
