/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.project;

import org.relsync.model.common.Element;
import org.relsync.model.common.NamingRules;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.project.ProjectSettings#isSyncRelationalModelDataElementNameWithTargetElementName <em>Sync Relational Model Data Element Name With Target Element Name</em>}</li>
 *   <li>{@link org.relsync.model.project.ProjectSettings#isReflectNullabilityOfElementFieldInTargetField <em>Reflect Nullability Of Element Field In Target Field</em>}</li>
 *   <li>{@link org.relsync.model.project.ProjectSettings#isReflectTypeOfElementFieldInTargetField <em>Reflect Type Of Element Field In Target Field</em>}</li>
 *   <li>{@link org.relsync.model.project.ProjectSettings#getExcludableOrphanedElementDetectedAction <em>Excludable Orphaned Element Detected Action</em>}</li>
 *   <li>{@link org.relsync.model.project.ProjectSettings#getNonExcludableOrphanedElementDetectedAction <em>Non Excludable Orphaned Element Detected Action</em>}</li>
 *   <li>{@link org.relsync.model.project.ProjectSettings#isCreateBackupBeforeSync <em>Create Backup Before Sync</em>}</li>
 *   <li>{@link org.relsync.model.project.ProjectSettings#getBackupFolder <em>Backup Folder</em>}</li>
 *   <li>{@link org.relsync.model.project.ProjectSettings#getNamingRules <em>Naming Rules</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.project.ProjectPackage#getProjectSettings()
 * @model
 * @generated
 */
public interface ProjectSettings extends Element {
	/**
	 * Returns the value of the '<em><b>Sync Relational Model Data Element Name With Target Element Name</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sync Relational Model Data Element Name With Target Element Name</em>' attribute.
	 * @see #setSyncRelationalModelDataElementNameWithTargetElementName(boolean)
	 * @see org.relsync.model.project.ProjectPackage#getProjectSettings_SyncRelationalModelDataElementNameWithTargetElementName()
	 * @model default="true"
	 * @generated
	 */
	boolean isSyncRelationalModelDataElementNameWithTargetElementName();

	/**
	 * Sets the value of the '{@link org.relsync.model.project.ProjectSettings#isSyncRelationalModelDataElementNameWithTargetElementName <em>Sync Relational Model Data Element Name With Target Element Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sync Relational Model Data Element Name With Target Element Name</em>' attribute.
	 * @see #isSyncRelationalModelDataElementNameWithTargetElementName()
	 * @generated
	 */
	void setSyncRelationalModelDataElementNameWithTargetElementName(boolean value);

	/**
	 * Returns the value of the '<em><b>Reflect Nullability Of Element Field In Target Field</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reflect Nullability Of Element Field In Target Field</em>' attribute.
	 * @see #setReflectNullabilityOfElementFieldInTargetField(boolean)
	 * @see org.relsync.model.project.ProjectPackage#getProjectSettings_ReflectNullabilityOfElementFieldInTargetField()
	 * @model default="true"
	 * @generated
	 */
	boolean isReflectNullabilityOfElementFieldInTargetField();

	/**
	 * Sets the value of the '{@link org.relsync.model.project.ProjectSettings#isReflectNullabilityOfElementFieldInTargetField <em>Reflect Nullability Of Element Field In Target Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reflect Nullability Of Element Field In Target Field</em>' attribute.
	 * @see #isReflectNullabilityOfElementFieldInTargetField()
	 * @generated
	 */
	void setReflectNullabilityOfElementFieldInTargetField(boolean value);

	/**
	 * Returns the value of the '<em><b>Reflect Type Of Element Field In Target Field</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reflect Type Of Element Field In Target Field</em>' attribute.
	 * @see #setReflectTypeOfElementFieldInTargetField(boolean)
	 * @see org.relsync.model.project.ProjectPackage#getProjectSettings_ReflectTypeOfElementFieldInTargetField()
	 * @model default="true"
	 * @generated
	 */
	boolean isReflectTypeOfElementFieldInTargetField();

	/**
	 * Sets the value of the '{@link org.relsync.model.project.ProjectSettings#isReflectTypeOfElementFieldInTargetField <em>Reflect Type Of Element Field In Target Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reflect Type Of Element Field In Target Field</em>' attribute.
	 * @see #isReflectTypeOfElementFieldInTargetField()
	 * @generated
	 */
	void setReflectTypeOfElementFieldInTargetField(boolean value);

	/**
	 * Returns the value of the '<em><b>Excludable Orphaned Element Detected Action</b></em>' attribute.
	 * The default value is <code>"MarkForDeletion"</code>.
	 * The literals are from the enumeration {@link org.relsync.model.project.OrphanAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Excludable Orphaned Element Detected Action</em>' attribute.
	 * @see org.relsync.model.project.OrphanAction
	 * @see #setExcludableOrphanedElementDetectedAction(OrphanAction)
	 * @see org.relsync.model.project.ProjectPackage#getProjectSettings_ExcludableOrphanedElementDetectedAction()
	 * @model default="MarkForDeletion"
	 * @generated
	 */
	OrphanAction getExcludableOrphanedElementDetectedAction();

	/**
	 * Sets the value of the '{@link org.relsync.model.project.ProjectSettings#getExcludableOrphanedElementDetectedAction <em>Excludable Orphaned Element Detected Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Excludable Orphaned Element Detected Action</em>' attribute.
	 * @see org.relsync.model.project.OrphanAction
	 * @see #getExcludableOrphanedElementDetectedAction()
	 * @generated
	 */
	void setExcludableOrphanedElementDetectedAction(OrphanAction value);

	/**
	 * Returns the value of the '<em><b>Non Excludable Orphaned Element Detected Action</b></em>' attribute.
	 * The default value is <code>"RaiseWarning"</code>.
	 * The literals are from the enumeration {@link org.relsync.model.project.OrphanAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Non Excludable Orphaned Element Detected Action</em>' attribute.
	 * @see org.relsync.model.project.OrphanAction
	 * @see #setNonExcludableOrphanedElementDetectedAction(OrphanAction)
	 * @see org.relsync.model.project.ProjectPackage#getProjectSettings_NonExcludableOrphanedElementDetectedAction()
	 * @model default="RaiseWarning"
	 * @generated
	 */
	OrphanAction getNonExcludableOrphanedElementDetectedAction();

	/**
	 * Sets the value of the '{@link org.relsync.model.project.ProjectSettings#getNonExcludableOrphanedElementDetectedAction <em>Non Excludable Orphaned Element Detected Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Non Excludable Orphaned Element Detected Action</em>' attribute.
	 * @see org.relsync.model.project.OrphanAction
	 * @see #getNonExcludableOrphanedElementDetectedAction()
	 * @generated
	 */
	void setNonExcludableOrphanedElementDetectedAction(OrphanAction value);

	/**
	 * Returns the value of the '<em><b>Create Backup Before Sync</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Create Backup Before Sync</em>' attribute.
	 * @see #setCreateBackupBeforeSync(boolean)
	 * @see org.relsync.model.project.ProjectPackage#getProjectSettings_CreateBackupBeforeSync()
	 * @model default="true"
	 * @generated
	 */
	boolean isCreateBackupBeforeSync();

	/**
	 * Sets the value of the '{@link org.relsync.model.project.ProjectSettings#isCreateBackupBeforeSync <em>Create Backup Before Sync</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Create Backup Before Sync</em>' attribute.
	 * @see #isCreateBackupBeforeSync()
	 * @generated
	 */
	void setCreateBackupBeforeSync(boolean value);

	/**
	 * Returns the value of the '<em><b>Backup Folder</b></em>' attribute.
	 * The default value is <code>".relsync/backups"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backup Folder</em>' attribute.
	 * @see #setBackupFolder(String)
	 * @see org.relsync.model.project.ProjectPackage#getProjectSettings_BackupFolder()
	 * @model default=".relsync/backups"
	 * @generated
	 */
	String getBackupFolder();

	/**
	 * Sets the value of the '{@link org.relsync.model.project.ProjectSettings#getBackupFolder <em>Backup Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backup Folder</em>' attribute.
	 * @see #getBackupFolder()
	 * @generated
	 */
	void setBackupFolder(String value);

	/**
	 * Returns the value of the '<em><b>Naming Rules</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Naming Rules</em>' containment reference.
	 * @see #setNamingRules(NamingRules)
	 * @see org.relsync.model.project.ProjectPackage#getProjectSettings_NamingRules()
	 * @model containment="true"
	 * @generated
	 */
	NamingRules getNamingRules();

	/**
	 * Sets the value of the '{@link org.relsync.model.project.ProjectSettings#getNamingRules <em>Naming Rules</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Naming Rules</em>' containment reference.
	 * @see #getNamingRules()
	 * @generated
	 */
	void setNamingRules(NamingRules value);

} // ProjectSettings
