/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table Field</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.relational.TableField#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.relsync.model.relational.TableField#getDataType <em>Data Type</em>}</li>
 *   <li>{@link org.relsync.model.relational.TableField#getLength <em>Length</em>}</li>
 *   <li>{@link org.relsync.model.relational.TableField#getPrecision <em>Precision</em>}</li>
 *   <li>{@link org.relsync.model.relational.TableField#getScale <em>Scale</em>}</li>
 *   <li>{@link org.relsync.model.relational.TableField#isNullable <em>Nullable</em>}</li>
 *   <li>{@link org.relsync.model.relational.TableField#isIdentity <em>Identity</em>}</li>
 *   <li>{@link org.relsync.model.relational.TableField#isGenerated <em>Generated</em>}</li>
 *   <li>{@link org.relsync.model.relational.TableField#getDefaultValue <em>Default Value</em>}</li>
 *   <li>{@link org.relsync.model.relational.TableField#getOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.relsync.model.relational.TableField#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.relsync.model.relational.TableField#isOwnsSequence <em>Owns Sequence</em>}</li>
 * </ul>
 *
 * @see org.relsync.model.relational.RelationalPackage#getTableField()
 * @model
 * @generated
 */
public interface TableField extends RelationalElement {
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.relsync.model.relational.TableOrView#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' container reference.
	 * @see #setOwner(TableOrView)
	 * @see org.relsync.model.relational.RelationalPackage#getTableField_Owner()
	 * @see org.relsync.model.relational.TableOrView#getFields
	 * @model opposite="fields"
	 * @generated
	 */
	TableOrView getOwner();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.TableField#getOwner <em>Owner</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' container reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(TableOrView value);

	/**
	 * Returns the value of the '<em><b>Data Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The database's own type name, without length, precision or scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Type</em>' attribute.
	 * @see #setDataType(String)
	 * @see org.relsync.model.relational.RelationalPackage#getTableField_DataType()
	 * @model
	 * @generated
	 */
	String getDataType();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.TableField#getDataType <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Type</em>' attribute.
	 * @see #getDataType()
	 * @generated
	 */
	void setDataType(String value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(Integer)
	 * @see org.relsync.model.relational.RelationalPackage#getTableField_Length()
	 * @model
	 * @generated
	 */
	Integer getLength();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.TableField#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(Integer value);

	/**
	 * Returns the value of the '<em><b>Precision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Precision</em>' attribute.
	 * @see #setPrecision(Integer)
	 * @see org.relsync.model.relational.RelationalPackage#getTableField_Precision()
	 * @model
	 * @generated
	 */
	Integer getPrecision();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.TableField#getPrecision <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precision</em>' attribute.
	 * @see #getPrecision()
	 * @generated
	 */
	void setPrecision(Integer value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see #setScale(Integer)
	 * @see org.relsync.model.relational.RelationalPackage#getTableField_Scale()
	 * @model
	 * @generated
	 */
	Integer getScale();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.TableField#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(Integer value);

	/**
	 * Returns the value of the '<em><b>Nullable</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nullable</em>' attribute.
	 * @see #setNullable(boolean)
	 * @see org.relsync.model.relational.RelationalPackage#getTableField_Nullable()
	 * @model default="true"
	 * @generated
	 */
	boolean isNullable();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.TableField#isNullable <em>Nullable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nullable</em>' attribute.
	 * @see #isNullable()
	 * @generated
	 */
	void setNullable(boolean value);

	/**
	 * Returns the value of the '<em><b>Identity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identity</em>' attribute.
	 * @see #setIdentity(boolean)
	 * @see org.relsync.model.relational.RelationalPackage#getTableField_Identity()
	 * @model
	 * @generated
	 */
	boolean isIdentity();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.TableField#isIdentity <em>Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity</em>' attribute.
	 * @see #isIdentity()
	 * @generated
	 */
	void setIdentity(boolean value);

	/**
	 * Returns the value of the '<em><b>Generated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A generated (computed) column: the database derives its value from an expression.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Generated</em>' attribute.
	 * @see #setGenerated(boolean)
	 * @see org.relsync.model.relational.RelationalPackage#getTableField_Generated()
	 * @model
	 * @generated
	 */
	boolean isGenerated();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.TableField#isGenerated <em>Generated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generated</em>' attribute.
	 * @see #isGenerated()
	 * @generated
	 */
	void setGenerated(boolean value);

	/**
	 * Returns the value of the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Value</em>' attribute.
	 * @see #setDefaultValue(String)
	 * @see org.relsync.model.relational.RelationalPackage#getTableField_DefaultValue()
	 * @model
	 * @generated
	 */
	String getDefaultValue();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.TableField#getDefaultValue <em>Default Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Value</em>' attribute.
	 * @see #getDefaultValue()
	 * @generated
	 */
	void setDefaultValue(String value);

	/**
	 * Returns the value of the '<em><b>Ordinal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ordinal</em>' attribute.
	 * @see #setOrdinal(int)
	 * @see org.relsync.model.relational.RelationalPackage#getTableField_Ordinal()
	 * @model
	 * @generated
	 */
	int getOrdinal();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.TableField#getOrdinal <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ordinal</em>' attribute.
	 * @see #getOrdinal()
	 * @generated
	 */
	void setOrdinal(int value);

	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sequence the column's values come from: the one its identity makes for it, or the one its default draws from (PostgreSQL's nextval, H2's NEXT VALUE FOR, MariaDB's NEXTVAL), perhaps shared with other columns. Such a column is an identity column; where it draws through its default, the default names the sequence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sequence</em>' reference.
	 * @see #setSequence(Sequence)
	 * @see org.relsync.model.relational.RelationalPackage#getTableField_Sequence()
	 * @model
	 * @generated
	 */
	Sequence getSequence();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.TableField#getSequence <em>Sequence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' reference.
	 * @see #getSequence()
	 * @generated
	 */
	void setSequence(Sequence value);

	/**
	 * Returns the value of the '<em><b>Owns Sequence</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the column owns its sequence (PostgreSQL's OWNED BY: serial and identity columns), so that the sequence goes with the column; false for a column that only draws from a sequence made on its own. Means nothing without a sequence. True by default, so that project files written before it keep their meaning.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owns Sequence</em>' attribute.
	 * @see #setOwnsSequence(boolean)
	 * @see org.relsync.model.relational.RelationalPackage#getTableField_OwnsSequence()
	 * @model default="true"
	 * @generated
	 */
	boolean isOwnsSequence();

	/**
	 * Sets the value of the '{@link org.relsync.model.relational.TableField#isOwnsSequence <em>Owns Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owns Sequence</em>' attribute.
	 * @see #isOwnsSequence()
	 * @generated
	 */
	void setOwnsSequence(boolean value);

} // TableField
