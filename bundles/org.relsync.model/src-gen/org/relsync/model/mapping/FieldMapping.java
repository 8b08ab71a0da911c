/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping;

import org.relsync.model.common.Element;

import org.relsync.model.entity.EntityField;

import org.relsync.model.relational.TableField;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Field Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.mapping.FieldMapping#getField <em>Field</em>}</li>
 *   <li>{@link org.relsync.model.mapping.FieldMapping#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.mapping.MappingPackage#getFieldMapping()
 * @model
 * @generated
 */
public interface FieldMapping extends Element {
	/**
	 * Returns the value of the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' reference.
	 * @see #setField(EntityField)
	 * @see org.relsync.model.mapping.MappingPackage#getFieldMapping_Field()
	 * @model
	 * @generated
	 */
	EntityField getField();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.FieldMapping#getField <em>Field</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' reference.
	 * @see #getField()
	 * @generated
	 */
	void setField(EntityField value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(TableField)
	 * @see org.relsync.model.mapping.MappingPackage#getFieldMapping_Target()
	 * @model
	 * @generated
	 */
	TableField getTarget();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.FieldMapping#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(TableField value);

} // FieldMapping
