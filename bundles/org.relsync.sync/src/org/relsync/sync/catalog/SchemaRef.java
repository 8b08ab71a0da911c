package org.relsync.sync.catalog;

import java.util.Objects;

/** A schema to read: its catalog (may be empty) and its name. */
public record SchemaRef(String catalog, String schema) {

    public SchemaRef {
        catalog = catalog == null ? "" : catalog;
        Objects.requireNonNull(schema, "schema");
    }
}
