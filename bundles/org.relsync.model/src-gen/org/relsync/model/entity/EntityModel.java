/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.entity;

import org.eclipse.emf.common.util.EList;

import org.relsync.model.common.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.entity.EntityModel#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.relsync.model.entity.EntityModel#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.relsync.model.entity.EntityModel#getTypedViews <em>Typed Views</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.entity.EntityPackage#getEntityModel()
 * @model
 * @generated
 */
public interface EntityModel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Entities</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.entity.Entity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entities</em>' containment reference list.
	 * @see org.relsync.model.entity.EntityPackage#getEntityModel_Entities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Entity> getEntities();

	/**
	 * Returns the value of the '<em><b>Relationships</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.entity.Relationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationships</em>' containment reference list.
	 * @see org.relsync.model.entity.EntityPackage#getEntityModel_Relationships()
	 * @model containment="true"
	 * @generated
	 */
	EList<Relationship> getRelationships();

	/**
	 * Returns the value of the '<em><b>Typed Views</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.entity.TypedView}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Typed Views</em>' containment reference list.
	 * @see org.relsync.model.entity.EntityPackage#getEntityModel_TypedViews()
	 * @model containment="true"
	 * @generated
	 */
	EList<TypedView> getTypedViews();

} // EntityModel
