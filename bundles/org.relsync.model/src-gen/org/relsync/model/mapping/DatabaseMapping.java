/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping;

import org.eclipse.emf.common.util.EList;

import org.relsync.model.common.Element;

import org.relsync.model.relational.Database;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Database Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.mapping.DatabaseMapping#getDatabase <em>Database</em>}</li>
 *   <li>{@link org.relsync.model.mapping.DatabaseMapping#getEntityMappings <em>Entity Mappings</em>}</li>
 *   <li>{@link org.relsync.model.mapping.DatabaseMapping#getRelationshipMappings <em>Relationship Mappings</em>}</li>
 *   <li>{@link org.relsync.model.mapping.DatabaseMapping#getTypedViewMappings <em>Typed View Mappings</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.mapping.MappingPackage#getDatabaseMapping()
 * @model
 * @generated
 */
public interface DatabaseMapping extends Element {
	/**
	 * Returns the value of the '<em><b>Database</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Database</em>' reference.
	 * @see #setDatabase(Database)
	 * @see org.relsync.model.mapping.MappingPackage#getDatabaseMapping_Database()
	 * @model
	 * @generated
	 */
	Database getDatabase();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.DatabaseMapping#getDatabase <em>Database</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Database</em>' reference.
	 * @see #getDatabase()
	 * @generated
	 */
	void setDatabase(Database value);

	/**
	 * Returns the value of the '<em><b>Entity Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.mapping.EntityMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity Mappings</em>' containment reference list.
	 * @see org.relsync.model.mapping.MappingPackage#getDatabaseMapping_EntityMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EntityMapping> getEntityMappings();

	/**
	 * Returns the value of the '<em><b>Relationship Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.mapping.RelationshipMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationship Mappings</em>' containment reference list.
	 * @see org.relsync.model.mapping.MappingPackage#getDatabaseMapping_RelationshipMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<RelationshipMapping> getRelationshipMappings();

	/**
	 * Returns the value of the '<em><b>Typed View Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.mapping.TypedViewMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Typed View Mappings</em>' containment reference list.
	 * @see org.relsync.model.mapping.MappingPackage#getDatabaseMapping_TypedViewMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<TypedViewMapping> getTypedViewMappings();

} // DatabaseMapping
