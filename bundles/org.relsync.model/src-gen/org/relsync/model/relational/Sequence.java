/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sequence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.relational.Sequence#getStartValue <em>Start Value</em>}</li>
 *   <li>{@link org.relsync.model.relational.Sequence#getIncrement <em>Increment</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.relational.RelationalPackage#getSequence()
 * @model
 * @generated
 */
public interface Sequence extends RelationalElement {
	/**
	 * Returns the value of the '<em><b>Start Value</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Value</em>' attribute.
	 * @see #setStartValue(long)
	 * @see org.relsync.model.relational.RelationalPackage#getSequence_StartValue()
	 * @model default="1"
	 * @generated
	 */
	long getStartValue();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.Sequence#getStartValue <em>Start Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Value</em>' attribute.
	 * @see #getStartValue()
	 * @generated
	 */
	void setStartValue(long value);

	/**
	 * Returns the value of the '<em><b>Increment</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Increment</em>' attribute.
	 * @see #setIncrement(long)
	 * @see org.relsync.model.relational.RelationalPackage#getSequence_Increment()
	 * @model default="1"
	 * @generated
	 */
	long getIncrement();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.Sequence#getIncrement <em>Increment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Increment</em>' attribute.
	 * @see #getIncrement()
	 * @generated
	 */
	void setIncrement(long value);

} // Sequence
