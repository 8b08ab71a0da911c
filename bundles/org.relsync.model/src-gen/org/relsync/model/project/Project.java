/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.project;

import org.eclipse.emf.common.util.EList;

import org.relsync.model.common.NamedElement;

import org.relsync.model.entity.EntityModel;

import org.relsync.model.mapping.DatabaseMapping;

import org.relsync.model.relational.Database;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.project.Project#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.relsync.model.project.Project#getEntityModel <em>Entity Model</em>}</li>
 *   <li>{@link org.relsync.model.project.Project#getDatabases <em>Databases</em>}</li>
 *   <li>{@link org.relsync.model.project.Project#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.relsync.model.project.Project#getSyncTasks <em>Sync Tasks</em>}</li>
 *   <li>{@link org.relsync.model.project.Project#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.project.ProjectPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.relsync.model.project.ProjectPackage#getProject_FormatVersion()
	 * @model default="1"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.relsync.model.project.Project#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Entity Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity Model</em>' containment reference.
	 * @see #setEntityModel(EntityModel)
	 * @see org.relsync.model.project.ProjectPackage#getProject_EntityModel()
	 * @model containment="true"
	 * @generated
	 */
	EntityModel getEntityModel();

	/**
	 * Sets the value of the '{@link org.relsync.model.project.Project#getEntityModel <em>Entity Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity Model</em>' containment reference.
	 * @see #getEntityModel()
	 * @generated
	 */
	void setEntityModel(EntityModel value);

	/**
	 * Returns the value of the '<em><b>Databases</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.relational.Database}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Databases</em>' containment reference list.
	 * @see org.relsync.model.project.ProjectPackage#getProject_Databases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Database> getDatabases();

	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.mapping.DatabaseMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' containment reference list.
	 * @see org.relsync.model.project.ProjectPackage#getProject_Mappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<DatabaseMapping> getMappings();

	/**
	 * Returns the value of the '<em><b>Sync Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.project.SyncTask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sync Tasks</em>' containment reference list.
	 * @see org.relsync.model.project.ProjectPackage#getProject_SyncTasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<SyncTask> getSyncTasks();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference.
	 * @see #setSettings(ProjectSettings)
	 * @see org.relsync.model.project.ProjectPackage#getProject_Settings()
	 * @model containment="true"
	 * @generated
	 */
	ProjectSettings getSettings();

	/**
	 * Sets the value of the '{@link org.relsync.model.project.Project#getSettings <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' containment reference.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(ProjectSettings value);

} // Project
