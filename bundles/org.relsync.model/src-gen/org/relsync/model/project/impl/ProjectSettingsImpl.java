/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.project.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.relsync.model.common.NamingRules;

import org.relsync.model.common.impl.ElementImpl;

import org.relsync.model.project.OrphanAction;
import org.relsync.model.project.ProjectPackage;
import org.relsync.model.project.ProjectSettings;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.project.impl.ProjectSettingsImpl#isSyncRelationalModelDataElementNameWithTargetElementName <em>Sync Relational Model Data Element Name With Target Element Name</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.ProjectSettingsImpl#isReflectNullabilityOfElementFieldInTargetField <em>Reflect Nullability Of Element Field In Target Field</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.ProjectSettingsImpl#isReflectTypeOfElementFieldInTargetField <em>Reflect Type Of Element Field In Target Field</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.ProjectSettingsImpl#getExcludableOrphanedElementDetectedAction <em>Excludable Orphaned Element Detected Action</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.ProjectSettingsImpl#getNonExcludableOrphanedElementDetectedAction <em>Non Excludable Orphaned Element Detected Action</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.ProjectSettingsImpl#isCreateBackupBeforeSync <em>Create Backup Before Sync</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.ProjectSettingsImpl#getBackupFolder <em>Backup Folder</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.ProjectSettingsImpl#getNamingRules <em>Naming Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectSettingsImpl extends ElementImpl implements ProjectSettings {
	/**
	 * The default value of the '{@link #isSyncRelationalModelDataElementNameWithTargetElementName() <em>Sync Relational Model Data Element Name With Target Element Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSyncRelationalModelDataElementNameWithTargetElementName()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSyncRelationalModelDataElementNameWithTargetElementName() <em>Sync Relational Model Data Element Name With Target Element Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSyncRelationalModelDataElementNameWithTargetElementName()
	 * @generated
	 * @ordered
	 */
	protected boolean syncRelationalModelDataElementNameWithTargetElementName = SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #isReflectNullabilityOfElementFieldInTargetField() <em>Reflect Nullability Of Element Field In Target Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReflectNullabilityOfElementFieldInTargetField()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isReflectNullabilityOfElementFieldInTargetField() <em>Reflect Nullability Of Element Field In Target Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReflectNullabilityOfElementFieldInTargetField()
	 * @generated
	 * @ordered
	 */
	protected boolean reflectNullabilityOfElementFieldInTargetField = REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD_EDEFAULT;

	/**
	 * The default value of the '{@link #isReflectTypeOfElementFieldInTargetField() <em>Reflect Type Of Element Field In Target Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReflectTypeOfElementFieldInTargetField()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isReflectTypeOfElementFieldInTargetField() <em>Reflect Type Of Element Field In Target Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReflectTypeOfElementFieldInTargetField()
	 * @generated
	 * @ordered
	 */
	protected boolean reflectTypeOfElementFieldInTargetField = REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD_EDEFAULT;

	/**
	 * The default value of the '{@link #getExcludableOrphanedElementDetectedAction() <em>Excludable Orphaned Element Detected Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludableOrphanedElementDetectedAction()
	 * @generated
	 * @ordered
	 */
	protected static final OrphanAction EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION_EDEFAULT = OrphanAction.MARK_FOR_DELETION;

	/**
	 * The cached value of the '{@link #getExcludableOrphanedElementDetectedAction() <em>Excludable Orphaned Element Detected Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludableOrphanedElementDetectedAction()
	 * @generated
	 * @ordered
	 */
	protected OrphanAction excludableOrphanedElementDetectedAction = EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNonExcludableOrphanedElementDetectedAction() <em>Non Excludable Orphaned Element Detected Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonExcludableOrphanedElementDetectedAction()
	 * @generated
	 * @ordered
	 */
	protected static final OrphanAction NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION_EDEFAULT = OrphanAction.RAISE_WARNING;

	/**
	 * The cached value of the '{@link #getNonExcludableOrphanedElementDetectedAction() <em>Non Excludable Orphaned Element Detected Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonExcludableOrphanedElementDetectedAction()
	 * @generated
	 * @ordered
	 */
	protected OrphanAction nonExcludableOrphanedElementDetectedAction = NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isCreateBackupBeforeSync() <em>Create Backup Before Sync</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCreateBackupBeforeSync()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CREATE_BACKUP_BEFORE_SYNC_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCreateBackupBeforeSync() <em>Create Backup Before Sync</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCreateBackupBeforeSync()
	 * @generated
	 * @ordered
	 */
	protected boolean createBackupBeforeSync = CREATE_BACKUP_BEFORE_SYNC_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackupFolder() <em>Backup Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackupFolder()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKUP_FOLDER_EDEFAULT = ".relsync/backups";

	/**
	 * The cached value of the '{@link #getBackupFolder() <em>Backup Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackupFolder()
	 * @generated
	 * @ordered
	 */
	protected String backupFolder = BACKUP_FOLDER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNamingRules() <em>Naming Rules</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamingRules()
	 * @generated
	 * @ordered
	 */
	protected NamingRules namingRules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProjectPackage.Literals.PROJECT_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSyncRelationalModelDataElementNameWithTargetElementName() {
		return syncRelationalModelDataElementNameWithTargetElementName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSyncRelationalModelDataElementNameWithTargetElementName(boolean newSyncRelationalModelDataElementNameWithTargetElementName) {
		boolean oldSyncRelationalModelDataElementNameWithTargetElementName = syncRelationalModelDataElementNameWithTargetElementName;
		syncRelationalModelDataElementNameWithTargetElementName = newSyncRelationalModelDataElementNameWithTargetElementName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT_SETTINGS__SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME, oldSyncRelationalModelDataElementNameWithTargetElementName, syncRelationalModelDataElementNameWithTargetElementName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReflectNullabilityOfElementFieldInTargetField() {
		return reflectNullabilityOfElementFieldInTargetField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReflectNullabilityOfElementFieldInTargetField(boolean newReflectNullabilityOfElementFieldInTargetField) {
		boolean oldReflectNullabilityOfElementFieldInTargetField = reflectNullabilityOfElementFieldInTargetField;
		reflectNullabilityOfElementFieldInTargetField = newReflectNullabilityOfElementFieldInTargetField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT_SETTINGS__REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD, oldReflectNullabilityOfElementFieldInTargetField, reflectNullabilityOfElementFieldInTargetField));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReflectTypeOfElementFieldInTargetField() {
		return reflectTypeOfElementFieldInTargetField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReflectTypeOfElementFieldInTargetField(boolean newReflectTypeOfElementFieldInTargetField) {
		boolean oldReflectTypeOfElementFieldInTargetField = reflectTypeOfElementFieldInTargetField;
		reflectTypeOfElementFieldInTargetField = newReflectTypeOfElementFieldInTargetField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT_SETTINGS__REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD, oldReflectTypeOfElementFieldInTargetField, reflectTypeOfElementFieldInTargetField));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrphanAction getExcludableOrphanedElementDetectedAction() {
		return excludableOrphanedElementDetectedAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcludableOrphanedElementDetectedAction(OrphanAction newExcludableOrphanedElementDetectedAction) {
		OrphanAction oldExcludableOrphanedElementDetectedAction = excludableOrphanedElementDetectedAction;
		excludableOrphanedElementDetectedAction = newExcludableOrphanedElementDetectedAction == null ? EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION_EDEFAULT : newExcludableOrphanedElementDetectedAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT_SETTINGS__EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION, oldExcludableOrphanedElementDetectedAction, excludableOrphanedElementDetectedAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrphanAction getNonExcludableOrphanedElementDetectedAction() {
		return nonExcludableOrphanedElementDetectedAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNonExcludableOrphanedElementDetectedAction(OrphanAction newNonExcludableOrphanedElementDetectedAction) {
		OrphanAction oldNonExcludableOrphanedElementDetectedAction = nonExcludableOrphanedElementDetectedAction;
		nonExcludableOrphanedElementDetectedAction = newNonExcludableOrphanedElementDetectedAction == null ? NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION_EDEFAULT : newNonExcludableOrphanedElementDetectedAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT_SETTINGS__NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION, oldNonExcludableOrphanedElementDetectedAction, nonExcludableOrphanedElementDetectedAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCreateBackupBeforeSync() {
		return createBackupBeforeSync;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreateBackupBeforeSync(boolean newCreateBackupBeforeSync) {
		boolean oldCreateBackupBeforeSync = createBackupBeforeSync;
		createBackupBeforeSync = newCreateBackupBeforeSync;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT_SETTINGS__CREATE_BACKUP_BEFORE_SYNC, oldCreateBackupBeforeSync, createBackupBeforeSync));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackupFolder() {
		return backupFolder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackupFolder(String newBackupFolder) {
		String oldBackupFolder = backupFolder;
		backupFolder = newBackupFolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT_SETTINGS__BACKUP_FOLDER, oldBackupFolder, backupFolder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamingRules getNamingRules() {
		return namingRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNamingRules(NamingRules newNamingRules, NotificationChain msgs) {
		NamingRules oldNamingRules = namingRules;
		namingRules = newNamingRules;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT_SETTINGS__NAMING_RULES, oldNamingRules, newNamingRules);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamingRules(NamingRules newNamingRules) {
		if (newNamingRules != namingRules) {
			NotificationChain msgs = null;
			if (namingRules != null)
				msgs = ((InternalEObject)namingRules).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProjectPackage.PROJECT_SETTINGS__NAMING_RULES, null, msgs);
			if (newNamingRules != null)
				msgs = ((InternalEObject)newNamingRules).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProjectPackage.PROJECT_SETTINGS__NAMING_RULES, null, msgs);
			msgs = basicSetNamingRules(newNamingRules, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT_SETTINGS__NAMING_RULES, newNamingRules, newNamingRules));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProjectPackage.PROJECT_SETTINGS__NAMING_RULES:
				return basicSetNamingRules(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProjectPackage.PROJECT_SETTINGS__SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME:
				return isSyncRelationalModelDataElementNameWithTargetElementName();
			case ProjectPackage.PROJECT_SETTINGS__REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD:
				return isReflectNullabilityOfElementFieldInTargetField();
			case ProjectPackage.PROJECT_SETTINGS__REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD:
				return isReflectTypeOfElementFieldInTargetField();
			case ProjectPackage.PROJECT_SETTINGS__EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION:
				return getExcludableOrphanedElementDetectedAction();
			case ProjectPackage.PROJECT_SETTINGS__NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION:
				return getNonExcludableOrphanedElementDetectedAction();
			case ProjectPackage.PROJECT_SETTINGS__CREATE_BACKUP_BEFORE_SYNC:
				return isCreateBackupBeforeSync();
			case ProjectPackage.PROJECT_SETTINGS__BACKUP_FOLDER:
				return getBackupFolder();
			case ProjectPackage.PROJECT_SETTINGS__NAMING_RULES:
				return getNamingRules();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProjectPackage.PROJECT_SETTINGS__SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME:
				setSyncRelationalModelDataElementNameWithTargetElementName((Boolean)newValue);
				return;
			case ProjectPackage.PROJECT_SETTINGS__REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD:
				setReflectNullabilityOfElementFieldInTargetField((Boolean)newValue);
				return;
			case ProjectPackage.PROJECT_SETTINGS__REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD:
				setReflectTypeOfElementFieldInTargetField((Boolean)newValue);
				return;
			case ProjectPackage.PROJECT_SETTINGS__EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION:
				setExcludableOrphanedElementDetectedAction((OrphanAction)newValue);
				return;
			case ProjectPackage.PROJECT_SETTINGS__NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION:
				setNonExcludableOrphanedElementDetectedAction((OrphanAction)newValue);
				return;
			case ProjectPackage.PROJECT_SETTINGS__CREATE_BACKUP_BEFORE_SYNC:
				setCreateBackupBeforeSync((Boolean)newValue);
				return;
			case ProjectPackage.PROJECT_SETTINGS__BACKUP_FOLDER:
				setBackupFolder((String)newValue);
				return;
			case ProjectPackage.PROJECT_SETTINGS__NAMING_RULES:
				setNamingRules((NamingRules)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProjectPackage.PROJECT_SETTINGS__SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME:
				setSyncRelationalModelDataElementNameWithTargetElementName(SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME_EDEFAULT);
				return;
			case ProjectPackage.PROJECT_SETTINGS__REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD:
				setReflectNullabilityOfElementFieldInTargetField(REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD_EDEFAULT);
				return;
			case ProjectPackage.PROJECT_SETTINGS__REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD:
				setReflectTypeOfElementFieldInTargetField(REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD_EDEFAULT);
				return;
			case ProjectPackage.PROJECT_SETTINGS__EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION:
				setExcludableOrphanedElementDetectedAction(EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION_EDEFAULT);
				return;
			case ProjectPackage.PROJECT_SETTINGS__NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION:
				setNonExcludableOrphanedElementDetectedAction(NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION_EDEFAULT);
				return;
			case ProjectPackage.PROJECT_SETTINGS__CREATE_BACKUP_BEFORE_SYNC:
				setCreateBackupBeforeSync(CREATE_BACKUP_BEFORE_SYNC_EDEFAULT);
				return;
			case ProjectPackage.PROJECT_SETTINGS__BACKUP_FOLDER:
				setBackupFolder(BACKUP_FOLDER_EDEFAULT);
				return;
			case ProjectPackage.PROJECT_SETTINGS__NAMING_RULES:
				setNamingRules((NamingRules)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProjectPackage.PROJECT_SETTINGS__SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME:
				return syncRelationalModelDataElementNameWithTargetElementName != SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME_EDEFAULT;
			case ProjectPackage.PROJECT_SETTINGS__REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD:
				return reflectNullabilityOfElementFieldInTargetField != REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD_EDEFAULT;
			case ProjectPackage.PROJECT_SETTINGS__REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD:
				return reflectTypeOfElementFieldInTargetField != REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD_EDEFAULT;
			case ProjectPackage.PROJECT_SETTINGS__EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION:
				return excludableOrphanedElementDetectedAction != EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION_EDEFAULT;
			case ProjectPackage.PROJECT_SETTINGS__NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION:
				return nonExcludableOrphanedElementDetectedAction != NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION_EDEFAULT;
			case ProjectPackage.PROJECT_SETTINGS__CREATE_BACKUP_BEFORE_SYNC:
				return createBackupBeforeSync != CREATE_BACKUP_BEFORE_SYNC_EDEFAULT;
			case ProjectPackage.PROJECT_SETTINGS__BACKUP_FOLDER:
				return BACKUP_FOLDER_EDEFAULT == null ? backupFolder != null : !BACKUP_FOLDER_EDEFAULT.equals(backupFolder);
			case ProjectPackage.PROJECT_SETTINGS__NAMING_RULES:
				return namingRules != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (syncRelationalModelDataElementNameWithTargetElementName: ");
		result.append(syncRelationalModelDataElementNameWithTargetElementName);
		result.append(", reflectNullabilityOfElementFieldInTargetField: ");
		result.append(reflectNullabilityOfElementFieldInTargetField);
		result.append(", reflectTypeOfElementFieldInTargetField: ");
		result.append(reflectTypeOfElementFieldInTargetField);
		result.append(", excludableOrphanedElementDetectedAction: ");
		result.append(excludableOrphanedElementDetectedAction);
		result.append(", nonExcludableOrphanedElementDetectedAction: ");
		result.append(nonExcludableOrphanedElementDetectedAction);
		result.append(", createBackupBeforeSync: ");
		result.append(createBackupBeforeSync);
		result.append(", backupFolder: ");
		result.append(backupFolder);
		result.append(')');
		return result.toString();
	}

} //ProjectSettingsImpl
