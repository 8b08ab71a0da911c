/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.relsync.model.common.Element;

import org.relsync.model.mapping.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.relsync.model.mapping.MappingPackage
 * @generated
 */
public class MappingAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MappingPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MappingAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = MappingPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MappingSwitch<Adapter> modelSwitch =
		new MappingSwitch<Adapter>() {
			@Override
			public Adapter caseDatabaseMapping(DatabaseMapping object) {
				return createDatabaseMappingAdapter();
			}
			@Override
			public Adapter caseEntityMapping(EntityMapping object) {
				return createEntityMappingAdapter();
			}
			@Override
			public Adapter caseFieldMapping(FieldMapping object) {
				return createFieldMappingAdapter();
			}
			@Override
			public Adapter caseUniqueConstraintMapping(UniqueConstraintMapping object) {
				return createUniqueConstraintMappingAdapter();
			}
			@Override
			public Adapter caseRelationshipMapping(RelationshipMapping object) {
				return createRelationshipMappingAdapter();
			}
			@Override
			public Adapter caseTypedViewMapping(TypedViewMapping object) {
				return createTypedViewMappingAdapter();
			}
			@Override
			public Adapter caseTypedViewFieldMapping(TypedViewFieldMapping object) {
				return createTypedViewFieldMappingAdapter();
			}
			@Override
			public Adapter caseElement(Element object) {
				return createElementAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.relsync.model.mapping.DatabaseMapping <em>Database Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.relsync.model.mapping.DatabaseMapping
	 * @generated
	 */
	public Adapter createDatabaseMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.relsync.model.mapping.EntityMapping <em>Entity Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.relsync.model.mapping.EntityMapping
	 * @generated
	 */
	public Adapter createEntityMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.relsync.model.mapping.FieldMapping <em>Field Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.relsync.model.mapping.FieldMapping
	 * @generated
	 */
	public Adapter createFieldMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.relsync.model.mapping.UniqueConstraintMapping <em>Unique Constraint Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.relsync.model.mapping.UniqueConstraintMapping
	 * @generated
	 */
	public Adapter createUniqueConstraintMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.relsync.model.mapping.RelationshipMapping <em>Relationship Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.relsync.model.mapping.RelationshipMapping
	 * @generated
	 */
	public Adapter createRelationshipMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.relsync.model.mapping.TypedViewMapping <em>Typed View Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.relsync.model.mapping.TypedViewMapping
	 * @generated
	 */
	public Adapter createTypedViewMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.relsync.model.mapping.TypedViewFieldMapping <em>Typed View Field Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.relsync.model.mapping.TypedViewFieldMapping
	 * @generated
	 */
	public Adapter createTypedViewFieldMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.relsync.model.common.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.relsync.model.common.Element
	 * @generated
	 */
	public Adapter createElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //MappingAdapterFactory
