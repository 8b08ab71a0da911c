/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.project;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model Sync Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 'Sync with the model': brings the tables of Model and Mixed schemas in line with the entity model.
 * <!-- end-model-doc -->
 *
 *
 * @see org.relsync.model.project.ProjectPackage#getModelSyncTask()
 * @model
 * @generated
 */
public interface ModelSyncTask extends SyncTask {
} // ModelSyncTask
