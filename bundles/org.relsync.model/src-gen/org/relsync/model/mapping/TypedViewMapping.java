/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping;

import org.eclipse.emf.common.util.EList;

import org.relsync.model.common.Element;

import org.relsync.model.entity.TypedView;

import org.relsync.model.relational.TableOrView;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Typed View Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.mapping.TypedViewMapping#getTypedView <em>Typed View</em>}</li>
 *   <li>{@link org.relsync.model.mapping.TypedViewMapping#getTarget <em>Target</em>}</li>
 *   <li>{@link org.relsync.model.mapping.TypedViewMapping#getFieldMappings <em>Field Mappings</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.mapping.MappingPackage#getTypedViewMapping()
 * @model
 * @generated
 */
public interface TypedViewMapping extends Element {
	/**
	 * Returns the value of the '<em><b>Typed View</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Typed View</em>' reference.
	 * @see #setTypedView(TypedView)
	 * @see org.relsync.model.mapping.MappingPackage#getTypedViewMapping_TypedView()
	 * @model
	 * @generated
	 */
	TypedView getTypedView();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.TypedViewMapping#getTypedView <em>Typed View</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Typed View</em>' reference.
	 * @see #getTypedView()
	 * @generated
	 */
	void setTypedView(TypedView value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(TableOrView)
	 * @see org.relsync.model.mapping.MappingPackage#getTypedViewMapping_Target()
	 * @model
	 * @generated
	 */
	TableOrView getTarget();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.TypedViewMapping#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(TableOrView value);

	/**
	 * Returns the value of the '<em><b>Field Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.mapping.TypedViewFieldMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Mappings</em>' containment reference list.
	 * @see org.relsync.model.mapping.MappingPackage#getTypedViewMapping_FieldMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<TypedViewFieldMapping> getFieldMappings();

} // TypedViewMapping
