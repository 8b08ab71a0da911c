/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.relsync.model.common.impl.ElementImpl;

import org.relsync.model.entity.Entity;

import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.mapping.MappingPackage;
import org.relsync.model.mapping.UniqueConstraintMapping;

import org.relsync.model.relational.TableOrView;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Entity Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.mapping.impl.EntityMappingImpl#getEntity <em>Entity</em>}</li>
 *   <li>{@link org.relsync.model.mapping.impl.EntityMappingImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.relsync.model.mapping.impl.EntityMappingImpl#getFieldMappings <em>Field Mappings</em>}</li>
 *   <li>{@link org.relsync.model.mapping.impl.EntityMappingImpl#getUniqueConstraintMappings <em>Unique Constraint Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EntityMappingImpl extends ElementImpl implements EntityMapping {
	/**
	 * The cached value of the '{@link #getEntity() <em>Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntity()
	 * @generated
	 * @ordered
	 */
	protected Entity entity;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected TableOrView target;

	/**
	 * The cached value of the '{@link #getFieldMappings() <em>Field Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<FieldMapping> fieldMappings;

	/**
	 * The cached value of the '{@link #getUniqueConstraintMappings() <em>Unique Constraint Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUniqueConstraintMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<UniqueConstraintMapping> uniqueConstraintMappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EntityMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MappingPackage.Literals.ENTITY_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Entity getEntity() {
		if (entity != null && entity.eIsProxy()) {
			InternalEObject oldEntity = (InternalEObject)entity;
			entity = (Entity)eResolveProxy(oldEntity);
			if (entity != oldEntity) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MappingPackage.ENTITY_MAPPING__ENTITY, oldEntity, entity));
			}
		}
		return entity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Entity basicGetEntity() {
		return entity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntity(Entity newEntity) {
		Entity oldEntity = entity;
		entity = newEntity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MappingPackage.ENTITY_MAPPING__ENTITY, oldEntity, entity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TableOrView getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (TableOrView)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MappingPackage.ENTITY_MAPPING__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TableOrView basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(TableOrView newTarget) {
		TableOrView oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MappingPackage.ENTITY_MAPPING__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FieldMapping> getFieldMappings() {
		if (fieldMappings == null) {
			fieldMappings = new EObjectContainmentEList<FieldMapping>(FieldMapping.class, this, MappingPackage.ENTITY_MAPPING__FIELD_MAPPINGS);
		}
		return fieldMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UniqueConstraintMapping> getUniqueConstraintMappings() {
		if (uniqueConstraintMappings == null) {
			uniqueConstraintMappings = new EObjectContainmentEList<UniqueConstraintMapping>(UniqueConstraintMapping.class, this, MappingPackage.ENTITY_MAPPING__UNIQUE_CONSTRAINT_MAPPINGS);
		}
		return uniqueConstraintMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MappingPackage.ENTITY_MAPPING__FIELD_MAPPINGS:
				return ((InternalEList<?>)getFieldMappings()).basicRemove(otherEnd, msgs);
			case MappingPackage.ENTITY_MAPPING__UNIQUE_CONSTRAINT_MAPPINGS:
				return ((InternalEList<?>)getUniqueConstraintMappings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MappingPackage.ENTITY_MAPPING__ENTITY:
				if (resolve) return getEntity();
				return basicGetEntity();
			case MappingPackage.ENTITY_MAPPING__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case MappingPackage.ENTITY_MAPPING__FIELD_MAPPINGS:
				return getFieldMappings();
			case MappingPackage.ENTITY_MAPPING__UNIQUE_CONSTRAINT_MAPPINGS:
				return getUniqueConstraintMappings();
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
			case MappingPackage.ENTITY_MAPPING__ENTITY:
				setEntity((Entity)newValue);
				return;
			case MappingPackage.ENTITY_MAPPING__TARGET:
				setTarget((TableOrView)newValue);
				return;
			case MappingPackage.ENTITY_MAPPING__FIELD_MAPPINGS:
				getFieldMappings().clear();
				getFieldMappings().addAll((Collection<? extends FieldMapping>)newValue);
				return;
			case MappingPackage.ENTITY_MAPPING__UNIQUE_CONSTRAINT_MAPPINGS:
				getUniqueConstraintMappings().clear();
				getUniqueConstraintMappings().addAll((Collection<? extends UniqueConstraintMapping>)newValue);
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
			case MappingPackage.ENTITY_MAPPING__ENTITY:
				setEntity((Entity)null);
				return;
			case MappingPackage.ENTITY_MAPPING__TARGET:
				setTarget((TableOrView)null);
				return;
			case MappingPackage.ENTITY_MAPPING__FIELD_MAPPINGS:
				getFieldMappings().clear();
				return;
			case MappingPackage.ENTITY_MAPPING__UNIQUE_CONSTRAINT_MAPPINGS:
				getUniqueConstraintMappings().clear();
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
			case MappingPackage.ENTITY_MAPPING__ENTITY:
				return entity != null;
			case MappingPackage.ENTITY_MAPPING__TARGET:
				return target != null;
			case MappingPackage.ENTITY_MAPPING__FIELD_MAPPINGS:
				return fieldMappings != null && !fieldMappings.isEmpty();
			case MappingPackage.ENTITY_MAPPING__UNIQUE_CONSTRAINT_MAPPINGS:
				return uniqueConstraintMappings != null && !uniqueConstraintMappings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //EntityMappingImpl
