package org.relsync.db;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.relsync.sync.edit.EditException;

/**
 * The URL policy: which JDBC URLs RelSync hands to a driver. A project file may come from anyone
 * (a pull request synced in CI), and a JDBC URL is more than an address: H2's {@code INIT} runs
 * SQL, pgjdbc's {@code socketFactory} loads a class, MariaDB's {@code allowLocalInfile} lets the
 * server read local files, SQLite's {@code :resource:} fetches a database from a URL. So each URL
 * is parsed the way its driver parses it and only the settings RelSync needs, with values of the
 * expected shape, are accepted (an allow-list: a driver's new settings are refused until added
 * here). Credentials are refused too: passwords come from an environment variable, never from
 * the project. Relative file paths are resolved against the project's folder.
 *
 * <p>Every message this class builds names the setting, never its value, and {@link #redact}
 * is the one function that takes credentials out of any text that may hold a URL.
 */
public final class JdbcUrls {

    /** Values of one setting: a name for messages and the shape it must have. */
    private record Value(String what, Pattern pattern) {
        boolean accepts(String value) {
            return pattern.matcher(value).matches();
        }
    }

    private static final Value BOOLEAN = new Value("true or false", Pattern.compile("(?i)true|false"));
    private static final Value INTEGER = new Value("a number", Pattern.compile("-?[0-9]{1,9}"));
    private static final Value NAME = new Value("a name", Pattern.compile("[\\p{L}\\p{N}_$.@ -]{1,128}"));
    private static final Value PATH = new Value("a file path", Pattern.compile("[^\\p{Cntrl};&?]{1,1024}"));
    private static final Value TEXT = new Value("plain text", Pattern.compile("[\\p{L}\\p{N}_$.,:@ -]{0,128}"));

    private static Value oneOf(String... values) {
        return new Value("one of " + String.join(", ", values), Pattern.compile("(?i)" + String.join("|",
                List.of(values).stream().map(Pattern::quote).toList())));
    }

    // H2 2.x (org.h2.engine.ConnectionInfo): settings after ';', names without case, values up to the next ';'
    private static final Map<String, Value> H2 = ordered(
            "MODE", new Value("a compatibility mode", Pattern.compile("[A-Za-z0-9]{1,32}")),
            "DATABASE_TO_UPPER", BOOLEAN,
            "DATABASE_TO_LOWER", BOOLEAN,
            "CASE_INSENSITIVE_IDENTIFIERS", BOOLEAN,
            "IGNORECASE", BOOLEAN,
            "NON_KEYWORDS", new Value("a list of words", Pattern.compile("[A-Za-z_,]{1,512}")),
            "DEFAULT_NULL_ORDERING", oneOf("LOW", "HIGH", "FIRST", "LAST"),
            "IFEXISTS", BOOLEAN,
            "DB_CLOSE_DELAY", INTEGER,
            "DB_CLOSE_ON_EXIT", BOOLEAN,
            "ACCESS_MODE_DATA", oneOf("r", "rw"),
            "LOCK_TIMEOUT", INTEGER,
            "SCHEMA", NAME,
            "USER", NAME);

    private static final Map<String, String> H2_REFUSED = Map.ofEntries(
            Map.entry("INIT", "it runs SQL when connecting"),
            Map.entry("TRACE_LEVEL_FILE", "it writes trace files"),
            Map.entry("TRACE_LEVEL_SYSTEM_OUT", "it prints traces"),
            Map.entry("TRACE_MAX_FILE_SIZE", "it writes trace files"),
            Map.entry("AUTO_SERVER", "it starts a TCP server"),
            Map.entry("AUTO_SERVER_PORT", "it starts a TCP server"),
            Map.entry("AUTO_RECONNECT", "it reopens the database behind RelSync's back"),
            Map.entry("FILE_LOCK", "it changes how the database file is locked"),
            Map.entry("OPEN_NEW", "it creates databases"),
            Map.entry("FORBID_CREATION", "RelSync decides when a database may be created"),
            Map.entry("RECOVER", "it rewrites the database file"),
            Map.entry("CIPHER", "RelSync does not open encrypted databases"),
            Map.entry("JMX", "it registers management beans"));

