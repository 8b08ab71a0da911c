package org.relsync.db;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.relsync.model.Redaction;

/**
 * The URL policy: which JDBC URLs RelSync hands to a driver. A project file may come from anyone
 * (a pull request synced in CI), and a JDBC URL is more than an address: H2's {@code INIT} runs
 * SQL, pgjdbc's {@code socketFactory} loads a class, MariaDB's {@code allowLocalInfile} lets the
 * server read local files, SQLite's {@code :resource:} fetches a database from a URL. So each URL
 * is parsed the way its driver parses it and only the settings RelSync needs, with values of the
 * expected shape, are accepted (an allow-list: a driver's new settings are refused until added
 * to its kind's {@link UrlRules}). Credentials are refused too: passwords come from an environment
 * variable, never from the project. Relative file paths are resolved against the project's folder.
 *
 * <p>Every message the policy builds names the setting, never its value, and shows a URL only
 * through {@link Redaction#redact}.
 */
public final class JdbcUrls {

    /**
     * A URL that passed the policy.
     *
     * @param url    what to give the driver: relative file paths made absolute
     * @param file   the file database's file as the URL names it (H2: without {@code .mv.db}), or null
     *               for a server or memory
     * @param kind   the kind of database
     */
    public record Checked(String url, Path file, DatabaseKind kind) {

        /** The file that holds the database (for H2 the {@code .mv.db} file), or null. */
        public Path dataFile() {
            return file == null ? null : kind.urlRules().dataFile(file);
        }
    }

    private JdbcUrls() {
    }

    /**
     * Checks {@code url} for {@code kind}: the kind's URL prefix, then its {@link UrlRules}.
     * Relative file paths are resolved against {@code folder}.
     *
     * @param database the database's name, for messages
     * @throws org.relsync.sync.edit.EditException naming the first setting or part that is not allowed
     */
    public static Checked check(String database, DatabaseKind kind, String url, Path folder) {
        UrlCheck check = new UrlCheck(database, kind, folder);
        UrlRules rules = kind.urlRules();
        if (url == null || !url.startsWith(rules.prefix())) {
            throw check.refused("a " + kind.id() + " URL starts with " + rules.prefix()
                    + (url == null ? "" : ", not '" + Redaction.redact(url) + "'"));
        }
        if (url.chars().anyMatch(Character::isISOControl)) {
            throw check.refused("the URL holds control characters");
        }
        return rules.check(check, url.substring(rules.prefix().length()));
    }

    /** The settings each kind's URLs may carry, for documentation and messages. */
    public static Map<String, List<String>> allowedSettings() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        DatabaseKinds.all().forEach(kind -> all.put(kind.id(), List.copyOf(kind.urlRules().settings())));
        return all;
    }
}
