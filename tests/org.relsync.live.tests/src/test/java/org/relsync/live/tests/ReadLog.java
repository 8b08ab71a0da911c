package org.relsync.live.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.Monitor;
import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.catalog.RelationChoice;
import org.relsync.sync.catalog.SchemaListing;
import org.relsync.sync.catalog.SchemaRef;

/**
 * The real catalog source, with a note of each read: which schemas of which database it was asked
 * for, so that a test sees what a sync read (the reading itself is the real source's).
 */
final class ReadLog implements CatalogSource {

    /** One read: the database and the names of the schemas read, sorted. */
    record Read(String database, List<String> schemas) {
    }

    private final CatalogSource source;
    private final List<Read> reads = new CopyOnWriteArrayList<>();
    private final Map<String, Set<String>> relations = new ConcurrentHashMap<>();

    ReadLog(CatalogSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public Database read(Database database, List<SchemaRef> schemas, Monitor monitor) {
        note(database, schemas);
        return source.read(database, schemas, monitor);
    }

    /** Notes the read, and the relations chosen of each schema read in part. */
    @Override
    public Database read(Database database, List<SchemaRef> schemas, RelationChoice choice, Monitor monitor) {
        note(database, schemas);
        return source.read(database, schemas, new RelationChoice() {
            @Override
            public boolean limits(SchemaRef schema) {
                return choice.limits(schema);
            }

            @Override
            public Set<String> choose(SchemaRef schema, SchemaListing listing) {
                Set<String> chosen = choice.choose(schema, listing);
                relations.put(schema.schema(), new TreeSet<>(chosen));
                return chosen;
            }
        }, monitor);
    }

    private void note(Database database, List<SchemaRef> schemas) {
        List<String> names = new ArrayList<>();
        schemas.forEach(s -> names.add(s.schema()));
        names.sort(null);
        reads.add(new Read(database.getName(), List.copyOf(names)));
    }

    /** Of the schemas read in part since the last {@link #clear}, the relations read (the last read's), by schema. */
    Map<String, Set<String>> relations() {
        return Map.copyOf(relations);
    }

    /** The reads so far, oldest first. */
    List<Read> reads() {
        return List.copyOf(reads);
    }

    void clear() {
        reads.clear();
        relations.clear();
    }
}
