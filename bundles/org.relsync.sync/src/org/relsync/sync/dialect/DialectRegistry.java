package org.relsync.sync.dialect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dialects known to an engine, by driver id. A database whose driver has no dialect of its
 * own is served by the fallback (the generic {@link AnsiDialect} unless told otherwise).
 */
public final class DialectRegistry {

    private final Map<String, Dialect> byDriver = new LinkedHashMap<>();
    private final Dialect fallback;

    public DialectRegistry(Dialect fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** A registry with only the generic ANSI dialect. */
    public static DialectRegistry ansi() {
        return new DialectRegistry(new AnsiDialect());
    }

    public DialectRegistry register(Dialect dialect) {
        byDriver.put(dialect.id(), dialect);
        return this;
    }

    public Optional<Dialect> find(String driverId) {
        return Optional.ofNullable(driverId == null ? null : byDriver.get(driverId));
    }

    /** The dialect for {@code driverId}, or the fallback. */
    public Dialect forDriver(String driverId) {
        return find(driverId).orElse(fallback);
    }
}
