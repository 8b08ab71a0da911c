package org.relsync.db;

import java.util.Objects;

import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.catalog.SchemaRef;

/** What every reader needs to build a snapshot: catalogs and schemas by name, and their sync source. */
public final class Snapshots {

    private Snapshots() {
    }

    /** The schema {@code catalogName.schemaName} of {@code database}, created with its catalog if missing. */
    public static Schema schema(Database database, String catalogName, String schemaName) {
        Catalog catalog = database.getCatalogs().stream().filter(c -> Objects.equals(c.getName(), catalogName))
                .findFirst().orElseGet(() -> {
                    Catalog c = RelationalFactory.eINSTANCE.createCatalog();
                    c.setName(catalogName);
                    database.getCatalogs().add(c);
                    return c;
                });
        return catalog.getSchemas().stream().filter(s -> Objects.equals(s.getName(), schemaName)).findFirst()
                .orElseGet(() -> {
                    Schema s = RelationalFactory.eINSTANCE.createSchema();
                    s.setName(schemaName);
                    catalog.getSchemas().add(s);
                    return s;
                });
    }

    /** The sync source the project gives the schema {@code ref}. */
    public static SyncSource sourceOf(Database project, SchemaRef ref) {
        for (Catalog c : project.getCatalogs()) {
            for (Schema s : c.getSchemas()) {
                if (Objects.equals(c.getName(), ref.catalog()) && Objects.equals(s.getName(), ref.schema())) {
                    return s.getSyncSource();
                }
            }
        }
        return SyncSource.DATABASE;
    }
}
