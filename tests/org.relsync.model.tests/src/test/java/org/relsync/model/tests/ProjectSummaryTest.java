package org.relsync.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.relsync.model.ProjectSummary;
import org.relsync.model.ProjectSummary.SchemaSummary;
import org.relsync.model.RelSyncModel;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityFactory;
import org.relsync.model.entity.EntityField;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;

/** What `relsync info` reports: a count for every element kind, and each schema's sync source. */
class ProjectSummaryTest {

    @Test
    void countsEveryConcreteKindIncludingTheAbsentOnes() {
        Project project = RelSyncModel.newProject("P");
        Entity customer = EntityFactory.eINSTANCE.createEntity();
        for (int i = 0; i < 3; i++) {
            EntityField field = EntityFactory.eINSTANCE.createEntityField();
            field.setName("F" + i);
            customer.getFields().add(field);
        }
        project.getEntityModel().getEntities().add(customer);

        ProjectSummary summary = ProjectSummary.of(project);

        assertEquals(1, summary.counts().get("Entity"));
        assertEquals(3, summary.counts().get("EntityField"));
        assertEquals(1, summary.counts().get("ModelSyncTask"));
        assertEquals(0, summary.counts().get("Table"));
        for (EPackage ePackage : RelSyncModel.packages()) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
                    assertTrue(summary.counts().containsKey(eClass.getName()), eClass.getName());
                } else {
                    assertTrue(!summary.counts().containsKey(classifier.getName()), classifier.getName());
                }
            }
        }
    }

    @Test
    void listsEverySchemaWithItsSyncSourceAndContent() {
        Project project = RelSyncModel.newProject("P");
        Database database = RelationalFactory.eINSTANCE.createDatabase();
        database.setName("warehouse");
        database.setDriverId("postgresql");
        Catalog catalog = RelationalFactory.eINSTANCE.createCatalog();
        catalog.setName("dw");
        database.getCatalogs().add(catalog);
        for (SyncSource source : SyncSource.VALUES) {
            Schema schema = RelationalFactory.eINSTANCE.createSchema();
            schema.setName(source.getLiteral().toLowerCase());
            schema.setSyncSource(source);
            catalog.getSchemas().add(schema);
        }
        Table table = RelationalFactory.eINSTANCE.createTable();
        catalog.getSchemas().get(1).getTables().add(table);
        project.getDatabases().add(database);

        List<SchemaSummary> schemas = ProjectSummary.of(project).schemas();

        assertEquals(List.of(
                new SchemaSummary("warehouse", "postgresql", "dw", "model", SyncSource.MODEL, 0, 0, 0),
                new SchemaSummary("warehouse", "postgresql", "dw", "database", SyncSource.DATABASE, 1, 0, 0),
                new SchemaSummary("warehouse", "postgresql", "dw", "mixed", SyncSource.MIXED, 0, 0, 0)), schemas);
    }
}
