package org.relsync.sync.dialect;

import java.util.Objects;

/**
 * A column type as a database names it: the type name without its arguments, and the length,
 * precision and scale that go with it (null where the type takes none).
 */
public record DatabaseType(String name, Integer length, Integer precision, Integer scale) {

    public DatabaseType {
        Objects.requireNonNull(name, "name");
    }

    public static DatabaseType of(String name) {
        return new DatabaseType(name, null, null, null);
    }

    public static DatabaseType withLength(String name, int length) {
        return new DatabaseType(name, length, null, null);
    }

    public static DatabaseType withPrecision(String name, Integer precision, Integer scale) {
        return new DatabaseType(name, null, precision, scale);
    }

    /** As DDL writes it, e.g. {@code VARCHAR(100)} or {@code DECIMAL(10,2)}. */
    @Override
    public String toString() {
        if (length != null) {
            return name + "(" + length + ")";
        }
        if (precision != null) {
            return name + "(" + precision + (scale != null ? "," + scale : "") + ")";
        }
        return name;
    }
}
