/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.relsync.model.common.CommonPackage;

import org.relsync.model.common.impl.CommonPackageImpl;

import org.relsync.model.entity.EntityPackage;

import org.relsync.model.entity.impl.EntityPackageImpl;

import org.relsync.model.mapping.DatabaseMapping;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.mapping.MappingFactory;
import org.relsync.model.mapping.MappingPackage;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.mapping.TypedViewFieldMapping;
import org.relsync.model.mapping.TypedViewMapping;
import org.relsync.model.mapping.UniqueConstraintMapping;

import org.relsync.model.project.ProjectPackage;

import org.relsync.model.project.impl.ProjectPackageImpl;

import org.relsync.model.relational.RelationalPackage;

import org.relsync.model.relational.impl.RelationalPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MappingPackageImpl extends EPackageImpl implements MappingPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass databaseMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass entityMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fieldMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass uniqueConstraintMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relationshipMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass typedViewMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass typedViewFieldMappingEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.relsync.model.mapping.MappingPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private MappingPackageImpl() {
		super(eNS_URI, MappingFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link MappingPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static MappingPackage init() {
		if (isInited) return (MappingPackage)EPackage.Registry.INSTANCE.getEPackage(MappingPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredMappingPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		MappingPackageImpl theMappingPackage = registeredMappingPackage instanceof MappingPackageImpl ? (MappingPackageImpl)registeredMappingPackage : new MappingPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CommonPackage.eNS_URI);
		CommonPackageImpl theCommonPackage = (CommonPackageImpl)(registeredPackage instanceof CommonPackageImpl ? registeredPackage : CommonPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(EntityPackage.eNS_URI);
		EntityPackageImpl theEntityPackage = (EntityPackageImpl)(registeredPackage instanceof EntityPackageImpl ? registeredPackage : EntityPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(RelationalPackage.eNS_URI);
		RelationalPackageImpl theRelationalPackage = (RelationalPackageImpl)(registeredPackage instanceof RelationalPackageImpl ? registeredPackage : RelationalPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ProjectPackage.eNS_URI);
		ProjectPackageImpl theProjectPackage = (ProjectPackageImpl)(registeredPackage instanceof ProjectPackageImpl ? registeredPackage : ProjectPackage.eINSTANCE);

		// Create package meta-data objects
		theMappingPackage.createPackageContents();
		theCommonPackage.createPackageContents();
		theEntityPackage.createPackageContents();
		theRelationalPackage.createPackageContents();
		theProjectPackage.createPackageContents();

		// Initialize created meta-data
		theMappingPackage.initializePackageContents();
		theCommonPackage.initializePackageContents();
		theEntityPackage.initializePackageContents();
		theRelationalPackage.initializePackageContents();
		theProjectPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theMappingPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(MappingPackage.eNS_URI, theMappingPackage);
		return theMappingPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDatabaseMapping() {
		return databaseMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatabaseMapping_Database() {
		return (EReference)databaseMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatabaseMapping_EntityMappings() {
		return (EReference)databaseMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatabaseMapping_RelationshipMappings() {
		return (EReference)databaseMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatabaseMapping_TypedViewMappings() {
		return (EReference)databaseMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEntityMapping() {
		return entityMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntityMapping_Entity() {
		return (EReference)entityMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntityMapping_Target() {
		return (EReference)entityMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntityMapping_FieldMappings() {
		return (EReference)entityMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEntityMapping_UniqueConstraintMappings() {
		return (EReference)entityMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFieldMapping() {
		return fieldMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFieldMapping_Field() {
		return (EReference)fieldMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFieldMapping_Target() {
		return (EReference)fieldMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUniqueConstraintMapping() {
		return uniqueConstraintMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUniqueConstraintMapping_Constraint() {
		return (EReference)uniqueConstraintMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUniqueConstraintMapping_Target() {
		return (EReference)uniqueConstraintMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelationshipMapping() {
		return relationshipMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationshipMapping_Relationship() {
		return (EReference)relationshipMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationshipMapping_Target() {
		return (EReference)relationshipMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationshipMapping_LinkTable() {
		return (EReference)relationshipMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationshipMapping_InverseTarget() {
		return (EReference)relationshipMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTypedViewMapping() {
		return typedViewMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTypedViewMapping_TypedView() {
		return (EReference)typedViewMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTypedViewMapping_Target() {
		return (EReference)typedViewMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTypedViewMapping_FieldMappings() {
		return (EReference)typedViewMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTypedViewFieldMapping() {
		return typedViewFieldMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTypedViewFieldMapping_Field() {
		return (EReference)typedViewFieldMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTypedViewFieldMapping_Target() {
		return (EReference)typedViewFieldMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MappingFactory getMappingFactory() {
		return (MappingFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		databaseMappingEClass = createEClass(DATABASE_MAPPING);
		createEReference(databaseMappingEClass, DATABASE_MAPPING__DATABASE);
		createEReference(databaseMappingEClass, DATABASE_MAPPING__ENTITY_MAPPINGS);
		createEReference(databaseMappingEClass, DATABASE_MAPPING__RELATIONSHIP_MAPPINGS);
		createEReference(databaseMappingEClass, DATABASE_MAPPING__TYPED_VIEW_MAPPINGS);

		entityMappingEClass = createEClass(ENTITY_MAPPING);
		createEReference(entityMappingEClass, ENTITY_MAPPING__ENTITY);
		createEReference(entityMappingEClass, ENTITY_MAPPING__TARGET);
		createEReference(entityMappingEClass, ENTITY_MAPPING__FIELD_MAPPINGS);
		createEReference(entityMappingEClass, ENTITY_MAPPING__UNIQUE_CONSTRAINT_MAPPINGS);

		fieldMappingEClass = createEClass(FIELD_MAPPING);
		createEReference(fieldMappingEClass, FIELD_MAPPING__FIELD);
		createEReference(fieldMappingEClass, FIELD_MAPPING__TARGET);

		uniqueConstraintMappingEClass = createEClass(UNIQUE_CONSTRAINT_MAPPING);
		createEReference(uniqueConstraintMappingEClass, UNIQUE_CONSTRAINT_MAPPING__CONSTRAINT);
		createEReference(uniqueConstraintMappingEClass, UNIQUE_CONSTRAINT_MAPPING__TARGET);

		relationshipMappingEClass = createEClass(RELATIONSHIP_MAPPING);
		createEReference(relationshipMappingEClass, RELATIONSHIP_MAPPING__RELATIONSHIP);
		createEReference(relationshipMappingEClass, RELATIONSHIP_MAPPING__TARGET);
		createEReference(relationshipMappingEClass, RELATIONSHIP_MAPPING__LINK_TABLE);
		createEReference(relationshipMappingEClass, RELATIONSHIP_MAPPING__INVERSE_TARGET);

		typedViewMappingEClass = createEClass(TYPED_VIEW_MAPPING);
		createEReference(typedViewMappingEClass, TYPED_VIEW_MAPPING__TYPED_VIEW);
		createEReference(typedViewMappingEClass, TYPED_VIEW_MAPPING__TARGET);
		createEReference(typedViewMappingEClass, TYPED_VIEW_MAPPING__FIELD_MAPPINGS);

		typedViewFieldMappingEClass = createEClass(TYPED_VIEW_FIELD_MAPPING);
		createEReference(typedViewFieldMappingEClass, TYPED_VIEW_FIELD_MAPPING__FIELD);
		createEReference(typedViewFieldMappingEClass, TYPED_VIEW_FIELD_MAPPING__TARGET);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CommonPackage theCommonPackage = (CommonPackage)EPackage.Registry.INSTANCE.getEPackage(CommonPackage.eNS_URI);
		RelationalPackage theRelationalPackage = (RelationalPackage)EPackage.Registry.INSTANCE.getEPackage(RelationalPackage.eNS_URI);
		EntityPackage theEntityPackage = (EntityPackage)EPackage.Registry.INSTANCE.getEPackage(EntityPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		databaseMappingEClass.getESuperTypes().add(theCommonPackage.getElement());
		entityMappingEClass.getESuperTypes().add(theCommonPackage.getElement());
		fieldMappingEClass.getESuperTypes().add(theCommonPackage.getElement());
		uniqueConstraintMappingEClass.getESuperTypes().add(theCommonPackage.getElement());
		relationshipMappingEClass.getESuperTypes().add(theCommonPackage.getElement());
		typedViewMappingEClass.getESuperTypes().add(theCommonPackage.getElement());
		typedViewFieldMappingEClass.getESuperTypes().add(theCommonPackage.getElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(databaseMappingEClass, DatabaseMapping.class, "DatabaseMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDatabaseMapping_Database(), theRelationalPackage.getDatabase(), null, "database", null, 0, 1, DatabaseMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDatabaseMapping_EntityMappings(), this.getEntityMapping(), null, "entityMappings", null, 0, -1, DatabaseMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDatabaseMapping_RelationshipMappings(), this.getRelationshipMapping(), null, "relationshipMappings", null, 0, -1, DatabaseMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDatabaseMapping_TypedViewMappings(), this.getTypedViewMapping(), null, "typedViewMappings", null, 0, -1, DatabaseMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(entityMappingEClass, EntityMapping.class, "EntityMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEntityMapping_Entity(), theEntityPackage.getEntity(), null, "entity", null, 0, 1, EntityMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEntityMapping_Target(), theRelationalPackage.getTableOrView(), null, "target", null, 0, 1, EntityMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEntityMapping_FieldMappings(), this.getFieldMapping(), null, "fieldMappings", null, 0, -1, EntityMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEntityMapping_UniqueConstraintMappings(), this.getUniqueConstraintMapping(), null, "uniqueConstraintMappings", null, 0, -1, EntityMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fieldMappingEClass, FieldMapping.class, "FieldMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFieldMapping_Field(), theEntityPackage.getEntityField(), null, "field", null, 0, 1, FieldMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFieldMapping_Target(), theRelationalPackage.getTableField(), null, "target", null, 0, 1, FieldMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(uniqueConstraintMappingEClass, UniqueConstraintMapping.class, "UniqueConstraintMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getUniqueConstraintMapping_Constraint(), theEntityPackage.getEntityUniqueConstraint(), null, "constraint", null, 0, 1, UniqueConstraintMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUniqueConstraintMapping_Target(), theRelationalPackage.getUniqueConstraint(), null, "target", null, 0, 1, UniqueConstraintMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(relationshipMappingEClass, RelationshipMapping.class, "RelationshipMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRelationshipMapping_Relationship(), theEntityPackage.getRelationship(), null, "relationship", null, 0, 1, RelationshipMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRelationshipMapping_Target(), theRelationalPackage.getForeignKey(), null, "target", null, 0, 1, RelationshipMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRelationshipMapping_LinkTable(), theRelationalPackage.getTable(), null, "linkTable", null, 0, 1, RelationshipMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRelationshipMapping_InverseTarget(), theRelationalPackage.getForeignKey(), null, "inverseTarget", null, 0, 1, RelationshipMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(typedViewMappingEClass, TypedViewMapping.class, "TypedViewMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTypedViewMapping_TypedView(), theEntityPackage.getTypedView(), null, "typedView", null, 0, 1, TypedViewMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTypedViewMapping_Target(), theRelationalPackage.getTableOrView(), null, "target", null, 0, 1, TypedViewMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTypedViewMapping_FieldMappings(), this.getTypedViewFieldMapping(), null, "fieldMappings", null, 0, -1, TypedViewMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(typedViewFieldMappingEClass, TypedViewFieldMapping.class, "TypedViewFieldMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTypedViewFieldMapping_Field(), theEntityPackage.getTypedViewField(), null, "field", null, 0, 1, TypedViewFieldMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTypedViewFieldMapping_Target(), theRelationalPackage.getTableField(), null, "target", null, 0, 1, TypedViewFieldMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Create resource
		createResource(eNS_URI);
	}

} //MappingPackageImpl