    // pgjdbc 42.7 (org.postgresql.PGProperty): names with case, values URL-encoded
    private static final Map<String, Value> POSTGRESQL = ordered(
            "user", NAME,
            "currentSchema", new Value("schema names", Pattern.compile("[\\p{L}\\p{N}_$,\" ]{1,512}")),
            "ApplicationName", TEXT,
            "ssl", BOOLEAN,
            "sslmode", oneOf("disable", "allow", "prefer", "require", "verify-ca", "verify-full"),
            "sslrootcert", PATH,
            "sslcert", PATH,
            "sslkey", PATH,
            "gssEncMode", oneOf("disable", "allow", "prefer", "require"),
            "connectTimeout", INTEGER,
            "socketTimeout", INTEGER,
            "loginTimeout", INTEGER,
            "tcpKeepAlive", BOOLEAN,
            "targetServerType", oneOf("any", "primary", "master", "secondary", "slave", "preferSecondary",
                    "preferSlave", "preferPrimary"),
            "readOnly", BOOLEAN);

    private static final Map<String, String> POSTGRESQL_REFUSED = Map.ofEntries(
            Map.entry("socketFactory", "it loads a Java class"),
            Map.entry("socketFactoryArg", "it configures a class RelSync does not load"),
            Map.entry("sslfactory", "it loads a Java class"),
            Map.entry("sslfactoryarg", "it configures a class RelSync does not load"),
            Map.entry("sslhostnameverifier", "it loads a Java class"),
            Map.entry("sslpasswordcallback", "it loads a Java class"),
            Map.entry("authenticationPluginClassName", "it loads a Java class"),
            Map.entry("loggerFile", "it writes a log file"),
            Map.entry("loggerLevel", "it turns on the driver's logging"),
            Map.entry("options", "it sends server settings when connecting"),
            Map.entry("service", "it reads connection settings from a service file"));

    // MariaDB Connector/J 3.5 (org.mariadb.jdbc.Configuration): names without case
    private static final Map<String, Value> MARIADB = ordered(
            "user", NAME,
            "sslMode", oneOf("disable", "trust", "verify-ca", "verify-full"),
            "useSsl", BOOLEAN,
            "serverSslCert", PATH,
            "connectTimeout", INTEGER,
            "socketTimeout", INTEGER,
            "tcpKeepAlive", BOOLEAN,
            "localSocket", PATH);

    private static final Map<String, String> MARIADB_REFUSED = Map.ofEntries(
            Map.entry("allowlocalinfile", "it lets the server read local files"),
            Map.entry("allowloadlocalinfile", "it lets the server read local files"),
            Map.entry("autodeserialize", "it deserializes Java objects sent by the server"),
            Map.entry("socketfactory", "it loads a Java class"),
            Map.entry("initsql", "it runs SQL when connecting"),
            Map.entry("sessionvariables", "it runs SQL when connecting"),
            Map.entry("credentialtype", "it reads credentials from a plugin"));

    // sqlite-jdbc 3.50 (org.sqlite.SQLiteConnection): pragma names without case; SQLite's own URI parameters
    private static final Map<String, Value> SQLITE = ordered(
            "mode", oneOf("ro", "rw", "rwc", "memory"),
            "cache", oneOf("shared", "private"),
            "immutable", oneOf("0", "1", "true", "false"),
            "busy_timeout", INTEGER,
            "foreign_keys", oneOf("true", "false", "on", "off", "0", "1"),
            "journal_mode", oneOf("delete", "truncate", "persist", "memory", "wal", "off"));

    /** SQLite's URI parameters, as opposed to sqlite-jdbc's pragmas. */
    private static final Set<String> SQLITE_URI_ONLY = Set.of("mode", "cache", "immutable");

    private static final Map<String, String> SQLITE_REFUSED = Map.ofEntries(
            Map.entry("enable_load_extension", "it lets SQL load native libraries"),
            Map.entry("load_extension", "it lets SQL load native libraries"),
            Map.entry("open_mode", "it sets the database's open flags"),
            Map.entry("vfs", "it chooses how SQLite reaches files"));

    /** Setting names that carry credentials, compared without case. */
    private static final Set<String> CREDENTIALS = Set.of("password", "sslpassword", "file_password", "pwd",
            "keystorepassword", "truststorepassword", "key", "hexkey", "hexkey_mode", "credentials");

