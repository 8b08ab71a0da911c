/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.project.impl;

import org.eclipse.emf.ecore.EClass;

import org.relsync.model.project.ModelSyncTask;
import org.relsync.model.project.ProjectPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model Sync Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ModelSyncTaskImpl extends SyncTaskImpl implements ModelSyncTask {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSyncTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProjectPackage.Literals.MODEL_SYNC_TASK;
	}

} //ModelSyncTaskImpl
