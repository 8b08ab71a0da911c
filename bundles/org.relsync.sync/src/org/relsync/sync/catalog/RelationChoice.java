package org.relsync.sync.catalog;

import java.util.Set;

/**
 * Which relations of a schema a read needs (LIVE-SPEC section 1: a live change reads only the
 * tables it touched), decided once the schema's relations are listed ({@link SchemaListing}),
 * since what a change touched includes what the database no longer has, or has anew. A source
 * that can list a schema cheaply asks {@link #limits} and, where it limits, {@link #choose}, and
 * reads at least the chosen relations; one that cannot reads the schema whole and never asks. Reading
 * more is never wrong: the merge only looks at what was chosen.
 */
public interface RelationChoice {

    /** Whether only some relations of {@code schema} need reading (else it is read whole, not listed). */
    boolean limits(SchemaRef schema);

    /**
     * The names of the relations of {@code schema} to read, exactly as the database or the model
     * spells them, given what the database has; asked once per schema and read.
     */
    Set<String> choose(SchemaRef schema, SchemaListing listing);
}