    /** Passwords read from environment variables in this process: no message may show them. */
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private static final Pattern PASSWORD_SETTING = Pattern.compile(
            "(?i)\\b(password|sslpassword|file_password|pwd|keystorepassword|truststorepassword)=([^&;\\s\"')\\]]*)");
    private static final Pattern USERINFO = Pattern.compile("//[^/@\\s?#;\"']+@");
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?");
    private static final Pattern SETTING_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    /**
     * A URL that passed the policy.
     *
     * @param url    what to give the driver: relative file paths made absolute
     * @param file   the embedded database's file (H2: without {@code .mv.db}), or null for a server or memory
     * @param driver the driver
     */
    public record Checked(String url, Path file, DriverInfo driver) {

        /** The file that holds the database: for H2 the {@code .mv.db} file. */
        public Path dataFile() {
            if (file == null) {
                return null;
            }
            return driver.id().equals("h2") ? Path.of(file + ".mv.db") : file;
        }
    }

    private JdbcUrls() {
    }

    /**
     * Checks {@code url} for {@code driver}: the driver's URL prefix, a form its driver parses the
     * same way RelSync does, only allowed settings with values of the expected shape, no credentials.
     * Relative file paths are resolved against {@code folder}.
     *
     * @param database the database's name, for messages
     * @throws EditException naming the first setting or part that is not allowed
     */
    public static Checked check(String database, DriverInfo driver, String url, Path folder) {
        if (url == null || !url.startsWith(driver.urlPrefix())) {
            throw refused(database, "a " + driver.id() + " URL starts with " + driver.urlPrefix()
                    + (url == null ? "" : ", not '" + redact(url) + "'"));
        }
        if (url.chars().anyMatch(Character::isISOControl)) {
            throw refused(database, "the URL holds control characters");
        }
        String rest = url.substring(driver.urlPrefix().length());
        return switch (driver.id()) {
            case "h2" -> h2(database, driver, rest, folder);
            case "postgresql" -> postgresql(database, driver, rest);
            case "mariadb" -> mariadb(database, driver, rest);
            case "sqlite" -> sqlite(database, driver, rest, folder);
            default -> throw refused(database, "RelSync has no URL rules for driver " + driver.id());
        };
    }

    // H2

    private static Checked h2(String database, DriverInfo driver, String rest, Path folder) {
        int semicolon = rest.indexOf(';');
        String location = semicolon < 0 ? rest : rest.substring(0, semicolon);
        String settings = semicolon < 0 ? "" : rest.substring(semicolon + 1);
        for (String setting : settings.split(";")) {
            if (setting.isEmpty()) {
                continue;
            }
            int equals = setting.indexOf('=');
            if (equals <= 0) {
                throw refused(database, "the URL setting '" + shortName(setting) + "' has no value (NAME=VALUE)");
            }
            String name = setting.substring(0, equals).toUpperCase(Locale.ROOT);
            allowedSetting(database, name, setting.substring(equals + 1), H2.get(name), H2_REFUSED.get(name), H2.keySet());
        }
        if (settings.indexOf('\\') >= 0) {
            // H2 splits settings on ';' but lets '\' escape one: refuse what would be read two ways
            throw refused(database, "a backslash in the URL's settings is not allowed");
        }
        Path file = null;
        String resolved = location;
        if (location.startsWith("mem:")) {
            // in memory: nothing on disk
        } else if (location.startsWith("tcp://") || location.startsWith("ssl://")) {
            String authority = location.substring(6);
            int slash = authority.indexOf('/');
            if (slash > 0 && authority.substring(0, slash).indexOf('@') >= 0) {
                throw credentials(database, "user:password@host");
            }
            if (slash <= 0) {
                throw refused(database, "the URL is malformed: an H2 server URL is jdbc:h2:tcp://HOST[:PORT]/PATH");
            }
            hosts(database, authority.substring(0, slash), "jdbc:h2:tcp://HOST[:PORT]/PATH");
        } else {
            String prefix = location.startsWith("file:") ? "file:" : "";
            String path = location.substring(prefix.length());
            Matcher other = Pattern.compile("^([A-Za-z][A-Za-z0-9]+):").matcher(path);
            if (other.find()) {
                throw refused(database, "the H2 location " + other.group(1) + ": is not allowed; use a file path, "
                        + "file:, mem:, tcp: or ssl:");
            }
            if (path.isEmpty()) {
                throw refused(database, "the URL names no database file");
            }
            file = resolve(database, path, folder);
            resolved = prefix + file;
        }
        String url = driver.urlPrefix() + resolved + (settings.isEmpty() ? "" : ";" + settings);
        return new Checked(url, file, driver);
    }

