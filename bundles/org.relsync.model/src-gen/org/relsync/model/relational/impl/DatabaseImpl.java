/**
 * Copyright (c) 2026 RelSync contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.relsync.model.relational.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.relsync.model.common.NamingRules;

import org.relsync.model.common.impl.NamedElementImpl;

import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalPackage;
import org.relsync.model.relational.Schema;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Database</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.relsync.model.relational.impl.DatabaseImpl#getDriverId <em>Driver Id</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.DatabaseImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.DatabaseImpl#getUser <em>User</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.DatabaseImpl#getPasswordVariable <em>Password Variable</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.DatabaseImpl#getCatalogs <em>Catalogs</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.DatabaseImpl#getDefaultSchema <em>Default Schema</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.DatabaseImpl#getNamingRules <em>Naming Rules</em>}</li>
 *   <li>{@link org.relsync.model.relational.impl.DatabaseImpl#getBaseline <em>Baseline</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatabaseImpl extends NamedElementImpl implements Database {
	/**
	 * The default value of the '{@link #getDriverId() <em>Driver Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverId()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriverId() <em>Driver Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverId()
	 * @generated
	 * @ordered
	 */
	protected String driverId = DRIVER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPasswordVariable() <em>Password Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordVariable()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSWORD_VARIABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPasswordVariable() <em>Password Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordVariable()
	 * @generated
	 * @ordered
	 */
	protected String passwordVariable = PASSWORD_VARIABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCatalogs() <em>Catalogs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogs()
	 * @generated
	 * @ordered
	 */
	protected EList<Catalog> catalogs;

	/**
	 * The cached value of the '{@link #getDefaultSchema() <em>Default Schema</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultSchema()
	 * @generated
	 * @ordered
	 */
	protected Schema defaultSchema;

	/**
	 * The cached value of the '{@link #getNamingRules() <em>Naming Rules</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamingRules()
	 * @generated
	 * @ordered
	 */
	protected NamingRules namingRules;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected Database baseline;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatabaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RelationalPackage.Literals.DATABASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriverId() {
		return driverId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriverId(String newDriverId) {
		String oldDriverId = driverId;
		driverId = newDriverId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.DATABASE__DRIVER_ID, oldDriverId, driverId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.DATABASE__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.DATABASE__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPasswordVariable() {
		return passwordVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPasswordVariable(String newPasswordVariable) {
		String oldPasswordVariable = passwordVariable;
		passwordVariable = newPasswordVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.DATABASE__PASSWORD_VARIABLE, oldPasswordVariable, passwordVariable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Catalog> getCatalogs() {
		if (catalogs == null) {
			catalogs = new EObjectContainmentEList<Catalog>(Catalog.class, this, RelationalPackage.DATABASE__CATALOGS);
		}
		return catalogs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Schema getDefaultSchema() {
		if (defaultSchema != null && defaultSchema.eIsProxy()) {
			InternalEObject oldDefaultSchema = (InternalEObject)defaultSchema;
			defaultSchema = (Schema)eResolveProxy(oldDefaultSchema);
			if (defaultSchema != oldDefaultSchema) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RelationalPackage.DATABASE__DEFAULT_SCHEMA, oldDefaultSchema, defaultSchema));
			}
		}
		return defaultSchema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Schema basicGetDefaultSchema() {
		return defaultSchema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultSchema(Schema newDefaultSchema) {
		Schema oldDefaultSchema = defaultSchema;
		defaultSchema = newDefaultSchema;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.DATABASE__DEFAULT_SCHEMA, oldDefaultSchema, defaultSchema));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamingRules getNamingRules() {
		return namingRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNamingRules(NamingRules newNamingRules, NotificationChain msgs) {
		NamingRules oldNamingRules = namingRules;
		namingRules = newNamingRules;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RelationalPackage.DATABASE__NAMING_RULES, oldNamingRules, newNamingRules);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamingRules(NamingRules newNamingRules) {
		if (newNamingRules != namingRules) {
			NotificationChain msgs = null;
			if (namingRules != null)
				msgs = ((InternalEObject)namingRules).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RelationalPackage.DATABASE__NAMING_RULES, null, msgs);
			if (newNamingRules != null)
				msgs = ((InternalEObject)newNamingRules).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RelationalPackage.DATABASE__NAMING_RULES, null, msgs);
			msgs = basicSetNamingRules(newNamingRules, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.DATABASE__NAMING_RULES, newNamingRules, newNamingRules));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Database getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBaseline(Database newBaseline, NotificationChain msgs) {
		Database oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RelationalPackage.DATABASE__BASELINE, oldBaseline, newBaseline);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(Database newBaseline) {
		if (newBaseline != baseline) {
			NotificationChain msgs = null;
			if (baseline != null)
				msgs = ((InternalEObject)baseline).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RelationalPackage.DATABASE__BASELINE, null, msgs);
			if (newBaseline != null)
				msgs = ((InternalEObject)newBaseline).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RelationalPackage.DATABASE__BASELINE, null, msgs);
			msgs = basicSetBaseline(newBaseline, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationalPackage.DATABASE__BASELINE, newBaseline, newBaseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RelationalPackage.DATABASE__CATALOGS:
				return ((InternalEList<?>)getCatalogs()).basicRemove(otherEnd, msgs);
			case RelationalPackage.DATABASE__NAMING_RULES:
				return basicSetNamingRules(null, msgs);
			case RelationalPackage.DATABASE__BASELINE:
				return basicSetBaseline(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RelationalPackage.DATABASE__DRIVER_ID:
				return getDriverId();
			case RelationalPackage.DATABASE__URL:
				return getUrl();
			case RelationalPackage.DATABASE__USER:
				return getUser();
			case RelationalPackage.DATABASE__PASSWORD_VARIABLE:
				return getPasswordVariable();
			case RelationalPackage.DATABASE__CATALOGS:
				return getCatalogs();
			case RelationalPackage.DATABASE__DEFAULT_SCHEMA:
				if (resolve) return getDefaultSchema();
				return basicGetDefaultSchema();
			case RelationalPackage.DATABASE__NAMING_RULES:
				return getNamingRules();
			case RelationalPackage.DATABASE__BASELINE:
				return getBaseline();
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
			case RelationalPackage.DATABASE__DRIVER_ID:
				setDriverId((String)newValue);
				return;
			case RelationalPackage.DATABASE__URL:
				setUrl((String)newValue);
				return;
			case RelationalPackage.DATABASE__USER:
				setUser((String)newValue);
				return;
			case RelationalPackage.DATABASE__PASSWORD_VARIABLE:
				setPasswordVariable((String)newValue);
				return;
			case RelationalPackage.DATABASE__CATALOGS:
				getCatalogs().clear();
				getCatalogs().addAll((Collection<? extends Catalog>)newValue);
				return;
			case RelationalPackage.DATABASE__DEFAULT_SCHEMA:
				setDefaultSchema((Schema)newValue);
				return;
			case RelationalPackage.DATABASE__NAMING_RULES:
				setNamingRules((NamingRules)newValue);
				return;
			case RelationalPackage.DATABASE__BASELINE:
				setBaseline((Database)newValue);
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
			case RelationalPackage.DATABASE__DRIVER_ID:
				setDriverId(DRIVER_ID_EDEFAULT);
				return;
			case RelationalPackage.DATABASE__URL:
				setUrl(URL_EDEFAULT);
				return;
			case RelationalPackage.DATABASE__USER:
				setUser(USER_EDEFAULT);
				return;
			case RelationalPackage.DATABASE__PASSWORD_VARIABLE:
				setPasswordVariable(PASSWORD_VARIABLE_EDEFAULT);
				return;
			case RelationalPackage.DATABASE__CATALOGS:
				getCatalogs().clear();
				return;
			case RelationalPackage.DATABASE__DEFAULT_SCHEMA:
				setDefaultSchema((Schema)null);
				return;
			case RelationalPackage.DATABASE__NAMING_RULES:
				setNamingRules((NamingRules)null);
				return;
			case RelationalPackage.DATABASE__BASELINE:
				setBaseline((Database)null);
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
			case RelationalPackage.DATABASE__DRIVER_ID:
				return DRIVER_ID_EDEFAULT == null ? driverId != null : !DRIVER_ID_EDEFAULT.equals(driverId);
			case RelationalPackage.DATABASE__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case RelationalPackage.DATABASE__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case RelationalPackage.DATABASE__PASSWORD_VARIABLE:
				return PASSWORD_VARIABLE_EDEFAULT == null ? passwordVariable != null : !PASSWORD_VARIABLE_EDEFAULT.equals(passwordVariable);
			case RelationalPackage.DATABASE__CATALOGS:
				return catalogs != null && !catalogs.isEmpty();
			case RelationalPackage.DATABASE__DEFAULT_SCHEMA:
				return defaultSchema != null;
			case RelationalPackage.DATABASE__NAMING_RULES:
				return namingRules != null;
			case RelationalPackage.DATABASE__BASELINE:
				return baseline != null;
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
		result.append(" (driverId: ");
		result.append(driverId);
		result.append(", url: ");
		result.append(url);
		result.append(", user: ");
		result.append(user);
		result.append(", passwordVariable: ");
		result.append(passwordVariable);
		result.append(')');
		return result.toString();
	}

} //DatabaseImpl
