package org.relsync.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits an SQL script into statements the way psql does for the sample dumps: it knows
 * comments, quoted strings and identifiers, dollar-quoted bodies, and skips psql's backslash
 * commands.
 */
public final class SqlScript {

    /**
     * The statements of a sample schema that a test's own database takes: not the sample's
     * {@code DROP}/{@code CREATE DATABASE} (the test makes the database), nor its
     * {@code SET client_encoding} (the JDBC driver needs UTF-8 on its connection).
     */
    public static final Predicate<String> INTO_A_TEST_DATABASE = sql -> {
        String head = sql.strip().toUpperCase(java.util.Locale.ROOT);
        return !head.startsWith("DROP DATABASE") && !head.startsWith("CREATE DATABASE")
                && !head.startsWith("SET CLIENT_ENCODING");
    };

    private SqlScript() {
    }

    public static List<String> statements(Path file) throws IOException {
        String sql = Files.readString(file, StandardCharsets.UTF_8);
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        boolean lineStart = true;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (lineStart && c == '\\') { // psql meta-command: skip the line
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            lineStart = c == '\n';
            if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
                continue;
            }
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < sql.length()) {
                    if (sql.charAt(end) == c) {
                        if (end + 1 < sql.length() && sql.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                current.append(sql, i, Math.min(end + 1, sql.length()));
                i = end + 1;
                continue;
            }
            if (c == '$') {
                int tagEnd = sql.indexOf('$', i + 1);
                if (tagEnd > 0 && sql.substring(i + 1, tagEnd).matches("[A-Za-z_]*")) {
                    String tag = sql.substring(i, tagEnd + 1);
                    int end = sql.indexOf(tag, tagEnd + 1);
                    end = end < 0 ? sql.length() : end + tag.length();
                    current.append(sql, i, end);
                    i = end;
                    continue;
                }
            }
            if (c == ';' && insideTriggerBody(current)) {
                current.append(c);
                i++;
                continue;
            }
            if (c == ';') {
                String statement = current.toString().strip();
                if (!statement.isEmpty()) {
                    statements.add(statement);
                }
                current.setLength(0);
                i++;
                continue;
            }
            current.append(c);
            i++;
        }
        String last = current.toString().strip();
        if (!last.isEmpty()) {
            statements.add(last);
        }
        return statements;
    }

    /** SQLite's CREATE TRIGGER ... BEGIN ... END holds semicolons of its own until its END. */
    private static boolean insideTriggerBody(StringBuilder current) {
        String text = current.toString().strip().toUpperCase(java.util.Locale.ROOT);
        if (!text.matches("(?s)CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b.*\\bBEGIN\\b.*")) {
            return false;
        }
        return !text.matches("(?s).*\\bEND$");
    }

    /** Runs every statement of {@code file} that {@code keep} accepts. */
    public static void run(Connection connection, Path file, Predicate<String> keep) throws IOException, SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(file)) {
                if (keep.test(sql)) {
                    try {
                        statement.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException(file.getFileName() + ": " + e.getMessage() + "\n  in: "
                                + sql.substring(0, Math.min(200, sql.length())), e);
                    }
                }
            }
        }
    }
}
