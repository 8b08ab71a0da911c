package org.relsync.db;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.relsync.db.dialect.H2Dialect;
import org.relsync.db.dialect.MariaDbDialect;
import org.relsync.db.dialect.PostgreSqlDialect;
import org.relsync.db.dialect.SqliteDialect;
import org.relsync.sync.dialect.Dialect;
import org.relsync.sync.dialect.DialectRegistry;

/**
 * The databases RelSync talks to: driver id, JDBC driver class, URL prefix and dialect.
 *
 * @param id          the driver id a project's {@code Database} carries
 * @param driverClass the JDBC driver, loaded by class name from this bundle (never through
 *                    {@code DriverManager}, which does not see bundle class loaders)
 * @param urlPrefix   what every JDBC URL of this driver starts with
 * @param dialect     types and identifier rules
 * @param schemaless  the database file is one schema (SQLite); RelSync calls it {@code main}
 */
public record DriverInfo(String id, String driverClass, String urlPrefix, Dialect dialect, boolean schemaless) {

    public static final List<DriverInfo> ALL = List.of(
            new DriverInfo("h2", "org.h2.Driver", "jdbc:h2:", new H2Dialect(), false),
            new DriverInfo("postgresql", "org.postgresql.Driver", "jdbc:postgresql:", new PostgreSqlDialect(), false),
            new DriverInfo("mariadb", "org.mariadb.jdbc.Driver", "jdbc:mariadb:", new MariaDbDialect(), false),
            new DriverInfo("sqlite", "org.sqlite.JDBC", "jdbc:sqlite:", new SqliteDialect(), true));

    public static Optional<DriverInfo> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String key = id.toLowerCase(Locale.ROOT).equals("mysql") ? "mariadb" : id.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(d -> d.id().equals(key)).findFirst();
    }

    /** The driver ids, for messages. */
    public static List<String> ids() {
        return ALL.stream().map(DriverInfo::id).toList();
    }

    /** A registry with every real dialect, falling back to the generic ANSI one. */
    public static DialectRegistry dialects() {
        DialectRegistry registry = DialectRegistry.ansi();
        ALL.forEach(d -> registry.register(d.dialect()));
        return registry;
    }
}
