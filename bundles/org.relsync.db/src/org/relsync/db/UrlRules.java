package org.relsync.db;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.relsync.db.UrlCheck.Value;

/**
 * One kind's part of the URL policy ({@link JdbcUrls}): which forms and settings of its JDBC URLs
 * RelSync hands to its driver, parsed the way that driver parses them; and, for a database kept in
 * a file, which file that is.
 */
public abstract class UrlRules {

    private final String prefix;
    private final Map<String, Value> allowed;

    /**
     * @param prefix  what every JDBC URL of this kind starts with
     * @param allowed the settings a URL may carry, each with the shape of its values, in the order
     *                messages list them
     */
    protected UrlRules(String prefix, Map<String, Value> allowed) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.allowed = Objects.requireNonNull(allowed, "allowed");
    }

    /** What every JDBC URL of this kind starts with. */
    public final String prefix() {
        return prefix;
    }

    /** The settings a URL may carry, each with the shape of its values. */
    protected final Map<String, Value> allowed() {
        return allowed;
    }

    /** The settings a URL may carry, in the order messages list them. */
    public final List<String> settings() {
        return List.copyOf(allowed.keySet());
    }

    /**
     * Checks what follows the prefix: a form the driver parses the way RelSync does, only allowed
     * settings with values of the expected shape, no credentials.
     *
     * @param check the URL being checked, with the helpers every kind's rules share
     * @param rest  the URL after {@link #prefix()}
     * @throws org.relsync.sync.edit.EditException naming the first setting or part that is not allowed
     */
    public abstract JdbcUrls.Checked check(UrlCheck check, String rest);

    /** The file that holds a file database whose URL names {@code file} (H2 adds {@code .mv.db}). */
    public Path dataFile(Path file) {
        return file;
    }

    /** How a message names where a file database should be. */
    public String location(Path file) {
        return dataFile(file).toString();
    }

    /** A URL that opens the database only if it exists, for a driver that would otherwise create it. */
    public String existingOnly(String url) {
        return url;
    }
}
