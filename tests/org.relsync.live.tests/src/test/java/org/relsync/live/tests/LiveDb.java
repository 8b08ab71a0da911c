package org.relsync.live.tests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A real database a watch test changes: its driver id, JDBC URL, user and password for {@code add-db}, and the
 * statements of each schema change in its SQL.
 */
record LiveDb(String driver, String url, String user, String password, boolean upperCase) {

    String name(String name) {
        return upperCase ? name.toUpperCase(Locale.ROOT) : name;
    }

    Connection connect() throws SQLException {
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password == null ? "" : password);
    }

    /** Runs {@code statements} in one transaction (a burst the watcher sees settle once). */
    void execute(String... statements) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            c.commit();
        }
    }

    /** Changes the type of {@code table.column} to a 64-bit integer. */
    void changeTypeToBigint(String table, String column) throws SQLException {
        switch (driver) {
            case "h2" -> execute("ALTER TABLE " + name(table) + " ALTER COLUMN " + name(column) + " SET DATA TYPE BIGINT");
            case "mariadb" -> execute("ALTER TABLE " + table + " MODIFY " + column + " BIGINT");
            case "postgresql" -> execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE bigint");
            case "sqlite" -> execute( // SQLite changes a type by rebuilding the table
                    "CREATE TABLE " + table + "_new (id INTEGER PRIMARY KEY, " + column + " BIGINT)",
                    "INSERT INTO " + table + "_new SELECT id, " + column + " FROM " + table,
                    "DROP TABLE " + table,
                    "ALTER TABLE " + table + "_new RENAME TO " + table);
            default -> throw new IllegalArgumentException(driver);
        }
    }
}
