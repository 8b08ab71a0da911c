/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.relsync.model.common.impl.ElementImpl;

import org.relsync.model.entity.Relationship;

import org.relsync.model.mapping.MappingPackage;
import org.relsync.model.mapping.RelationshipMapping;

import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Table;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Relationship Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.mapping.impl.RelationshipMappingImpl#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link org.relsync.model.mapping.impl.RelationshipMappingImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.relsync.model.mapping.impl.RelationshipMappingImpl#getLinkTable <em>Link Table</em>}</li>
 *   <li>{@link org.relsync.model.mapping.impl.RelationshipMappingImpl#getInverseTarget <em>Inverse Target</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RelationshipMappingImpl extends ElementImpl implements RelationshipMapping {
	/**
	 * The cached value of the '{@link #getRelationship() <em>Relationship</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationship()
	 * @generated
	 * @ordered
	 */
	protected Relationship relationship;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected ForeignKey target;

	/**
	 * The cached value of the '{@link #getLinkTable() <em>Link Table</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkTable()
	 * @generated
	 * @ordered
	 */
	protected Table linkTable;

	/**
	 * The cached value of the '{@link #getInverseTarget() <em>Inverse Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInverseTarget()
	 * @generated
	 * @ordered
	 */
	protected ForeignKey inverseTarget;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RelationshipMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MappingPackage.Literals.RELATIONSHIP_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Relationship getRelationship() {
		if (relationship != null && relationship.eIsProxy()) {
			InternalEObject oldRelationship = (InternalEObject)relationship;
			relationship = (Relationship)eResolveProxy(oldRelationship);
			if (relationship != oldRelationship) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MappingPackage.RELATIONSHIP_MAPPING__RELATIONSHIP, oldRelationship, relationship));
			}
		}
		return relationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Relationship basicGetRelationship() {
		return relationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelationship(Relationship newRelationship) {
		Relationship oldRelationship = relationship;
		relationship = newRelationship;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MappingPackage.RELATIONSHIP_MAPPING__RELATIONSHIP, oldRelationship, relationship));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ForeignKey getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (ForeignKey)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MappingPackage.RELATIONSHIP_MAPPING__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ForeignKey basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(ForeignKey newTarget) {
		ForeignKey oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MappingPackage.RELATIONSHIP_MAPPING__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Table getLinkTable() {
		if (linkTable != null && linkTable.eIsProxy()) {
			InternalEObject oldLinkTable = (InternalEObject)linkTable;
			linkTable = (Table)eResolveProxy(oldLinkTable);
			if (linkTable != oldLinkTable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MappingPackage.RELATIONSHIP_MAPPING__LINK_TABLE, oldLinkTable, linkTable));
			}
		}
		return linkTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Table basicGetLinkTable() {
		return linkTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinkTable(Table newLinkTable) {
		Table oldLinkTable = linkTable;
		linkTable = newLinkTable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MappingPackage.RELATIONSHIP_MAPPING__LINK_TABLE, oldLinkTable, linkTable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ForeignKey getInverseTarget() {
		if (inverseTarget != null && inverseTarget.eIsProxy()) {
			InternalEObject oldInverseTarget = (InternalEObject)inverseTarget;
			inverseTarget = (ForeignKey)eResolveProxy(oldInverseTarget);
			if (inverseTarget != oldInverseTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MappingPackage.RELATIONSHIP_MAPPING__INVERSE_TARGET, oldInverseTarget, inverseTarget));
			}
		}
		return inverseTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ForeignKey basicGetInverseTarget() {
		return inverseTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInverseTarget(ForeignKey newInverseTarget) {
		ForeignKey oldInverseTarget = inverseTarget;
		inverseTarget = newInverseTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MappingPackage.RELATIONSHIP_MAPPING__INVERSE_TARGET, oldInverseTarget, inverseTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MappingPackage.RELATIONSHIP_MAPPING__RELATIONSHIP:
				if (resolve) return getRelationship();
				return basicGetRelationship();
			case MappingPackage.RELATIONSHIP_MAPPING__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case MappingPackage.RELATIONSHIP_MAPPING__LINK_TABLE:
				if (resolve) return getLinkTable();
				return basicGetLinkTable();
			case MappingPackage.RELATIONSHIP_MAPPING__INVERSE_TARGET:
				if (resolve) return getInverseTarget();
				return basicGetInverseTarget();
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
			case MappingPackage.RELATIONSHIP_MAPPING__RELATIONSHIP:
				setRelationship((Relationship)newValue);
				return;
			case MappingPackage.RELATIONSHIP_MAPPING__TARGET:
				setTarget((ForeignKey)newValue);
				return;
			case MappingPackage.RELATIONSHIP_MAPPING__LINK_TABLE:
				setLinkTable((Table)newValue);
				return;
			case MappingPackage.RELATIONSHIP_MAPPING__INVERSE_TARGET:
				setInverseTarget((ForeignKey)newValue);
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
			case MappingPackage.RELATIONSHIP_MAPPING__RELATIONSHIP:
				setRelationship((Relationship)null);
				return;
			case MappingPackage.RELATIONSHIP_MAPPING__TARGET:
				setTarget((ForeignKey)null);
				return;
			case MappingPackage.RELATIONSHIP_MAPPING__LINK_TABLE:
				setLinkTable((Table)null);
				return;
			case MappingPackage.RELATIONSHIP_MAPPING__INVERSE_TARGET:
				setInverseTarget((ForeignKey)null);
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
			case MappingPackage.RELATIONSHIP_MAPPING__RELATIONSHIP:
				return relationship != null;
			case MappingPackage.RELATIONSHIP_MAPPING__TARGET:
				return target != null;
			case MappingPackage.RELATIONSHIP_MAPPING__LINK_TABLE:
				return linkTable != null;
			case MappingPackage.RELATIONSHIP_MAPPING__INVERSE_TARGET:
				return inverseTarget != null;
		}
		return super.eIsSet(featureID);
	}

} //RelationshipMappingImpl
