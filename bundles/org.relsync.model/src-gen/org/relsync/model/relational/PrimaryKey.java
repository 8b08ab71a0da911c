/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Primary Key</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.relsync.model.relational.RelationalPackage#getPrimaryKey()
 * @model
 * @generated
 */
public interface PrimaryKey extends Constraint {
} // PrimaryKey
