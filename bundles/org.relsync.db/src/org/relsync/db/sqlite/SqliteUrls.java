package org.relsync.db.sqlite;

import static org.relsync.db.UrlCheck.INTEGER;
import static org.relsync.db.UrlCheck.oneOf;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.relsync.db.JdbcUrls;
import org.relsync.db.UrlCheck;
import org.relsync.db.UrlCheck.Value;
import org.relsync.db.UrlRules;

/**
 * SQLite's URLs as sqlite-jdbc 3.50 parses them ({@code org.sqlite.SQLiteConnection}): a path,
 * {@code :memory:} or a {@code file:} URI, then pragmas (names without case) and, in a
 * {@code file:} URI only, SQLite's own URI parameters.
 */
final class SqliteUrls extends UrlRules {

    private static final Map<String, Value> ALLOWED = UrlCheck.settings(
            "mode", oneOf("ro", "rw", "rwc", "memory"),
            "cache", oneOf("shared", "private"),
            "immutable", oneOf("0", "1", "true", "false"),
            "busy_timeout", INTEGER,
            "foreign_keys", oneOf("true", "false", "on", "off", "0", "1"),
            "journal_mode", oneOf("delete", "truncate", "persist", "memory", "wal", "off"));

    /** SQLite's URI parameters, as opposed to sqlite-jdbc's pragmas. */
    private static final Set<String> URI_ONLY = Set.of("mode", "cache", "immutable");

    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("enable_load_extension", "it lets SQL load native libraries"),
            Map.entry("load_extension", "it lets SQL load native libraries"),
            Map.entry("open_mode", "it sets the database's open flags"),
            Map.entry("vfs", "it chooses how SQLite reaches files"));

    SqliteUrls() {
        super("jdbc:sqlite:", ALLOWED);
    }

    @Override
    public JdbcUrls.Checked check(UrlCheck check, String rest) {
        if (rest.startsWith(":resource:")) {
            throw check.refused("the URL form :resource: is not allowed (it loads the database from the class path "
                    + "or a URL)");
        }
        int question = rest.indexOf('?');
        String location = question < 0 ? rest : rest.substring(0, question);
        if (question >= 0) {
            // pragma names without case, as sqlite-jdbc compares them
            check.parameters(rest.substring(question + 1), true, ALLOWED, REFUSED);
        }
        String query = question < 0 ? "" : rest.substring(question);
        if (!location.startsWith("file:")) {
            // sqlite-jdbc takes the pragmas out and leaves the rest in the name: "shop.db?mode=ro"
            // would be another file; SQLite reads such parameters in file: URIs only
            for (String parameter : query.isEmpty() ? new String[0] : query.substring(1).split("&")) {
                String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (URI_ONLY.contains(name)) {
                    throw check.refused("the URL setting " + name + " works in a file: URL only (jdbc:sqlite:file:PATH?"
                            + name + "=...)");
                }
            }
        }
        if (location.isEmpty() || location.equals(":memory:") || location.startsWith("file::memory:")) {
            return check.passed(prefix() + rest, null);
        }
        if (location.startsWith("file:")) {
            String path = location.substring(5);
            if (path.startsWith("//")) {
                if (!path.startsWith("///") && !path.startsWith("//localhost/")) {
                    throw check.refused("the URL names a file on another host");
                }
                path = path.substring(path.indexOf('/', 2));
            }
            Path file = check.resolve(check.decode(path));
            return check.passed(prefix() + "file:" + file.toUri().getRawPath() + query, file);
        }
        Path file = check.resolve(location);
        return check.passed(prefix() + file + query, file);
    }
}
