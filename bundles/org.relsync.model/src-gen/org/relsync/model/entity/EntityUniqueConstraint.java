/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.entity;

import org.eclipse.emf.common.util.EList;

import org.relsync.model.common.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unique Constraint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.entity.EntityUniqueConstraint#getFields <em>Fields</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.entity.EntityPackage#getEntityUniqueConstraint()
 * @model
 * @generated
 */
public interface EntityUniqueConstraint extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Fields</b></em>' reference list.
	 * The list contents are of type {@link org.relsync.model.entity.EntityField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fields</em>' reference list.
	 * @see org.relsync.model.entity.EntityPackage#getEntityUniqueConstraint_Fields()
	 * @model
	 * @generated
	 */
	EList<EntityField> getFields();

} // EntityUniqueConstraint
