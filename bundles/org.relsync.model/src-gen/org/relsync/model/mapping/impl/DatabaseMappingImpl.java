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

import org.relsync.model.mapping.DatabaseMapping;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.MappingPackage;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.mapping.TypedViewMapping;

import org.relsync.model.relational.Database;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Database Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.mapping.impl.DatabaseMappingImpl#getDatabase <em>Database</em>}</li>
 *   <li>{@link org.relsync.model.mapping.impl.DatabaseMappingImpl#getEntityMappings <em>Entity Mappings</em>}</li>
 *   <li>{@link org.relsync.model.mapping.impl.DatabaseMappingImpl#getRelationshipMappings <em>Relationship Mappings</em>}</li>
 *   <li>{@link org.relsync.model.mapping.impl.DatabaseMappingImpl#getTypedViewMappings <em>Typed View Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatabaseMappingImpl extends ElementImpl implements DatabaseMapping {
	/**
	 * The cached value of the '{@link #getDatabase() <em>Database</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatabase()
	 * @generated
	 * @ordered
	 */
	protected Database database;

	/**
	 * The cached value of the '{@link #getEntityMappings() <em>Entity Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntityMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<EntityMapping> entityMappings;

	/**
	 * The cached value of the '{@link #getRelationshipMappings() <em>Relationship Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationshipMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<RelationshipMapping> relationshipMappings;

	/**
	 * The cached value of the '{@link #getTypedViewMappings() <em>Typed View Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypedViewMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<TypedViewMapping> typedViewMappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatabaseMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MappingPackage.Literals.DATABASE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Database getDatabase() {
		if (database != null && database.eIsProxy()) {
			InternalEObject oldDatabase = (InternalEObject)database;
			database = (Database)eResolveProxy(oldDatabase);
			if (database != oldDatabase) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MappingPackage.DATABASE_MAPPING__DATABASE, oldDatabase, database));
			}
		}
		return database;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Database basicGetDatabase() {
		return database;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDatabase(Database newDatabase) {
		Database oldDatabase = database;
		database = newDatabase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MappingPackage.DATABASE_MAPPING__DATABASE, oldDatabase, database));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EntityMapping> getEntityMappings() {
		if (entityMappings == null) {
			entityMappings = new EObjectContainmentEList<EntityMapping>(EntityMapping.class, this, MappingPackage.DATABASE_MAPPING__ENTITY_MAPPINGS);
		}
		return entityMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RelationshipMapping> getRelationshipMappings() {
		if (relationshipMappings == null) {
			relationshipMappings = new EObjectContainmentEList<RelationshipMapping>(RelationshipMapping.class, this, MappingPackage.DATABASE_MAPPING__RELATIONSHIP_MAPPINGS);
		}
		return relationshipMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TypedViewMapping> getTypedViewMappings() {
		if (typedViewMappings == null) {
			typedViewMappings = new EObjectContainmentEList<TypedViewMapping>(TypedViewMapping.class, this, MappingPackage.DATABASE_MAPPING__TYPED_VIEW_MAPPINGS);
		}
		return typedViewMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MappingPackage.DATABASE_MAPPING__ENTITY_MAPPINGS:
				return ((InternalEList<?>)getEntityMappings()).basicRemove(otherEnd, msgs);
			case MappingPackage.DATABASE_MAPPING__RELATIONSHIP_MAPPINGS:
				return ((InternalEList<?>)getRelationshipMappings()).basicRemove(otherEnd, msgs);
			case MappingPackage.DATABASE_MAPPING__TYPED_VIEW_MAPPINGS:
				return ((InternalEList<?>)getTypedViewMappings()).basicRemove(otherEnd, msgs);
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
			case MappingPackage.DATABASE_MAPPING__DATABASE:
				if (resolve) return getDatabase();
				return basicGetDatabase();
			case MappingPackage.DATABASE_MAPPING__ENTITY_MAPPINGS:
				return getEntityMappings();
			case MappingPackage.DATABASE_MAPPING__RELATIONSHIP_MAPPINGS:
				return getRelationshipMappings();
			case MappingPackage.DATABASE_MAPPING__TYPED_VIEW_MAPPINGS:
				return getTypedViewMappings();
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
			case MappingPackage.DATABASE_MAPPING__DATABASE:
				setDatabase((Database)newValue);
				return;
			case MappingPackage.DATABASE_MAPPING__ENTITY_MAPPINGS:
				getEntityMappings().clear();
				getEntityMappings().addAll((Collection<? extends EntityMapping>)newValue);
				return;
			case MappingPackage.DATABASE_MAPPING__RELATIONSHIP_MAPPINGS:
				getRelationshipMappings().clear();
				getRelationshipMappings().addAll((Collection<? extends RelationshipMapping>)newValue);
				return;
			case MappingPackage.DATABASE_MAPPING__TYPED_VIEW_MAPPINGS:
				getTypedViewMappings().clear();
				getTypedViewMappings().addAll((Collection<? extends TypedViewMapping>)newValue);
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
			case MappingPackage.DATABASE_MAPPING__DATABASE:
				setDatabase((Database)null);
				return;
			case MappingPackage.DATABASE_MAPPING__ENTITY_MAPPINGS:
				getEntityMappings().clear();
				return;
			case MappingPackage.DATABASE_MAPPING__RELATIONSHIP_MAPPINGS:
				getRelationshipMappings().clear();
				return;
			case MappingPackage.DATABASE_MAPPING__TYPED_VIEW_MAPPINGS:
				getTypedViewMappings().clear();
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
			case MappingPackage.DATABASE_MAPPING__DATABASE:
				return database != null;
			case MappingPackage.DATABASE_MAPPING__ENTITY_MAPPINGS:
				return entityMappings != null && !entityMappings.isEmpty();
			case MappingPackage.DATABASE_MAPPING__RELATIONSHIP_MAPPINGS:
				return relationshipMappings != null && !relationshipMappings.isEmpty();
			case MappingPackage.DATABASE_MAPPING__TYPED_VIEW_MAPPINGS:
				return typedViewMappings != null && !typedViewMappings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DatabaseMappingImpl
