/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unique Constraint</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.relsync.model.relational.RelationalPackage#getUniqueConstraint()
 * @model
 * @generated
 */
public interface UniqueConstraint extends Constraint {
} // UniqueConstraint
