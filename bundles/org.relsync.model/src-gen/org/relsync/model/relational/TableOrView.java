/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table Or View</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.relational.TableOrView#getFields <em>Fields</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.relational.RelationalPackage#getTableOrView()
 * @model abstract="true"
 * @generated
 */
public interface TableOrView extends RelationalElement {
	/**
	 * Returns the value of the '<em><b>Fields</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.relational.TableField}.
	 * It is bidirectional and its opposite is '{@link org.relsync.model.relational.TableField#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fields</em>' containment reference list.
	 * @see org.relsync.model.relational.RelationalPackage#getTableOrView_Fields()
	 * @see org.relsync.model.relational.TableField#getOwner
	 * @model opposite="owner" containment="true"
	 * @generated
	 */
	EList<TableField> getFields();

} // TableOrView
