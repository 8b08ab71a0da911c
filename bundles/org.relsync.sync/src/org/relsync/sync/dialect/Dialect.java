package org.relsync.sync.dialect;

import java.util.Locale;

import org.relsync.model.entity.ModelType;

/**
 * What the sync engine needs to know about one kind of database: its types in both directions
 * (SYNC-SPEC section 6) and its identifier rules (section 5).
 */
public interface Dialect {

    /** The driver id of the databases this dialect serves, e.g. {@code h2} or {@code postgresql}. */
    String id();

    /** The longest identifier the database accepts, in the unit {@link #identifierLength} counts. */
    int maxIdentifierLength();

    /**
     * The length of {@code identifier} as the database counts it against
     * {@link #maxIdentifierLength()}: characters (code points) unless the database counts
     * otherwise (PostgreSQL counts bytes: {@code ä} is two).
     */
    default int identifierLength(String identifier) {
        return identifier.codePointCount(0, identifier.length());
    }

    /** How the database stores identifiers that were not quoted. */
    IdentifierCase identifierCase();

    /** Whether {@code word} is reserved in this database's SQL, compared without case. */
    boolean isReservedWord(String word);

    /** {@code identifier}, quoted the way this database quotes identifiers. */
    default String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The database type for a model type with its length, precision and scale (any may be null). */
    DatabaseType toDatabaseType(ModelType type, Integer length, Integer precision, Integer scale);

    /**
     * Whether {@code typeName} is one of the database's built-in types; a type it does not know
     * (an enum, a domain, an extension's type) is the database's own, which RelSync does not
     * carry and DDL cannot create. The generic dialect knows nothing, so it says yes to all.
     */
    default boolean knowsType(String typeName) {
        return true;
    }

    /**
     * The model type for a database type. Never fails: an unknown type maps to String or Binary
     * with {@link ModelTypeMatch#exact()} false.
     */
    ModelTypeMatch toModelType(DatabaseType type);

    /**
     * Whether generated identity values need a sequence (true) or are an identity column
     * property (false).
     */
    boolean usesSequencesForIdentity();

    /**
     * A type as the database reported it, in the form {@link #toDatabaseType} writes: aliases
     * resolved ({@code int4} is {@code integer}), and only the length, precision and scale that
     * the type takes. Catalog sources call it, so that comparing a column read from the database
     * with one made from the model does not see differences that are only spelling.
     *
     * @param name      the type name as reported
     * @param size      the reported column size (length or precision), or null
     * @param digits    the reported decimal digits (scale), or null
     */
    default DatabaseType canonical(String name, Integer size, Integer digits) {
        return new DatabaseType(name, size, null, null);
    }

    /** Whether two identifiers name the same thing in this database, unquoted. */
    default boolean sameIdentifier(String a, String b) {
        return a != null && b != null && a.toUpperCase(Locale.ROOT).equals(b.toUpperCase(Locale.ROOT));
    }

    /** How unquoted identifiers are stored. */
    enum IdentifierCase {
        UPPER, LOWER, AS_IS
    }
}
