/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.relsync.model.mapping.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MappingFactoryImpl extends EFactoryImpl implements MappingFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static MappingFactory init() {
		try {
			MappingFactory theMappingFactory = (MappingFactory)EPackage.Registry.INSTANCE.getEFactory(MappingPackage.eNS_URI);
			if (theMappingFactory != null) {
				return theMappingFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new MappingFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MappingFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case MappingPackage.DATABASE_MAPPING: return createDatabaseMapping();
			case MappingPackage.ENTITY_MAPPING: return createEntityMapping();
			case MappingPackage.FIELD_MAPPING: return createFieldMapping();
			case MappingPackage.UNIQUE_CONSTRAINT_MAPPING: return createUniqueConstraintMapping();
			case MappingPackage.RELATIONSHIP_MAPPING: return createRelationshipMapping();
			case MappingPackage.TYPED_VIEW_MAPPING: return createTypedViewMapping();
			case MappingPackage.TYPED_VIEW_FIELD_MAPPING: return createTypedViewFieldMapping();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatabaseMapping createDatabaseMapping() {
		DatabaseMappingImpl databaseMapping = new DatabaseMappingImpl();
		return databaseMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EntityMapping createEntityMapping() {
		EntityMappingImpl entityMapping = new EntityMappingImpl();
		return entityMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldMapping createFieldMapping() {
		FieldMappingImpl fieldMapping = new FieldMappingImpl();
		return fieldMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UniqueConstraintMapping createUniqueConstraintMapping() {
		UniqueConstraintMappingImpl uniqueConstraintMapping = new UniqueConstraintMappingImpl();
		return uniqueConstraintMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationshipMapping createRelationshipMapping() {
		RelationshipMappingImpl relationshipMapping = new RelationshipMappingImpl();
		return relationshipMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypedViewMapping createTypedViewMapping() {
		TypedViewMappingImpl typedViewMapping = new TypedViewMappingImpl();
		return typedViewMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypedViewFieldMapping createTypedViewFieldMapping() {
		TypedViewFieldMappingImpl typedViewFieldMapping = new TypedViewFieldMappingImpl();
		return typedViewFieldMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MappingPackage getMappingPackage() {
		return (MappingPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static MappingPackage getPackage() {
		return MappingPackage.eINSTANCE;
	}

} //MappingFactoryImpl
