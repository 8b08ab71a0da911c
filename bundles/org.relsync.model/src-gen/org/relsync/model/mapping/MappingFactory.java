/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.relsync.model.mapping.MappingPackage
 * @generated
 */
public interface MappingFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MappingFactory eINSTANCE = org.relsync.model.mapping.impl.MappingFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Database Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Database Mapping</em>'.
	 * @generated
	 */
	DatabaseMapping createDatabaseMapping();

	/**
	 * Returns a new object of class '<em>Entity Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Entity Mapping</em>'.
	 * @generated
	 */
	EntityMapping createEntityMapping();

	/**
	 * Returns a new object of class '<em>Field Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Field Mapping</em>'.
	 * @generated
	 */
	FieldMapping createFieldMapping();

	/**
	 * Returns a new object of class '<em>Unique Constraint Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Unique Constraint Mapping</em>'.
	 * @generated
	 */
	UniqueConstraintMapping createUniqueConstraintMapping();

	/**
	 * Returns a new object of class '<em>Relationship Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Relationship Mapping</em>'.
	 * @generated
	 */
	RelationshipMapping createRelationshipMapping();

	/**
	 * Returns a new object of class '<em>Typed View Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Typed View Mapping</em>'.
	 * @generated
	 */
	TypedViewMapping createTypedViewMapping();

	/**
	 * Returns a new object of class '<em>Typed View Field Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Typed View Field Mapping</em>'.
	 * @generated
	 */
	TypedViewFieldMapping createTypedViewFieldMapping();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	MappingPackage getMappingPackage();

} //MappingFactory
