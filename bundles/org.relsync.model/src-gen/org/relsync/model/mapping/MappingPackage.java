/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.relsync.model.common.CommonPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Mappings from the entity model onto the relational model data, one set per database (SYNC-SPEC section 1).
 * <!-- end-model-doc -->
 * @see org.relsync.model.mapping.MappingFactory
 * @model kind="package"
 * @generated
 */
public interface MappingPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "mapping";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://relsync.org/model/mapping/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mapping";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MappingPackage eINSTANCE = org.relsync.model.mapping.impl.MappingPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.relsync.model.mapping.impl.DatabaseMappingImpl <em>Database Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.mapping.impl.DatabaseMappingImpl
	 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getDatabaseMapping()
	 * @generated
	 */
	int DATABASE_MAPPING = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_MAPPING__ID = CommonPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Database</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_MAPPING__DATABASE = CommonPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entity Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_MAPPING__ENTITY_MAPPINGS = CommonPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Relationship Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_MAPPING__RELATIONSHIP_MAPPINGS = CommonPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Typed View Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_MAPPING__TYPED_VIEW_MAPPINGS = CommonPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Database Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_MAPPING_FEATURE_COUNT = CommonPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Database Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_MAPPING_OPERATION_COUNT = CommonPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.mapping.impl.EntityMappingImpl <em>Entity Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.mapping.impl.EntityMappingImpl
	 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getEntityMapping()
	 * @generated
	 */
	int ENTITY_MAPPING = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MAPPING__ID = CommonPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MAPPING__ENTITY = CommonPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MAPPING__TARGET = CommonPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Field Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MAPPING__FIELD_MAPPINGS = CommonPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unique Constraint Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MAPPING__UNIQUE_CONSTRAINT_MAPPINGS = CommonPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Entity Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MAPPING_FEATURE_COUNT = CommonPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Entity Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MAPPING_OPERATION_COUNT = CommonPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.mapping.impl.FieldMappingImpl <em>Field Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.mapping.impl.FieldMappingImpl
	 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getFieldMapping()
	 * @generated
	 */
	int FIELD_MAPPING = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_MAPPING__ID = CommonPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_MAPPING__FIELD = CommonPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_MAPPING__TARGET = CommonPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Field Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_MAPPING_FEATURE_COUNT = CommonPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Field Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_MAPPING_OPERATION_COUNT = CommonPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.mapping.impl.UniqueConstraintMappingImpl <em>Unique Constraint Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.mapping.impl.UniqueConstraintMappingImpl
	 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getUniqueConstraintMapping()
	 * @generated
	 */
	int UNIQUE_CONSTRAINT_MAPPING = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIQUE_CONSTRAINT_MAPPING__ID = CommonPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Constraint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIQUE_CONSTRAINT_MAPPING__CONSTRAINT = CommonPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIQUE_CONSTRAINT_MAPPING__TARGET = CommonPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Unique Constraint Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIQUE_CONSTRAINT_MAPPING_FEATURE_COUNT = CommonPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Unique Constraint Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIQUE_CONSTRAINT_MAPPING_OPERATION_COUNT = CommonPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.mapping.impl.RelationshipMappingImpl <em>Relationship Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.mapping.impl.RelationshipMappingImpl
	 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getRelationshipMapping()
	 * @generated
	 */
	int RELATIONSHIP_MAPPING = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_MAPPING__ID = CommonPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Relationship</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_MAPPING__RELATIONSHIP = CommonPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_MAPPING__TARGET = CommonPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Link Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_MAPPING__LINK_TABLE = CommonPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Inverse Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_MAPPING__INVERSE_TARGET = CommonPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Relationship Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_MAPPING_FEATURE_COUNT = CommonPackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Relationship Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_MAPPING_OPERATION_COUNT = CommonPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.mapping.impl.TypedViewMappingImpl <em>Typed View Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.mapping.impl.TypedViewMappingImpl
	 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getTypedViewMapping()
	 * @generated
	 */
	int TYPED_VIEW_MAPPING = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_MAPPING__ID = CommonPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Typed View</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_MAPPING__TYPED_VIEW = CommonPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_MAPPING__TARGET = CommonPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Field Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_MAPPING__FIELD_MAPPINGS = CommonPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Typed View Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_MAPPING_FEATURE_COUNT = CommonPackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Typed View Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_MAPPING_OPERATION_COUNT = CommonPackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.mapping.impl.TypedViewFieldMappingImpl <em>Typed View Field Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.mapping.impl.TypedViewFieldMappingImpl
	 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getTypedViewFieldMapping()
	 * @generated
	 */
	int TYPED_VIEW_FIELD_MAPPING = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD_MAPPING__ID = CommonPackage.ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Field</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD_MAPPING__FIELD = CommonPackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD_MAPPING__TARGET = CommonPackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Typed View Field Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD_MAPPING_FEATURE_COUNT = CommonPackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Typed View Field Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD_MAPPING_OPERATION_COUNT = CommonPackage.ELEMENT_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.relsync.model.mapping.DatabaseMapping <em>Database Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Database Mapping</em>'.
	 * @see org.relsync.model.mapping.DatabaseMapping
	 * @generated
	 */
	EClass getDatabaseMapping();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.DatabaseMapping#getDatabase <em>Database</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Database</em>'.
	 * @see org.relsync.model.mapping.DatabaseMapping#getDatabase()
	 * @see #getDatabaseMapping()
	 * @generated
	 */
	EReference getDatabaseMapping_Database();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.mapping.DatabaseMapping#getEntityMappings <em>Entity Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entity Mappings</em>'.
	 * @see org.relsync.model.mapping.DatabaseMapping#getEntityMappings()
	 * @see #getDatabaseMapping()
	 * @generated
	 */
	EReference getDatabaseMapping_EntityMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.mapping.DatabaseMapping#getRelationshipMappings <em>Relationship Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relationship Mappings</em>'.
	 * @see org.relsync.model.mapping.DatabaseMapping#getRelationshipMappings()
	 * @see #getDatabaseMapping()
	 * @generated
	 */
	EReference getDatabaseMapping_RelationshipMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.mapping.DatabaseMapping#getTypedViewMappings <em>Typed View Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Typed View Mappings</em>'.
	 * @see org.relsync.model.mapping.DatabaseMapping#getTypedViewMappings()
	 * @see #getDatabaseMapping()
	 * @generated
	 */
	EReference getDatabaseMapping_TypedViewMappings();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.mapping.EntityMapping <em>Entity Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity Mapping</em>'.
	 * @see org.relsync.model.mapping.EntityMapping
	 * @generated
	 */
	EClass getEntityMapping();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.EntityMapping#getEntity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Entity</em>'.
	 * @see org.relsync.model.mapping.EntityMapping#getEntity()
	 * @see #getEntityMapping()
	 * @generated
	 */
	EReference getEntityMapping_Entity();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.EntityMapping#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.relsync.model.mapping.EntityMapping#getTarget()
	 * @see #getEntityMapping()
	 * @generated
	 */
	EReference getEntityMapping_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.mapping.EntityMapping#getFieldMappings <em>Field Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Field Mappings</em>'.
	 * @see org.relsync.model.mapping.EntityMapping#getFieldMappings()
	 * @see #getEntityMapping()
	 * @generated
	 */
	EReference getEntityMapping_FieldMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.mapping.EntityMapping#getUniqueConstraintMappings <em>Unique Constraint Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Unique Constraint Mappings</em>'.
	 * @see org.relsync.model.mapping.EntityMapping#getUniqueConstraintMappings()
	 * @see #getEntityMapping()
	 * @generated
	 */
	EReference getEntityMapping_UniqueConstraintMappings();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.mapping.FieldMapping <em>Field Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field Mapping</em>'.
	 * @see org.relsync.model.mapping.FieldMapping
	 * @generated
	 */
	EClass getFieldMapping();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.FieldMapping#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Field</em>'.
	 * @see org.relsync.model.mapping.FieldMapping#getField()
	 * @see #getFieldMapping()
	 * @generated
	 */
	EReference getFieldMapping_Field();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.FieldMapping#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.relsync.model.mapping.FieldMapping#getTarget()
	 * @see #getFieldMapping()
	 * @generated
	 */
	EReference getFieldMapping_Target();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.mapping.UniqueConstraintMapping <em>Unique Constraint Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unique Constraint Mapping</em>'.
	 * @see org.relsync.model.mapping.UniqueConstraintMapping
	 * @generated
	 */
	EClass getUniqueConstraintMapping();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.UniqueConstraintMapping#getConstraint <em>Constraint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Constraint</em>'.
	 * @see org.relsync.model.mapping.UniqueConstraintMapping#getConstraint()
	 * @see #getUniqueConstraintMapping()
	 * @generated
	 */
	EReference getUniqueConstraintMapping_Constraint();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.UniqueConstraintMapping#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.relsync.model.mapping.UniqueConstraintMapping#getTarget()
	 * @see #getUniqueConstraintMapping()
	 * @generated
	 */
	EReference getUniqueConstraintMapping_Target();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.mapping.RelationshipMapping <em>Relationship Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relationship Mapping</em>'.
	 * @see org.relsync.model.mapping.RelationshipMapping
	 * @generated
	 */
	EClass getRelationshipMapping();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.RelationshipMapping#getRelationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Relationship</em>'.
	 * @see org.relsync.model.mapping.RelationshipMapping#getRelationship()
	 * @see #getRelationshipMapping()
	 * @generated
	 */
	EReference getRelationshipMapping_Relationship();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.RelationshipMapping#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.relsync.model.mapping.RelationshipMapping#getTarget()
	 * @see #getRelationshipMapping()
	 * @generated
	 */
	EReference getRelationshipMapping_Target();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.RelationshipMapping#getLinkTable <em>Link Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Link Table</em>'.
	 * @see org.relsync.model.mapping.RelationshipMapping#getLinkTable()
	 * @see #getRelationshipMapping()
	 * @generated
	 */
	EReference getRelationshipMapping_LinkTable();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.RelationshipMapping#getInverseTarget <em>Inverse Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Inverse Target</em>'.
	 * @see org.relsync.model.mapping.RelationshipMapping#getInverseTarget()
	 * @see #getRelationshipMapping()
	 * @generated
	 */
	EReference getRelationshipMapping_InverseTarget();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.mapping.TypedViewMapping <em>Typed View Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Typed View Mapping</em>'.
	 * @see org.relsync.model.mapping.TypedViewMapping
	 * @generated
	 */
	EClass getTypedViewMapping();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.TypedViewMapping#getTypedView <em>Typed View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Typed View</em>'.
	 * @see org.relsync.model.mapping.TypedViewMapping#getTypedView()
	 * @see #getTypedViewMapping()
	 * @generated
	 */
	EReference getTypedViewMapping_TypedView();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.TypedViewMapping#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.relsync.model.mapping.TypedViewMapping#getTarget()
	 * @see #getTypedViewMapping()
	 * @generated
	 */
	EReference getTypedViewMapping_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.mapping.TypedViewMapping#getFieldMappings <em>Field Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Field Mappings</em>'.
	 * @see org.relsync.model.mapping.TypedViewMapping#getFieldMappings()
	 * @see #getTypedViewMapping()
	 * @generated
	 */
	EReference getTypedViewMapping_FieldMappings();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.mapping.TypedViewFieldMapping <em>Typed View Field Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Typed View Field Mapping</em>'.
	 * @see org.relsync.model.mapping.TypedViewFieldMapping
	 * @generated
	 */
	EClass getTypedViewFieldMapping();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.TypedViewFieldMapping#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Field</em>'.
	 * @see org.relsync.model.mapping.TypedViewFieldMapping#getField()
	 * @see #getTypedViewFieldMapping()
	 * @generated
	 */
	EReference getTypedViewFieldMapping_Field();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.mapping.TypedViewFieldMapping#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.relsync.model.mapping.TypedViewFieldMapping#getTarget()
	 * @see #getTypedViewFieldMapping()
	 * @generated
	 */
	EReference getTypedViewFieldMapping_Target();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MappingFactory getMappingFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.relsync.model.mapping.impl.DatabaseMappingImpl <em>Database Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.mapping.impl.DatabaseMappingImpl
		 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getDatabaseMapping()
		 * @generated
		 */
		EClass DATABASE_MAPPING = eINSTANCE.getDatabaseMapping();

		/**
		 * The meta object literal for the '<em><b>Database</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATABASE_MAPPING__DATABASE = eINSTANCE.getDatabaseMapping_Database();

		/**
		 * The meta object literal for the '<em><b>Entity Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATABASE_MAPPING__ENTITY_MAPPINGS = eINSTANCE.getDatabaseMapping_EntityMappings();

		/**
		 * The meta object literal for the '<em><b>Relationship Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATABASE_MAPPING__RELATIONSHIP_MAPPINGS = eINSTANCE.getDatabaseMapping_RelationshipMappings();

		/**
		 * The meta object literal for the '<em><b>Typed View Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATABASE_MAPPING__TYPED_VIEW_MAPPINGS = eINSTANCE.getDatabaseMapping_TypedViewMappings();

		/**
		 * The meta object literal for the '{@link org.relsync.model.mapping.impl.EntityMappingImpl <em>Entity Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.mapping.impl.EntityMappingImpl
		 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getEntityMapping()
		 * @generated
		 */
		EClass ENTITY_MAPPING = eINSTANCE.getEntityMapping();

		/**
		 * The meta object literal for the '<em><b>Entity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY_MAPPING__ENTITY = eINSTANCE.getEntityMapping_Entity();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY_MAPPING__TARGET = eINSTANCE.getEntityMapping_Target();

		/**
		 * The meta object literal for the '<em><b>Field Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY_MAPPING__FIELD_MAPPINGS = eINSTANCE.getEntityMapping_FieldMappings();

		/**
		 * The meta object literal for the '<em><b>Unique Constraint Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY_MAPPING__UNIQUE_CONSTRAINT_MAPPINGS = eINSTANCE.getEntityMapping_UniqueConstraintMappings();

		/**
		 * The meta object literal for the '{@link org.relsync.model.mapping.impl.FieldMappingImpl <em>Field Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.mapping.impl.FieldMappingImpl
		 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getFieldMapping()
		 * @generated
		 */
		EClass FIELD_MAPPING = eINSTANCE.getFieldMapping();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD_MAPPING__FIELD = eINSTANCE.getFieldMapping_Field();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD_MAPPING__TARGET = eINSTANCE.getFieldMapping_Target();

		/**
		 * The meta object literal for the '{@link org.relsync.model.mapping.impl.UniqueConstraintMappingImpl <em>Unique Constraint Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.mapping.impl.UniqueConstraintMappingImpl
		 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getUniqueConstraintMapping()
		 * @generated
		 */
		EClass UNIQUE_CONSTRAINT_MAPPING = eINSTANCE.getUniqueConstraintMapping();

		/**
		 * The meta object literal for the '<em><b>Constraint</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIQUE_CONSTRAINT_MAPPING__CONSTRAINT = eINSTANCE.getUniqueConstraintMapping_Constraint();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIQUE_CONSTRAINT_MAPPING__TARGET = eINSTANCE.getUniqueConstraintMapping_Target();

		/**
		 * The meta object literal for the '{@link org.relsync.model.mapping.impl.RelationshipMappingImpl <em>Relationship Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.mapping.impl.RelationshipMappingImpl
		 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getRelationshipMapping()
		 * @generated
		 */
		EClass RELATIONSHIP_MAPPING = eINSTANCE.getRelationshipMapping();

		/**
		 * The meta object literal for the '<em><b>Relationship</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP_MAPPING__RELATIONSHIP = eINSTANCE.getRelationshipMapping_Relationship();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP_MAPPING__TARGET = eINSTANCE.getRelationshipMapping_Target();

		/**
		 * The meta object literal for the '<em><b>Link Table</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP_MAPPING__LINK_TABLE = eINSTANCE.getRelationshipMapping_LinkTable();

		/**
		 * The meta object literal for the '<em><b>Inverse Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP_MAPPING__INVERSE_TARGET = eINSTANCE.getRelationshipMapping_InverseTarget();

		/**
		 * The meta object literal for the '{@link org.relsync.model.mapping.impl.TypedViewMappingImpl <em>Typed View Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.mapping.impl.TypedViewMappingImpl
		 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getTypedViewMapping()
		 * @generated
		 */
		EClass TYPED_VIEW_MAPPING = eINSTANCE.getTypedViewMapping();

		/**
		 * The meta object literal for the '<em><b>Typed View</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPED_VIEW_MAPPING__TYPED_VIEW = eINSTANCE.getTypedViewMapping_TypedView();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPED_VIEW_MAPPING__TARGET = eINSTANCE.getTypedViewMapping_Target();

		/**
		 * The meta object literal for the '<em><b>Field Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPED_VIEW_MAPPING__FIELD_MAPPINGS = eINSTANCE.getTypedViewMapping_FieldMappings();

		/**
		 * The meta object literal for the '{@link org.relsync.model.mapping.impl.TypedViewFieldMappingImpl <em>Typed View Field Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.mapping.impl.TypedViewFieldMappingImpl
		 * @see org.relsync.model.mapping.impl.MappingPackageImpl#getTypedViewFieldMapping()
		 * @generated
		 */
		EClass TYPED_VIEW_FIELD_MAPPING = eINSTANCE.getTypedViewFieldMapping();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPED_VIEW_FIELD_MAPPING__FIELD = eINSTANCE.getTypedViewFieldMapping_Field();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPED_VIEW_FIELD_MAPPING__TARGET = eINSTANCE.getTypedViewFieldMapping_Target();

	}

} //MappingPackage
