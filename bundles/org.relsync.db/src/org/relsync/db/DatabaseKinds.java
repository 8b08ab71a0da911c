package org.relsync.db;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.relsync.db.h2.H2Kind;
import org.relsync.db.mariadb.MariaDbKind;
import org.relsync.db.postgresql.PostgreSqlKind;
import org.relsync.db.sqlite.SqliteKind;
import org.relsync.sync.dialect.DialectRegistry;

/**
 * The kinds of database RelSync supports, one line each: a plain list, which works the same on a
 * class path and inside OSGi.
 */
public final class DatabaseKinds {

    private static final List<DatabaseKind> ALL = List.of(
            new H2Kind(),
            new PostgreSqlKind(),
            new MariaDbKind(),
            new SqliteKind());

    private DatabaseKinds() {
    }

    /** Every kind, in the order messages list them. */
    public static List<DatabaseKind> all() {
        return ALL;
    }

    /** The kind a driver id names (its id or an alias, in any case). */
    public static Optional<DatabaseKind> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String key = id.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(k -> k.id().equals(key) || k.aliases().contains(key)).findFirst();
    }

    /** The driver ids, for messages. */
    public static List<String> ids() {
        return ALL.stream().map(DatabaseKind::id).toList();
    }

    /** What a message says of a driver id no kind answers to. */
    public static String unknown(String id) {
        return "unknown driver '" + id + "'; one of " + ids();
    }

    /** A registry with every kind's dialect, falling back to the generic ANSI one. */
    public static DialectRegistry dialects() {
        DialectRegistry registry = DialectRegistry.ansi();
        ALL.forEach(k -> registry.register(k.dialect()));
        return registry;
    }
}
