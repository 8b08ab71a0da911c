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

import org.relsync.model.entity.TypedView;

import org.relsync.model.mapping.MappingPackage;
import org.relsync.model.mapping.TypedViewFieldMapping;
import org.relsync.model.mapping.TypedViewMapping;

import org.relsync.model.relational.TableOrView;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Typed View Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.mapping.impl.TypedViewMappingImpl#getTypedView <em>Typed View</em>}</li>
 *   <li>{@link org.relsync.model.mapping.impl.TypedViewMappingImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.relsync.model.mapping.impl.TypedViewMappingImpl#getFieldMappings <em>Field Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TypedViewMappingImpl extends ElementImpl implements TypedViewMapping {
	/**
	 * The cached value of the '{@link #getTypedView() <em>Typed View</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypedView()
	 * @generated
	 * @ordered
	 */
	protected TypedView typedView;

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
	protected EList<TypedViewFieldMapping> fieldMappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TypedViewMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MappingPackage.Literals.TYPED_VIEW_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypedView getTypedView() {
		if (typedView != null && typedView.eIsProxy()) {
			InternalEObject oldTypedView = (InternalEObject)typedView;
			typedView = (TypedView)eResolveProxy(oldTypedView);
			if (typedView != oldTypedView) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MappingPackage.TYPED_VIEW_MAPPING__TYPED_VIEW, oldTypedView, typedView));
			}
		}
		return typedView;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TypedView basicGetTypedView() {
		return typedView;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTypedView(TypedView newTypedView) {
		TypedView oldTypedView = typedView;
		typedView = newTypedView;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MappingPackage.TYPED_VIEW_MAPPING__TYPED_VIEW, oldTypedView, typedView));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MappingPackage.TYPED_VIEW_MAPPING__TARGET, oldTarget, target));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MappingPackage.TYPED_VIEW_MAPPING__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TypedViewFieldMapping> getFieldMappings() {
		if (fieldMappings == null) {
			fieldMappings = new EObjectContainmentEList<TypedViewFieldMapping>(TypedViewFieldMapping.class, this, MappingPackage.TYPED_VIEW_MAPPING__FIELD_MAPPINGS);
		}
		return fieldMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MappingPackage.TYPED_VIEW_MAPPING__FIELD_MAPPINGS:
				return ((InternalEList<?>)getFieldMappings()).basicRemove(otherEnd, msgs);
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
			case MappingPackage.TYPED_VIEW_MAPPING__TYPED_VIEW:
				if (resolve) return getTypedView();
				return basicGetTypedView();
			case MappingPackage.TYPED_VIEW_MAPPING__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case MappingPackage.TYPED_VIEW_MAPPING__FIELD_MAPPINGS:
				return getFieldMappings();
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
			case MappingPackage.TYPED_VIEW_MAPPING__TYPED_VIEW:
				setTypedView((TypedView)newValue);
				return;
			case MappingPackage.TYPED_VIEW_MAPPING__TARGET:
				setTarget((TableOrView)newValue);
				return;
			case MappingPackage.TYPED_VIEW_MAPPING__FIELD_MAPPINGS:
				getFieldMappings().clear();
				getFieldMappings().addAll((Collection<? extends TypedViewFieldMapping>)newValue);
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
			case MappingPackage.TYPED_VIEW_MAPPING__TYPED_VIEW:
				setTypedView((TypedView)null);
				return;
			case MappingPackage.TYPED_VIEW_MAPPING__TARGET:
				setTarget((TableOrView)null);
				return;
			case MappingPackage.TYPED_VIEW_MAPPING__FIELD_MAPPINGS:
				getFieldMappings().clear();
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
			case MappingPackage.TYPED_VIEW_MAPPING__TYPED_VIEW:
				return typedView != null;
			case MappingPackage.TYPED_VIEW_MAPPING__TARGET:
				return target != null;
			case MappingPackage.TYPED_VIEW_MAPPING__FIELD_MAPPINGS:
				return fieldMappings != null && !fieldMappings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //TypedViewMappingImpl
