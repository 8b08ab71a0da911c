package org.relsync.sync.dialect;

import java.util.Objects;

import org.relsync.model.entity.ModelType;

/**
 * The model type a database type converts to. {@code exact} is false when the dialect did not
 * know the database type and fell back to String or Binary: the caller reports a warning.
 */
public record ModelTypeMatch(ModelType type, Integer length, Integer precision, Integer scale, boolean exact) {

    public ModelTypeMatch {
        Objects.requireNonNull(type, "type");
    }

    public static ModelTypeMatch exact(ModelType type) {
        return new ModelTypeMatch(type, null, null, null, true);
    }
}
