/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.project.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.relsync.model.common.impl.NamedElementImpl;

import org.relsync.model.entity.EntityModel;

import org.relsync.model.mapping.DatabaseMapping;

import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectPackage;
import org.relsync.model.project.ProjectSettings;
import org.relsync.model.project.SyncTask;

import org.relsync.model.relational.Database;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.project.impl.ProjectImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.ProjectImpl#getEntityModel <em>Entity Model</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.ProjectImpl#getDatabases <em>Databases</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.ProjectImpl#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.ProjectImpl#getSyncTasks <em>Sync Tasks</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.ProjectImpl#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends NamedElementImpl implements Project {
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntityModel() <em>Entity Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntityModel()
	 * @generated
	 * @ordered
	 */
	protected EntityModel entityModel;

	/**
	 * The cached value of the '{@link #getDatabases() <em>Databases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatabases()
	 * @generated
	 * @ordered
	 */
	protected EList<Database> databases;

	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<DatabaseMapping> mappings;

	/**
	 * The cached value of the '{@link #getSyncTasks() <em>Sync Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSyncTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<SyncTask> syncTasks;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected ProjectSettings settings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProjectPackage.Literals.PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EntityModel getEntityModel() {
		return entityModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEntityModel(EntityModel newEntityModel, NotificationChain msgs) {
		EntityModel oldEntityModel = entityModel;
		entityModel = newEntityModel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT__ENTITY_MODEL, oldEntityModel, newEntityModel);
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
	public void setEntityModel(EntityModel newEntityModel) {
		if (newEntityModel != entityModel) {
			NotificationChain msgs = null;
			if (entityModel != null)
				msgs = ((InternalEObject)entityModel).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProjectPackage.PROJECT__ENTITY_MODEL, null, msgs);
			if (newEntityModel != null)
				msgs = ((InternalEObject)newEntityModel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProjectPackage.PROJECT__ENTITY_MODEL, null, msgs);
			msgs = basicSetEntityModel(newEntityModel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT__ENTITY_MODEL, newEntityModel, newEntityModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Database> getDatabases() {
		if (databases == null) {
			databases = new EObjectContainmentEList<Database>(Database.class, this, ProjectPackage.PROJECT__DATABASES);
		}
		return databases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DatabaseMapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectContainmentEList<DatabaseMapping>(DatabaseMapping.class, this, ProjectPackage.PROJECT__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SyncTask> getSyncTasks() {
		if (syncTasks == null) {
			syncTasks = new EObjectContainmentEList<SyncTask>(SyncTask.class, this, ProjectPackage.PROJECT__SYNC_TASKS);
		}
		return syncTasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectSettings getSettings() {
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSettings(ProjectSettings newSettings, NotificationChain msgs) {
		ProjectSettings oldSettings = settings;
		settings = newSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT__SETTINGS, oldSettings, newSettings);
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
	public void setSettings(ProjectSettings newSettings) {
		if (newSettings != settings) {
			NotificationChain msgs = null;
			if (settings != null)
				msgs = ((InternalEObject)settings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProjectPackage.PROJECT__SETTINGS, null, msgs);
			if (newSettings != null)
				msgs = ((InternalEObject)newSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProjectPackage.PROJECT__SETTINGS, null, msgs);
			msgs = basicSetSettings(newSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectPackage.PROJECT__SETTINGS, newSettings, newSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProjectPackage.PROJECT__ENTITY_MODEL:
				return basicSetEntityModel(null, msgs);
			case ProjectPackage.PROJECT__DATABASES:
				return ((InternalEList<?>)getDatabases()).basicRemove(otherEnd, msgs);
			case ProjectPackage.PROJECT__MAPPINGS:
				return ((InternalEList<?>)getMappings()).basicRemove(otherEnd, msgs);
			case ProjectPackage.PROJECT__SYNC_TASKS:
				return ((InternalEList<?>)getSyncTasks()).basicRemove(otherEnd, msgs);
			case ProjectPackage.PROJECT__SETTINGS:
				return basicSetSettings(null, msgs);
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
			case ProjectPackage.PROJECT__FORMAT_VERSION:
				return getFormatVersion();
			case ProjectPackage.PROJECT__ENTITY_MODEL:
				return getEntityModel();
			case ProjectPackage.PROJECT__DATABASES:
				return getDatabases();
			case ProjectPackage.PROJECT__MAPPINGS:
				return getMappings();
			case ProjectPackage.PROJECT__SYNC_TASKS:
				return getSyncTasks();
			case ProjectPackage.PROJECT__SETTINGS:
				return getSettings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProjectPackage.PROJECT__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case ProjectPackage.PROJECT__ENTITY_MODEL:
				setEntityModel((EntityModel)newValue);
				return;
			case ProjectPackage.PROJECT__DATABASES:
				getDatabases().clear();
				getDatabases().addAll((Collection<? extends Database>)newValue);
				return;
			case ProjectPackage.PROJECT__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends DatabaseMapping>)newValue);
				return;
			case ProjectPackage.PROJECT__SYNC_TASKS:
				getSyncTasks().clear();
				getSyncTasks().addAll((Collection<? extends SyncTask>)newValue);
				return;
			case ProjectPackage.PROJECT__SETTINGS:
				setSettings((ProjectSettings)newValue);
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
			case ProjectPackage.PROJECT__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case ProjectPackage.PROJECT__ENTITY_MODEL:
				setEntityModel((EntityModel)null);
				return;
			case ProjectPackage.PROJECT__DATABASES:
				getDatabases().clear();
				return;
			case ProjectPackage.PROJECT__MAPPINGS:
				getMappings().clear();
				return;
			case ProjectPackage.PROJECT__SYNC_TASKS:
				getSyncTasks().clear();
				return;
			case ProjectPackage.PROJECT__SETTINGS:
				setSettings((ProjectSettings)null);
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
			case ProjectPackage.PROJECT__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case ProjectPackage.PROJECT__ENTITY_MODEL:
				return entityModel != null;
			case ProjectPackage.PROJECT__DATABASES:
				return databases != null && !databases.isEmpty();
			case ProjectPackage.PROJECT__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
			case ProjectPackage.PROJECT__SYNC_TASKS:
				return syncTasks != null && !syncTasks.isEmpty();
			case ProjectPackage.PROJECT__SETTINGS:
				return settings != null;
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
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
