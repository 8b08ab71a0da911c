package org.relsync.db;

import java.util.Objects;

import org.relsync.sync.dialect.Dialect;

/** The facts every {@link DatabaseKind} has, given once; a kind adds how it reads and writes. */
public abstract class AbstractDatabaseKind implements DatabaseKind {

    private final String id;
    private final String displayName;
    private final Dialect dialect;
    private final String driverClass;
    private final String driverLogger;
    private final UrlRules urlRules;

    /** See the methods of {@link DatabaseKind} of the same names. */
    protected AbstractDatabaseKind(String id, String displayName, Dialect dialect, String driverClass, String driverLogger,
            UrlRules urlRules) {
        this.id = Objects.requireNonNull(id, "id");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.driverClass = Objects.requireNonNull(driverClass, "driverClass");
        this.driverLogger = Objects.requireNonNull(driverLogger, "driverLogger");
        this.urlRules = Objects.requireNonNull(urlRules, "urlRules");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final Dialect dialect() {
        return dialect;
    }

    @Override
    public final String driverClass() {
        return driverClass;
    }

    @Override
    public final String driverLogger() {
        return driverLogger;
    }

    @Override
    public final UrlRules urlRules() {
        return urlRules;
    }

    @Override
    public String toString() {
        return id;
    }
}
