/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational;

import org.eclipse.emf.common.util.EList;

import org.relsync.model.common.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.relational.Catalog#getSchemas <em>Schemas</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.relational.RelationalPackage#getCatalog()
 * @model
 * @generated
 */
public interface Catalog extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Schemas</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.relational.Schema}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schemas</em>' containment reference list.
	 * @see org.relsync.model.relational.RelationalPackage#getCatalog_Schemas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Schema> getSchemas();

} // Catalog
