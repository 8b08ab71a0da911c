/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.project;

import org.eclipse.emf.common.util.EList;

import org.relsync.model.relational.Database;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Database Sync Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 'Sync with a database': refreshes the Database and Mixed schemas of one database, migrates the mappings and auto-maps unmapped entities.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.project.DatabaseSyncTask#getDatabase <em>Database</em>}</li>
 *   <li>{@link org.relsync.model.project.DatabaseSyncTask#getSchemaFilters <em>Schema Filters</em>}</li>
 *   <li>{@link org.relsync.model.project.DatabaseSyncTask#getTableFilters <em>Table Filters</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.project.ProjectPackage#getDatabaseSyncTask()
 * @model
 * @generated
 */
public interface DatabaseSyncTask extends SyncTask {
	/**
	 * Returns the value of the '<em><b>Database</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Database</em>' reference.
	 * @see #setDatabase(Database)
	 * @see org.relsync.model.project.ProjectPackage#getDatabaseSyncTask_Database()
	 * @model
	 * @generated
	 */
	Database getDatabase();

	/**
	 * Sets the value of the '{@link org.relsync.model.project.DatabaseSyncTask#getDatabase <em>Database</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Database</em>' reference.
	 * @see #getDatabase()
	 * @generated
	 */
	void setDatabase(Database value);

	/**
	 * Returns the value of the '<em><b>Schema Filters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schema Filters</em>' attribute list.
	 * @see org.relsync.model.project.ProjectPackage#getDatabaseSyncTask_SchemaFilters()
	 * @model
	 * @generated
	 */
	EList<String> getSchemaFilters();

	/**
	 * Returns the value of the '<em><b>Table Filters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Table Filters</em>' attribute list.
	 * @see org.relsync.model.project.ProjectPackage#getDatabaseSyncTask_TableFilters()
	 * @model
	 * @generated
	 */
	EList<String> getTableFilters();

} // DatabaseSyncTask
