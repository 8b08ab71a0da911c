package org.relsync.ui.session;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.relsync.db.Connections;

/**
 * Database passwords for the workbench. A project file names a password <em>variable</em>, never a
 * password; the CLI reads the variable from the environment. The workbench also looks in the
 * Eclipse secure store, where the Add Database wizard can keep a password under the variable's
 * name, encrypted, for this user; the environment is the fallback.
 */
public final class Passwords {

    private static final String NODE = "org.relsync/passwords";

    private Passwords() {
    }

    /** Connections whose password variables are looked up in the secure store first, then in the environment. */
    public static Connections connections() {
        return new Connections(Passwords::lookup);
    }

    /**
     * The secret named {@code variable} (a database's password, a watch server's token): kept in
     * the secure store, else the environment's variable of that name; {@code null} when neither has it.
     */
    public static String lookup(String variable) {
        String stored = get(variable);
        return stored != null ? stored : variable == null || variable.isBlank() ? null : System.getenv(variable);
    }

    /** The workbench's sync engine (the Sync view's, Live's): every kind's dialect, databases read through {@link #connections()}. */
    public static org.relsync.sync.SyncEngine syncEngine() {
        return syncEngine(connections());
    }

    /** The workbench's sync engine reading databases through {@code connections} (Live: {@link Connections#keeping()}). */
    public static org.relsync.sync.SyncEngine syncEngine(Connections connections) {
        return org.relsync.sync.SyncEngine.builder().catalogSource(new org.relsync.db.DatabaseCatalogSource(connections))
                .dialects(org.relsync.db.DatabaseKinds.dialects()).build();
    }

    /** The password kept under {@code variable} in the secure store, or {@code null}. */
    public static String get(String variable) {
        if (variable == null || variable.isBlank()) {
            return null;
        }
        try {
            ISecurePreferences node = SecurePreferencesFactory.getDefault().node(NODE);
            return node.get(variable, null);
        } catch (StorageException | RuntimeException e) {
            return null; // no store, or the user declined to unlock it: the environment decides
        }
    }

    /** Keeps {@code password} under {@code variable} in the secure store, encrypted. */
    public static void put(String variable, String password) throws StorageException, java.io.IOException {
        ISecurePreferences node = SecurePreferencesFactory.getDefault().node(NODE);
        node.put(variable, password, true);
        node.flush();
    }
}
