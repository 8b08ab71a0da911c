/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.project;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.relsync.model.common.CommonPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A RelSync project: entity model, databases, mappings, sync tasks and settings, stored as one .relsync XMI file.
 * <!-- end-model-doc -->
 * @see org.relsync.model.project.ProjectFactory
 * @model kind="package"
 * @generated
 */
public interface ProjectPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "project";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://relsync.org/model/project/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "project";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ProjectPackage eINSTANCE = org.relsync.model.project.impl.ProjectPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.relsync.model.project.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.project.impl.ProjectImpl
	 * @see org.relsync.model.project.impl.ProjectPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ID = CommonPackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = CommonPackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__FORMAT_VERSION = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entity Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ENTITY_MODEL = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Databases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DATABASES = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__MAPPINGS = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sync Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SYNC_TASKS = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SETTINGS = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = CommonPackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.project.impl.ProjectSettingsImpl <em>Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.project.impl.ProjectSettingsImpl
	 * @see org.relsync.model.project.impl.ProjectPackageImpl#getProjectSettings()
	 * @generated
	 */
	int PROJECT_SETTINGS = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__ID = CommonPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Sync Relational Model Data Element Name With Target Element Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME = CommonPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reflect Nullability Of Element Field In Target Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD = CommonPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reflect Type Of Element Field In Target Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD = CommonPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Excludable Orphaned Element Detected Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION = CommonPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Non Excludable Orphaned Element Detected Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION = CommonPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Create Backup Before Sync</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__CREATE_BACKUP_BEFORE_SYNC = CommonPackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Backup Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__BACKUP_FOLDER = CommonPackage.ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Naming Rules</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__NAMING_RULES = CommonPackage.ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS_FEATURE_COUNT = CommonPackage.ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS_OPERATION_COUNT = CommonPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.project.impl.SyncTaskImpl <em>Sync Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.project.impl.SyncTaskImpl
	 * @see org.relsync.model.project.impl.ProjectPackageImpl#getSyncTask()
	 * @generated
	 */
	int SYNC_TASK = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_TASK__ID = CommonPackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_TASK__NAME = CommonPackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_TASK__ENABLED = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Sync Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_TASK_FEATURE_COUNT = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Sync Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_TASK_OPERATION_COUNT = CommonPackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.project.impl.ModelSyncTaskImpl <em>Model Sync Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.project.impl.ModelSyncTaskImpl
	 * @see org.relsync.model.project.impl.ProjectPackageImpl#getModelSyncTask()
	 * @generated
	 */
	int MODEL_SYNC_TASK = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SYNC_TASK__ID = SYNC_TASK__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SYNC_TASK__NAME = SYNC_TASK__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SYNC_TASK__ENABLED = SYNC_TASK__ENABLED;

	/**
	 * The number of structural features of the '<em>Model Sync Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SYNC_TASK_FEATURE_COUNT = SYNC_TASK_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Model Sync Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SYNC_TASK_OPERATION_COUNT = SYNC_TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.project.impl.DatabaseSyncTaskImpl <em>Database Sync Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.project.impl.DatabaseSyncTaskImpl
	 * @see org.relsync.model.project.impl.ProjectPackageImpl#getDatabaseSyncTask()
	 * @generated
	 */
	int DATABASE_SYNC_TASK = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SYNC_TASK__ID = SYNC_TASK__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SYNC_TASK__NAME = SYNC_TASK__NAME;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SYNC_TASK__ENABLED = SYNC_TASK__ENABLED;

	/**
	 * The feature id for the '<em><b>Database</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SYNC_TASK__DATABASE = SYNC_TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Schema Filters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SYNC_TASK__SCHEMA_FILTERS = SYNC_TASK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Table Filters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SYNC_TASK__TABLE_FILTERS = SYNC_TASK_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Database Sync Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SYNC_TASK_FEATURE_COUNT = SYNC_TASK_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Database Sync Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SYNC_TASK_OPERATION_COUNT = SYNC_TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.project.OrphanAction <em>Orphan Action</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.project.OrphanAction
	 * @see org.relsync.model.project.impl.ProjectPackageImpl#getOrphanAction()
	 * @generated
	 */
	int ORPHAN_ACTION = 5;


	/**
	 * Returns the meta object for class '{@link org.relsync.model.project.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.relsync.model.project.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.project.Project#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.relsync.model.project.Project#getFormatVersion()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_FormatVersion();

	/**
	 * Returns the meta object for the containment reference '{@link org.relsync.model.project.Project#getEntityModel <em>Entity Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Entity Model</em>'.
	 * @see org.relsync.model.project.Project#getEntityModel()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_EntityModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.project.Project#getDatabases <em>Databases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Databases</em>'.
	 * @see org.relsync.model.project.Project#getDatabases()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Databases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.project.Project#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mappings</em>'.
	 * @see org.relsync.model.project.Project#getMappings()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Mappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.project.Project#getSyncTasks <em>Sync Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sync Tasks</em>'.
	 * @see org.relsync.model.project.Project#getSyncTasks()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_SyncTasks();

	/**
	 * Returns the meta object for the containment reference '{@link org.relsync.model.project.Project#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Settings</em>'.
	 * @see org.relsync.model.project.Project#getSettings()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Settings();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.project.ProjectSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Settings</em>'.
	 * @see org.relsync.model.project.ProjectSettings
	 * @generated
	 */
	EClass getProjectSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.project.ProjectSettings#isSyncRelationalModelDataElementNameWithTargetElementName <em>Sync Relational Model Data Element Name With Target Element Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sync Relational Model Data Element Name With Target Element Name</em>'.
	 * @see org.relsync.model.project.ProjectSettings#isSyncRelationalModelDataElementNameWithTargetElementName()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_SyncRelationalModelDataElementNameWithTargetElementName();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.project.ProjectSettings#isReflectNullabilityOfElementFieldInTargetField <em>Reflect Nullability Of Element Field In Target Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reflect Nullability Of Element Field In Target Field</em>'.
	 * @see org.relsync.model.project.ProjectSettings#isReflectNullabilityOfElementFieldInTargetField()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_ReflectNullabilityOfElementFieldInTargetField();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.project.ProjectSettings#isReflectTypeOfElementFieldInTargetField <em>Reflect Type Of Element Field In Target Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reflect Type Of Element Field In Target Field</em>'.
	 * @see org.relsync.model.project.ProjectSettings#isReflectTypeOfElementFieldInTargetField()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_ReflectTypeOfElementFieldInTargetField();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.project.ProjectSettings#getExcludableOrphanedElementDetectedAction <em>Excludable Orphaned Element Detected Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Excludable Orphaned Element Detected Action</em>'.
	 * @see org.relsync.model.project.ProjectSettings#getExcludableOrphanedElementDetectedAction()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_ExcludableOrphanedElementDetectedAction();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.project.ProjectSettings#getNonExcludableOrphanedElementDetectedAction <em>Non Excludable Orphaned Element Detected Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Non Excludable Orphaned Element Detected Action</em>'.
	 * @see org.relsync.model.project.ProjectSettings#getNonExcludableOrphanedElementDetectedAction()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_NonExcludableOrphanedElementDetectedAction();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.project.ProjectSettings#isCreateBackupBeforeSync <em>Create Backup Before Sync</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Create Backup Before Sync</em>'.
	 * @see org.relsync.model.project.ProjectSettings#isCreateBackupBeforeSync()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_CreateBackupBeforeSync();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.project.ProjectSettings#getBackupFolder <em>Backup Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backup Folder</em>'.
	 * @see org.relsync.model.project.ProjectSettings#getBackupFolder()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_BackupFolder();

	/**
	 * Returns the meta object for the containment reference '{@link org.relsync.model.project.ProjectSettings#getNamingRules <em>Naming Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Naming Rules</em>'.
	 * @see org.relsync.model.project.ProjectSettings#getNamingRules()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EReference getProjectSettings_NamingRules();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.project.SyncTask <em>Sync Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sync Task</em>'.
	 * @see org.relsync.model.project.SyncTask
	 * @generated
	 */
	EClass getSyncTask();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.project.SyncTask#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.relsync.model.project.SyncTask#isEnabled()
	 * @see #getSyncTask()
	 * @generated
	 */
	EAttribute getSyncTask_Enabled();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.project.ModelSyncTask <em>Model Sync Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Sync Task</em>'.
	 * @see org.relsync.model.project.ModelSyncTask
	 * @generated
	 */
	EClass getModelSyncTask();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.project.DatabaseSyncTask <em>Database Sync Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Database Sync Task</em>'.
	 * @see org.relsync.model.project.DatabaseSyncTask
	 * @generated
	 */
	EClass getDatabaseSyncTask();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.project.DatabaseSyncTask#getDatabase <em>Database</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Database</em>'.
	 * @see org.relsync.model.project.DatabaseSyncTask#getDatabase()
	 * @see #getDatabaseSyncTask()
	 * @generated
	 */
	EReference getDatabaseSyncTask_Database();

	/**
	 * Returns the meta object for the attribute list '{@link org.relsync.model.project.DatabaseSyncTask#getSchemaFilters <em>Schema Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Schema Filters</em>'.
	 * @see org.relsync.model.project.DatabaseSyncTask#getSchemaFilters()
	 * @see #getDatabaseSyncTask()
	 * @generated
	 */
	EAttribute getDatabaseSyncTask_SchemaFilters();

	/**
	 * Returns the meta object for the attribute list '{@link org.relsync.model.project.DatabaseSyncTask#getTableFilters <em>Table Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Table Filters</em>'.
	 * @see org.relsync.model.project.DatabaseSyncTask#getTableFilters()
	 * @see #getDatabaseSyncTask()
	 * @generated
	 */
	EAttribute getDatabaseSyncTask_TableFilters();

	/**
	 * Returns the meta object for enum '{@link org.relsync.model.project.OrphanAction <em>Orphan Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Orphan Action</em>'.
	 * @see org.relsync.model.project.OrphanAction
	 * @generated
	 */
	EEnum getOrphanAction();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ProjectFactory getProjectFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.relsync.model.project.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.project.impl.ProjectImpl
		 * @see org.relsync.model.project.impl.ProjectPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__FORMAT_VERSION = eINSTANCE.getProject_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Entity Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ENTITY_MODEL = eINSTANCE.getProject_EntityModel();

		/**
		 * The meta object literal for the '<em><b>Databases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__DATABASES = eINSTANCE.getProject_Databases();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__MAPPINGS = eINSTANCE.getProject_Mappings();

		/**
		 * The meta object literal for the '<em><b>Sync Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SYNC_TASKS = eINSTANCE.getProject_SyncTasks();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SETTINGS = eINSTANCE.getProject_Settings();

		/**
		 * The meta object literal for the '{@link org.relsync.model.project.impl.ProjectSettingsImpl <em>Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.project.impl.ProjectSettingsImpl
		 * @see org.relsync.model.project.impl.ProjectPackageImpl#getProjectSettings()
		 * @generated
		 */
		EClass PROJECT_SETTINGS = eINSTANCE.getProjectSettings();

		/**
		 * The meta object literal for the '<em><b>Sync Relational Model Data Element Name With Target Element Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME = eINSTANCE.getProjectSettings_SyncRelationalModelDataElementNameWithTargetElementName();

		/**
		 * The meta object literal for the '<em><b>Reflect Nullability Of Element Field In Target Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD = eINSTANCE.getProjectSettings_ReflectNullabilityOfElementFieldInTargetField();

		/**
		 * The meta object literal for the '<em><b>Reflect Type Of Element Field In Target Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD = eINSTANCE.getProjectSettings_ReflectTypeOfElementFieldInTargetField();

		/**
		 * The meta object literal for the '<em><b>Excludable Orphaned Element Detected Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION = eINSTANCE.getProjectSettings_ExcludableOrphanedElementDetectedAction();

		/**
		 * The meta object literal for the '<em><b>Non Excludable Orphaned Element Detected Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION = eINSTANCE.getProjectSettings_NonExcludableOrphanedElementDetectedAction();

		/**
		 * The meta object literal for the '<em><b>Create Backup Before Sync</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__CREATE_BACKUP_BEFORE_SYNC = eINSTANCE.getProjectSettings_CreateBackupBeforeSync();

		/**
		 * The meta object literal for the '<em><b>Backup Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__BACKUP_FOLDER = eINSTANCE.getProjectSettings_BackupFolder();

		/**
		 * The meta object literal for the '<em><b>Naming Rules</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT_SETTINGS__NAMING_RULES = eINSTANCE.getProjectSettings_NamingRules();

		/**
		 * The meta object literal for the '{@link org.relsync.model.project.impl.SyncTaskImpl <em>Sync Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.project.impl.SyncTaskImpl
		 * @see org.relsync.model.project.impl.ProjectPackageImpl#getSyncTask()
		 * @generated
		 */
		EClass SYNC_TASK = eINSTANCE.getSyncTask();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_TASK__ENABLED = eINSTANCE.getSyncTask_Enabled();

		/**
		 * The meta object literal for the '{@link org.relsync.model.project.impl.ModelSyncTaskImpl <em>Model Sync Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.project.impl.ModelSyncTaskImpl
		 * @see org.relsync.model.project.impl.ProjectPackageImpl#getModelSyncTask()
		 * @generated
		 */
		EClass MODEL_SYNC_TASK = eINSTANCE.getModelSyncTask();

		/**
		 * The meta object literal for the '{@link org.relsync.model.project.impl.DatabaseSyncTaskImpl <em>Database Sync Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.project.impl.DatabaseSyncTaskImpl
		 * @see org.relsync.model.project.impl.ProjectPackageImpl#getDatabaseSyncTask()
		 * @generated
		 */
		EClass DATABASE_SYNC_TASK = eINSTANCE.getDatabaseSyncTask();

		/**
		 * The meta object literal for the '<em><b>Database</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATABASE_SYNC_TASK__DATABASE = eINSTANCE.getDatabaseSyncTask_Database();

		/**
		 * The meta object literal for the '<em><b>Schema Filters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATABASE_SYNC_TASK__SCHEMA_FILTERS = eINSTANCE.getDatabaseSyncTask_SchemaFilters();

		/**
		 * The meta object literal for the '<em><b>Table Filters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATABASE_SYNC_TASK__TABLE_FILTERS = eINSTANCE.getDatabaseSyncTask_TableFilters();

		/**
		 * The meta object literal for the '{@link org.relsync.model.project.OrphanAction <em>Orphan Action</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.project.OrphanAction
		 * @see org.relsync.model.project.impl.ProjectPackageImpl#getOrphanAction()
		 * @generated
		 */
		EEnum ORPHAN_ACTION = eINSTANCE.getOrphanAction();

	}

} //ProjectPackage
