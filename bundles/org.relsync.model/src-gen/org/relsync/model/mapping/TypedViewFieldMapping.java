/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping;

import org.relsync.model.common.Element;

import org.relsync.model.entity.TypedViewField;

import org.relsync.model.relational.TableField;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Typed View Field Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.mapping.TypedViewFieldMapping#getField <em>Field</em>}</li>
 *   <li>{@link org.relsync.model.mapping.TypedViewFieldMapping#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.mapping.MappingPackage#getTypedViewFieldMapping()
 * @model
 * @generated
 */
public interface TypedViewFieldMapping extends Element {
	/**
	 * Returns the value of the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' reference.
	 * @see #setField(TypedViewField)
	 * @see org.relsync.model.mapping.MappingPackage#getTypedViewFieldMapping_Field()
	 * @model
	 * @generated
	 */
	TypedViewField getField();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.TypedViewFieldMapping#getField <em>Field</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' reference.
	 * @see #getField()
	 * @generated
	 */
	void setField(TypedViewField value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(TableField)
	 * @see org.relsync.model.mapping.MappingPackage#getTypedViewFieldMapping_Target()
	 * @model
	 * @generated
	 */
	TableField getTarget();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.TypedViewFieldMapping#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(TableField value);

} // TypedViewFieldMapping
