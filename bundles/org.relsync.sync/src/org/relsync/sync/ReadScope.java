package org.relsync.sync;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;

/**
 * Which schemas of each database a sync reads again (LIVE-SPEC section 1: a live change re-reads,
 * migrates and model-syncs only what it touched). A database the scope does not limit is read
 * whole, as a plain {@code relsync sync} reads it; for a limited one the refresh phase reads
 * {@link #reads the schemas the change named and the schemas with a foreign key onto one of them},
 * and the merge leaves every other schema of the model exactly as it was: nothing in it is
 * removed, orphaned or marked for not having been read.
 * <p>
 * Schemas, not tables: a table scope would need every table that references a named one read
 * too, and a rename seen as a drop and a create (where the database gives no identities) names
 * only the new table, so the old one would stay; a schema is read whole, so neither can happen.
 * Names compare without case (reading a schema too many is harmless, one too few is not).
 *
 * @param schemas per database name, the (lower-case) names of the schemas a change touched;
 *                a database that is not a key is read whole
 */
public record ReadScope(Map<String, Set<String>> schemas) {

    private static final ReadScope EVERYTHING = new ReadScope(Map.of());

    public ReadScope {
        Map<String, Set<String>> lowered = new HashMap<>();
        schemas.forEach((database, names) -> {
            Set<String> lower = new TreeSet<>();
            names.forEach(name -> lower.add(lower(name)));
            lowered.put(Objects.requireNonNull(database, "database"), Set.copyOf(lower));
        });
        schemas = Map.copyOf(lowered);
    }

    /** Every schema of every database: a full sync. */
    public static ReadScope everything() {
        return EVERYTHING;
    }

    /** This scope with {@code database} limited to the schemas {@code names} (none: nothing of it is read). */
    public ReadScope limit(String database, Collection<String> names) {
        Map<String, Set<String>> copy = new HashMap<>(schemas);
        copy.put(Objects.requireNonNull(database, "database"), Set.copyOf(names));
        return new ReadScope(copy);
    }

    /**
     * Whether a sync reads {@code schema} of {@code database}: always when the database is read
     * whole; else when a change touched it, or when one of its tables has a foreign key onto a
     * table of a touched schema (which may have been dropped or renamed: the foreign key follows
     * as a full read would make it).
     */
    public boolean reads(Database database, Schema schema) {
        Set<String> touched = schemas.get(database.getName());
        if (touched == null || touched.contains(lower(schema.getName()))) {
            return true;
        }
        for (Table table : schema.getTables()) {
            for (ForeignKey key : table.getForeignKeys()) {
                if (key.getReferencedTable() != null && key.getReferencedTable().eContainer() instanceof Schema referenced
                        && touched.contains(lower(referenced.getName()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lower(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
