/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.entity;

import org.eclipse.emf.common.util.EList;

import org.relsync.model.common.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relationship</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A relationship between two entities. The kind reads from start to end; the FK side is explicit: ManyToOne has it on the start, OneToMany on the end, OneToOne on either. A ManyToMany relationship has no FK fields: a link table holds a foreign key to each side.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.entity.Relationship#getKind <em>Kind</em>}</li>
 *   <li>{@link org.relsync.model.entity.Relationship#getStart <em>Start</em>}</li>
 *   <li>{@link org.relsync.model.entity.Relationship#getEnd <em>End</em>}</li>
 *   <li>{@link org.relsync.model.entity.Relationship#getFkSide <em>Fk Side</em>}</li>
 *   <li>{@link org.relsync.model.entity.Relationship#getFkFields <em>Fk Fields</em>}</li>
 *   <li>{@link org.relsync.model.entity.Relationship#getStartNavigator <em>Start Navigator</em>}</li>
 *   <li>{@link org.relsync.model.entity.Relationship#getEndNavigator <em>End Navigator</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.entity.EntityPackage#getRelationship()
 * @model
 * @generated
 */
public interface Relationship extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.relsync.model.entity.RelationshipKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.relsync.model.entity.RelationshipKind
	 * @see #setKind(RelationshipKind)
	 * @see org.relsync.model.entity.EntityPackage#getRelationship_Kind()
	 * @model
	 * @generated
	 */
	RelationshipKind getKind();

	/**
	 * Sets the value of the '{@link org.relsync.model.entity.Relationship#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.relsync.model.entity.RelationshipKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RelationshipKind value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' reference.
	 * @see #setStart(Entity)
	 * @see org.relsync.model.entity.EntityPackage#getRelationship_Start()
	 * @model
	 * @generated
	 */
	Entity getStart();

	/**
	 * Sets the value of the '{@link org.relsync.model.entity.Relationship#getStart <em>Start</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' reference.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Entity value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' reference.
	 * @see #setEnd(Entity)
	 * @see org.relsync.model.entity.EntityPackage#getRelationship_End()
	 * @model
	 * @generated
	 */
	Entity getEnd();

	/**
	 * Sets the value of the '{@link org.relsync.model.entity.Relationship#getEnd <em>End</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' reference.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Entity value);

	/**
	 * Returns the value of the '<em><b>Fk Side</b></em>' attribute.
	 * The literals are from the enumeration {@link org.relsync.model.entity.RelationshipEnd}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fk Side</em>' attribute.
	 * @see org.relsync.model.entity.RelationshipEnd
	 * @see #setFkSide(RelationshipEnd)
	 * @see org.relsync.model.entity.EntityPackage#getRelationship_FkSide()
	 * @model
	 * @generated
	 */
	RelationshipEnd getFkSide();

	/**
	 * Sets the value of the '{@link org.relsync.model.entity.Relationship#getFkSide <em>Fk Side</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fk Side</em>' attribute.
	 * @see org.relsync.model.entity.RelationshipEnd
	 * @see #getFkSide()
	 * @generated
	 */
	void setFkSide(RelationshipEnd value);

	/**
	 * Returns the value of the '<em><b>Fk Fields</b></em>' reference list.
	 * The list contents are of type {@link org.relsync.model.entity.EntityField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fields of the FK-side entity that hold the reference, in the order of the other side's identifying fields.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fk Fields</em>' reference list.
	 * @see org.relsync.model.entity.EntityPackage#getRelationship_FkFields()
	 * @model
	 * @generated
	 */
	EList<EntityField> getFkFields();

	/**
	 * Returns the value of the '<em><b>Start Navigator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Navigator</em>' attribute.
	 * @see #setStartNavigator(String)
	 * @see org.relsync.model.entity.EntityPackage#getRelationship_StartNavigator()
	 * @model
	 * @generated
	 */
	String getStartNavigator();

	/**
	 * Sets the value of the '{@link org.relsync.model.entity.Relationship#getStartNavigator <em>Start Navigator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Navigator</em>' attribute.
	 * @see #getStartNavigator()
	 * @generated
	 */
	void setStartNavigator(String value);

	/**
	 * Returns the value of the '<em><b>End Navigator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Navigator</em>' attribute.
	 * @see #setEndNavigator(String)
	 * @see org.relsync.model.entity.EntityPackage#getRelationship_EndNavigator()
	 * @model
	 * @generated
	 */
	String getEndNavigator();

	/**
	 * Sets the value of the '{@link org.relsync.model.entity.Relationship#getEndNavigator <em>End Navigator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Navigator</em>' attribute.
	 * @see #getEndNavigator()
	 * @generated
	 */
	void setEndNavigator(String value);

} // Relationship
