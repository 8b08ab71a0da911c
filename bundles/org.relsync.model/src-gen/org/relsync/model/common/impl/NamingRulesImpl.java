/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.common.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.relsync.model.common.CaseStyle;
import org.relsync.model.common.CommonPackage;
import org.relsync.model.common.NamingRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Naming Rules</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#getTableNamePattern <em>Table Name Pattern</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#isPluralizeTableNames <em>Pluralize Table Names</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#getTableCaseStyle <em>Table Case Style</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#getFieldCaseStyle <em>Field Case Style</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#getPrimaryKeyPattern <em>Primary Key Pattern</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#getForeignKeyPattern <em>Foreign Key Pattern</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#getUniqueConstraintPattern <em>Unique Constraint Pattern</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#getSequencePattern <em>Sequence Pattern</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#getMaxIdentifierLength <em>Max Identifier Length</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#getStripPrefixes <em>Strip Prefixes</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#getStripSuffixes <em>Strip Suffixes</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#isSingularizeEntityNames <em>Singularize Entity Names</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#getEntityCaseStyle <em>Entity Case Style</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#getEntityFieldCaseStyle <em>Entity Field Case Style</em>}</li>
 *   <li>{@link org.relsync.model.common.impl.NamingRulesImpl#isEscapeReservedWords <em>Escape Reserved Words</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NamingRulesImpl extends ElementImpl implements NamingRules {
	/**
	 * The default value of the '{@link #getTableNamePattern() <em>Table Name Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableNamePattern()
	 * @generated
	 * @ordered
	 */
	protected static final String TABLE_NAME_PATTERN_EDEFAULT = "{Entity}";

	/**
	 * The cached value of the '{@link #getTableNamePattern() <em>Table Name Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableNamePattern()
	 * @generated
	 * @ordered
	 */
	protected String tableNamePattern = TABLE_NAME_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #isPluralizeTableNames() <em>Pluralize Table Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPluralizeTableNames()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PLURALIZE_TABLE_NAMES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPluralizeTableNames() <em>Pluralize Table Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPluralizeTableNames()
	 * @generated
	 * @ordered
	 */
	protected boolean pluralizeTableNames = PLURALIZE_TABLE_NAMES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTableCaseStyle() <em>Table Case Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableCaseStyle()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStyle TABLE_CASE_STYLE_EDEFAULT = CaseStyle.AS_IS;

	/**
	 * The cached value of the '{@link #getTableCaseStyle() <em>Table Case Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableCaseStyle()
	 * @generated
	 * @ordered
	 */
	protected CaseStyle tableCaseStyle = TABLE_CASE_STYLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldCaseStyle() <em>Field Case Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldCaseStyle()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStyle FIELD_CASE_STYLE_EDEFAULT = CaseStyle.AS_IS;

	/**
	 * The cached value of the '{@link #getFieldCaseStyle() <em>Field Case Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldCaseStyle()
	 * @generated
	 * @ordered
	 */
	protected CaseStyle fieldCaseStyle = FIELD_CASE_STYLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrimaryKeyPattern() <em>Primary Key Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryKeyPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIMARY_KEY_PATTERN_EDEFAULT = "PK_{Table}";

	/**
	 * The cached value of the '{@link #getPrimaryKeyPattern() <em>Primary Key Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryKeyPattern()
	 * @generated
	 * @ordered
	 */
	protected String primaryKeyPattern = PRIMARY_KEY_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getForeignKeyPattern() <em>Foreign Key Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForeignKeyPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String FOREIGN_KEY_PATTERN_EDEFAULT = "FK_{Table}_{RefTable}";

	/**
	 * The cached value of the '{@link #getForeignKeyPattern() <em>Foreign Key Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForeignKeyPattern()
	 * @generated
	 * @ordered
	 */
	protected String foreignKeyPattern = FOREIGN_KEY_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getUniqueConstraintPattern() <em>Unique Constraint Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUniqueConstraintPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIQUE_CONSTRAINT_PATTERN_EDEFAULT = "UC_{Table}_{Fields}";

	/**
	 * The cached value of the '{@link #getUniqueConstraintPattern() <em>Unique Constraint Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUniqueConstraintPattern()
	 * @generated
	 * @ordered
	 */
	protected String uniqueConstraintPattern = UNIQUE_CONSTRAINT_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSequencePattern() <em>Sequence Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequencePattern()
	 * @generated
	 * @ordered
	 */
	protected static final String SEQUENCE_PATTERN_EDEFAULT = "SEQ_{Table}";

	/**
	 * The cached value of the '{@link #getSequencePattern() <em>Sequence Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequencePattern()
	 * @generated
	 * @ordered
	 */
	protected String sequencePattern = SEQUENCE_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxIdentifierLength() <em>Max Identifier Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxIdentifierLength()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_IDENTIFIER_LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxIdentifierLength() <em>Max Identifier Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxIdentifierLength()
	 * @generated
	 * @ordered
	 */
	protected int maxIdentifierLength = MAX_IDENTIFIER_LENGTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStripPrefixes() <em>Strip Prefixes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStripPrefixes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> stripPrefixes;

	/**
	 * The cached value of the '{@link #getStripSuffixes() <em>Strip Suffixes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStripSuffixes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> stripSuffixes;

	/**
	 * The default value of the '{@link #isSingularizeEntityNames() <em>Singularize Entity Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSingularizeEntityNames()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SINGULARIZE_ENTITY_NAMES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSingularizeEntityNames() <em>Singularize Entity Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSingularizeEntityNames()
	 * @generated
	 * @ordered
	 */
	protected boolean singularizeEntityNames = SINGULARIZE_ENTITY_NAMES_EDEFAULT;

	/**
	 * The default value of the '{@link #getEntityCaseStyle() <em>Entity Case Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntityCaseStyle()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStyle ENTITY_CASE_STYLE_EDEFAULT = CaseStyle.PASCAL_CASE;

	/**
	 * The cached value of the '{@link #getEntityCaseStyle() <em>Entity Case Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntityCaseStyle()
	 * @generated
	 * @ordered
	 */
	protected CaseStyle entityCaseStyle = ENTITY_CASE_STYLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEntityFieldCaseStyle() <em>Entity Field Case Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntityFieldCaseStyle()
	 * @generated
	 * @ordered
	 */
	protected static final CaseStyle ENTITY_FIELD_CASE_STYLE_EDEFAULT = CaseStyle.PASCAL_CASE;

	/**
	 * The cached value of the '{@link #getEntityFieldCaseStyle() <em>Entity Field Case Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntityFieldCaseStyle()
	 * @generated
	 * @ordered
	 */
	protected CaseStyle entityFieldCaseStyle = ENTITY_FIELD_CASE_STYLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isEscapeReservedWords() <em>Escape Reserved Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEscapeReservedWords()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ESCAPE_RESERVED_WORDS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEscapeReservedWords() <em>Escape Reserved Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEscapeReservedWords()
	 * @generated
	 * @ordered
	 */
	protected boolean escapeReservedWords = ESCAPE_RESERVED_WORDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NamingRulesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CommonPackage.Literals.NAMING_RULES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTableNamePattern() {
		return tableNamePattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTableNamePattern(String newTableNamePattern) {
		String oldTableNamePattern = tableNamePattern;
		tableNamePattern = newTableNamePattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommonPackage.NAMING_RULES__TABLE_NAME_PATTERN, oldTableNamePattern, tableNamePattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPluralizeTableNames() {
		return pluralizeTableNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPluralizeTableNames(boolean newPluralizeTableNames) {
		boolean oldPluralizeTableNames = pluralizeTableNames;
		pluralizeTableNames = newPluralizeTableNames;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommonPackage.NAMING_RULES__PLURALIZE_TABLE_NAMES, oldPluralizeTableNames, pluralizeTableNames));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStyle getTableCaseStyle() {
		return tableCaseStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTableCaseStyle(CaseStyle newTableCaseStyle) {
		CaseStyle oldTableCaseStyle = tableCaseStyle;
		tableCaseStyle = newTableCaseStyle == null ? TABLE_CASE_STYLE_EDEFAULT : newTableCaseStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommonPackage.NAMING_RULES__TABLE_CASE_STYLE, oldTableCaseStyle, tableCaseStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStyle getFieldCaseStyle() {
		return fieldCaseStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldCaseStyle(CaseStyle newFieldCaseStyle) {
		CaseStyle oldFieldCaseStyle = fieldCaseStyle;
		fieldCaseStyle = newFieldCaseStyle == null ? FIELD_CASE_STYLE_EDEFAULT : newFieldCaseStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommonPackage.NAMING_RULES__FIELD_CASE_STYLE, oldFieldCaseStyle, fieldCaseStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrimaryKeyPattern() {
		return primaryKeyPattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimaryKeyPattern(String newPrimaryKeyPattern) {
		String oldPrimaryKeyPattern = primaryKeyPattern;
		primaryKeyPattern = newPrimaryKeyPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommonPackage.NAMING_RULES__PRIMARY_KEY_PATTERN, oldPrimaryKeyPattern, primaryKeyPattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getForeignKeyPattern() {
		return foreignKeyPattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForeignKeyPattern(String newForeignKeyPattern) {
		String oldForeignKeyPattern = foreignKeyPattern;
		foreignKeyPattern = newForeignKeyPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommonPackage.NAMING_RULES__FOREIGN_KEY_PATTERN, oldForeignKeyPattern, foreignKeyPattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUniqueConstraintPattern() {
		return uniqueConstraintPattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUniqueConstraintPattern(String newUniqueConstraintPattern) {
		String oldUniqueConstraintPattern = uniqueConstraintPattern;
		uniqueConstraintPattern = newUniqueConstraintPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommonPackage.NAMING_RULES__UNIQUE_CONSTRAINT_PATTERN, oldUniqueConstraintPattern, uniqueConstraintPattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSequencePattern() {
		return sequencePattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequencePattern(String newSequencePattern) {
		String oldSequencePattern = sequencePattern;
		sequencePattern = newSequencePattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommonPackage.NAMING_RULES__SEQUENCE_PATTERN, oldSequencePattern, sequencePattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxIdentifierLength() {
		return maxIdentifierLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxIdentifierLength(int newMaxIdentifierLength) {
		int oldMaxIdentifierLength = maxIdentifierLength;
		maxIdentifierLength = newMaxIdentifierLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommonPackage.NAMING_RULES__MAX_IDENTIFIER_LENGTH, oldMaxIdentifierLength, maxIdentifierLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStripPrefixes() {
		if (stripPrefixes == null) {
			stripPrefixes = new EDataTypeUniqueEList<String>(String.class, this, CommonPackage.NAMING_RULES__STRIP_PREFIXES);
		}
		return stripPrefixes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStripSuffixes() {
		if (stripSuffixes == null) {
			stripSuffixes = new EDataTypeUniqueEList<String>(String.class, this, CommonPackage.NAMING_RULES__STRIP_SUFFIXES);
		}
		return stripSuffixes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSingularizeEntityNames() {
		return singularizeEntityNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSingularizeEntityNames(boolean newSingularizeEntityNames) {
		boolean oldSingularizeEntityNames = singularizeEntityNames;
		singularizeEntityNames = newSingularizeEntityNames;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommonPackage.NAMING_RULES__SINGULARIZE_ENTITY_NAMES, oldSingularizeEntityNames, singularizeEntityNames));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStyle getEntityCaseStyle() {
		return entityCaseStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntityCaseStyle(CaseStyle newEntityCaseStyle) {
		CaseStyle oldEntityCaseStyle = entityCaseStyle;
		entityCaseStyle = newEntityCaseStyle == null ? ENTITY_CASE_STYLE_EDEFAULT : newEntityCaseStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommonPackage.NAMING_RULES__ENTITY_CASE_STYLE, oldEntityCaseStyle, entityCaseStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStyle getEntityFieldCaseStyle() {
		return entityFieldCaseStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntityFieldCaseStyle(CaseStyle newEntityFieldCaseStyle) {
		CaseStyle oldEntityFieldCaseStyle = entityFieldCaseStyle;
		entityFieldCaseStyle = newEntityFieldCaseStyle == null ? ENTITY_FIELD_CASE_STYLE_EDEFAULT : newEntityFieldCaseStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommonPackage.NAMING_RULES__ENTITY_FIELD_CASE_STYLE, oldEntityFieldCaseStyle, entityFieldCaseStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEscapeReservedWords() {
		return escapeReservedWords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEscapeReservedWords(boolean newEscapeReservedWords) {
		boolean oldEscapeReservedWords = escapeReservedWords;
		escapeReservedWords = newEscapeReservedWords;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommonPackage.NAMING_RULES__ESCAPE_RESERVED_WORDS, oldEscapeReservedWords, escapeReservedWords));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CommonPackage.NAMING_RULES__TABLE_NAME_PATTERN:
				return getTableNamePattern();
			case CommonPackage.NAMING_RULES__PLURALIZE_TABLE_NAMES:
				return isPluralizeTableNames();
			case CommonPackage.NAMING_RULES__TABLE_CASE_STYLE:
				return getTableCaseStyle();
			case CommonPackage.NAMING_RULES__FIELD_CASE_STYLE:
				return getFieldCaseStyle();
			case CommonPackage.NAMING_RULES__PRIMARY_KEY_PATTERN:
				return getPrimaryKeyPattern();
			case CommonPackage.NAMING_RULES__FOREIGN_KEY_PATTERN:
				return getForeignKeyPattern();
			case CommonPackage.NAMING_RULES__UNIQUE_CONSTRAINT_PATTERN:
				return getUniqueConstraintPattern();
			case CommonPackage.NAMING_RULES__SEQUENCE_PATTERN:
				return getSequencePattern();
			case CommonPackage.NAMING_RULES__MAX_IDENTIFIER_LENGTH:
				return getMaxIdentifierLength();
			case CommonPackage.NAMING_RULES__STRIP_PREFIXES:
				return getStripPrefixes();
			case CommonPackage.NAMING_RULES__STRIP_SUFFIXES:
				return getStripSuffixes();
			case CommonPackage.NAMING_RULES__SINGULARIZE_ENTITY_NAMES:
				return isSingularizeEntityNames();
			case CommonPackage.NAMING_RULES__ENTITY_CASE_STYLE:
				return getEntityCaseStyle();
			case CommonPackage.NAMING_RULES__ENTITY_FIELD_CASE_STYLE:
				return getEntityFieldCaseStyle();
			case CommonPackage.NAMING_RULES__ESCAPE_RESERVED_WORDS:
				return isEscapeReservedWords();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CommonPackage.NAMING_RULES__TABLE_NAME_PATTERN:
				setTableNamePattern((String)newValue);
				return;
			case CommonPackage.NAMING_RULES__PLURALIZE_TABLE_NAMES:
				setPluralizeTableNames((Boolean)newValue);
				return;
			case CommonPackage.NAMING_RULES__TABLE_CASE_STYLE:
				setTableCaseStyle((CaseStyle)newValue);
				return;
			case CommonPackage.NAMING_RULES__FIELD_CASE_STYLE:
				setFieldCaseStyle((CaseStyle)newValue);
				return;
			case CommonPackage.NAMING_RULES__PRIMARY_KEY_PATTERN:
				setPrimaryKeyPattern((String)newValue);
				return;
			case CommonPackage.NAMING_RULES__FOREIGN_KEY_PATTERN:
				setForeignKeyPattern((String)newValue);
				return;
			case CommonPackage.NAMING_RULES__UNIQUE_CONSTRAINT_PATTERN:
				setUniqueConstraintPattern((String)newValue);
				return;
			case CommonPackage.NAMING_RULES__SEQUENCE_PATTERN:
				setSequencePattern((String)newValue);
				return;
			case CommonPackage.NAMING_RULES__MAX_IDENTIFIER_LENGTH:
				setMaxIdentifierLength((Integer)newValue);
				return;
			case CommonPackage.NAMING_RULES__STRIP_PREFIXES:
				getStripPrefixes().clear();
				getStripPrefixes().addAll((Collection<? extends String>)newValue);
				return;
			case CommonPackage.NAMING_RULES__STRIP_SUFFIXES:
				getStripSuffixes().clear();
				getStripSuffixes().addAll((Collection<? extends String>)newValue);
				return;
			case CommonPackage.NAMING_RULES__SINGULARIZE_ENTITY_NAMES:
				setSingularizeEntityNames((Boolean)newValue);
				return;
			case CommonPackage.NAMING_RULES__ENTITY_CASE_STYLE:
				setEntityCaseStyle((CaseStyle)newValue);
				return;
			case CommonPackage.NAMING_RULES__ENTITY_FIELD_CASE_STYLE:
				setEntityFieldCaseStyle((CaseStyle)newValue);
				return;
			case CommonPackage.NAMING_RULES__ESCAPE_RESERVED_WORDS:
				setEscapeReservedWords((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CommonPackage.NAMING_RULES__TABLE_NAME_PATTERN:
				setTableNamePattern(TABLE_NAME_PATTERN_EDEFAULT);
				return;
			case CommonPackage.NAMING_RULES__PLURALIZE_TABLE_NAMES:
				setPluralizeTableNames(PLURALIZE_TABLE_NAMES_EDEFAULT);
				return;
			case CommonPackage.NAMING_RULES__TABLE_CASE_STYLE:
				setTableCaseStyle(TABLE_CASE_STYLE_EDEFAULT);
				return;
			case CommonPackage.NAMING_RULES__FIELD_CASE_STYLE:
				setFieldCaseStyle(FIELD_CASE_STYLE_EDEFAULT);
				return;
			case CommonPackage.NAMING_RULES__PRIMARY_KEY_PATTERN:
				setPrimaryKeyPattern(PRIMARY_KEY_PATTERN_EDEFAULT);
				return;
			case CommonPackage.NAMING_RULES__FOREIGN_KEY_PATTERN:
				setForeignKeyPattern(FOREIGN_KEY_PATTERN_EDEFAULT);
				return;
			case CommonPackage.NAMING_RULES__UNIQUE_CONSTRAINT_PATTERN:
				setUniqueConstraintPattern(UNIQUE_CONSTRAINT_PATTERN_EDEFAULT);
				return;
			case CommonPackage.NAMING_RULES__SEQUENCE_PATTERN:
				setSequencePattern(SEQUENCE_PATTERN_EDEFAULT);
				return;
			case CommonPackage.NAMING_RULES__MAX_IDENTIFIER_LENGTH:
				setMaxIdentifierLength(MAX_IDENTIFIER_LENGTH_EDEFAULT);
				return;
			case CommonPackage.NAMING_RULES__STRIP_PREFIXES:
				getStripPrefixes().clear();
				return;
			case CommonPackage.NAMING_RULES__STRIP_SUFFIXES:
				getStripSuffixes().clear();
				return;
			case CommonPackage.NAMING_RULES__SINGULARIZE_ENTITY_NAMES:
				setSingularizeEntityNames(SINGULARIZE_ENTITY_NAMES_EDEFAULT);
				return;
			case CommonPackage.NAMING_RULES__ENTITY_CASE_STYLE:
				setEntityCaseStyle(ENTITY_CASE_STYLE_EDEFAULT);
				return;
			case CommonPackage.NAMING_RULES__ENTITY_FIELD_CASE_STYLE:
				setEntityFieldCaseStyle(ENTITY_FIELD_CASE_STYLE_EDEFAULT);
				return;
			case CommonPackage.NAMING_RULES__ESCAPE_RESERVED_WORDS:
				setEscapeReservedWords(ESCAPE_RESERVED_WORDS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CommonPackage.NAMING_RULES__TABLE_NAME_PATTERN:
				return TABLE_NAME_PATTERN_EDEFAULT == null ? tableNamePattern != null : !TABLE_NAME_PATTERN_EDEFAULT.equals(tableNamePattern);
			case CommonPackage.NAMING_RULES__PLURALIZE_TABLE_NAMES:
				return pluralizeTableNames != PLURALIZE_TABLE_NAMES_EDEFAULT;
			case CommonPackage.NAMING_RULES__TABLE_CASE_STYLE:
				return tableCaseStyle != TABLE_CASE_STYLE_EDEFAULT;
			case CommonPackage.NAMING_RULES__FIELD_CASE_STYLE:
				return fieldCaseStyle != FIELD_CASE_STYLE_EDEFAULT;
			case CommonPackage.NAMING_RULES__PRIMARY_KEY_PATTERN:
				return PRIMARY_KEY_PATTERN_EDEFAULT == null ? primaryKeyPattern != null : !PRIMARY_KEY_PATTERN_EDEFAULT.equals(primaryKeyPattern);
			case CommonPackage.NAMING_RULES__FOREIGN_KEY_PATTERN:
				return FOREIGN_KEY_PATTERN_EDEFAULT == null ? foreignKeyPattern != null : !FOREIGN_KEY_PATTERN_EDEFAULT.equals(foreignKeyPattern);
			case CommonPackage.NAMING_RULES__UNIQUE_CONSTRAINT_PATTERN:
				return UNIQUE_CONSTRAINT_PATTERN_EDEFAULT == null ? uniqueConstraintPattern != null : !UNIQUE_CONSTRAINT_PATTERN_EDEFAULT.equals(uniqueConstraintPattern);
			case CommonPackage.NAMING_RULES__SEQUENCE_PATTERN:
				return SEQUENCE_PATTERN_EDEFAULT == null ? sequencePattern != null : !SEQUENCE_PATTERN_EDEFAULT.equals(sequencePattern);
			case CommonPackage.NAMING_RULES__MAX_IDENTIFIER_LENGTH:
				return maxIdentifierLength != MAX_IDENTIFIER_LENGTH_EDEFAULT;
			case CommonPackage.NAMING_RULES__STRIP_PREFIXES:
				return stripPrefixes != null && !stripPrefixes.isEmpty();
			case CommonPackage.NAMING_RULES__STRIP_SUFFIXES:
				return stripSuffixes != null && !stripSuffixes.isEmpty();
			case CommonPackage.NAMING_RULES__SINGULARIZE_ENTITY_NAMES:
				return singularizeEntityNames != SINGULARIZE_ENTITY_NAMES_EDEFAULT;
			case CommonPackage.NAMING_RULES__ENTITY_CASE_STYLE:
				return entityCaseStyle != ENTITY_CASE_STYLE_EDEFAULT;
			case CommonPackage.NAMING_RULES__ENTITY_FIELD_CASE_STYLE:
				return entityFieldCaseStyle != ENTITY_FIELD_CASE_STYLE_EDEFAULT;
			case CommonPackage.NAMING_RULES__ESCAPE_RESERVED_WORDS:
				return escapeReservedWords != ESCAPE_RESERVED_WORDS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (tableNamePattern: ");
		result.append(tableNamePattern);
		result.append(", pluralizeTableNames: ");
		result.append(pluralizeTableNames);
		result.append(", tableCaseStyle: ");
		result.append(tableCaseStyle);
		result.append(", fieldCaseStyle: ");
		result.append(fieldCaseStyle);
		result.append(", primaryKeyPattern: ");
		result.append(primaryKeyPattern);
		result.append(", foreignKeyPattern: ");
		result.append(foreignKeyPattern);
		result.append(", uniqueConstraintPattern: ");
		result.append(uniqueConstraintPattern);
		result.append(", sequencePattern: ");
		result.append(sequencePattern);
		result.append(", maxIdentifierLength: ");
		result.append(maxIdentifierLength);
		result.append(", stripPrefixes: ");
		result.append(stripPrefixes);
		result.append(", stripSuffixes: ");
		result.append(stripSuffixes);
		result.append(", singularizeEntityNames: ");
		result.append(singularizeEntityNames);
		result.append(", entityCaseStyle: ");
		result.append(entityCaseStyle);
		result.append(", entityFieldCaseStyle: ");
		result.append(entityFieldCaseStyle);
		result.append(", escapeReservedWords: ");
		result.append(escapeReservedWords);
		result.append(')');
		return result.toString();
	}

} //NamingRulesImpl
