/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Constraint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.relational.Constraint#getFields <em>Fields</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.relational.RelationalPackage#getConstraint()
 * @model abstract="true"
 * @generated
 */
public interface Constraint extends RelationalElement {
	/**
	 * Returns the value of the '<em><b>Fields</b></em>' reference list.
	 * The list contents are of type {@link org.relsync.model.relational.TableField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fields</em>' reference list.
	 * @see org.relsync.model.relational.RelationalPackage#getConstraint_Fields()
	 * @model
	 * @generated
	 */
	EList<TableField> getFields();

} // Constraint
