/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.common.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.relsync.model.common.CommonPackage;
import org.relsync.model.common.NamingRules;

/**
 * This is the item provider adapter for a {@link org.relsync.model.common.NamingRules} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class NamingRulesItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NamingRulesItemProvider(AdapterFactory adapterFactory) {
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

			addTableNamePatternPropertyDescriptor(object);
			addPluralizeTableNamesPropertyDescriptor(object);
			addTableCaseStylePropertyDescriptor(object);
			addFieldCaseStylePropertyDescriptor(object);
			addPrimaryKeyPatternPropertyDescriptor(object);
			addForeignKeyPatternPropertyDescriptor(object);
			addUniqueConstraintPatternPropertyDescriptor(object);
			addSequencePatternPropertyDescriptor(object);
			addMaxIdentifierLengthPropertyDescriptor(object);
			addStripPrefixesPropertyDescriptor(object);
			addStripSuffixesPropertyDescriptor(object);
			addSingularizeEntityNamesPropertyDescriptor(object);
			addEntityCaseStylePropertyDescriptor(object);
			addEntityFieldCaseStylePropertyDescriptor(object);
			addEscapeReservedWordsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Table Name Pattern feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTableNamePatternPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_tableNamePattern_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_tableNamePattern_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__TABLE_NAME_PATTERN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pluralize Table Names feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPluralizeTableNamesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_pluralizeTableNames_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_pluralizeTableNames_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__PLURALIZE_TABLE_NAMES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Table Case Style feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTableCaseStylePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_tableCaseStyle_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_tableCaseStyle_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__TABLE_CASE_STYLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Field Case Style feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFieldCaseStylePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_fieldCaseStyle_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_fieldCaseStyle_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__FIELD_CASE_STYLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Primary Key Pattern feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrimaryKeyPatternPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_primaryKeyPattern_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_primaryKeyPattern_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__PRIMARY_KEY_PATTERN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Foreign Key Pattern feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addForeignKeyPatternPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_foreignKeyPattern_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_foreignKeyPattern_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__FOREIGN_KEY_PATTERN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unique Constraint Pattern feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUniqueConstraintPatternPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_uniqueConstraintPattern_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_uniqueConstraintPattern_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__UNIQUE_CONSTRAINT_PATTERN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sequence Pattern feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSequencePatternPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_sequencePattern_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_sequencePattern_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__SEQUENCE_PATTERN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Identifier Length feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxIdentifierLengthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_maxIdentifierLength_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_maxIdentifierLength_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__MAX_IDENTIFIER_LENGTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Strip Prefixes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStripPrefixesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_stripPrefixes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_stripPrefixes_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__STRIP_PREFIXES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Strip Suffixes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStripSuffixesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_stripSuffixes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_stripSuffixes_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__STRIP_SUFFIXES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Singularize Entity Names feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSingularizeEntityNamesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_singularizeEntityNames_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_singularizeEntityNames_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__SINGULARIZE_ENTITY_NAMES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Entity Case Style feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEntityCaseStylePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_entityCaseStyle_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_entityCaseStyle_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__ENTITY_CASE_STYLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Entity Field Case Style feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEntityFieldCaseStylePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_entityFieldCaseStyle_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_entityFieldCaseStyle_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__ENTITY_FIELD_CASE_STYLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Escape Reserved Words feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEscapeReservedWordsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NamingRules_escapeReservedWords_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NamingRules_escapeReservedWords_feature", "_UI_NamingRules_type"),
				 CommonPackage.Literals.NAMING_RULES__ESCAPE_RESERVED_WORDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns NamingRules.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/NamingRules"));
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
		String label = ((NamingRules)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_NamingRules_type") :
			getString("_UI_NamingRules_type") + " " + label;
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

		switch (notification.getFeatureID(NamingRules.class)) {
			case CommonPackage.NAMING_RULES__TABLE_NAME_PATTERN:
			case CommonPackage.NAMING_RULES__PLURALIZE_TABLE_NAMES:
			case CommonPackage.NAMING_RULES__TABLE_CASE_STYLE:
			case CommonPackage.NAMING_RULES__FIELD_CASE_STYLE:
			case CommonPackage.NAMING_RULES__PRIMARY_KEY_PATTERN:
			case CommonPackage.NAMING_RULES__FOREIGN_KEY_PATTERN:
			case CommonPackage.NAMING_RULES__UNIQUE_CONSTRAINT_PATTERN:
			case CommonPackage.NAMING_RULES__SEQUENCE_PATTERN:
			case CommonPackage.NAMING_RULES__MAX_IDENTIFIER_LENGTH:
			case CommonPackage.NAMING_RULES__STRIP_PREFIXES:
			case CommonPackage.NAMING_RULES__STRIP_SUFFIXES:
			case CommonPackage.NAMING_RULES__SINGULARIZE_ENTITY_NAMES:
			case CommonPackage.NAMING_RULES__ENTITY_CASE_STYLE:
			case CommonPackage.NAMING_RULES__ENTITY_FIELD_CASE_STYLE:
			case CommonPackage.NAMING_RULES__ESCAPE_RESERVED_WORDS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
