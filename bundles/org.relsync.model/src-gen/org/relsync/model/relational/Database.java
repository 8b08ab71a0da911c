/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational;

import org.eclipse.emf.common.util.EList;

import org.relsync.model.common.NamedElement;
import org.relsync.model.common.NamingRules;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Database</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One database system of the project. Passwords are never stored: passwordVariable names the environment variable that holds one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.relational.Database#getDriverId <em>Driver Id</em>}</li>
 *   <li>{@link org.relsync.model.relational.Database#getUrl <em>Url</em>}</li>
 *   <li>{@link org.relsync.model.relational.Database#getUser <em>User</em>}</li>
 *   <li>{@link org.relsync.model.relational.Database#getPasswordVariable <em>Password Variable</em>}</li>
 *   <li>{@link org.relsync.model.relational.Database#getCatalogs <em>Catalogs</em>}</li>
 *   <li>{@link org.relsync.model.relational.Database#getDefaultSchema <em>Default Schema</em>}</li>
 *   <li>{@link org.relsync.model.relational.Database#getNamingRules <em>Naming Rules</em>}</li>
 *   <li>{@link org.relsync.model.relational.Database#getBaseline <em>Baseline</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.relational.RelationalPackage#getDatabase()
 * @model
 * @generated
 */
public interface Database extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Driver Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver Id</em>' attribute.
	 * @see #setDriverId(String)
	 * @see org.relsync.model.relational.RelationalPackage#getDatabase_DriverId()
	 * @model
	 * @generated
	 */
	String getDriverId();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.Database#getDriverId <em>Driver Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver Id</em>' attribute.
	 * @see #getDriverId()
	 * @generated
	 */
	void setDriverId(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.relsync.model.relational.RelationalPackage#getDatabase_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.Database#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see org.relsync.model.relational.RelationalPackage#getDatabase_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.Database#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Password Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Password Variable</em>' attribute.
	 * @see #setPasswordVariable(String)
	 * @see org.relsync.model.relational.RelationalPackage#getDatabase_PasswordVariable()
	 * @model
	 * @generated
	 */
	String getPasswordVariable();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.Database#getPasswordVariable <em>Password Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Variable</em>' attribute.
	 * @see #getPasswordVariable()
	 * @generated
	 */
	void setPasswordVariable(String value);

	/**
	 * Returns the value of the '<em><b>Catalogs</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.relational.Catalog}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Catalogs</em>' containment reference list.
	 * @see org.relsync.model.relational.RelationalPackage#getDatabase_Catalogs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Catalog> getCatalogs();

	/**
	 * Returns the value of the '<em><b>Default Schema</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where model sync creates new tables and sequences.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Schema</em>' reference.
	 * @see #setDefaultSchema(Schema)
	 * @see org.relsync.model.relational.RelationalPackage#getDatabase_DefaultSchema()
	 * @model
	 * @generated
	 */
	Schema getDefaultSchema();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.Database#getDefaultSchema <em>Default Schema</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Schema</em>' reference.
	 * @see #getDefaultSchema()
	 * @generated
	 */
	void setDefaultSchema(Schema value);

	/**
	 * Returns the value of the '<em><b>Naming Rules</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overrides the project's naming rules for this database when set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Naming Rules</em>' containment reference.
	 * @see #setNamingRules(NamingRules)
	 * @see org.relsync.model.relational.RelationalPackage#getDatabase_NamingRules()
	 * @model containment="true"
	 * @generated
	 */
	NamingRules getNamingRules();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.Database#getNamingRules <em>Naming Rules</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Naming Rules</em>' containment reference.
	 * @see #getNamingRules()
	 * @generated
	 */
	void setNamingRules(NamingRules value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The relational model data of this database as the last successful DDL apply left it: what an update script is computed against when the database cannot be reached, and how elements renamed in the model are recognised. Each element's id is "baseline_" followed by the id of the model element it records (no colon: XMI would read it as a URI).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' containment reference.
	 * @see #setBaseline(Database)
	 * @see org.relsync.model.relational.RelationalPackage#getDatabase_Baseline()
	 * @model containment="true"
	 * @generated
	 */
	Database getBaseline();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.Database#getBaseline <em>Baseline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' containment reference.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Database value);

} // Database
