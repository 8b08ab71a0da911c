/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational;

import org.eclipse.emf.common.util.EList;

import org.relsync.model.common.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schema</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.relational.Schema#getSyncSource <em>Sync Source</em>}</li>
 *   <li>{@link org.relsync.model.relational.Schema#getTables <em>Tables</em>}</li>
 *   <li>{@link org.relsync.model.relational.Schema#getViews <em>Views</em>}</li>
 *   <li>{@link org.relsync.model.relational.Schema#getSequences <em>Sequences</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.relational.RelationalPackage#getSchema()
 * @model
 * @generated
 */
public interface Schema extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Sync Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.relsync.model.relational.SyncSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sync Source</em>' attribute.
	 * @see org.relsync.model.relational.SyncSource
	 * @see #setSyncSource(SyncSource)
	 * @see org.relsync.model.relational.RelationalPackage#getSchema_SyncSource()
	 * @model
	 * @generated
	 */
	SyncSource getSyncSource();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.Schema#getSyncSource <em>Sync Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sync Source</em>' attribute.
	 * @see org.relsync.model.relational.SyncSource
	 * @see #getSyncSource()
	 * @generated
	 */
	void setSyncSource(SyncSource value);

	/**
	 * Returns the value of the '<em><b>Tables</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.relational.Table}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tables</em>' containment reference list.
	 * @see org.relsync.model.relational.RelationalPackage#getSchema_Tables()
	 * @model containment="true"
	 * @generated
	 */
	EList<Table> getTables();

	/**
	 * Returns the value of the '<em><b>Views</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.relational.View}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Views</em>' containment reference list.
	 * @see org.relsync.model.relational.RelationalPackage#getSchema_Views()
	 * @model containment="true"
	 * @generated
	 */
	EList<View> getViews();

	/**
	 * Returns the value of the '<em><b>Sequences</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.relational.Sequence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequences</em>' containment reference list.
	 * @see org.relsync.model.relational.RelationalPackage#getSchema_Sequences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Sequence> getSequences();

} // Schema
