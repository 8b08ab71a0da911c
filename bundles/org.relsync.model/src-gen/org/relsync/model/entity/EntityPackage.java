/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.entity;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
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
 * The entity model: the conceptual model, source of truth for Model schemas (SYNC-SPEC section 1).
 * <!-- end-model-doc -->
 * @see org.relsync.model.entity.EntityFactory
 * @model kind="package"
 * @generated
 */
public interface EntityPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "entity";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://relsync.org/model/entity/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "entity";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EntityPackage eINSTANCE = org.relsync.model.entity.impl.EntityPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.relsync.model.entity.impl.EntityModelImpl <em>Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.entity.impl.EntityModelImpl
	 * @see org.relsync.model.entity.impl.EntityPackageImpl#getEntityModel()
	 * @generated
	 */
	int ENTITY_MODEL = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MODEL__ID = CommonPackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MODEL__NAME = CommonPackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Entities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MODEL__ENTITIES = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Relationships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MODEL__RELATIONSHIPS = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Typed Views</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MODEL__TYPED_VIEWS = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MODEL_FEATURE_COUNT = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_MODEL_OPERATION_COUNT = CommonPackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.entity.impl.TypedFieldImpl <em>Typed Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.entity.impl.TypedFieldImpl
	 * @see org.relsync.model.entity.impl.EntityPackageImpl#getTypedField()
	 * @generated
	 */
	int TYPED_FIELD = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_FIELD__ID = CommonPackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_FIELD__NAME = CommonPackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_FIELD__TYPE = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_FIELD__LENGTH = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_FIELD__PRECISION = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_FIELD__SCALE = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_FIELD__OPTIONAL = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Typed Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_FIELD_FEATURE_COUNT = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Typed Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_FIELD_OPERATION_COUNT = CommonPackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.entity.impl.EntityImpl <em>Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.entity.impl.EntityImpl
	 * @see org.relsync.model.entity.impl.EntityPackageImpl#getEntity()
	 * @generated
	 */
	int ENTITY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ID = CommonPackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__NAME = CommonPackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__FIELDS = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Supertype</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__SUPERTYPE = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unique Constraints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__UNIQUE_CONSTRAINTS = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FEATURE_COUNT = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_OPERATION_COUNT = CommonPackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.entity.impl.EntityFieldImpl <em>Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.entity.impl.EntityFieldImpl
	 * @see org.relsync.model.entity.impl.EntityPackageImpl#getEntityField()
	 * @generated
	 */
	int ENTITY_FIELD = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FIELD__ID = TYPED_FIELD__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FIELD__NAME = TYPED_FIELD__NAME;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FIELD__TYPE = TYPED_FIELD__TYPE;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FIELD__LENGTH = TYPED_FIELD__LENGTH;

	/**
	 * The feature id for the '<em><b>Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FIELD__PRECISION = TYPED_FIELD__PRECISION;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FIELD__SCALE = TYPED_FIELD__SCALE;

	/**
	 * The feature id for the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FIELD__OPTIONAL = TYPED_FIELD__OPTIONAL;

	/**
	 * The feature id for the '<em><b>Entity</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FIELD__ENTITY = TYPED_FIELD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Identifying</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FIELD__IDENTIFYING = TYPED_FIELD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Identity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FIELD__IDENTITY = TYPED_FIELD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FIELD__READ_ONLY = TYPED_FIELD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FIELD_FEATURE_COUNT = TYPED_FIELD_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FIELD_OPERATION_COUNT = TYPED_FIELD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.entity.impl.EntityUniqueConstraintImpl <em>Unique Constraint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.entity.impl.EntityUniqueConstraintImpl
	 * @see org.relsync.model.entity.impl.EntityPackageImpl#getEntityUniqueConstraint()
	 * @generated
	 */
	int ENTITY_UNIQUE_CONSTRAINT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_UNIQUE_CONSTRAINT__ID = CommonPackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_UNIQUE_CONSTRAINT__NAME = CommonPackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_UNIQUE_CONSTRAINT__FIELDS = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Unique Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_UNIQUE_CONSTRAINT_FEATURE_COUNT = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Unique Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_UNIQUE_CONSTRAINT_OPERATION_COUNT = CommonPackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.entity.impl.RelationshipImpl <em>Relationship</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.entity.impl.RelationshipImpl
	 * @see org.relsync.model.entity.impl.EntityPackageImpl#getRelationship()
	 * @generated
	 */
	int RELATIONSHIP = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__ID = CommonPackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__NAME = CommonPackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__KIND = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__START = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__END = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Fk Side</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__FK_SIDE = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fk Fields</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__FK_FIELDS = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Start Navigator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__START_NAVIGATOR = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>End Navigator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__END_NAVIGATOR = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_FEATURE_COUNT = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_OPERATION_COUNT = CommonPackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.entity.impl.TypedViewImpl <em>Typed View</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.entity.impl.TypedViewImpl
	 * @see org.relsync.model.entity.impl.EntityPackageImpl#getTypedView()
	 * @generated
	 */
	int TYPED_VIEW = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW__ID = CommonPackage.NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW__NAME = CommonPackage.NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW__FIELDS = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Typed View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FEATURE_COUNT = CommonPackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Typed View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_OPERATION_COUNT = CommonPackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.entity.impl.TypedViewFieldImpl <em>Typed View Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.entity.impl.TypedViewFieldImpl
	 * @see org.relsync.model.entity.impl.EntityPackageImpl#getTypedViewField()
	 * @generated
	 */
	int TYPED_VIEW_FIELD = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD__ID = TYPED_FIELD__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD__NAME = TYPED_FIELD__NAME;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD__TYPE = TYPED_FIELD__TYPE;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD__LENGTH = TYPED_FIELD__LENGTH;

	/**
	 * The feature id for the '<em><b>Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD__PRECISION = TYPED_FIELD__PRECISION;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD__SCALE = TYPED_FIELD__SCALE;

	/**
	 * The feature id for the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD__OPTIONAL = TYPED_FIELD__OPTIONAL;

	/**
	 * The number of structural features of the '<em>Typed View Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD_FEATURE_COUNT = TYPED_FIELD_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Typed View Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPED_VIEW_FIELD_OPERATION_COUNT = TYPED_FIELD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.entity.ModelType <em>Model Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.entity.ModelType
	 * @see org.relsync.model.entity.impl.EntityPackageImpl#getModelType()
	 * @generated
	 */
	int MODEL_TYPE = 8;

	/**
	 * The meta object id for the '{@link org.relsync.model.entity.RelationshipKind <em>Relationship Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.entity.RelationshipKind
	 * @see org.relsync.model.entity.impl.EntityPackageImpl#getRelationshipKind()
	 * @generated
	 */
	int RELATIONSHIP_KIND = 9;

	/**
	 * The meta object id for the '{@link org.relsync.model.entity.RelationshipEnd <em>Relationship End</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.entity.RelationshipEnd
	 * @see org.relsync.model.entity.impl.EntityPackageImpl#getRelationshipEnd()
	 * @generated
	 */
	int RELATIONSHIP_END = 10;


	/**
	 * Returns the meta object for class '{@link org.relsync.model.entity.EntityModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model</em>'.
	 * @see org.relsync.model.entity.EntityModel
	 * @generated
	 */
	EClass getEntityModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.entity.EntityModel#getEntities <em>Entities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entities</em>'.
	 * @see org.relsync.model.entity.EntityModel#getEntities()
	 * @see #getEntityModel()
	 * @generated
	 */
	EReference getEntityModel_Entities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.entity.EntityModel#getRelationships <em>Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relationships</em>'.
	 * @see org.relsync.model.entity.EntityModel#getRelationships()
	 * @see #getEntityModel()
	 * @generated
	 */
	EReference getEntityModel_Relationships();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.entity.EntityModel#getTypedViews <em>Typed Views</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Typed Views</em>'.
	 * @see org.relsync.model.entity.EntityModel#getTypedViews()
	 * @see #getEntityModel()
	 * @generated
	 */
	EReference getEntityModel_TypedViews();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.entity.TypedField <em>Typed Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Typed Field</em>'.
	 * @see org.relsync.model.entity.TypedField
	 * @generated
	 */
	EClass getTypedField();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.entity.TypedField#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.relsync.model.entity.TypedField#getType()
	 * @see #getTypedField()
	 * @generated
	 */
	EAttribute getTypedField_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.entity.TypedField#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see org.relsync.model.entity.TypedField#getLength()
	 * @see #getTypedField()
	 * @generated
	 */
	EAttribute getTypedField_Length();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.entity.TypedField#getPrecision <em>Precision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precision</em>'.
	 * @see org.relsync.model.entity.TypedField#getPrecision()
	 * @see #getTypedField()
	 * @generated
	 */
	EAttribute getTypedField_Precision();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.entity.TypedField#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.relsync.model.entity.TypedField#getScale()
	 * @see #getTypedField()
	 * @generated
	 */
	EAttribute getTypedField_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.entity.TypedField#isOptional <em>Optional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optional</em>'.
	 * @see org.relsync.model.entity.TypedField#isOptional()
	 * @see #getTypedField()
	 * @generated
	 */
	EAttribute getTypedField_Optional();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.entity.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity</em>'.
	 * @see org.relsync.model.entity.Entity
	 * @generated
	 */
	EClass getEntity();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.entity.Entity#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fields</em>'.
	 * @see org.relsync.model.entity.Entity#getFields()
	 * @see #getEntity()
	 * @generated
	 */
	EReference getEntity_Fields();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.entity.Entity#getSupertype <em>Supertype</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supertype</em>'.
	 * @see org.relsync.model.entity.Entity#getSupertype()
	 * @see #getEntity()
	 * @generated
	 */
	EReference getEntity_Supertype();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.entity.Entity#getUniqueConstraints <em>Unique Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Unique Constraints</em>'.
	 * @see org.relsync.model.entity.Entity#getUniqueConstraints()
	 * @see #getEntity()
	 * @generated
	 */
	EReference getEntity_UniqueConstraints();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.entity.EntityField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field</em>'.
	 * @see org.relsync.model.entity.EntityField
	 * @generated
	 */
	EClass getEntityField();

	/**
	 * Returns the meta object for the container reference '{@link org.relsync.model.entity.EntityField#getEntity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Entity</em>'.
	 * @see org.relsync.model.entity.EntityField#getEntity()
	 * @see #getEntityField()
	 * @generated
	 */
	EReference getEntityField_Entity();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.entity.EntityField#isIdentifying <em>Identifying</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifying</em>'.
	 * @see org.relsync.model.entity.EntityField#isIdentifying()
	 * @see #getEntityField()
	 * @generated
	 */
	EAttribute getEntityField_Identifying();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.entity.EntityField#isIdentity <em>Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identity</em>'.
	 * @see org.relsync.model.entity.EntityField#isIdentity()
	 * @see #getEntityField()
	 * @generated
	 */
	EAttribute getEntityField_Identity();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.entity.EntityField#isReadOnly <em>Read Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Only</em>'.
	 * @see org.relsync.model.entity.EntityField#isReadOnly()
	 * @see #getEntityField()
	 * @generated
	 */
	EAttribute getEntityField_ReadOnly();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.entity.EntityUniqueConstraint <em>Unique Constraint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unique Constraint</em>'.
	 * @see org.relsync.model.entity.EntityUniqueConstraint
	 * @generated
	 */
	EClass getEntityUniqueConstraint();

	/**
	 * Returns the meta object for the reference list '{@link org.relsync.model.entity.EntityUniqueConstraint#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Fields</em>'.
	 * @see org.relsync.model.entity.EntityUniqueConstraint#getFields()
	 * @see #getEntityUniqueConstraint()
	 * @generated
	 */
	EReference getEntityUniqueConstraint_Fields();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.entity.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relationship</em>'.
	 * @see org.relsync.model.entity.Relationship
	 * @generated
	 */
	EClass getRelationship();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.entity.Relationship#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.relsync.model.entity.Relationship#getKind()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.entity.Relationship#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Start</em>'.
	 * @see org.relsync.model.entity.Relationship#getStart()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_Start();

	/**
	 * Returns the meta object for the reference '{@link org.relsync.model.entity.Relationship#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>End</em>'.
	 * @see org.relsync.model.entity.Relationship#getEnd()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_End();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.entity.Relationship#getFkSide <em>Fk Side</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fk Side</em>'.
	 * @see org.relsync.model.entity.Relationship#getFkSide()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_FkSide();

	/**
	 * Returns the meta object for the reference list '{@link org.relsync.model.entity.Relationship#getFkFields <em>Fk Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Fk Fields</em>'.
	 * @see org.relsync.model.entity.Relationship#getFkFields()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_FkFields();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.entity.Relationship#getStartNavigator <em>Start Navigator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Navigator</em>'.
	 * @see org.relsync.model.entity.Relationship#getStartNavigator()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_StartNavigator();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.entity.Relationship#getEndNavigator <em>End Navigator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Navigator</em>'.
	 * @see org.relsync.model.entity.Relationship#getEndNavigator()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_EndNavigator();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.entity.TypedView <em>Typed View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Typed View</em>'.
	 * @see org.relsync.model.entity.TypedView
	 * @generated
	 */
	EClass getTypedView();

	/**
	 * Returns the meta object for the containment reference list '{@link org.relsync.model.entity.TypedView#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fields</em>'.
	 * @see org.relsync.model.entity.TypedView#getFields()
	 * @see #getTypedView()
	 * @generated
	 */
	EReference getTypedView_Fields();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.entity.TypedViewField <em>Typed View Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Typed View Field</em>'.
	 * @see org.relsync.model.entity.TypedViewField
	 * @generated
	 */
	EClass getTypedViewField();

	/**
	 * Returns the meta object for enum '{@link org.relsync.model.entity.ModelType <em>Model Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Model Type</em>'.
	 * @see org.relsync.model.entity.ModelType
	 * @generated
	 */
	EEnum getModelType();

	/**
	 * Returns the meta object for enum '{@link org.relsync.model.entity.RelationshipKind <em>Relationship Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship Kind</em>'.
	 * @see org.relsync.model.entity.RelationshipKind
	 * @generated
	 */
	EEnum getRelationshipKind();

	/**
	 * Returns the meta object for enum '{@link org.relsync.model.entity.RelationshipEnd <em>Relationship End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship End</em>'.
	 * @see org.relsync.model.entity.RelationshipEnd
	 * @generated
	 */
	EEnum getRelationshipEnd();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EntityFactory getEntityFactory();

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
		 * The meta object literal for the '{@link org.relsync.model.entity.impl.EntityModelImpl <em>Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.entity.impl.EntityModelImpl
		 * @see org.relsync.model.entity.impl.EntityPackageImpl#getEntityModel()
		 * @generated
		 */
		EClass ENTITY_MODEL = eINSTANCE.getEntityModel();

		/**
		 * The meta object literal for the '<em><b>Entities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY_MODEL__ENTITIES = eINSTANCE.getEntityModel_Entities();

		/**
		 * The meta object literal for the '<em><b>Relationships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY_MODEL__RELATIONSHIPS = eINSTANCE.getEntityModel_Relationships();

		/**
		 * The meta object literal for the '<em><b>Typed Views</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY_MODEL__TYPED_VIEWS = eINSTANCE.getEntityModel_TypedViews();

		/**
		 * The meta object literal for the '{@link org.relsync.model.entity.impl.TypedFieldImpl <em>Typed Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.entity.impl.TypedFieldImpl
		 * @see org.relsync.model.entity.impl.EntityPackageImpl#getTypedField()
		 * @generated
		 */
		EClass TYPED_FIELD = eINSTANCE.getTypedField();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPED_FIELD__TYPE = eINSTANCE.getTypedField_Type();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPED_FIELD__LENGTH = eINSTANCE.getTypedField_Length();

		/**
		 * The meta object literal for the '<em><b>Precision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPED_FIELD__PRECISION = eINSTANCE.getTypedField_Precision();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPED_FIELD__SCALE = eINSTANCE.getTypedField_Scale();

		/**
		 * The meta object literal for the '<em><b>Optional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPED_FIELD__OPTIONAL = eINSTANCE.getTypedField_Optional();

		/**
		 * The meta object literal for the '{@link org.relsync.model.entity.impl.EntityImpl <em>Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.entity.impl.EntityImpl
		 * @see org.relsync.model.entity.impl.EntityPackageImpl#getEntity()
		 * @generated
		 */
		EClass ENTITY = eINSTANCE.getEntity();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY__FIELDS = eINSTANCE.getEntity_Fields();

		/**
		 * The meta object literal for the '<em><b>Supertype</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY__SUPERTYPE = eINSTANCE.getEntity_Supertype();

		/**
		 * The meta object literal for the '<em><b>Unique Constraints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY__UNIQUE_CONSTRAINTS = eINSTANCE.getEntity_UniqueConstraints();

		/**
		 * The meta object literal for the '{@link org.relsync.model.entity.impl.EntityFieldImpl <em>Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.entity.impl.EntityFieldImpl
		 * @see org.relsync.model.entity.impl.EntityPackageImpl#getEntityField()
		 * @generated
		 */
		EClass ENTITY_FIELD = eINSTANCE.getEntityField();

		/**
		 * The meta object literal for the '<em><b>Entity</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY_FIELD__ENTITY = eINSTANCE.getEntityField_Entity();

		/**
		 * The meta object literal for the '<em><b>Identifying</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY_FIELD__IDENTIFYING = eINSTANCE.getEntityField_Identifying();

		/**
		 * The meta object literal for the '<em><b>Identity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY_FIELD__IDENTITY = eINSTANCE.getEntityField_Identity();

		/**
		 * The meta object literal for the '<em><b>Read Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY_FIELD__READ_ONLY = eINSTANCE.getEntityField_ReadOnly();

		/**
		 * The meta object literal for the '{@link org.relsync.model.entity.impl.EntityUniqueConstraintImpl <em>Unique Constraint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.entity.impl.EntityUniqueConstraintImpl
		 * @see org.relsync.model.entity.impl.EntityPackageImpl#getEntityUniqueConstraint()
		 * @generated
		 */
		EClass ENTITY_UNIQUE_CONSTRAINT = eINSTANCE.getEntityUniqueConstraint();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTITY_UNIQUE_CONSTRAINT__FIELDS = eINSTANCE.getEntityUniqueConstraint_Fields();

		/**
		 * The meta object literal for the '{@link org.relsync.model.entity.impl.RelationshipImpl <em>Relationship</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.entity.impl.RelationshipImpl
		 * @see org.relsync.model.entity.impl.EntityPackageImpl#getRelationship()
		 * @generated
		 */
		EClass RELATIONSHIP = eINSTANCE.getRelationship();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__KIND = eINSTANCE.getRelationship_Kind();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__START = eINSTANCE.getRelationship_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__END = eINSTANCE.getRelationship_End();

		/**
		 * The meta object literal for the '<em><b>Fk Side</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__FK_SIDE = eINSTANCE.getRelationship_FkSide();

		/**
		 * The meta object literal for the '<em><b>Fk Fields</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__FK_FIELDS = eINSTANCE.getRelationship_FkFields();

		/**
		 * The meta object literal for the '<em><b>Start Navigator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__START_NAVIGATOR = eINSTANCE.getRelationship_StartNavigator();

		/**
		 * The meta object literal for the '<em><b>End Navigator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__END_NAVIGATOR = eINSTANCE.getRelationship_EndNavigator();

		/**
		 * The meta object literal for the '{@link org.relsync.model.entity.impl.TypedViewImpl <em>Typed View</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.entity.impl.TypedViewImpl
		 * @see org.relsync.model.entity.impl.EntityPackageImpl#getTypedView()
		 * @generated
		 */
		EClass TYPED_VIEW = eINSTANCE.getTypedView();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPED_VIEW__FIELDS = eINSTANCE.getTypedView_Fields();

		/**
		 * The meta object literal for the '{@link org.relsync.model.entity.impl.TypedViewFieldImpl <em>Typed View Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.entity.impl.TypedViewFieldImpl
		 * @see org.relsync.model.entity.impl.EntityPackageImpl#getTypedViewField()
		 * @generated
		 */
		EClass TYPED_VIEW_FIELD = eINSTANCE.getTypedViewField();

		/**
		 * The meta object literal for the '{@link org.relsync.model.entity.ModelType <em>Model Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.entity.ModelType
		 * @see org.relsync.model.entity.impl.EntityPackageImpl#getModelType()
		 * @generated
		 */
		EEnum MODEL_TYPE = eINSTANCE.getModelType();

		/**
		 * The meta object literal for the '{@link org.relsync.model.entity.RelationshipKind <em>Relationship Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.entity.RelationshipKind
		 * @see org.relsync.model.entity.impl.EntityPackageImpl#getRelationshipKind()
		 * @generated
		 */
		EEnum RELATIONSHIP_KIND = eINSTANCE.getRelationshipKind();

		/**
		 * The meta object literal for the '{@link org.relsync.model.entity.RelationshipEnd <em>Relationship End</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.entity.RelationshipEnd
		 * @see org.relsync.model.entity.impl.EntityPackageImpl#getRelationshipEnd()
		 * @generated
		 */
		EEnum RELATIONSHIP_END = eINSTANCE.getRelationshipEnd();

	}

} //EntityPackage
