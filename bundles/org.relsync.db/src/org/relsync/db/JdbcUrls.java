package org.relsync.db;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

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
 * <p>Every message the policy builds names the setting, never its value, and {@link #redact}
 * is the one function that takes credentials out of any text that may hold a URL.
 */
public final class JdbcUrls {

    /** Passwords read from environment variables in this process: no message may show them. */
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private static final Pattern PASSWORD_SETTING = Pattern.compile(
            "(?i)\\b(password|sslpassword|file_password|pwd|keystorepassword|truststorepassword)=([^&;\\s\"')\\]]*)");
    private static final Pattern USERINFO = Pattern.compile("//[^/@\\s?#;\"']+@");

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
                    + (url == null ? "" : ", not '" + redact(url) + "'"));
        }
        if (url.chars().anyMatch(Character::isISOControl)) {
            throw check.refused("the URL holds control characters");
        }
        return rules.check(check, url.substring(rules.prefix().length()));
    }

    // redaction

    /** Remembers a password read from the environment, so that {@link #redact} hides it wherever a driver echoes it. */
    static void secret(String password) {
        if (password != null && password.length() >= 3) {
            SECRETS.add(password);
        }
    }

    /**
     * {@code text} without credentials: URL password settings and the user-info of a URL replaced by
     * {@code ***}, and every password RelSync read from an environment variable in this process.
     * Every message built from a URL or a driver's exception goes through here.
     */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = PASSWORD_SETTING.matcher(text).replaceAll("$1=***");
        result = USERINFO.matcher(result).replaceAll("//***@");
        List<String> secrets = new ArrayList<>(SECRETS);
        secrets.sort((a, b) -> b.length() - a.length());
        for (String secret : secrets) {
            result = result.replace(secret, "***");
        }
        return result;
    }

    /** The settings each kind's URLs may carry, for documentation and messages. */
    public static Map<String, List<String>> allowedSettings() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        DatabaseKinds.all().forEach(kind -> all.put(kind.id(), List.copyOf(kind.urlRules().settings())));
        return all;
    }
}
