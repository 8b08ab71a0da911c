/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.project.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.relsync.model.common.CommonFactory;

import org.relsync.model.common.provider.ElementItemProvider;

import org.relsync.model.project.ProjectPackage;
import org.relsync.model.project.ProjectSettings;

import org.relsync.model.provider.RelSyncEditPlugin;

/**
 * This is the item provider adapter for a {@link org.relsync.model.project.ProjectSettings} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProjectSettingsItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectSettingsItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addSyncRelationalModelDataElementNameWithTargetElementNamePropertyDescriptor(object);
			addReflectNullabilityOfElementFieldInTargetFieldPropertyDescriptor(object);
			addReflectTypeOfElementFieldInTargetFieldPropertyDescriptor(object);
			addExcludableOrphanedElementDetectedActionPropertyDescriptor(object);
			addNonExcludableOrphanedElementDetectedActionPropertyDescriptor(object);
			addCreateBackupBeforeSyncPropertyDescriptor(object);
			addBackupFolderPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Sync Relational Model Data Element Name With Target Element Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSyncRelationalModelDataElementNameWithTargetElementNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProjectSettings_syncRelationalModelDataElementNameWithTargetElementName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProjectSettings_syncRelationalModelDataElementNameWithTargetElementName_feature", "_UI_ProjectSettings_type"),
				 ProjectPackage.Literals.PROJECT_SETTINGS__SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reflect Nullability Of Element Field In Target Field feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReflectNullabilityOfElementFieldInTargetFieldPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProjectSettings_reflectNullabilityOfElementFieldInTargetField_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProjectSettings_reflectNullabilityOfElementFieldInTargetField_feature", "_UI_ProjectSettings_type"),
				 ProjectPackage.Literals.PROJECT_SETTINGS__REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reflect Type Of Element Field In Target Field feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReflectTypeOfElementFieldInTargetFieldPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProjectSettings_reflectTypeOfElementFieldInTargetField_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProjectSettings_reflectTypeOfElementFieldInTargetField_feature", "_UI_ProjectSettings_type"),
				 ProjectPackage.Literals.PROJECT_SETTINGS__REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Excludable Orphaned Element Detected Action feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExcludableOrphanedElementDetectedActionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProjectSettings_excludableOrphanedElementDetectedAction_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProjectSettings_excludableOrphanedElementDetectedAction_feature", "_UI_ProjectSettings_type"),
				 ProjectPackage.Literals.PROJECT_SETTINGS__EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Non Excludable Orphaned Element Detected Action feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNonExcludableOrphanedElementDetectedActionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProjectSettings_nonExcludableOrphanedElementDetectedAction_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProjectSettings_nonExcludableOrphanedElementDetectedAction_feature", "_UI_ProjectSettings_type"),
				 ProjectPackage.Literals.PROJECT_SETTINGS__NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Create Backup Before Sync feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreateBackupBeforeSyncPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProjectSettings_createBackupBeforeSync_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProjectSettings_createBackupBeforeSync_feature", "_UI_ProjectSettings_type"),
				 ProjectPackage.Literals.PROJECT_SETTINGS__CREATE_BACKUP_BEFORE_SYNC,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Backup Folder feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBackupFolderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProjectSettings_backupFolder_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProjectSettings_backupFolder_feature", "_UI_ProjectSettings_type"),
				 ProjectPackage.Literals.PROJECT_SETTINGS__BACKUP_FOLDER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ProjectPackage.Literals.PROJECT_SETTINGS__NAMING_RULES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ProjectSettings.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ProjectSettings"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ProjectSettings)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_ProjectSettings_type") :
			getString("_UI_ProjectSettings_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ProjectSettings.class)) {
			case ProjectPackage.PROJECT_SETTINGS__SYNC_RELATIONAL_MODEL_DATA_ELEMENT_NAME_WITH_TARGET_ELEMENT_NAME:
			case ProjectPackage.PROJECT_SETTINGS__REFLECT_NULLABILITY_OF_ELEMENT_FIELD_IN_TARGET_FIELD:
			case ProjectPackage.PROJECT_SETTINGS__REFLECT_TYPE_OF_ELEMENT_FIELD_IN_TARGET_FIELD:
			case ProjectPackage.PROJECT_SETTINGS__EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION:
			case ProjectPackage.PROJECT_SETTINGS__NON_EXCLUDABLE_ORPHANED_ELEMENT_DETECTED_ACTION:
			case ProjectPackage.PROJECT_SETTINGS__CREATE_BACKUP_BEFORE_SYNC:
			case ProjectPackage.PROJECT_SETTINGS__BACKUP_FOLDER:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ProjectPackage.PROJECT_SETTINGS__NAMING_RULES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ProjectPackage.Literals.PROJECT_SETTINGS__NAMING_RULES,
				 CommonFactory.eINSTANCE.createNamingRules()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return RelSyncEditPlugin.INSTANCE;
	}

}
