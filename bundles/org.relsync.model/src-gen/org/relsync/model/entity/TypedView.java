/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.entity;

import org.eclipse.emf.common.util.EList;

import org.relsync.model.common.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Typed View</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A read-only projection mapped onto a table or view. Model sync never touches typed views (rule T).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.entity.TypedView#getFields <em>Fields</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.entity.EntityPackage#getTypedView()
 * @model
 * @generated
 */
public interface TypedView extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Fields</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.entity.TypedViewField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fields</em>' containment reference list.
	 * @see org.relsync.model.entity.EntityPackage#getTypedView_Fields()
	 * @model containment="true"
	 * @generated
	 */
	EList<TypedViewField> getFields();

} // TypedView
