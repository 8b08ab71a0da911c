/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.common;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Base types shared by every RelSync metamodel, and the naming rules that turn model names into database names and back (SYNC-SPEC section 5).
 * <!-- end-model-doc -->
 * @see org.relsync.model.common.CommonFactory
 * @model kind="package"
 * @generated
 */
public interface CommonPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "common";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://relsync.org/model/common/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "common";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CommonPackage eINSTANCE = org.relsync.model.common.impl.CommonPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.relsync.model.common.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.common.impl.ElementImpl
	 * @see org.relsync.model.common.impl.CommonPackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = 0;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.common.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.common.impl.NamedElementImpl
	 * @see org.relsync.model.common.impl.CommonPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.common.impl.NamingRulesImpl <em>Naming Rules</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.common.impl.NamingRulesImpl
	 * @see org.relsync.model.common.impl.CommonPackageImpl#getNamingRules()
	 * @generated
	 */
	int NAMING_RULES = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Table Name Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__TABLE_NAME_PATTERN = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pluralize Table Names</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__PLURALIZE_TABLE_NAMES = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Table Case Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__TABLE_CASE_STYLE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Field Case Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__FIELD_CASE_STYLE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Primary Key Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__PRIMARY_KEY_PATTERN = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Foreign Key Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__FOREIGN_KEY_PATTERN = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Unique Constraint Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__UNIQUE_CONSTRAINT_PATTERN = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Sequence Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__SEQUENCE_PATTERN = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Max Identifier Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__MAX_IDENTIFIER_LENGTH = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Strip Prefixes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__STRIP_PREFIXES = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Strip Suffixes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__STRIP_SUFFIXES = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Singularize Entity Names</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__SINGULARIZE_ENTITY_NAMES = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Entity Case Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__ENTITY_CASE_STYLE = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Entity Field Case Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__ENTITY_FIELD_CASE_STYLE = ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Escape Reserved Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES__ESCAPE_RESERVED_WORDS = ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Naming Rules</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Naming Rules</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMING_RULES_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.relsync.model.common.CaseStyle <em>Case Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.relsync.model.common.CaseStyle
	 * @see org.relsync.model.common.impl.CommonPackageImpl#getCaseStyle()
	 * @generated
	 */
	int CASE_STYLE = 3;


	/**
	 * Returns the meta object for class '{@link org.relsync.model.common.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.relsync.model.common.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.Element#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.relsync.model.common.Element#getId()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Id();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.common.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.relsync.model.common.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.relsync.model.common.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for class '{@link org.relsync.model.common.NamingRules <em>Naming Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Naming Rules</em>'.
	 * @see org.relsync.model.common.NamingRules
	 * @generated
	 */
	EClass getNamingRules();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamingRules#getTableNamePattern <em>Table Name Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table Name Pattern</em>'.
	 * @see org.relsync.model.common.NamingRules#getTableNamePattern()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_TableNamePattern();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamingRules#isPluralizeTableNames <em>Pluralize Table Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pluralize Table Names</em>'.
	 * @see org.relsync.model.common.NamingRules#isPluralizeTableNames()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_PluralizeTableNames();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamingRules#getTableCaseStyle <em>Table Case Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table Case Style</em>'.
	 * @see org.relsync.model.common.NamingRules#getTableCaseStyle()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_TableCaseStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamingRules#getFieldCaseStyle <em>Field Case Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Case Style</em>'.
	 * @see org.relsync.model.common.NamingRules#getFieldCaseStyle()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_FieldCaseStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamingRules#getPrimaryKeyPattern <em>Primary Key Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary Key Pattern</em>'.
	 * @see org.relsync.model.common.NamingRules#getPrimaryKeyPattern()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_PrimaryKeyPattern();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamingRules#getForeignKeyPattern <em>Foreign Key Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreign Key Pattern</em>'.
	 * @see org.relsync.model.common.NamingRules#getForeignKeyPattern()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_ForeignKeyPattern();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamingRules#getUniqueConstraintPattern <em>Unique Constraint Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unique Constraint Pattern</em>'.
	 * @see org.relsync.model.common.NamingRules#getUniqueConstraintPattern()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_UniqueConstraintPattern();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamingRules#getSequencePattern <em>Sequence Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence Pattern</em>'.
	 * @see org.relsync.model.common.NamingRules#getSequencePattern()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_SequencePattern();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamingRules#getMaxIdentifierLength <em>Max Identifier Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Identifier Length</em>'.
	 * @see org.relsync.model.common.NamingRules#getMaxIdentifierLength()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_MaxIdentifierLength();

	/**
	 * Returns the meta object for the attribute list '{@link org.relsync.model.common.NamingRules#getStripPrefixes <em>Strip Prefixes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Strip Prefixes</em>'.
	 * @see org.relsync.model.common.NamingRules#getStripPrefixes()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_StripPrefixes();

	/**
	 * Returns the meta object for the attribute list '{@link org.relsync.model.common.NamingRules#getStripSuffixes <em>Strip Suffixes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Strip Suffixes</em>'.
	 * @see org.relsync.model.common.NamingRules#getStripSuffixes()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_StripSuffixes();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamingRules#isSingularizeEntityNames <em>Singularize Entity Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Singularize Entity Names</em>'.
	 * @see org.relsync.model.common.NamingRules#isSingularizeEntityNames()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_SingularizeEntityNames();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamingRules#getEntityCaseStyle <em>Entity Case Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entity Case Style</em>'.
	 * @see org.relsync.model.common.NamingRules#getEntityCaseStyle()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_EntityCaseStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamingRules#getEntityFieldCaseStyle <em>Entity Field Case Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entity Field Case Style</em>'.
	 * @see org.relsync.model.common.NamingRules#getEntityFieldCaseStyle()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_EntityFieldCaseStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.relsync.model.common.NamingRules#isEscapeReservedWords <em>Escape Reserved Words</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Escape Reserved Words</em>'.
	 * @see org.relsync.model.common.NamingRules#isEscapeReservedWords()
	 * @see #getNamingRules()
	 * @generated
	 */
	EAttribute getNamingRules_EscapeReservedWords();

	/**
	 * Returns the meta object for enum '{@link org.relsync.model.common.CaseStyle <em>Case Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Style</em>'.
	 * @see org.relsync.model.common.CaseStyle
	 * @generated
	 */
	EEnum getCaseStyle();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CommonFactory getCommonFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.relsync.model.common.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.common.impl.ElementImpl
		 * @see org.relsync.model.common.impl.CommonPackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__ID = eINSTANCE.getElement_Id();

		/**
		 * The meta object literal for the '{@link org.relsync.model.common.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.common.impl.NamedElementImpl
		 * @see org.relsync.model.common.impl.CommonPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '{@link org.relsync.model.common.impl.NamingRulesImpl <em>Naming Rules</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.common.impl.NamingRulesImpl
		 * @see org.relsync.model.common.impl.CommonPackageImpl#getNamingRules()
		 * @generated
		 */
		EClass NAMING_RULES = eINSTANCE.getNamingRules();

		/**
		 * The meta object literal for the '<em><b>Table Name Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__TABLE_NAME_PATTERN = eINSTANCE.getNamingRules_TableNamePattern();

		/**
		 * The meta object literal for the '<em><b>Pluralize Table Names</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__PLURALIZE_TABLE_NAMES = eINSTANCE.getNamingRules_PluralizeTableNames();

		/**
		 * The meta object literal for the '<em><b>Table Case Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__TABLE_CASE_STYLE = eINSTANCE.getNamingRules_TableCaseStyle();

		/**
		 * The meta object literal for the '<em><b>Field Case Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__FIELD_CASE_STYLE = eINSTANCE.getNamingRules_FieldCaseStyle();

		/**
		 * The meta object literal for the '<em><b>Primary Key Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__PRIMARY_KEY_PATTERN = eINSTANCE.getNamingRules_PrimaryKeyPattern();

		/**
		 * The meta object literal for the '<em><b>Foreign Key Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__FOREIGN_KEY_PATTERN = eINSTANCE.getNamingRules_ForeignKeyPattern();

		/**
		 * The meta object literal for the '<em><b>Unique Constraint Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__UNIQUE_CONSTRAINT_PATTERN = eINSTANCE.getNamingRules_UniqueConstraintPattern();

		/**
		 * The meta object literal for the '<em><b>Sequence Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__SEQUENCE_PATTERN = eINSTANCE.getNamingRules_SequencePattern();

		/**
		 * The meta object literal for the '<em><b>Max Identifier Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__MAX_IDENTIFIER_LENGTH = eINSTANCE.getNamingRules_MaxIdentifierLength();

		/**
		 * The meta object literal for the '<em><b>Strip Prefixes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__STRIP_PREFIXES = eINSTANCE.getNamingRules_StripPrefixes();

		/**
		 * The meta object literal for the '<em><b>Strip Suffixes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__STRIP_SUFFIXES = eINSTANCE.getNamingRules_StripSuffixes();

		/**
		 * The meta object literal for the '<em><b>Singularize Entity Names</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__SINGULARIZE_ENTITY_NAMES = eINSTANCE.getNamingRules_SingularizeEntityNames();

		/**
		 * The meta object literal for the '<em><b>Entity Case Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__ENTITY_CASE_STYLE = eINSTANCE.getNamingRules_EntityCaseStyle();

		/**
		 * The meta object literal for the '<em><b>Entity Field Case Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__ENTITY_FIELD_CASE_STYLE = eINSTANCE.getNamingRules_EntityFieldCaseStyle();

		/**
		 * The meta object literal for the '<em><b>Escape Reserved Words</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMING_RULES__ESCAPE_RESERVED_WORDS = eINSTANCE.getNamingRules_EscapeReservedWords();

		/**
		 * The meta object literal for the '{@link org.relsync.model.common.CaseStyle <em>Case Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.relsync.model.common.CaseStyle
		 * @see org.relsync.model.common.impl.CommonPackageImpl#getCaseStyle()
		 * @generated
		 */
		EEnum CASE_STYLE = eINSTANCE.getCaseStyle();

	}

} //CommonPackage
