/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.project.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.relsync.model.common.CommonPackage;

import org.relsync.model.common.impl.CommonPackageImpl;

import org.relsync.model.entity.EntityPackage;

import org.relsync.model.entity.impl.EntityPackageImpl;

import org.relsync.model.mapping.MappingPackage;

import org.relsync.model.mapping.impl.MappingPackageImpl;

import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.project.ModelSyncTask;
import org.relsync.model.project.OrphanAction;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectFactory;
import org.relsync.model.project.ProjectPackage;
import org.relsync.model.project.ProjectSettings;
import org.relsync.model.project.SyncTask;

import org.relsync.model.relational.RelationalPackage;

import org.relsync.model.relational.impl.RelationalPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ProjectPackageImpl extends EPackageImpl implements ProjectPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass projectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass projectSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass syncTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelSyncTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass databaseSyncTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum orphanActionEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.relsync.model.project.ProjectPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ProjectPackageImpl() {
		super(eNS_URI, ProjectFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ProjectPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ProjectPackage init() {
		if (isInited) return (ProjectPackage)EPackage.Registry.INSTANCE.getEPackage(ProjectPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredProjectPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ProjectPackageImpl theProjectPackage = registeredProjectPackage instanceof ProjectPackageImpl ? (ProjectPackageImpl)registeredProjectPackage : new ProjectPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CommonPackage.eNS_URI);
		CommonPackageImpl theCommonPackage = (CommonPackageImpl)(registeredPackage instanceof CommonPackageImpl ? registeredPackage : CommonPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(EntityPackage.eNS_URI);
		EntityPackageImpl theEntityPackage = (EntityPackageImpl)(registeredPackage instanceof EntityPackageImpl ? registeredPackage : EntityPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(RelationalPackage.eNS_URI);
		RelationalPackageImpl theRelationalPackage = (RelationalPackageImpl)(registeredPackage instanceof RelationalPackageImpl ? registeredPackage : RelationalPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MappingPackage.eNS_URI);
		MappingPackageImpl theMappingPackage = (MappingPackageImpl)(registeredPackage instanceof MappingPackageImpl ? registeredPackage : MappingPackage.eINSTANCE);

		// Create package meta-data objects
		theProjectPackage.createPackageContents();
		theCommonPackage.createPackageContents();
		theEntityPackage.createPackageContents();
		theRelationalPackage.createPackageContents();
		theMappingPackage.createPackageContents();

		// Initialize created meta-data
		theProjectPackage.initializePackageContents();
		theCommonPackage.initializePackageContents();
		theEntityPackage.initializePackageContents();
		theRelationalPackage.initializePackageContents();
		theMappingPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theProjectPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ProjectPackage.eNS_URI, theProjectPackage);
		return theProjectPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProject() {
		return projectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_FormatVersion() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_EntityModel() {
		return (EReference)projectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Databases() {
		return (EReference)projectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Mappings() {
		return (EReference)projectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_SyncTasks() {
		return (EReference)projectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProject_Settings() {
		return (EReference)projectEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProjectSettings() {
		return projectSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_SyncRelationalModelDataElementNameWithTargetElementName() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_ReflectNullabilityOfElementFieldInTargetField() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_ReflectTypeOfElementFieldInTargetField() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_ExcludableOrphanedElementDetectedAction() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_NonExcludableOrphanedElementDetectedAction() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_CreateBackupBeforeSync() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProjectSettings_BackupFolder() {
		return (EAttribute)projectSettingsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProjectSettings_NamingRules() {
		return (EReference)projectSettingsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSyncTask() {
		return syncTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncTask_Enabled() {
		return (EAttribute)syncTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelSyncTask() {
		return modelSyncTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDatabaseSyncTask() {
		return databaseSyncTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatabaseSyncTask_Database() {
		return (EReference)databaseSyncTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatabaseSyncTask_SchemaFilters() {
		return (EAttribute)databaseSyncTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatabaseSyncTask_TableFilters() {
		return (EAttribute)databaseSyncTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrphanAction() {
		return orphanActionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectFactory getProjectFactory() {
		return (ProjectFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		projectEClass = createEClass(PROJECT);
		createEAttribute(projectEClass, PROJECT__FORMAT_VERSION);
		createEReference(projectEClass, PROJECT__ENTITY_MODEL);
		createEReference(projectEClass, PROJECT__DATABASES);
		createEReference(projectEClass, PROJECT__MAPPINGS);
		createEReference(projectEClass, PROJECT__SYNC_TASKS);
		createEReference(projectEClass, PROJECT__SETTINGS);

		projectSettingsEClass = createEClass(PROJECT_SETTINGS);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__CREATE_BACKUP_BEFORE_SYNC);
		createEAttribute(projectSettingsEClass, PROJECT_SETTINGS__BACKUP_FOLDER);
		createEReference(projectSettingsEClass, PROJECT_SETTINGS__NAMING_RULES);

		syncTaskEClass = createEClass(SYNC_TASK);
		createEAttribute(syncTaskEClass, SYNC_TASK__ENABLED);

		modelSyncTaskEClass = createEClass(MODEL_SYNC_TASK);

		databaseSyncTaskEClass = createEClass(DATABASE_SYNC_TASK);
		createEReference(databaseSyncTaskEClass, DATABASE_SYNC_TASK__DATABASE);
		createEAttribute(databaseSyncTaskEClass, DATABASE_SYNC_TASK__SCHEMA_FILTERS);
		createEAttribute(databaseSyncTaskEClass, DATABASE_SYNC_TASK__TABLE_FILTERS);

		// Create enums
		orphanActionEEnum = createEEnum(ORPHAN_ACTION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CommonPackage theCommonPackage = (CommonPackage)EPackage.Registry.INSTANCE.getEPackage(CommonPackage.eNS_URI);
		EntityPackage theEntityPackage = (EntityPackage)EPackage.Registry.INSTANCE.getEPackage(EntityPackage.eNS_URI);
		RelationalPackage theRelationalPackage = (RelationalPackage)EPackage.Registry.INSTANCE.getEPackage(RelationalPackage.eNS_URI);
		MappingPackage theMappingPackage = (MappingPackage)EPackage.Registry.INSTANCE.getEPackage(MappingPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		projectEClass.getESuperTypes().add(theCommonPackage.getNamedElement());
		projectSettingsEClass.getESuperTypes().add(theCommonPackage.getElement());
		syncTaskEClass.getESuperTypes().add(theCommonPackage.getNamedElement());
		modelSyncTaskEClass.getESuperTypes().add(this.getSyncTask());
		databaseSyncTaskEClass.getESuperTypes().add(this.getSyncTask());

		// Initialize classes, features, and operations; add parameters
		initEClass(projectEClass, Project.class, "Project", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProject_FormatVersion(), ecorePackage.getEInt(), "formatVersion", "1", 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_EntityModel(), theEntityPackage.getEntityModel(), null, "entityModel", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Databases(), theRelationalPackage.getDatabase(), null, "databases", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Mappings(), theMappingPackage.getDatabaseMapping(), null, "mappings", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_SyncTasks(), this.getSyncTask(), null, "syncTasks", null, 0, -1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProject_Settings(), this.getProjectSettings(), null, "settings", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(projectSettingsEClass, ProjectSettings.class, "ProjectSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProjectSettings_SyncRelationalModelDataElementNameWithTargetElementName(), ecorePackage.getEBoolean(), "syncRelationalModelDataElementNameWithTargetElementName", "true", 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjectSettings_ReflectNullabilityOfElementFieldInTargetField(), ecorePackage.getEBoolean(), "reflectNullabilityOfElementFieldInTargetField", "true", 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjectSettings_ReflectTypeOfElementFieldInTargetField(), ecorePackage.getEBoolean(), "reflectTypeOfElementFieldInTargetField", "true", 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjectSettings_ExcludableOrphanedElementDetectedAction(), this.getOrphanAction(), "excludableOrphanedElementDetectedAction", "MarkForDeletion", 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjectSettings_NonExcludableOrphanedElementDetectedAction(), this.getOrphanAction(), "nonExcludableOrphanedElementDetectedAction", "RaiseWarning", 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjectSettings_CreateBackupBeforeSync(), ecorePackage.getEBoolean(), "createBackupBeforeSync", "true", 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProjectSettings_BackupFolder(), ecorePackage.getEString(), "backupFolder", ".relsync/backups", 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProjectSettings_NamingRules(), theCommonPackage.getNamingRules(), null, "namingRules", null, 0, 1, ProjectSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(syncTaskEClass, SyncTask.class, "SyncTask", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSyncTask_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, SyncTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(modelSyncTaskEClass, ModelSyncTask.class, "ModelSyncTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(databaseSyncTaskEClass, DatabaseSyncTask.class, "DatabaseSyncTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDatabaseSyncTask_Database(), theRelationalPackage.getDatabase(), null, "database", null, 0, 1, DatabaseSyncTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatabaseSyncTask_SchemaFilters(), ecorePackage.getEString(), "schemaFilters", null, 0, -1, DatabaseSyncTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatabaseSyncTask_TableFilters(), ecorePackage.getEString(), "tableFilters", null, 0, -1, DatabaseSyncTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(orphanActionEEnum, OrphanAction.class, "OrphanAction");
		addEEnumLiteral(orphanActionEEnum, OrphanAction.DO_NOTHING);
		addEEnumLiteral(orphanActionEEnum, OrphanAction.RAISE_WARNING);
		addEEnumLiteral(orphanActionEEnum, OrphanAction.MARK_FOR_DELETION);

		// Create resource
		createResource(eNS_URI);
	}

} //ProjectPackageImpl
