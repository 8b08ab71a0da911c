package org.relsync.db.dialect;

import java.util.Locale;
import java.util.Set;

import org.relsync.model.entity.ModelType;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.dialect.Dialect;
import org.relsync.sync.dialect.ModelTypeMatch;

/** A dialect whose types come from a {@link TypeTable} and whose identifier rules are constants. */
public abstract class TableDialect implements Dialect {

    private final String id;
    private final int maxIdentifierLength;
    private final IdentifierCase identifierCase;
    private final Set<String> reserved;
    private final TypeTable types;

    protected TableDialect(String id, int maxIdentifierLength, IdentifierCase identifierCase, Set<String> reserved, TypeTable types) {
        this.id = id;
        this.maxIdentifierLength = maxIdentifierLength;
        this.identifierCase = identifierCase;
        this.reserved = reserved;
        this.types = types;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int maxIdentifierLength() {
        return maxIdentifierLength;
    }

    @Override
    public IdentifierCase identifierCase() {
        return identifierCase;
    }

    @Override
    public boolean isReservedWord(String word) {
        return word != null && reserved.contains(word.toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean usesSequencesForIdentity() {
        return false;
    }

    @Override
    public DatabaseType canonical(String name, Integer size, Integer digits) {
        return types.canonical(name, size, digits);
    }

    @Override
    public boolean knowsType(String typeName) {
        return types.knows(typeName);
    }

    @Override
    public ModelTypeMatch toModelType(DatabaseType type) {
        return types.toModelType(canonical(type.name(), type.length() != null ? type.length() : type.precision(),
                type.scale()));
    }

    @Override
    public abstract DatabaseType toDatabaseType(ModelType type, Integer length, Integer precision, Integer scale);

    /** {@code value}, or {@code fallback} when it is null. */
    protected static int or(Integer value, int fallback) {
        return value != null ? value : fallback;
    }
}
