package org.relsync.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.relsync.model.common.CommonPackage;
import org.relsync.model.entity.EntityPackage;
import org.relsync.model.mapping.MappingPackage;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectPackage;
import org.relsync.model.relational.RelationalPackage;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;

/**
 * What a project holds, counted: one count per concrete element kind of the metamodels (zero
 * included; project, entity, relational, mapping, then common kinds), and every schema with its sync source.
 *
 * @param name     the project's name
 * @param counts   element kind (EClass name) to number of elements
 * @param schemas  every schema of every database, in project order
 */
public record ProjectSummary(String name, Map<String, Integer> counts, List<SchemaSummary> schemas) {

    /** One schema of one database. */
    public record SchemaSummary(String database, String driverId, String catalog, String schema,
            SyncSource syncSource, int tables, int views, int sequences) {
    }

    public ProjectSummary {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        schemas = List.copyOf(schemas);
    }

    /** Counts everything in {@code project}. */
    public static ProjectSummary of(Project project) {
        Objects.requireNonNull(project, "project");
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<EPackage> order = List.of(ProjectPackage.eINSTANCE, EntityPackage.eINSTANCE, RelationalPackage.eINSTANCE,
                MappingPackage.eINSTANCE, CommonPackage.eINSTANCE);
        for (EPackage ePackage : order) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                    counts.put(eClass.getName(), 0);
                }
            }
        }
        counts.merge(project.eClass().getName(), 1, Integer::sum);
        for (TreeIterator<EObject> it = project.eAllContents(); it.hasNext();) {
            counts.merge(it.next().eClass().getName(), 1, Integer::sum);
        }

        List<SchemaSummary> schemas = new ArrayList<>();
        for (Database database : project.getDatabases()) {
            for (Catalog catalog : database.getCatalogs()) {
                for (Schema schema : catalog.getSchemas()) {
                    schemas.add(new SchemaSummary(database.getName(), database.getDriverId(), catalog.getName(),
                            schema.getName(), schema.getSyncSource(), schema.getTables().size(),
                            schema.getViews().size(), schema.getSequences().size()));
                }
            }
        }
        return new ProjectSummary(project.getName(), counts, schemas);
    }
}
