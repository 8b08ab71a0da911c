package org.relsync.model;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EPackage;
import org.relsync.model.common.CommonFactory;
import org.relsync.model.common.CommonPackage;
import org.relsync.model.common.NamingRules;
import org.relsync.model.entity.EntityFactory;
import org.relsync.model.entity.EntityModel;
import org.relsync.model.entity.EntityPackage;
import org.relsync.model.mapping.MappingPackage;
import org.relsync.model.project.ModelSyncTask;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectFactory;
import org.relsync.model.project.ProjectPackage;
import org.relsync.model.project.ProjectSettings;
import org.relsync.model.relational.RelationalPackage;

/** Entry points to the RelSync metamodels that do not depend on any runtime (plain Java or OSGi). */
public final class RelSyncModel {

    /** The extension of project files. */
    public static final String FILE_EXTENSION = "relsync";

    /** The name of the task that brings Model and Mixed schemas in line with the entity model. */
    public static final String MODEL_SYNC_TASK_NAME = "Sync with the model";

    private RelSyncModel() {
    }

    /** The metamodels, in dependency order: common, entity, relational, mapping, project. */
    public static List<EPackage> packages() {
        return List.of(CommonPackage.eINSTANCE, EntityPackage.eINSTANCE, RelationalPackage.eINSTANCE,
                MappingPackage.eINSTANCE, ProjectPackage.eINSTANCE);
    }

    /** Registers every RelSync metamodel by its namespace URI. */
    public static void registerPackages(EPackage.Registry registry) {
        Objects.requireNonNull(registry, "registry");
        for (EPackage ePackage : packages()) {
            registry.put(ePackage.getNsURI(), ePackage);
        }
    }

    /**
     * A new, empty project with the default settings of SYNC-SPEC section 5 and its
     * "Sync with the model" task.
     */
    public static Project newProject(String name) {
        Objects.requireNonNull(name, "name");
        Project project = ProjectFactory.eINSTANCE.createProject();
        project.setName(name);

        EntityModel entityModel = EntityFactory.eINSTANCE.createEntityModel();
        entityModel.setName(name);
        project.setEntityModel(entityModel);

        ProjectSettings settings = ProjectFactory.eINSTANCE.createProjectSettings();
        settings.setNamingRules(newNamingRules());
        project.setSettings(settings);

        ModelSyncTask modelSync = ProjectFactory.eINSTANCE.createModelSyncTask();
        modelSync.setName(MODEL_SYNC_TASK_NAME);
        project.getSyncTasks().add(modelSync);
        return project;
    }

    /** Naming rules with the defaults of SYNC-SPEC section 5. */
    public static NamingRules newNamingRules() {
        NamingRules rules = CommonFactory.eINSTANCE.createNamingRules();
        rules.getStripPrefixes().add("tbl_");
        rules.getStripSuffixes().add("_t");
        return rules;
    }
}
