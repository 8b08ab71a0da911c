/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping;

import org.relsync.model.common.Element;

import org.relsync.model.entity.EntityUniqueConstraint;

import org.relsync.model.relational.UniqueConstraint;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unique Constraint Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.mapping.UniqueConstraintMapping#getConstraint <em>Constraint</em>}</li>
 *   <li>{@link org.relsync.model.mapping.UniqueConstraintMapping#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.mapping.MappingPackage#getUniqueConstraintMapping()
 * @model
 * @generated
 */
public interface UniqueConstraintMapping extends Element {
	/**
	 * Returns the value of the '<em><b>Constraint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constraint</em>' reference.
	 * @see #setConstraint(EntityUniqueConstraint)
	 * @see org.relsync.model.mapping.MappingPackage#getUniqueConstraintMapping_Constraint()
	 * @model
	 * @generated
	 */
	EntityUniqueConstraint getConstraint();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.UniqueConstraintMapping#getConstraint <em>Constraint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Constraint</em>' reference.
	 * @see #getConstraint()
	 * @generated
	 */
	void setConstraint(EntityUniqueConstraint value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(UniqueConstraint)
	 * @see org.relsync.model.mapping.MappingPackage#getUniqueConstraintMapping_Target()
	 * @model
	 * @generated
	 */
	UniqueConstraint getTarget();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.UniqueConstraintMapping#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(UniqueConstraint value);

} // UniqueConstraintMapping
