package org.relsync.db.dialect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.relsync.model.entity.ModelType;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.dialect.ModelTypeMatch;

/**
 * A database's type names, each with the arguments it takes and the model type it reads as;
 * aliases point at canonical names. Both directions of a dialect's converter come from here.
 */
public final class TypeTable {

    /** Which arguments a type takes. */
    public enum Args {
        NONE, LENGTH, PRECISION_SCALE
    }

    private record Entry(String name, Args args, ModelType modelType) {
    }

    /** Compiled once: keys are made for every type name a dialect reads. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, Entry> byName = new HashMap<>();
    private final boolean lowerCase;

    /** @param lowerCase whether names the table does not know are shown in lower case (else upper) */
    public TypeTable(boolean lowerCase) {
        this.lowerCase = lowerCase;
    }

    /** Adds a canonical type name with the arguments it takes, the model type it reads as, and its aliases. */
    public TypeTable type(String name, Args args, ModelType modelType, String... aliases) {
        Entry entry = new Entry(name, args, modelType);
        byName.put(key(name), entry);
        for (String alias : aliases) {
            byName.put(key(alias), entry);
        }
        return this;
    }

    private static String key(String name) {
        return SPACES.matcher(name.strip().toUpperCase(Locale.ROOT)).replaceAll(" ");
    }

    /** Whether {@code name} (any spelling, arguments aside) is a type of this table. */
    boolean knows(String name) {
        String bare = name.strip();
        int paren = bare.indexOf('(');
        return byName.containsKey(key(paren > 0 ? bare.substring(0, paren) : bare));
    }

    DatabaseType canonical(String name, Integer size, Integer digits) {
        Entry entry = byName.get(key(name));
        if (entry == null && name.contains("\"")) {
            return new DatabaseType(name.strip(), positive(size), null, null); // quoted: the database's exact spelling
        }
        if (entry == null) {
            String shown = lowerCase ? name.strip().toLowerCase(Locale.ROOT) : name.strip().toUpperCase(Locale.ROOT);
            return new DatabaseType(shown, positive(size), null, null);
        }
        return switch (entry.args()) {
            case NONE -> DatabaseType.of(entry.name());
            case LENGTH -> new DatabaseType(entry.name(), positive(size), null, null);
            case PRECISION_SCALE -> new DatabaseType(entry.name(), null, positive(size), digits == null ? null : Math.max(0, digits));
        };
    }

    ModelTypeMatch toModelType(DatabaseType type) {
        Entry entry = byName.get(key(type.name()));
        if (entry == null) {
            String upper = key(type.name());
            boolean binary = upper.contains("BLOB") || upper.contains("BINARY") || upper.contains("BYTE")
                    || upper.contains("RAW");
            return new ModelTypeMatch(binary ? ModelType.BINARY : ModelType.STRING, type.length(), null, null, false);
        }
        return switch (entry.args()) {
            case NONE -> ModelTypeMatch.exact(entry.modelType());
            case LENGTH -> new ModelTypeMatch(entry.modelType(), type.length(), null, null, true);
            case PRECISION_SCALE -> new ModelTypeMatch(entry.modelType(), null, type.precision(), type.scale(), true);
        };
    }

    private static Integer positive(Integer n) {
        return n == null || n <= 0 || n == Integer.MAX_VALUE ? null : n;
    }
}
