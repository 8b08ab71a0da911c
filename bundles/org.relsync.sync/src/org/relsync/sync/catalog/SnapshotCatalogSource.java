package org.relsync.sync.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectResource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;

/**
 * Serves catalogs held in memory, one {@link Database} snapshot per database name: built in code
 * or loaded from XMI files (offline catalogs, test fixtures). Every read returns a fresh copy of
 * the requested schemas.
 */
public final class SnapshotCatalogSource implements CatalogSource {

    private final Map<String, Database> snapshots = new HashMap<>();

    /**
     * Serves the database snapshot saved as XMI in {@code file} (a file whose root is a
     * {@code relational:Database}, as RelSync writes them) for the project database {@code databaseName}.
     */
    public SnapshotCatalogSource putXmi(String databaseName, Path file) {
        Resource resource = new ProjectResource(URI.createFileURI(file.toAbsolutePath().toString()));
        ProjectFiles.newResourceSet().getResources().add(resource);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, null);
        } catch (IOException | RuntimeException e) {
            throw new CatalogException(databaseName + ": cannot read the catalog snapshot " + file + ": " + e.getMessage(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Database snapshot)) {
            throw new CatalogException(databaseName + ": " + file + " holds no database snapshot");
        }
        return put(databaseName, snapshot);
    }

    /** Serves {@code snapshot} for the project database named {@code databaseName}. */
    public SnapshotCatalogSource put(String databaseName, Database snapshot) {
        snapshots.put(Objects.requireNonNull(databaseName, "databaseName"), Objects.requireNonNull(snapshot, "snapshot"));
        return this;
    }

    @Override
    public Database read(Database database, List<SchemaRef> schemas, Monitor monitor) {
        Database snapshot = snapshots.get(database.getName());
        if (snapshot == null) {
            throw new CatalogException(database.getName() + ": no catalog snapshot for this database");
        }
        Database copy = EcoreUtil.copy(snapshot);
        for (Catalog catalog : copy.getCatalogs()) {
            catalog.getSchemas().removeIf(schema -> !requested(catalog, schema, schemas));
        }
        copy.getCatalogs().removeIf(c -> c.getSchemas().isEmpty());
        for (SchemaRef ref : schemas) {
            boolean found = copy.getCatalogs().stream().filter(c -> c.getName().equals(ref.catalog()))
                    .flatMap(c -> c.getSchemas().stream()).anyMatch(s -> s.getName().equals(ref.schema()));
            if (!found) {
                throw new CatalogException(database.getName() + ": schema " + ref.catalog() + "." + ref.schema()
                        + " does not exist");
            }
        }
        return copy;
    }

    private static boolean requested(Catalog catalog, Schema schema, List<SchemaRef> schemas) {
        return schemas.contains(new SchemaRef(catalog.getName(), schema.getName()));
    }
}
