/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Foreign Key</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.relational.ForeignKey#getReferencedTable <em>Referenced Table</em>}</li>
 *   <li>{@link org.relsync.model.relational.ForeignKey#getReferencedFields <em>Referenced Fields</em>}</li>
 *   <li>{@link org.relsync.model.relational.ForeignKey#getOnDelete <em>On Delete</em>}</li>
 *   <li>{@link org.relsync.model.relational.ForeignKey#getOnUpdate <em>On Update</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.relational.RelationalPackage#getForeignKey()
 * @model
 * @generated
 */
public interface ForeignKey extends Constraint {
	/**
	 * Returns the value of the '<em><b>Referenced Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referenced Table</em>' reference.
	 * @see #setReferencedTable(Table)
	 * @see org.relsync.model.relational.RelationalPackage#getForeignKey_ReferencedTable()
	 * @model
	 * @generated
	 */
	Table getReferencedTable();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.ForeignKey#getReferencedTable <em>Referenced Table</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referenced Table</em>' reference.
	 * @see #getReferencedTable()
	 * @generated
	 */
	void setReferencedTable(Table value);

	/**
	 * Returns the value of the '<em><b>Referenced Fields</b></em>' reference list.
	 * The list contents are of type {@link org.relsync.model.relational.TableField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referenced Fields</em>' reference list.
	 * @see org.relsync.model.relational.RelationalPackage#getForeignKey_ReferencedFields()
	 * @model
	 * @generated
	 */
	EList<TableField> getReferencedFields();

	/**
	 * Returns the value of the '<em><b>On Delete</b></em>' attribute.
	 * The literals are from the enumeration {@link org.relsync.model.relational.ReferentialAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>On Delete</em>' attribute.
	 * @see org.relsync.model.relational.ReferentialAction
	 * @see #setOnDelete(ReferentialAction)
	 * @see org.relsync.model.relational.RelationalPackage#getForeignKey_OnDelete()
	 * @model
	 * @generated
	 */
	ReferentialAction getOnDelete();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.ForeignKey#getOnDelete <em>On Delete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Delete</em>' attribute.
	 * @see org.relsync.model.relational.ReferentialAction
	 * @see #getOnDelete()
	 * @generated
	 */
	void setOnDelete(ReferentialAction value);

	/**
	 * Returns the value of the '<em><b>On Update</b></em>' attribute.
	 * The literals are from the enumeration {@link org.relsync.model.relational.ReferentialAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>On Update</em>' attribute.
	 * @see org.relsync.model.relational.ReferentialAction
	 * @see #setOnUpdate(ReferentialAction)
	 * @see org.relsync.model.relational.RelationalPackage#getForeignKey_OnUpdate()
	 * @model
	 * @generated
	 */
	ReferentialAction getOnUpdate();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.ForeignKey#getOnUpdate <em>On Update</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>On Update</em>' attribute.
	 * @see org.relsync.model.relational.ReferentialAction
	 * @see #getOnUpdate()
	 * @generated
	 */
	void setOnUpdate(ReferentialAction value);

} // ForeignKey
