package org.relsync.live.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.Monitor;
import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.CatalogSource;
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

    ReadLog(CatalogSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public Database read(Database database, List<SchemaRef> schemas, Monitor monitor) {
        List<String> names = new ArrayList<>();
        schemas.forEach(s -> names.add(s.schema()));
        names.sort(null);
        reads.add(new Read(database.getName(), List.copyOf(names)));
        return source.read(database, schemas, monitor);
    }

    /** The reads so far, oldest first. */
    List<Read> reads() {
        return List.copyOf(reads);
    }

    void clear() {
        reads.clear();
    }
}
