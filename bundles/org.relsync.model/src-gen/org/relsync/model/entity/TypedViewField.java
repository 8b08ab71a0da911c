/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.entity;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Typed View Field</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.relsync.model.entity.EntityPackage#getTypedViewField()
 * @model
 * @generated
 */
public interface TypedViewField extends TypedField {
} // TypedViewField
