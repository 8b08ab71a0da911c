/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Case Style</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.relsync.model.common.CommonPackage#getCaseStyle()
 * @model
 * @generated
 */
public enum CaseStyle implements Enumerator {
	/**
	 * The '<em><b>As Is</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AS_IS_VALUE
	 * @generated
	 * @ordered
	 */
	AS_IS(0, "AsIs", "AsIs"),

	/**
	 * The '<em><b>Pascal Case</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PASCAL_CASE_VALUE
	 * @generated
	 * @ordered
	 */
	PASCAL_CASE(1, "PascalCase", "PascalCase"),

	/**
	 * The '<em><b>UPPER SNAKE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPPER_SNAKE_VALUE
	 * @generated
	 * @ordered
	 */
	UPPER_SNAKE(2, "UPPER_SNAKE", "UPPER_SNAKE"),

	/**
	 * The '<em><b>Lower snake</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOWER_SNAKE_VALUE
	 * @generated
	 * @ordered
	 */
	LOWER_SNAKE(3, "lower_snake", "lower_snake");

	/**
	 * The '<em><b>As Is</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AS_IS
	 * @model name="AsIs"
	 * @generated
	 * @ordered
	 */
	public static final int AS_IS_VALUE = 0;

	/**
	 * The '<em><b>Pascal Case</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PASCAL_CASE
	 * @model name="PascalCase"
	 * @generated
	 * @ordered
	 */
	public static final int PASCAL_CASE_VALUE = 1;

	/**
	 * The '<em><b>UPPER SNAKE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPPER_SNAKE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UPPER_SNAKE_VALUE = 2;

	/**
	 * The '<em><b>Lower snake</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOWER_SNAKE
	 * @model name="lower_snake"
	 * @generated
	 * @ordered
	 */
	public static final int LOWER_SNAKE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Case Style</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CaseStyle[] VALUES_ARRAY =
		new CaseStyle[] {
			AS_IS,
			PASCAL_CASE,
			UPPER_SNAKE,
			LOWER_SNAKE,
		};

	/**
	 * A public read-only list of all the '<em><b>Case Style</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CaseStyle> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Case Style</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseStyle get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaseStyle result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Case Style</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseStyle getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CaseStyle result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Case Style</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CaseStyle get(int value) {
		switch (value) {
			case AS_IS_VALUE: return AS_IS;
			case PASCAL_CASE_VALUE: return PASCAL_CASE;
			case UPPER_SNAKE_VALUE: return UPPER_SNAKE;
			case LOWER_SNAKE_VALUE: return LOWER_SNAKE;
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
	private CaseStyle(int value, String name, String literal) {
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
	
} //CaseStyle