    // PostgreSQL

    private static Checked postgresql(String database, DriverInfo driver, String rest) {
        int question = rest.indexOf('?');
        String address = question < 0 ? rest : rest.substring(0, question);
        if (address.startsWith("//")) {
            int slash = address.indexOf('/', 2);
            String hosts = slash < 0 ? address.substring(2) : address.substring(2, slash);
            if (hosts.indexOf('@') >= 0) {
                throw credentials(database, "user:password@host");
            }
            if (slash < 0) {
                throw refused(database, "the URL is malformed: a PostgreSQL URL is jdbc:postgresql://HOST[:PORT]/DATABASE");
            }
            hosts(database, hosts, "jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        if (question >= 0) {
            // names with case, as pgjdbc compares them ("sslFactory" is unknown to it, and refused here)
            parameters(database, rest.substring(question + 1), false, POSTGRESQL, POSTGRESQL_REFUSED);
        }
        return new Checked(driver.urlPrefix() + rest, null, driver);
    }

    // MariaDB

    private static Checked mariadb(String database, DriverInfo driver, String rest) {
        String body = rest.replaceFirst("^(replication|loadbalance|load-balance-read|sequential|aurora):", "");
        if (!body.startsWith("//")) {
            throw refused(database, "the URL is malformed: a MariaDB URL is jdbc:mariadb://HOST[:PORT]/DATABASE");
        }
        int question = body.indexOf('?');
        String address = question < 0 ? body : body.substring(0, question);
        int slash = address.indexOf('/', 2);
        String hosts = slash < 0 ? address.substring(2) : address.substring(2, slash);
        if (hosts.indexOf('@') >= 0) {
            throw credentials(database, "user:password@host");
        }
        hosts(database, hosts, "jdbc:mariadb://HOST[:PORT]/DATABASE");
        if (question >= 0) {
            // names without case, as Connector/J compares them
            parameters(database, body.substring(question + 1), true, MARIADB, MARIADB_REFUSED);
        }
        return new Checked(driver.urlPrefix() + rest, null, driver);
    }

    // SQLite

    private static Checked sqlite(String database, DriverInfo driver, String rest, Path folder) {
        if (rest.startsWith(":resource:")) {
            throw refused(database, "the URL form :resource: is not allowed (it loads the database from the class path "
                    + "or a URL)");
        }
        int question = rest.indexOf('?');
        String location = question < 0 ? rest : rest.substring(0, question);
        if (question >= 0) {
            // pragma names without case, as sqlite-jdbc compares them
            parameters(database, rest.substring(question + 1), true, SQLITE, SQLITE_REFUSED);
        }
        String query = question < 0 ? "" : rest.substring(question);
        if (!location.startsWith("file:")) {
            // sqlite-jdbc takes the pragmas out and leaves the rest in the name: "shop.db?mode=ro"
            // would be another file; SQLite reads such parameters in file: URIs only
            for (String parameter : query.isEmpty() ? new String[0] : query.substring(1).split("&")) {
                String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (SQLITE_URI_ONLY.contains(name)) {
                    throw refused(database, "the URL setting " + name + " works in a file: URL only (jdbc:sqlite:file:PATH?"
                            + name + "=...)");
                }
            }
        }
        if (location.isEmpty() || location.equals(":memory:") || location.startsWith("file::memory:")) {
            return new Checked(driver.urlPrefix() + rest, null, driver);
        }
        if (location.startsWith("file:")) {
            String path = location.substring(5);
            if (path.startsWith("//")) {
                if (!path.startsWith("///") && !path.startsWith("//localhost/")) {
                    throw refused(database, "the URL names a file on another host");
                }
                path = path.substring(path.indexOf('/', 2));
            }
            Path file = resolve(database, decode(database, path), folder);
            return new Checked(driver.urlPrefix() + "file:" + file.toUri().getRawPath() + query, file, driver);
        }
        Path file = resolve(database, location, folder);
        return new Checked(driver.urlPrefix() + file + query, file, driver);
    }

    // common parts

    private static void parameters(String database, String query, boolean ignoreCase, Map<String, Value> allowed,
            Map<String, String> refused) {
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!SETTING_NAME.matcher(name).matches()) {
                throw refused(database, "the URL setting '" + shortName(name) + "' is not allowed; allowed: "
                        + String.join(", ", allowed.keySet()));
            }
            if (equals < 0) {
                if (CREDENTIALS.contains(name.toLowerCase(Locale.ROOT))) {
                    throw credentials(database, name);
                }
                throw refused(database, "the URL setting " + name + " has no value (NAME=VALUE)");
            }
            String value = decode(database, parameter.substring(equals + 1));
            allowedSetting(database, name, value, lookup(allowed, name, ignoreCase), lookup(refused, name, ignoreCase),
                    allowed.keySet());
        }
    }

    private static <V> V lookup(Map<String, V> map, String name, boolean ignoreCase) {
        if (!ignoreCase) {
            return map.get(name);
        }
        return map.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static void allowedSetting(String database, String name, String value, Value shape, String reason,
            Set<String> shown) {
        if (CREDENTIALS.contains(name.toLowerCase(Locale.ROOT))) {
            throw credentials(database, name);
        }
        if (shape == null) {
            throw refused(database, "the URL setting " + shortName(name) + " is not allowed ("
                    + (reason != null ? reason : "RelSync does not need it") + "); allowed: " + String.join(", ", shown));
        }
        if (!shape.accepts(value)) {
            throw refused(database, "the URL setting " + name + " must be " + shape.what());
        }
    }

    private static void hosts(String database, String hosts, String form) {
        if (hosts.isEmpty()) {
            return; // the driver's default host
        }
        for (String host : hosts.split(",", -1)) {
            if (!HOST.matcher(host).matches()) {
                throw refused(database, "the URL is malformed: '" + shortName(host) + "' is no HOST[:PORT]; the form is "
                        + form);
            }
            int colon = host.lastIndexOf(':');
            if (colon > 0 && !host.endsWith("]") && Integer.parseInt(host.substring(colon + 1)) > 65535) {
                throw refused(database, "the URL is malformed: port " + host.substring(colon + 1) + " is out of range");
            }
        }
    }

    private static String decode(String database, String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused(database, "the URL is malformed: a bad %-escape");
        }
    }

    /** {@code path} as an absolute path: {@code ~} is the user's home (as H2 reads it), relative paths the project's folder. */
    private static Path resolve(String database, String path, Path folder) {
        try {
            if (path.equals("~") || path.startsWith("~/")) {
                return Path.of(System.getProperty("user.home")).resolve(path.substring(Math.min(2, path.length())))
                        .normalize();
            }
            Path p = Path.of(path);
            return p.isAbsolute() ? p.normalize()
                    : (folder != null ? folder : Path.of("")).toAbsolutePath().resolve(p).normalize();
        } catch (InvalidPathException e) {
            throw refused(database, "the URL's file path is not valid here");
        }
    }

    /** A setting name as a message may show it: short, and no value by accident. */
    private static String shortName(String name) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        return redact(shown);
    }

    private static EditException refused(String database, String message) {
        return new EditException("database " + database + ": " + message);
    }

    private static EditException credentials(String database, String where) {
        return new EditException("database " + database + ": the URL holds credentials (" + where + "); RelSync never "
                + "stores passwords: remove them from the URL and give the password in an environment variable "
                + "(add-db --password-env VAR)");
    }

    @SafeVarargs
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            V value = (V) pairs[i + 1];
            map.put((String) pairs[i], value);
        }
        return java.util.Collections.unmodifiableMap(map);
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

    /** The settings each driver's URLs may carry, for documentation and messages. */
    public static Map<String, List<String>> allowedSettings() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("h2", List.copyOf(H2.keySet()));
        all.put("postgresql", List.copyOf(POSTGRESQL.keySet()));
        all.put("mariadb", List.copyOf(MARIADB.keySet()));
        all.put("sqlite", List.copyOf(SQLITE.keySet()));
        return all;
    }
}
