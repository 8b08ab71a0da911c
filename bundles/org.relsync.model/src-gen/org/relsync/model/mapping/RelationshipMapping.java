/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.mapping;

import org.relsync.model.common.Element;

import org.relsync.model.entity.Relationship;

import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Table;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relationship Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.mapping.RelationshipMapping#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link org.relsync.model.mapping.RelationshipMapping#getTarget <em>Target</em>}</li>
 *   <li>{@link org.relsync.model.mapping.RelationshipMapping#getLinkTable <em>Link Table</em>}</li>
 *   <li>{@link org.relsync.model.mapping.RelationshipMapping#getInverseTarget <em>Inverse Target</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.mapping.MappingPackage#getRelationshipMapping()
 * @model
 * @generated
 */
public interface RelationshipMapping extends Element {
	/**
	 * Returns the value of the '<em><b>Relationship</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationship</em>' reference.
	 * @see #setRelationship(Relationship)
	 * @see org.relsync.model.mapping.MappingPackage#getRelationshipMapping_Relationship()
	 * @model
	 * @generated
	 */
	Relationship getRelationship();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.RelationshipMapping#getRelationship <em>Relationship</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship</em>' reference.
	 * @see #getRelationship()
	 * @generated
	 */
	void setRelationship(Relationship value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The foreign key of the relationship; for a ManyToMany one, the link table's foreign key to the start entity's table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(ForeignKey)
	 * @see org.relsync.model.mapping.MappingPackage#getRelationshipMapping_Target()
	 * @model
	 * @generated
	 */
	ForeignKey getTarget();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.RelationshipMapping#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(ForeignKey value);

	/**
	 * Returns the value of the '<em><b>Link Table</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ManyToMany only: the table that links the two sides.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Link Table</em>' reference.
	 * @see #setLinkTable(Table)
	 * @see org.relsync.model.mapping.MappingPackage#getRelationshipMapping_LinkTable()
	 * @model
	 * @generated
	 */
	Table getLinkTable();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.RelationshipMapping#getLinkTable <em>Link Table</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link Table</em>' reference.
	 * @see #getLinkTable()
	 * @generated
	 */
	void setLinkTable(Table value);

	/**
	 * Returns the value of the '<em><b>Inverse Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ManyToMany only: the link table's foreign key to the end entity's table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inverse Target</em>' reference.
	 * @see #setInverseTarget(ForeignKey)
	 * @see org.relsync.model.mapping.MappingPackage#getRelationshipMapping_InverseTarget()
	 * @model
	 * @generated
	 */
	ForeignKey getInverseTarget();

	/**
	 * Sets the value of the '{@link org.relsync.model.mapping.RelationshipMapping#getInverseTarget <em>Inverse Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inverse Target</em>' reference.
	 * @see #getInverseTarget()
	 * @generated
	 */
	void setInverseTarget(ForeignKey value);

} // RelationshipMapping
