/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.entity.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.relsync.model.common.impl.NamedElementImpl;

import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityModel;
import org.relsync.model.entity.EntityPackage;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.TypedView;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.entity.impl.EntityModelImpl#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.relsync.model.entity.impl.EntityModelImpl#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.relsync.model.entity.impl.EntityModelImpl#getTypedViews <em>Typed Views</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EntityModelImpl extends NamedElementImpl implements EntityModel {
	/**
	 * The cached value of the '{@link #getEntities() <em>Entities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntities()
	 * @generated
	 * @ordered
	 */
	protected EList<Entity> entities;

	/**
	 * The cached value of the '{@link #getRelationships() <em>Relationships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationships()
	 * @generated
	 * @ordered
	 */
	protected EList<Relationship> relationships;

	/**
	 * The cached value of the '{@link #getTypedViews() <em>Typed Views</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypedViews()
	 * @generated
	 * @ordered
	 */
	protected EList<TypedView> typedViews;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EntityModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EntityPackage.Literals.ENTITY_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Entity> getEntities() {
		if (entities == null) {
			entities = new EObjectContainmentEList<Entity>(Entity.class, this, EntityPackage.ENTITY_MODEL__ENTITIES);
		}
		return entities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Relationship> getRelationships() {
		if (relationships == null) {
			relationships = new EObjectContainmentEList<Relationship>(Relationship.class, this, EntityPackage.ENTITY_MODEL__RELATIONSHIPS);
		}
		return relationships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TypedView> getTypedViews() {
		if (typedViews == null) {
			typedViews = new EObjectContainmentEList<TypedView>(TypedView.class, this, EntityPackage.ENTITY_MODEL__TYPED_VIEWS);
		}
		return typedViews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EntityPackage.ENTITY_MODEL__ENTITIES:
				return ((InternalEList<?>)getEntities()).basicRemove(otherEnd, msgs);
			case EntityPackage.ENTITY_MODEL__RELATIONSHIPS:
				return ((InternalEList<?>)getRelationships()).basicRemove(otherEnd, msgs);
			case EntityPackage.ENTITY_MODEL__TYPED_VIEWS:
				return ((InternalEList<?>)getTypedViews()).basicRemove(otherEnd, msgs);
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
			case EntityPackage.ENTITY_MODEL__ENTITIES:
				return getEntities();
			case EntityPackage.ENTITY_MODEL__RELATIONSHIPS:
				return getRelationships();
			case EntityPackage.ENTITY_MODEL__TYPED_VIEWS:
				return getTypedViews();
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
			case EntityPackage.ENTITY_MODEL__ENTITIES:
				getEntities().clear();
				getEntities().addAll((Collection<? extends Entity>)newValue);
				return;
			case EntityPackage.ENTITY_MODEL__RELATIONSHIPS:
				getRelationships().clear();
				getRelationships().addAll((Collection<? extends Relationship>)newValue);
				return;
			case EntityPackage.ENTITY_MODEL__TYPED_VIEWS:
				getTypedViews().clear();
				getTypedViews().addAll((Collection<? extends TypedView>)newValue);
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
			case EntityPackage.ENTITY_MODEL__ENTITIES:
				getEntities().clear();
				return;
			case EntityPackage.ENTITY_MODEL__RELATIONSHIPS:
				getRelationships().clear();
				return;
			case EntityPackage.ENTITY_MODEL__TYPED_VIEWS:
				getTypedViews().clear();
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
			case EntityPackage.ENTITY_MODEL__ENTITIES:
				return entities != null && !entities.isEmpty();
			case EntityPackage.ENTITY_MODEL__RELATIONSHIPS:
				return relationships != null && !relationships.isEmpty();
			case EntityPackage.ENTITY_MODEL__TYPED_VIEWS:
				return typedViews != null && !typedViews.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //EntityModelImpl
