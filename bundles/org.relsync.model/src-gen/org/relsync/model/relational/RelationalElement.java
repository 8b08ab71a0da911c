/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational;

import org.relsync.model.common.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.relational.RelationalElement#isMarkedForDeletion <em>Marked For Deletion</em>}</li>
 *   <li>{@link org.relsync.model.relational.RelationalElement#getExternalId <em>External Id</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.relational.RelationalPackage#getRelationalElement()
 * @model abstract="true"
 * @generated
 */
public interface RelationalElement extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Marked For Deletion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An orphan that the next update DDL script drops; purged once that script is confirmed as applied (SYNC-SPEC section 4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Marked For Deletion</em>' attribute.
	 * @see #setMarkedForDeletion(boolean)
	 * @see org.relsync.model.relational.RelationalPackage#getRelationalElement_MarkedForDeletion()
	 * @model
	 * @generated
	 */
	boolean isMarkedForDeletion();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.RelationalElement#isMarkedForDeletion <em>Marked For Deletion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Marked For Deletion</em>' attribute.
	 * @see #isMarkedForDeletion()
	 * @generated
	 */
	void setMarkedForDeletion(boolean value);

	/**
	 * Returns the value of the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The database's own, rename-proof identity of the element where it has one (PostgreSQL: the table's OID, a column's OID and attribute number). A refresh matches on it before names, so a rename in the database keeps the mappings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Id</em>' attribute.
	 * @see #setExternalId(String)
	 * @see org.relsync.model.relational.RelationalPackage#getRelationalElement_ExternalId()
	 * @model
	 * @generated
	 */
	String getExternalId();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.RelationalElement#getExternalId <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Id</em>' attribute.
	 * @see #getExternalId()
	 * @generated
	 */
	void setExternalId(String value);

} // RelationalElement
