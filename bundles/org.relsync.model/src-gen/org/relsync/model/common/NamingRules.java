/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.common;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Naming Rules</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Naming rules in both directions. Finding an existing table and creating a new one use the same rule, so the two never disagree.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.common.NamingRules#getTableNamePattern <em>Table Name Pattern</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#isPluralizeTableNames <em>Pluralize Table Names</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#getTableCaseStyle <em>Table Case Style</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#getFieldCaseStyle <em>Field Case Style</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#getPrimaryKeyPattern <em>Primary Key Pattern</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#getForeignKeyPattern <em>Foreign Key Pattern</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#getUniqueConstraintPattern <em>Unique Constraint Pattern</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#getSequencePattern <em>Sequence Pattern</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#getMaxIdentifierLength <em>Max Identifier Length</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#getStripPrefixes <em>Strip Prefixes</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#getStripSuffixes <em>Strip Suffixes</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#isSingularizeEntityNames <em>Singularize Entity Names</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#getEntityCaseStyle <em>Entity Case Style</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#getEntityFieldCaseStyle <em>Entity Field Case Style</em>}</li>
 *   <li>{@link org.relsync.model.common.NamingRules#isEscapeReservedWords <em>Escape Reserved Words</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.common.CommonPackage#getNamingRules()
 * @model
 * @generated
 */
public interface NamingRules extends Element {
	/**
	 * Returns the value of the '<em><b>Table Name Pattern</b></em>' attribute.
	 * The default value is <code>"{Entity}"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Table Name Pattern</em>' attribute.
	 * @see #setTableNamePattern(String)
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_TableNamePattern()
	 * @model default="{Entity}"
	 * @generated
	 */
	String getTableNamePattern();

	/**
	 * Sets the value of the '{@link org.relsync.model.common.NamingRules#getTableNamePattern <em>Table Name Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table Name Pattern</em>' attribute.
	 * @see #getTableNamePattern()
	 * @generated
	 */
	void setTableNamePattern(String value);

	/**
	 * Returns the value of the '<em><b>Pluralize Table Names</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pluralize Table Names</em>' attribute.
	 * @see #setPluralizeTableNames(boolean)
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_PluralizeTableNames()
	 * @model
	 * @generated
	 */
	boolean isPluralizeTableNames();

	/**
	 * Sets the value of the '{@link org.relsync.model.common.NamingRules#isPluralizeTableNames <em>Pluralize Table Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pluralize Table Names</em>' attribute.
	 * @see #isPluralizeTableNames()
	 * @generated
	 */
	void setPluralizeTableNames(boolean value);

	/**
	 * Returns the value of the '<em><b>Table Case Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.relsync.model.common.CaseStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Table Case Style</em>' attribute.
	 * @see org.relsync.model.common.CaseStyle
	 * @see #setTableCaseStyle(CaseStyle)
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_TableCaseStyle()
	 * @model
	 * @generated
	 */
	CaseStyle getTableCaseStyle();

	/**
	 * Sets the value of the '{@link org.relsync.model.common.NamingRules#getTableCaseStyle <em>Table Case Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table Case Style</em>' attribute.
	 * @see org.relsync.model.common.CaseStyle
	 * @see #getTableCaseStyle()
	 * @generated
	 */
	void setTableCaseStyle(CaseStyle value);

	/**
	 * Returns the value of the '<em><b>Field Case Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.relsync.model.common.CaseStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Case Style</em>' attribute.
	 * @see org.relsync.model.common.CaseStyle
	 * @see #setFieldCaseStyle(CaseStyle)
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_FieldCaseStyle()
	 * @model
	 * @generated
	 */
	CaseStyle getFieldCaseStyle();

	/**
	 * Sets the value of the '{@link org.relsync.model.common.NamingRules#getFieldCaseStyle <em>Field Case Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Case Style</em>' attribute.
	 * @see org.relsync.model.common.CaseStyle
	 * @see #getFieldCaseStyle()
	 * @generated
	 */
	void setFieldCaseStyle(CaseStyle value);

	/**
	 * Returns the value of the '<em><b>Primary Key Pattern</b></em>' attribute.
	 * The default value is <code>"PK_{Table}"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary Key Pattern</em>' attribute.
	 * @see #setPrimaryKeyPattern(String)
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_PrimaryKeyPattern()
	 * @model default="PK_{Table}"
	 * @generated
	 */
	String getPrimaryKeyPattern();

	/**
	 * Sets the value of the '{@link org.relsync.model.common.NamingRules#getPrimaryKeyPattern <em>Primary Key Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Key Pattern</em>' attribute.
	 * @see #getPrimaryKeyPattern()
	 * @generated
	 */
	void setPrimaryKeyPattern(String value);

	/**
	 * Returns the value of the '<em><b>Foreign Key Pattern</b></em>' attribute.
	 * The default value is <code>"FK_{Table}_{RefTable}"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Foreign Key Pattern</em>' attribute.
	 * @see #setForeignKeyPattern(String)
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_ForeignKeyPattern()
	 * @model default="FK_{Table}_{RefTable}"
	 * @generated
	 */
	String getForeignKeyPattern();

	/**
	 * Sets the value of the '{@link org.relsync.model.common.NamingRules#getForeignKeyPattern <em>Foreign Key Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foreign Key Pattern</em>' attribute.
	 * @see #getForeignKeyPattern()
	 * @generated
	 */
	void setForeignKeyPattern(String value);

	/**
	 * Returns the value of the '<em><b>Unique Constraint Pattern</b></em>' attribute.
	 * The default value is <code>"UC_{Table}_{Fields}"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unique Constraint Pattern</em>' attribute.
	 * @see #setUniqueConstraintPattern(String)
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_UniqueConstraintPattern()
	 * @model default="UC_{Table}_{Fields}"
	 * @generated
	 */
	String getUniqueConstraintPattern();

	/**
	 * Sets the value of the '{@link org.relsync.model.common.NamingRules#getUniqueConstraintPattern <em>Unique Constraint Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unique Constraint Pattern</em>' attribute.
	 * @see #getUniqueConstraintPattern()
	 * @generated
	 */
	void setUniqueConstraintPattern(String value);

	/**
	 * Returns the value of the '<em><b>Sequence Pattern</b></em>' attribute.
	 * The default value is <code>"SEQ_{Table}"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequence Pattern</em>' attribute.
	 * @see #setSequencePattern(String)
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_SequencePattern()
	 * @model default="SEQ_{Table}"
	 * @generated
	 */
	String getSequencePattern();

	/**
	 * Sets the value of the '{@link org.relsync.model.common.NamingRules#getSequencePattern <em>Sequence Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence Pattern</em>' attribute.
	 * @see #getSequencePattern()
	 * @generated
	 */
	void setSequencePattern(String value);

	/**
	 * Returns the value of the '<em><b>Max Identifier Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Longest database identifier allowed; 0 means the limit of the database's dialect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Identifier Length</em>' attribute.
	 * @see #setMaxIdentifierLength(int)
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_MaxIdentifierLength()
	 * @model
	 * @generated
	 */
	int getMaxIdentifierLength();

	/**
	 * Sets the value of the '{@link org.relsync.model.common.NamingRules#getMaxIdentifierLength <em>Max Identifier Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Identifier Length</em>' attribute.
	 * @see #getMaxIdentifierLength()
	 * @generated
	 */
	void setMaxIdentifierLength(int value);

	/**
	 * Returns the value of the '<em><b>Strip Prefixes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strip Prefixes</em>' attribute list.
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_StripPrefixes()
	 * @model
	 * @generated
	 */
	EList<String> getStripPrefixes();

	/**
	 * Returns the value of the '<em><b>Strip Suffixes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strip Suffixes</em>' attribute list.
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_StripSuffixes()
	 * @model
	 * @generated
	 */
	EList<String> getStripSuffixes();

	/**
	 * Returns the value of the '<em><b>Singularize Entity Names</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Singularize Entity Names</em>' attribute.
	 * @see #setSingularizeEntityNames(boolean)
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_SingularizeEntityNames()
	 * @model
	 * @generated
	 */
	boolean isSingularizeEntityNames();

	/**
	 * Sets the value of the '{@link org.relsync.model.common.NamingRules#isSingularizeEntityNames <em>Singularize Entity Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Singularize Entity Names</em>' attribute.
	 * @see #isSingularizeEntityNames()
	 * @generated
	 */
	void setSingularizeEntityNames(boolean value);

	/**
	 * Returns the value of the '<em><b>Entity Case Style</b></em>' attribute.
	 * The default value is <code>"PascalCase"</code>.
	 * The literals are from the enumeration {@link org.relsync.model.common.CaseStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity Case Style</em>' attribute.
	 * @see org.relsync.model.common.CaseStyle
	 * @see #setEntityCaseStyle(CaseStyle)
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_EntityCaseStyle()
	 * @model default="PascalCase"
	 * @generated
	 */
	CaseStyle getEntityCaseStyle();

	/**
	 * Sets the value of the '{@link org.relsync.model.common.NamingRules#getEntityCaseStyle <em>Entity Case Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity Case Style</em>' attribute.
	 * @see org.relsync.model.common.CaseStyle
	 * @see #getEntityCaseStyle()
	 * @generated
	 */
	void setEntityCaseStyle(CaseStyle value);

	/**
	 * Returns the value of the '<em><b>Entity Field Case Style</b></em>' attribute.
	 * The default value is <code>"PascalCase"</code>.
	 * The literals are from the enumeration {@link org.relsync.model.common.CaseStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity Field Case Style</em>' attribute.
	 * @see org.relsync.model.common.CaseStyle
	 * @see #setEntityFieldCaseStyle(CaseStyle)
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_EntityFieldCaseStyle()
	 * @model default="PascalCase"
	 * @generated
	 */
	CaseStyle getEntityFieldCaseStyle();

	/**
	 * Sets the value of the '{@link org.relsync.model.common.NamingRules#getEntityFieldCaseStyle <em>Entity Field Case Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity Field Case Style</em>' attribute.
	 * @see org.relsync.model.common.CaseStyle
	 * @see #getEntityFieldCaseStyle()
	 * @generated
	 */
	void setEntityFieldCaseStyle(CaseStyle value);

	/**
	 * Returns the value of the '<em><b>Escape Reserved Words</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Escape Reserved Words</em>' attribute.
	 * @see #setEscapeReservedWords(boolean)
	 * @see org.relsync.model.common.CommonPackage#getNamingRules_EscapeReservedWords()
	 * @model default="true"
	 * @generated
	 */
	boolean isEscapeReservedWords();

	/**
	 * Sets the value of the '{@link org.relsync.model.common.NamingRules#isEscapeReservedWords <em>Escape Reserved Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Escape Reserved Words</em>' attribute.
	 * @see #isEscapeReservedWords()
	 * @generated
	 */
	void setEscapeReservedWords(boolean value);

} // NamingRules
