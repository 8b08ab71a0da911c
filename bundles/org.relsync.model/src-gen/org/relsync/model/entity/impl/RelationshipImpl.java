/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.entity.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.relsync.model.common.impl.NamedElementImpl;

import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.EntityPackage;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Relationship</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.entity.impl.RelationshipImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.relsync.model.entity.impl.RelationshipImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.relsync.model.entity.impl.RelationshipImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.relsync.model.entity.impl.RelationshipImpl#getFkSide <em>Fk Side</em>}</li>
 *   <li>{@link org.relsync.model.entity.impl.RelationshipImpl#getFkFields <em>Fk Fields</em>}</li>
 *   <li>{@link org.relsync.model.entity.impl.RelationshipImpl#getStartNavigator <em>Start Navigator</em>}</li>
 *   <li>{@link org.relsync.model.entity.impl.RelationshipImpl#getEndNavigator <em>End Navigator</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RelationshipImpl extends NamedElementImpl implements Relationship {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RelationshipKind KIND_EDEFAULT = RelationshipKind.MANY_TO_ONE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RelationshipKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Entity start;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Entity end;

	/**
	 * The default value of the '{@link #getFkSide() <em>Fk Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFkSide()
	 * @generated
	 * @ordered
	 */
	protected static final RelationshipEnd FK_SIDE_EDEFAULT = RelationshipEnd.START;

	/**
	 * The cached value of the '{@link #getFkSide() <em>Fk Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFkSide()
	 * @generated
	 * @ordered
	 */
	protected RelationshipEnd fkSide = FK_SIDE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFkFields() <em>Fk Fields</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFkFields()
	 * @generated
	 * @ordered
	 */
	protected EList<EntityField> fkFields;

	/**
	 * The default value of the '{@link #getStartNavigator() <em>Start Navigator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartNavigator()
	 * @generated
	 * @ordered
	 */
	protected static final String START_NAVIGATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartNavigator() <em>Start Navigator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartNavigator()
	 * @generated
	 * @ordered
	 */
	protected String startNavigator = START_NAVIGATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndNavigator() <em>End Navigator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndNavigator()
	 * @generated
	 * @ordered
	 */
	protected static final String END_NAVIGATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndNavigator() <em>End Navigator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndNavigator()
	 * @generated
	 * @ordered
	 */
	protected String endNavigator = END_NAVIGATOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RelationshipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EntityPackage.Literals.RELATIONSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationshipKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RelationshipKind newKind) {
		RelationshipKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntityPackage.RELATIONSHIP__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getStart() {
		if (start != null && start.eIsProxy()) {
			InternalEObject oldStart = (InternalEObject)start;
			start = (Entity)eResolveProxy(oldStart);
			if (start != oldStart) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EntityPackage.RELATIONSHIP__START, oldStart, start));
			}
		}
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Entity newStart) {
		Entity oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntityPackage.RELATIONSHIP__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getEnd() {
		if (end != null && end.eIsProxy()) {
			InternalEObject oldEnd = (InternalEObject)end;
			end = (Entity)eResolveProxy(oldEnd);
			if (end != oldEnd) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EntityPackage.RELATIONSHIP__END, oldEnd, end));
			}
		}
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Entity newEnd) {
		Entity oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntityPackage.RELATIONSHIP__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationshipEnd getFkSide() {
		return fkSide;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFkSide(RelationshipEnd newFkSide) {
		RelationshipEnd oldFkSide = fkSide;
		fkSide = newFkSide == null ? FK_SIDE_EDEFAULT : newFkSide;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntityPackage.RELATIONSHIP__FK_SIDE, oldFkSide, fkSide));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EntityField> getFkFields() {
		if (fkFields == null) {
			fkFields = new EObjectResolvingEList<EntityField>(EntityField.class, this, EntityPackage.RELATIONSHIP__FK_FIELDS);
		}
		return fkFields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStartNavigator() {
		return startNavigator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartNavigator(String newStartNavigator) {
		String oldStartNavigator = startNavigator;
		startNavigator = newStartNavigator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntityPackage.RELATIONSHIP__START_NAVIGATOR, oldStartNavigator, startNavigator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEndNavigator() {
		return endNavigator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndNavigator(String newEndNavigator) {
		String oldEndNavigator = endNavigator;
		endNavigator = newEndNavigator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EntityPackage.RELATIONSHIP__END_NAVIGATOR, oldEndNavigator, endNavigator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EntityPackage.RELATIONSHIP__KIND:
				return getKind();
			case EntityPackage.RELATIONSHIP__START:
				if (resolve) return getStart();
				return basicGetStart();
			case EntityPackage.RELATIONSHIP__END:
				if (resolve) return getEnd();
				return basicGetEnd();
			case EntityPackage.RELATIONSHIP__FK_SIDE:
				return getFkSide();
			case EntityPackage.RELATIONSHIP__FK_FIELDS:
				return getFkFields();
			case EntityPackage.RELATIONSHIP__START_NAVIGATOR:
				return getStartNavigator();
			case EntityPackage.RELATIONSHIP__END_NAVIGATOR:
				return getEndNavigator();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EntityPackage.RELATIONSHIP__KIND:
				setKind((RelationshipKind)newValue);
				return;
			case EntityPackage.RELATIONSHIP__START:
				setStart((Entity)newValue);
				return;
			case EntityPackage.RELATIONSHIP__END:
				setEnd((Entity)newValue);
				return;
			case EntityPackage.RELATIONSHIP__FK_SIDE:
				setFkSide((RelationshipEnd)newValue);
				return;
			case EntityPackage.RELATIONSHIP__FK_FIELDS:
				getFkFields().clear();
				getFkFields().addAll((Collection<? extends EntityField>)newValue);
				return;
			case EntityPackage.RELATIONSHIP__START_NAVIGATOR:
				setStartNavigator((String)newValue);
				return;
			case EntityPackage.RELATIONSHIP__END_NAVIGATOR:
				setEndNavigator((String)newValue);
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
			case EntityPackage.RELATIONSHIP__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EntityPackage.RELATIONSHIP__START:
				setStart((Entity)null);
				return;
			case EntityPackage.RELATIONSHIP__END:
				setEnd((Entity)null);
				return;
			case EntityPackage.RELATIONSHIP__FK_SIDE:
				setFkSide(FK_SIDE_EDEFAULT);
				return;
			case EntityPackage.RELATIONSHIP__FK_FIELDS:
				getFkFields().clear();
				return;
			case EntityPackage.RELATIONSHIP__START_NAVIGATOR:
				setStartNavigator(START_NAVIGATOR_EDEFAULT);
				return;
			case EntityPackage.RELATIONSHIP__END_NAVIGATOR:
				setEndNavigator(END_NAVIGATOR_EDEFAULT);
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
			case EntityPackage.RELATIONSHIP__KIND:
				return kind != KIND_EDEFAULT;
			case EntityPackage.RELATIONSHIP__START:
				return start != null;
			case EntityPackage.RELATIONSHIP__END:
				return end != null;
			case EntityPackage.RELATIONSHIP__FK_SIDE:
				return fkSide != FK_SIDE_EDEFAULT;
			case EntityPackage.RELATIONSHIP__FK_FIELDS:
				return fkFields != null && !fkFields.isEmpty();
			case EntityPackage.RELATIONSHIP__START_NAVIGATOR:
				return START_NAVIGATOR_EDEFAULT == null ? startNavigator != null : !START_NAVIGATOR_EDEFAULT.equals(startNavigator);
			case EntityPackage.RELATIONSHIP__END_NAVIGATOR:
				return END_NAVIGATOR_EDEFAULT == null ? endNavigator != null : !END_NAVIGATOR_EDEFAULT.equals(endNavigator);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", fkSide: ");
		result.append(fkSide);
		result.append(", startNavigator: ");
		result.append(startNavigator);
		result.append(", endNavigator: ");
		result.append(endNavigator);
		result.append(')');
		return result.toString();
	}

} //RelationshipImpl
