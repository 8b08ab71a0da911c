/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping;

import org.eclipse.emf.common.util.EList;

import org.relsync.model.common.Element;

import org.relsync.model.entity.Entity;

import org.relsync.model.relational.TableOrView;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Entity Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.mapping.EntityMapping#getEntity <em>Entity</em>}</li>
 *   <li>{@link org.relsync.model.mapping.EntityMapping#getTarget <em>Target</em>}</li>
 *   <li>{@link org.relsync.model.mapping.EntityMapping#getFieldMappings <em>Field Mappings</em>}</li>
 *   <li>{@link org.relsync.model.mapping.EntityMapping#getUniqueConstraintMappings <em>Unique Constraint Mappings</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.mapping.MappingPackage#getEntityMapping()
 * @model
 * @generated
 */
public interface EntityMapping extends Element {
	/**
	 * Returns the value of the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity</em>' reference.
	 * @see #setEntity(Entity)
	 * @see org.relsync.model.mapping.MappingPackage#getEntityMapping_Entity()
	 * @model
	 * @generated
	 */
	Entity getEntity();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.EntityMapping#getEntity <em>Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity</em>' reference.
	 * @see #getEntity()
	 * @generated
	 */
	void setEntity(Entity value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(TableOrView)
	 * @see org.relsync.model.mapping.MappingPackage#getEntityMapping_Target()
	 * @model
	 * @generated
	 */
	TableOrView getTarget();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.EntityMapping#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(TableOrView value);

	/**
	 * Returns the value of the '<em><b>Field Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.mapping.FieldMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Mappings</em>' containment reference list.
	 * @see org.relsync.model.mapping.MappingPackage#getEntityMapping_FieldMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<FieldMapping> getFieldMappings();

	/**
	 * Returns the value of the '<em><b>Unique Constraint Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.relsync.model.mapping.UniqueConstraintMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unique Constraint Mappings</em>' containment reference list.
	 * @see org.relsync.model.mapping.MappingPackage#getEntityMapping_UniqueConstraintMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<UniqueConstraintMapping> getUniqueConstraintMappings();

} // EntityMapping
