package org.relsync.db;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;

import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.CatalogException;

/**
 * Opens JDBC connections for a project's databases: the driver class is instantiated directly
 * and asked for the connection, so it works the same on a plain class path and inside OSGi.
 * Passwords never come from the project: {@code passwordVariable} names an environment variable.
 */
public final class Connections {

    private final Function<String, String> environment;

    public Connections(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** Reads passwords from the process environment. */
    public static Connections fromEnvironment() {
        Map<String, String> env = System.getenv();
        return new Connections(env::get);
    }

    /** A connection to {@code database}, or a {@link CatalogException} with a one-line reason. */
    public Connection open(Database database) {
        DriverInfo info = DriverInfo.find(database.getDriverId()).orElseThrow(() -> new CatalogException(
                database.getName() + ": unknown driver '" + database.getDriverId() + "'; one of " + DriverInfo.ids()));
        String url = database.getUrl();
        if (url == null || !url.startsWith(info.urlPrefix())) {
            throw new CatalogException(database.getName() + ": the URL must start with " + info.urlPrefix() + ", not "
                    + (url == null ? "nothing" : "'" + url + "'"));
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
            properties.setProperty("password", password);
        }
        // ten seconds: PostgreSQL's driver counts them in seconds, MariaDB's in milliseconds
        if (info.id().equals("postgresql")) {
            properties.setProperty("connectTimeout", "10");
        } else if (info.id().equals("mariadb")) {
            properties.setProperty("connectTimeout", "10000");
        }
        try {
            Driver driver = (Driver) Class.forName(info.driverClass(), true, Connections.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw new CatalogException(database.getName() + ": the " + info.id() + " driver does not accept " + url);
            }
            return connection;
        } catch (SQLException e) {
            throw new CatalogException(database.getName() + ": cannot connect to " + url + ": " + reason(e), e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new CatalogException(database.getName() + ": the JDBC driver " + info.driverClass() + " cannot be loaded: " + e, e);
        }
    }

    /** The most telling one-line message of an SQL failure. */
    public static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause.getCause() instanceof ConnectException || cause.getCause() instanceof UnknownHostException) {
                cause = cause.getCause();
                break;
            }
            cause = cause.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (cause != e && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += " (" + cause.getMessage() + ")";
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
