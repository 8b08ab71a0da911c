/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.relsync.model.common.impl.NamedElementImpl;

import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.RelationalPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.relational.impl.RelationalElementImpl#isMarkedForDeletion <em>Marked For Deletion</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.RelationalElementImpl#getExternalId <em>External Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class RelationalElementImpl extends NamedElementImpl implements RelationalElement {
	/**
	 * The default value of the '{@link #isMarkedForDeletion() <em>Marked For Deletion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMarkedForDeletion()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MARKED_FOR_DELETION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMarkedForDeletion() <em>Marked For Deletion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMarkedForDeletion()
	 * @generated
	 * @ordered
	 */
	protected boolean markedForDeletion = MARKED_FOR_DELETION_EDEFAULT;

	/**
	 * The default value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTERNAL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected String externalId = EXTERNAL_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RelationalElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RelationalPackage.Literals.RELATIONAL_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMarkedForDeletion() {
		return markedForDeletion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarkedForDeletion(boolean newMarkedForDeletion) {
		boolean oldMarkedForDeletion = markedForDeletion;
		markedForDeletion = newMarkedForDeletion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.RELATIONAL_ELEMENT__MARKED_FOR_DELETION, oldMarkedForDeletion, markedForDeletion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExternalId() {
		return externalId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalId(String newExternalId) {
		String oldExternalId = externalId;
		externalId = newExternalId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.RELATIONAL_ELEMENT__EXTERNAL_ID, oldExternalId, externalId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RelationalPackage.RELATIONAL_ELEMENT__MARKED_FOR_DELETION:
				return isMarkedForDeletion();
			case RelationalPackage.RELATIONAL_ELEMENT__EXTERNAL_ID:
				return getExternalId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RelationalPackage.RELATIONAL_ELEMENT__MARKED_FOR_DELETION:
				setMarkedForDeletion((Boolean)newValue);
				return;
			case RelationalPackage.RELATIONAL_ELEMENT__EXTERNAL_ID:
				setExternalId((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RelationalPackage.RELATIONAL_ELEMENT__MARKED_FOR_DELETION:
				setMarkedForDeletion(MARKED_FOR_DELETION_EDEFAULT);
				return;
			case RelationalPackage.RELATIONAL_ELEMENT__EXTERNAL_ID:
				setExternalId(EXTERNAL_ID_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RelationalPackage.RELATIONAL_ELEMENT__MARKED_FOR_DELETION:
				return markedForDeletion != MARKED_FOR_DELETION_EDEFAULT;
			case RelationalPackage.RELATIONAL_ELEMENT__EXTERNAL_ID:
				return EXTERNAL_ID_EDEFAULT == null ? externalId != null : !EXTERNAL_ID_EDEFAULT.equals(externalId);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (markedForDeletion: ");
		result.append(markedForDeletion);
		result.append(", externalId: ");
		result.append(externalId);
		result.append(')');
		return result.toString();
	}

} //RelationalElementImpl
