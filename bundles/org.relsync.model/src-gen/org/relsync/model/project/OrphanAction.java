/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.project;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Orphan Action</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.relsync.model.project.ProjectPackage#getOrphanAction()
 * @model
 * @generated
 */
public enum OrphanAction implements Enumerator {
	/**
	 * The '<em><b>Do Nothing</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DO_NOTHING_VALUE
	 * @generated
	 * @ordered
	 */
	DO_NOTHING(0, "DoNothing", "DoNothing"),

	/**
	 * The '<em><b>Raise Warning</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAISE_WARNING_VALUE
	 * @generated
	 * @ordered
	 */
	RAISE_WARNING(1, "RaiseWarning", "RaiseWarning"),

	/**
	 * The '<em><b>Mark For Deletion</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARK_FOR_DELETION_VALUE
	 * @generated
	 * @ordered
	 */
	MARK_FOR_DELETION(2, "MarkForDeletion", "MarkForDeletion");

	/**
	 * The '<em><b>Do Nothing</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DO_NOTHING
	 * @model name="DoNothing"
	 * @generated
	 * @ordered
	 */
	public static final int DO_NOTHING_VALUE = 0;

	/**
	 * The '<em><b>Raise Warning</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAISE_WARNING
	 * @model name="RaiseWarning"
	 * @generated
	 * @ordered
	 */
	public static final int RAISE_WARNING_VALUE = 1;

	/**
	 * The '<em><b>Mark For Deletion</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARK_FOR_DELETION
	 * @model name="MarkForDeletion"
	 * @generated
	 * @ordered
	 */
	public static final int MARK_FOR_DELETION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Orphan Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrphanAction[] VALUES_ARRAY =
		new OrphanAction[] {
			DO_NOTHING,
			RAISE_WARNING,
			MARK_FOR_DELETION,
		};

	/**
	 * A public read-only list of all the '<em><b>Orphan Action</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrphanAction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Orphan Action</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrphanAction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrphanAction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Orphan Action</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrphanAction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrphanAction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Orphan Action</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrphanAction get(int value) {
		switch (value) {
			case DO_NOTHING_VALUE: return DO_NOTHING;
			case RAISE_WARNING_VALUE: return RAISE_WARNING;
			case MARK_FOR_DELETION_VALUE: return MARK_FOR_DELETION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private OrphanAction(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //OrphanAction
