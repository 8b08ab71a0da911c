package org.relsync.sync;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.catalog.SchemaListing;

/**
 * Which schemas, and of those which tables, of each database a sync reads again (LIVE-SPEC
 * section 1: a live change re-reads, migrates and model-syncs only what it touched). A database
 * the scope does not limit is read whole, as a plain {@code relsync sync} reads it; for a limited
 * one the refresh phase reads {@link #reads the schemas the change named and the schemas with a
 * foreign key onto one of them}, and the merge leaves every other schema of the model exactly as
 * it was: nothing in it is removed, orphaned or marked for not having been read.
 * <p>
 * A named schema may be limited further to the relations (tables, views, sequences) a change
 * named ({@link #limitsTables}; PostgreSQL's event trigger names them). Then the read takes
 * {@link #relations more than those}: a table scope on its own would miss what a change does
 * around a table (a rename seen as a drop and a create, where the database gives no identities,
 * names only the new table; a renamed table or column changes the foreign keys onto it and the
 * views that read it), so the relations the model and the database do not share, the views and
 * partitions of a relation read, and the model's tables with a foreign key onto one are read
 * too. Every sequence of the schema is read (a read table's default may draw from any of them;
 * they are one row each), and the merge leaves the schema's other tables and views exactly as
 * they were. A schema read only for its foreign keys onto a named one is read whole. A schema
 * the change did not name is read in part when the model has a relation there with the name of
 * one it named elsewhere in the database: {@code ALTER TABLE … SET SCHEMA} names only where the
 * table went, and the schema it left must see it gone ({@link #movedFrom}).
 * <p>
 * Names compare without case, schemas and relations alike, though PostgreSQL tells a quoted
 * {@code "Orders"} from {@code orders}: reading both where one was named costs a little, missing
 * one would leave the model wrong. A set of relations chosen is closed under it (every name of
 * the database and the model equal to a chosen one but for case is chosen too), so that the
 * merge, which compares names exactly, never takes a relation that was not read for a missing one.
 *
 * @param schemas per database name, the (lower-case) names of the schemas a change touched;
 *                a database that is not a key is read whole
 * @param tables  per database name and (lower-case) schema name, the (lower-case) names of the
 *                relations a change named in a schema it limits to them; a schema of
 *                {@code schemas} that is not a key here is read whole
 */
public record ReadScope(Map<String, Set<String>> schemas, Map<String, Map<String, Set<String>>> tables) {

    private static final ReadScope EVERYTHING = new ReadScope(Map.of());

    public ReadScope {
        Map<String, Set<String>> lowered = new HashMap<>();
        schemas.forEach((database, names) -> lowered.put(Objects.requireNonNull(database, "database"), lower(names)));
        Map<String, Map<String, Set<String>>> loweredTables = new HashMap<>();
        tables.forEach((database, bySchema) -> {
            Set<String> touched = new HashSet<>(lowered.getOrDefault(database, Set.of()));
            Map<String, Set<String>> limited = new HashMap<>();
            bySchema.forEach((schema, names) -> {
                limited.put(lower(schema), lower(names));
                touched.add(lower(schema));
            });
            lowered.put(database, Set.copyOf(touched));
            loweredTables.put(database, Map.copyOf(limited));
        });
        schemas = Map.copyOf(lowered);
        tables = Map.copyOf(loweredTables);
    }

    /** A scope of whole schemas. */
    public ReadScope(Map<String, Set<String>> schemas) {
        this(schemas, Map.of());
    }

    /** Every schema of every database: a full sync. */
    public static ReadScope everything() {
        return EVERYTHING;
    }

    /** This scope with {@code database} limited to the schemas {@code names} (none: nothing of it is read), each whole. */
    public ReadScope limit(String database, Collection<String> names) {
        return limit(database, names, Map.of());
    }

    /**
     * This scope with {@code database} limited to the schemas {@code whole}, read whole, and the
     * schemas {@code tables} names, each limited to the relations it names (a schema in both is
     * read whole).
     */
    public ReadScope limit(String database, Collection<String> whole, Map<String, ? extends Collection<String>> tables) {
        Map<String, Set<String>> copy = new HashMap<>(schemas);
        copy.put(Objects.requireNonNull(database, "database"), lower(whole));
        Map<String, Map<String, Set<String>>> tablesCopy = new HashMap<>(this.tables);
        Map<String, Set<String>> limited = new HashMap<>();
        tables.forEach((schema, names) -> {
            if (!whole.stream().anyMatch(name -> lower(name).equals(lower(schema)))) {
                limited.put(schema, Set.copyOf(names));
            }
        });
        tablesCopy.put(database, limited);
        return new ReadScope(copy, tablesCopy);
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
        return referencesOneOf(schema, touched) || !movedFrom(database, schema).isEmpty();
    }

