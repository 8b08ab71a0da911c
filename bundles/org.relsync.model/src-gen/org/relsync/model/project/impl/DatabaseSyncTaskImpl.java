/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.project.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.project.ProjectPackage;

import org.relsync.model.relational.Database;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Database Sync Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.project.impl.DatabaseSyncTaskImpl#getDatabase <em>Database</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.DatabaseSyncTaskImpl#getSchemaFilters <em>Schema Filters</em>}</li>
 *   <li>{@link org.relsync.model.project.impl.DatabaseSyncTaskImpl#getTableFilters <em>Table Filters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatabaseSyncTaskImpl extends SyncTaskImpl implements DatabaseSyncTask {
	/**
	 * The cached value of the '{@link #getDatabase() <em>Database</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatabase()
	 * @generated
	 * @ordered
	 */
	protected Database database;

	/**
	 * The cached value of the '{@link #getSchemaFilters() <em>Schema Filters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> schemaFilters;

	/**
	 * The cached value of the '{@link #getTableFilters() <em>Table Filters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tableFilters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatabaseSyncTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProjectPackage.Literals.DATABASE_SYNC_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Database getDatabase() {
		if (database != null && database.eIsProxy()) {
			InternalEObject oldDatabase = (InternalEObject)database;
			database = (Database)eResolveProxy(oldDatabase);
			if (database != oldDatabase) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProjectPackage.DATABASE_SYNC_TASK__DATABASE, oldDatabase, database));
			}
		}
		return database;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Database basicGetDatabase() {
		return database;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDatabase(Database newDatabase) {
		Database oldDatabase = database;
		database = newDatabase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProjectPackage.DATABASE_SYNC_TASK__DATABASE, oldDatabase, database));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSchemaFilters() {
		if (schemaFilters == null) {
			schemaFilters = new EDataTypeUniqueEList<String>(String.class, this, ProjectPackage.DATABASE_SYNC_TASK__SCHEMA_FILTERS);
		}
		return schemaFilters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTableFilters() {
		if (tableFilters == null) {
			tableFilters = new EDataTypeUniqueEList<String>(String.class, this, ProjectPackage.DATABASE_SYNC_TASK__TABLE_FILTERS);
		}
		return tableFilters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProjectPackage.DATABASE_SYNC_TASK__DATABASE:
				if (resolve) return getDatabase();
				return basicGetDatabase();
			case ProjectPackage.DATABASE_SYNC_TASK__SCHEMA_FILTERS:
				return getSchemaFilters();
			case ProjectPackage.DATABASE_SYNC_TASK__TABLE_FILTERS:
				return getTableFilters();
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
			case ProjectPackage.DATABASE_SYNC_TASK__DATABASE:
				setDatabase((Database)newValue);
				return;
			case ProjectPackage.DATABASE_SYNC_TASK__SCHEMA_FILTERS:
				getSchemaFilters().clear();
				getSchemaFilters().addAll((Collection<? extends String>)newValue);
				return;
			case ProjectPackage.DATABASE_SYNC_TASK__TABLE_FILTERS:
				getTableFilters().clear();
				getTableFilters().addAll((Collection<? extends String>)newValue);
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
			case ProjectPackage.DATABASE_SYNC_TASK__DATABASE:
				setDatabase((Database)null);
				return;
			case ProjectPackage.DATABASE_SYNC_TASK__SCHEMA_FILTERS:
				getSchemaFilters().clear();
				return;
			case ProjectPackage.DATABASE_SYNC_TASK__TABLE_FILTERS:
				getTableFilters().clear();
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
			case ProjectPackage.DATABASE_SYNC_TASK__DATABASE:
				return database != null;
			case ProjectPackage.DATABASE_SYNC_TASK__SCHEMA_FILTERS:
				return schemaFilters != null && !schemaFilters.isEmpty();
			case ProjectPackage.DATABASE_SYNC_TASK__TABLE_FILTERS:
				return tableFilters != null && !tableFilters.isEmpty();
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
		result.append(" (schemaFilters: ");
		result.append(schemaFilters);
		result.append(", tableFilters: ");
		result.append(tableFilters);
		result.append(')');
		return result.toString();
	}

} //DatabaseSyncTaskImpl
