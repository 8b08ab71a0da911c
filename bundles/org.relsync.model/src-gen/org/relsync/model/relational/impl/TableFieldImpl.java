/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.relsync.model.relational.RelationalPackage;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Table Field</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.relational.impl.TableFieldImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.TableFieldImpl#getDataType <em>Data Type</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.TableFieldImpl#getLength <em>Length</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.TableFieldImpl#getPrecision <em>Precision</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.TableFieldImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.TableFieldImpl#isNullable <em>Nullable</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.TableFieldImpl#isIdentity <em>Identity</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.TableFieldImpl#isGenerated <em>Generated</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.TableFieldImpl#getDefaultValue <em>Default Value</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.TableFieldImpl#getOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.TableFieldImpl#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.TableFieldImpl#isOwnsSequence <em>Owns Sequence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TableFieldImpl extends RelationalElementImpl implements TableField {
	/**
	 * The default value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected String dataType = DATA_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LENGTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected Integer length = LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrecision() <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecision()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PRECISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrecision() <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecision()
	 * @generated
	 * @ordered
	 */
	protected Integer precision = PRECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SCALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected Integer scale = SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #isNullable() <em>Nullable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNullable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NULLABLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isNullable() <em>Nullable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNullable()
	 * @generated
	 * @ordered
	 */
	protected boolean nullable = NULLABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isIdentity() <em>Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIdentity()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IDENTITY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIdentity() <em>Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIdentity()
	 * @generated
	 * @ordered
	 */
	protected boolean identity = IDENTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #isGenerated() <em>Generated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGenerated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GENERATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGenerated() <em>Generated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGenerated()
	 * @generated
	 * @ordered
	 */
	protected boolean generated = GENERATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefaultValue() <em>Default Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultValue()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFAULT_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefaultValue() <em>Default Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultValue()
	 * @generated
	 * @ordered
	 */
	protected String defaultValue = DEFAULT_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdinal()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDINAL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdinal()
	 * @generated
	 * @ordered
	 */
	protected int ordinal = ORDINAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSequence() <em>Sequence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequence()
	 * @generated
	 * @ordered
	 */
	protected Sequence sequence;

	/**
	 * The default value of the '{@link #isOwnsSequence() <em>Owns Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOwnsSequence()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OWNS_SEQUENCE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isOwnsSequence() <em>Owns Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOwnsSequence()
	 * @generated
	 * @ordered
	 */
	protected boolean ownsSequence = OWNS_SEQUENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TableFieldImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RelationalPackage.Literals.TABLE_FIELD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TableOrView getOwner() {
		if (eContainerFeatureID() != RelationalPackage.TABLE_FIELD__OWNER) return null;
		return (TableOrView)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOwner(TableOrView newOwner, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newOwner, RelationalPackage.TABLE_FIELD__OWNER, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(TableOrView newOwner) {
		if (newOwner != eInternalContainer() || (eContainerFeatureID() != RelationalPackage.TABLE_FIELD__OWNER && newOwner != null)) {
			if (EcoreUtil.isAncestor(this, newOwner))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newOwner != null)
				msgs = ((InternalEObject)newOwner).eInverseAdd(this, RelationalPackage.TABLE_OR_VIEW__FIELDS, TableOrView.class, msgs);
			msgs = basicSetOwner(newOwner, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.TABLE_FIELD__OWNER, newOwner, newOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataType() {
		return dataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataType(String newDataType) {
		String oldDataType = dataType;
		dataType = newDataType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.TABLE_FIELD__DATA_TYPE, oldDataType, dataType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(Integer newLength) {
		Integer oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.TABLE_FIELD__LENGTH, oldLength, length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPrecision() {
		return precision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrecision(Integer newPrecision) {
		Integer oldPrecision = precision;
		precision = newPrecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.TABLE_FIELD__PRECISION, oldPrecision, precision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(Integer newScale) {
		Integer oldScale = scale;
		scale = newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.TABLE_FIELD__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNullable() {
		return nullable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNullable(boolean newNullable) {
		boolean oldNullable = nullable;
		nullable = newNullable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.TABLE_FIELD__NULLABLE, oldNullable, nullable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIdentity() {
		return identity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentity(boolean newIdentity) {
		boolean oldIdentity = identity;
		identity = newIdentity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.TABLE_FIELD__IDENTITY, oldIdentity, identity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGenerated() {
		return generated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGenerated(boolean newGenerated) {
		boolean oldGenerated = generated;
		generated = newGenerated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.TABLE_FIELD__GENERATED, oldGenerated, generated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefaultValue() {
		return defaultValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultValue(String newDefaultValue) {
		String oldDefaultValue = defaultValue;
		defaultValue = newDefaultValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.TABLE_FIELD__DEFAULT_VALUE, oldDefaultValue, defaultValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrdinal() {
		return ordinal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrdinal(int newOrdinal) {
		int oldOrdinal = ordinal;
		ordinal = newOrdinal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.TABLE_FIELD__ORDINAL, oldOrdinal, ordinal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sequence getSequence() {
		if (sequence != null && sequence.eIsProxy()) {
			InternalEObject oldSequence = (InternalEObject)sequence;
			sequence = (Sequence)eResolveProxy(oldSequence);
			if (sequence != oldSequence) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RelationalPackage.TABLE_FIELD__SEQUENCE, oldSequence, sequence));
			}
		}
		return sequence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sequence basicGetSequence() {
		return sequence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequence(Sequence newSequence) {
		Sequence oldSequence = sequence;
		sequence = newSequence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.TABLE_FIELD__SEQUENCE, oldSequence, sequence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOwnsSequence() {
		return ownsSequence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnsSequence(boolean newOwnsSequence) {
		boolean oldOwnsSequence = ownsSequence;
		ownsSequence = newOwnsSequence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.TABLE_FIELD__OWNS_SEQUENCE, oldOwnsSequence, ownsSequence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RelationalPackage.TABLE_FIELD__OWNER:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetOwner((TableOrView)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RelationalPackage.TABLE_FIELD__OWNER:
				return basicSetOwner(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case RelationalPackage.TABLE_FIELD__OWNER:
				return eInternalContainer().eInverseRemove(this, RelationalPackage.TABLE_OR_VIEW__FIELDS, TableOrView.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RelationalPackage.TABLE_FIELD__OWNER:
				return getOwner();
			case RelationalPackage.TABLE_FIELD__DATA_TYPE:
				return getDataType();
			case RelationalPackage.TABLE_FIELD__LENGTH:
				return getLength();
			case RelationalPackage.TABLE_FIELD__PRECISION:
				return getPrecision();
			case RelationalPackage.TABLE_FIELD__SCALE:
				return getScale();
			case RelationalPackage.TABLE_FIELD__NULLABLE:
				return isNullable();
			case RelationalPackage.TABLE_FIELD__IDENTITY:
				return isIdentity();
			case RelationalPackage.TABLE_FIELD__GENERATED:
				return isGenerated();
			case RelationalPackage.TABLE_FIELD__DEFAULT_VALUE:
				return getDefaultValue();
			case RelationalPackage.TABLE_FIELD__ORDINAL:
				return getOrdinal();
			case RelationalPackage.TABLE_FIELD__SEQUENCE:
				if (resolve) return getSequence();
				return basicGetSequence();
			case RelationalPackage.TABLE_FIELD__OWNS_SEQUENCE:
				return isOwnsSequence();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RelationalPackage.TABLE_FIELD__OWNER:
				setOwner((TableOrView)newValue);
				return;
			case RelationalPackage.TABLE_FIELD__DATA_TYPE:
				setDataType((String)newValue);
				return;
			case RelationalPackage.TABLE_FIELD__LENGTH:
				setLength((Integer)newValue);
				return;
			case RelationalPackage.TABLE_FIELD__PRECISION:
				setPrecision((Integer)newValue);
				return;
			case RelationalPackage.TABLE_FIELD__SCALE:
				setScale((Integer)newValue);
				return;
			case RelationalPackage.TABLE_FIELD__NULLABLE:
				setNullable((Boolean)newValue);
				return;
			case RelationalPackage.TABLE_FIELD__IDENTITY:
				setIdentity((Boolean)newValue);
				return;
			case RelationalPackage.TABLE_FIELD__GENERATED:
				setGenerated((Boolean)newValue);
				return;
			case RelationalPackage.TABLE_FIELD__DEFAULT_VALUE:
				setDefaultValue((String)newValue);
				return;
			case RelationalPackage.TABLE_FIELD__ORDINAL:
				setOrdinal((Integer)newValue);
				return;
			case RelationalPackage.TABLE_FIELD__SEQUENCE:
				setSequence((Sequence)newValue);
				return;
			case RelationalPackage.TABLE_FIELD__OWNS_SEQUENCE:
				setOwnsSequence((Boolean)newValue);
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
			case RelationalPackage.TABLE_FIELD__OWNER:
				setOwner((TableOrView)null);
				return;
			case RelationalPackage.TABLE_FIELD__DATA_TYPE:
				setDataType(DATA_TYPE_EDEFAULT);
				return;
			case RelationalPackage.TABLE_FIELD__LENGTH:
				setLength(LENGTH_EDEFAULT);
				return;
			case RelationalPackage.TABLE_FIELD__PRECISION:
				setPrecision(PRECISION_EDEFAULT);
				return;
			case RelationalPackage.TABLE_FIELD__SCALE:
				setScale(SCALE_EDEFAULT);
				return;
			case RelationalPackage.TABLE_FIELD__NULLABLE:
				setNullable(NULLABLE_EDEFAULT);
				return;
			case RelationalPackage.TABLE_FIELD__IDENTITY:
				setIdentity(IDENTITY_EDEFAULT);
				return;
			case RelationalPackage.TABLE_FIELD__GENERATED:
				setGenerated(GENERATED_EDEFAULT);
				return;
			case RelationalPackage.TABLE_FIELD__DEFAULT_VALUE:
				setDefaultValue(DEFAULT_VALUE_EDEFAULT);
				return;
			case RelationalPackage.TABLE_FIELD__ORDINAL:
				setOrdinal(ORDINAL_EDEFAULT);
				return;
			case RelationalPackage.TABLE_FIELD__SEQUENCE:
				setSequence((Sequence)null);
				return;
			case RelationalPackage.TABLE_FIELD__OWNS_SEQUENCE:
				setOwnsSequence(OWNS_SEQUENCE_EDEFAULT);
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
			case RelationalPackage.TABLE_FIELD__OWNER:
				return getOwner() != null;
			case RelationalPackage.TABLE_FIELD__DATA_TYPE:
				return DATA_TYPE_EDEFAULT == null ? dataType != null : !DATA_TYPE_EDEFAULT.equals(dataType);
			case RelationalPackage.TABLE_FIELD__LENGTH:
				return LENGTH_EDEFAULT == null ? length != null : !LENGTH_EDEFAULT.equals(length);
			case RelationalPackage.TABLE_FIELD__PRECISION:
				return PRECISION_EDEFAULT == null ? precision != null : !PRECISION_EDEFAULT.equals(precision);
			case RelationalPackage.TABLE_FIELD__SCALE:
				return SCALE_EDEFAULT == null ? scale != null : !SCALE_EDEFAULT.equals(scale);
			case RelationalPackage.TABLE_FIELD__NULLABLE:
				return nullable != NULLABLE_EDEFAULT;
			case RelationalPackage.TABLE_FIELD__IDENTITY:
				return identity != IDENTITY_EDEFAULT;
			case RelationalPackage.TABLE_FIELD__GENERATED:
				return generated != GENERATED_EDEFAULT;
			case RelationalPackage.TABLE_FIELD__DEFAULT_VALUE:
				return DEFAULT_VALUE_EDEFAULT == null ? defaultValue != null : !DEFAULT_VALUE_EDEFAULT.equals(defaultValue);
			case RelationalPackage.TABLE_FIELD__ORDINAL:
				return ordinal != ORDINAL_EDEFAULT;
			case RelationalPackage.TABLE_FIELD__SEQUENCE:
				return sequence != null;
			case RelationalPackage.TABLE_FIELD__OWNS_SEQUENCE:
				return ownsSequence != OWNS_SEQUENCE_EDEFAULT;
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
		result.append(" (dataType: ");
		result.append(dataType);
		result.append(", length: ");
		result.append(length);
		result.append(", precision: ");
		result.append(precision);
		result.append(", scale: ");
		result.append(scale);
		result.append(", nullable: ");
		result.append(nullable);
		result.append(", identity: ");
		result.append(identity);
		result.append(", generated: ");
		result.append(generated);
		result.append(", defaultValue: ");
		result.append(defaultValue);
		result.append(", ordinal: ");
		result.append(ordinal);
		result.append(", ownsSequence: ");
		result.append(ownsSequence);
		result.append(')');
		return result.toString();
	}

} //TableFieldImpl