    /** Whether a table of {@code schema} has a foreign key onto a table of one of the schemas {@code touched}. */
    private static boolean referencesOneOf(Schema schema, Set<String> touched) {
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

    /**
     * The (lower-case) relations of {@code schema}, which a change did not name, that have the
     * name of a relation it named in another schema of the database: where a relation may have
     * moved from ({@code ALTER TABLE … SET SCHEMA} names only the schema it went to). Such a
     * schema is read for those relations (found gone, or as they are), no more.
     */
    private Set<String> movedFrom(Database database, Schema schema) {
        Map<String, Set<String>> limited = tables.get(database.getName());
        if (limited == null) {
            return Set.of();
        }
        String here = lower(schema.getName());
        Set<String> elsewhere = new HashSet<>();
        limited.forEach((other, names) -> {
            if (!other.equals(here)) {
                elsewhere.addAll(names);
            }
        });
        Set<String> moved = new TreeSet<>();
        schema.getTables().forEach(t -> moved.add(lower(t.getName())));
        schema.getViews().forEach(v -> moved.add(lower(v.getName())));
        schema.getSequences().forEach(s -> moved.add(lower(s.getName())));
        moved.retainAll(elsewhere);
        return moved;
    }

    /** Whether a sync reads only some relations of {@code schema} ({@link #relations}), not all of it. */
    public boolean limitsTables(Database database, Schema schema) {
        return named(database, schema) != null;
    }

    /**
     * The relations of {@code schema} (which {@link #limitsTables} limits) a sync reads, as the
     * database ({@code listing}) and the model spell them: those a change named; those the model
     * has and the database has not, or the other way round (dropped, created, renamed: a rename
     * {@code a → b} makes both read, so the merge sees a and b as a full read shows them); the
     * views that read one of these and the tables that inherit from one (partitions), in the
     * database, and in turn theirs; the model's tables with a foreign key onto one of them (a
     * foreign key follows a renamed or dropped table or column, and goes with a table dropped
     * with CASCADE) or with a column drawing from a sequence named (it may own it no longer). A relation of the schema read for no
     * reason costs a little time; one not read that should have been leaves the model wrong.
     */
    public Set<String> relations(Database database, Schema schema, SchemaListing listing) {
        Set<String> named = named(database, schema);
        if (named == null) {
            throw new IllegalArgumentException(schema.getName() + " is read whole");
        }
        Set<String> model = new HashSet<>();
        schema.getTables().forEach(t -> model.add(t.getName()));
        schema.getViews().forEach(v -> model.add(v.getName()));
        Set<String> read = new HashSet<>(named);
        for (String name : model) {
            if (!listing.names().contains(name)) {
                read.add(lower(name));
            }
        }
        for (String name : listing.names()) {
            if (!model.contains(name)) {
                read.add(lower(name));
            }
        }
        for (boolean more = true; more;) { // views reading what is read, partitions of it, and theirs in turn
            more = false;
            for (Map.Entry<String, Set<String>> relation : listing.relations().entrySet()) {
                if (!read.contains(lower(relation.getKey()))
                        && relation.getValue().stream().anyMatch(name -> read.contains(lower(name)))) {
                    read.add(lower(relation.getKey()));
                    more = true;
                }
            }
        }
        Set<String> referencing = new HashSet<>();
        for (Table table : schema.getTables()) {
            for (ForeignKey key : table.getForeignKeys()) {
                TableOrView referenced = key.getReferencedTable();
                if (referenced != null && referenced.eContainer() == schema && read.contains(lower(referenced.getName()))) {
                    referencing.add(lower(table.getName()));
                }
            }
            for (TableField field : table.getFields()) {
                Sequence sequence = field.getSequence();
                if (sequence != null && sequence.eContainer() == schema && read.contains(lower(sequence.getName()))) {
                    referencing.add(lower(table.getName())); // a sequence named: its owner may have changed
                }
            }
        }
        read.addAll(referencing);
        Set<String> spelled = new TreeSet<>(); // closed under case: every spelling of a name read
        for (String name : model) {
            if (read.contains(lower(name))) {
                spelled.add(name);
            }
        }
        for (String name : listing.names()) {
            if (read.contains(lower(name))) {
                spelled.add(name);
            }
        }
        return Set.copyOf(spelled);
    }

    /**
     * The (lower-case) relations a change named in {@code schema}, or, in a schema it did not
     * name and reads for nothing else, those that may have {@link #movedFrom moved from it}; null
     * when it is read whole.
     */
    private Set<String> named(Database database, Schema schema) {
        Map<String, Set<String>> limited = tables.get(database.getName());
        if (limited == null) {
            return null;
        }
        Set<String> here = limited.get(lower(schema.getName()));
        if (here != null) {
            return here;
        }
        Set<String> touched = schemas.get(database.getName());
        if (touched.contains(lower(schema.getName())) || referencesOneOf(schema, touched)) {
            return null; // named whole, or read for its foreign keys onto a schema named
        }
        Set<String> moved = movedFrom(database, schema);
        return moved.isEmpty() ? null : Set.copyOf(moved);
    }

    private static Set<String> lower(Collection<String> names) {
        Set<String> lower = new TreeSet<>();
        names.forEach(name -> lower.add(lower(name)));
        return Set.copyOf(lower);
    }

    private static String lower(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
