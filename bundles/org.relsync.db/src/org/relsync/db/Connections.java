package org.relsync.db;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.relsync.model.Redaction;
import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.edit.EditException;

/**
 * Opens JDBC connections for a project's databases: the driver class is instantiated directly
 * and asked for the connection, so it works the same on a plain class path and inside OSGi.
 * Passwords never come from the project: {@code passwordVariable} names an environment variable.
 *
 * <p>The one place for connection rules: every URL passes {@link JdbcUrls} before any driver sees
 * it (a project file may come from anyone), relative file paths are the project file's folder's,
 * an embedded file database must exist unless the caller creates databases
 * ({@link Access#CREATE}), and every message is free of credentials.
 */
public final class Connections implements AutoCloseable {

    /** Whether a connection may create an embedded file database (H2, SQLite) that is not there. */
    public enum Access {
        /**
         * The database must exist: reading it (sync, reverse, ddl --update) must not leave an
         * empty file behind, whose tables would all look dropped.
         */
        EXISTING,
        /**
         * The connection may create the file: add-db for a model-first project, a create script's
         * apply, the demo.
         */
        CREATE
    }

    /** The drivers' own loggers, silenced: one line on standard error per failure is RelSync's job. */
    private static final List<Logger> DRIVER_LOGGERS = DatabaseKinds.all().stream().map(DatabaseKind::driverLogger)
            .map(Logger::getLogger).toList();

    static {
        DRIVER_LOGGERS.forEach(l -> l.setLevel(Level.OFF));
    }

    private final Function<String, String> environment;
    /** Where closed connections wait for the next open of their database; null: each open connects. */
    private final ConnectionKeeper keeper;

    public Connections(Function<String, String> environment) {
        this(environment, null);
    }

    private Connections(Function<String, String> environment, ConnectionKeeper keeper) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.keeper = keeper;
    }

    /**
     * These connections (same environment, same rules), keeping each connection the caller closes
     * open for the next {@code open} of the same database with the same URL and credentials, while
     * it still answers (see {@link ConnectionKeeper}): for a caller that reads the same databases
     * again and again ({@code relsync watch}). {@link #close()} closes what it keeps.
     */
    public Connections keeping() {
        return new Connections(environment, new ConnectionKeeper());
    }

    /** Closes the connections {@link #keeping()} keeps; nothing for the others. */
    @Override
    public void close() {
        if (keeper != null) {
            keeper.close();
        }
    }

    /** Reads passwords from the process environment. */
    public static Connections fromEnvironment() {
        Map<String, String> env = System.getenv();
        return new Connections(env::get);
    }

    /**
     * The folder relative database paths are resolved against: the folder of the file that holds
     * {@code element} (the project file), or the current directory when it is in no file.
     */
    public static Path folderOf(EObject element) {
        Resource resource = element == null ? null : element.eResource();
        URI uri = resource == null ? null : resource.getURI();
        if (uri != null && uri.isFile()) {
            Path file = Path.of(uri.toFileString()).toAbsolutePath();
            if (file.getParent() != null) {
                return file.getParent();
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /** The URL {@code database} would connect to after the policy: checked, relative paths resolved. */
    public static JdbcUrls.Checked check(Database database, Path folder) {
        DatabaseKind kind = DatabaseKinds.find(database.getDriverId()).orElseThrow(() -> new EditException("database "
                + database.getName() + ": " + DatabaseKinds.unknown(database.getDriverId())));
        return JdbcUrls.check(database.getName(), kind, database.getUrl(), folder);
    }

    /** A connection to an existing {@code database}; see {@link #open(Database, Access, Path)}. */
    public Connection open(Database database) {
        return open(database, Access.EXISTING);
    }

    /** A connection to {@code database}, relative paths in the folder of its project file. */
    public Connection open(Database database, Access access) {
        return open(database, access, folderOf(database));
    }

    /**
     * A connection to {@code database}.
     *
     * @param folder where relative file paths of the URL are
     * @throws EditException when the URL is not allowed (see {@link JdbcUrls}), before any connection is tried
     * @throws CatalogException with a one-line reason when the database cannot be reached
     */
    public Connection open(Database database, Access access, Path folder) {
        JdbcUrls.Checked checked = check(database, folder);
        DatabaseKind kind = checked.kind();
        String url = checked.url();
        if (checked.file() != null && access == Access.EXISTING) {
            if (!Files.isRegularFile(checked.dataFile())) {
                throw new CatalogException(database.getName() + ": no " + kind.displayName() + " database at "
                        + kind.urlRules().location(checked.file()));
            }
            url = kind.urlRules().existingOnly(url); // and the driver must not make one if the file goes away meanwhile
        }
        Properties properties = new Properties();
        if (database.getUser() != null) {
            properties.setProperty("user", database.getUser());
        }
        if (database.getPasswordVariable() != null) {
            String password = environment.apply(database.getPasswordVariable());
            if (password == null) {
                throw new CatalogException(database.getName() + ": the environment variable "
                        + database.getPasswordVariable() + " that holds the password is not set");
            }
            Redaction.secret(password);
            properties.setProperty("password", password);
        }
        kind.connectionProperties(properties);
        String shown = Redaction.redact(database.getUrl());
        try {
            Driver driver = (Driver) Class.forName(kind.driverClass(), true, Connections.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
            String connected = url;
            ConnectionKeeper.Opener opener = () -> {
                Connection connection = driver.connect(connected, properties);
                if (connection == null) {
                    throw new EditException("database " + database.getName() + ": the " + kind.id()
                            + " driver does not accept the URL " + shown);
                }
                return connection;
            };
            return keeper == null ? opener.open() : keeper.open(connected + '\u0000' + properties, opener);
        } catch (SQLException e) {
            throw new CatalogException(database.getName() + ": cannot connect to " + shown + ": " + reason(e), e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new CatalogException(database.getName() + ": the JDBC driver " + kind.driverClass() + " cannot be loaded: "
                    + Redaction.redact(e.toString()), e);
        } catch (RuntimeException e) {
            if (e instanceof EditException || e instanceof CatalogException) {
                throw e;
            }
            // a driver that fails on its input with an unchecked exception (sqlite-jdbc parses numbers so)
            throw new CatalogException(database.getName() + ": cannot connect to " + shown + ": " + reason(e), e);
        }
    }

    /**
     * The most telling one-line message of an SQL failure, without credentials (see
     * {@link Redaction#redact}) and without H2's noise ({@code [90146-252]} codes, an empty
     * {@code SQL statement:} part).
     */
    public static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause.getCause() instanceof ConnectException || cause.getCause() instanceof UnknownHostException) {
                cause = cause.getCause();
                break;
            }
            cause = cause.getCause();
        }
        String message = clean(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        String causeMessage = cause == e || cause.getMessage() == null ? null : clean(cause.getMessage());
        if (causeMessage != null && !causeMessage.isEmpty() && !message.contains(causeMessage)) {
            message += " (" + causeMessage + ")";
        }
        return Redaction.redact(message);
    }

    /** One line of a driver's message: H2's error codes and appended statement taken out. */
    private static String clean(String message) {
        String result = message.replaceAll("\\s*\\[\\d{5}-\\d+\\]", "");
        result = result.replaceAll("(?s);?\\s*SQL statement:.*", "");
        result = result.lines().findFirst().orElse(result).strip();
        return result;
    }
}
