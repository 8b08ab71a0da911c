/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.entity.impl;

import org.eclipse.emf.ecore.EClass;

import org.relsync.model.entity.EntityPackage;
import org.relsync.model.entity.TypedViewField;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Typed View Field</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class TypedViewFieldImpl extends TypedFieldImpl implements TypedViewField {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TypedViewFieldImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EntityPackage.Literals.TYPED_VIEW_FIELD;
	}

} //TypedViewFieldImpl
