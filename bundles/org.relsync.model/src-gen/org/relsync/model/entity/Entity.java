/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.entity;

import org.eclipse.emf.common.util.EList;

import org.relsync.model.common.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.entity.Entity#getFields <em>Fields</em>}</li>
 *   <li>{@link org.relsync.model.entity.Entity#getSupertype <em>Supertype</em>}</li>
 *   <li>{@link org.relsync.model.entity.Entity#getUniqueConstraints <em>Unique Constraints</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.entity.EntityPackage#getEntity()
 * @model
 * @generated
 */
public interface Entity extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Fields</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.entity.EntityField}.
	 * It is bidirectional and its opposite is '{@link org.relsync.model.entity.EntityField#getEntity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fields</em>' containment reference list.
	 * @see org.relsync.model.entity.EntityPackage#getEntity_Fields()
	 * @see org.relsync.model.entity.EntityField#getEntity
	 * @model opposite="entity" containment="true"
	 * @generated
	 */
	EList<EntityField> getFields();

	/**
	 * Returns the value of the '<em><b>Supertype</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supertype</em>' reference.
	 * @see #setSupertype(Entity)
	 * @see org.relsync.model.entity.EntityPackage#getEntity_Supertype()
	 * @model
	 * @generated
	 */
	Entity getSupertype();

	/**
	 * Sets the value of the '{@link org.relsync.model.entity.Entity#getSupertype <em>Supertype</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supertype</em>' reference.
	 * @see #getSupertype()
	 * @generated
	 */
	void setSupertype(Entity value);

	/**
	 * Returns the value of the '<em><b>Unique Constraints</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.entity.EntityUniqueConstraint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unique Constraints</em>' containment reference list.
	 * @see org.relsync.model.entity.EntityPackage#getEntity_UniqueConstraints()
	 * @model containment="true"
	 * @generated
	 */
	EList<EntityUniqueConstraint> getUniqueConstraints();

} // Entity
