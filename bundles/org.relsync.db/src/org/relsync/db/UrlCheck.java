package org.relsync.db;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.relsync.model.Redaction;
import org.relsync.sync.edit.EditException;

/**
 * One JDBC URL going through the policy of {@link JdbcUrls}, with what every kind's
 * {@link UrlRules} share: the shapes of setting values, settings checked against an allow-list,
 * host lists, %-escapes, file paths relative to the project's folder, and refusals that name the
 * database and the setting, never a value.
 */
public final class UrlCheck {

    /** Values of one setting: a name for messages and the shape it must have. */
    public record Value(String what, Pattern pattern) {
        boolean accepts(String value) {
            return pattern.matcher(value).matches();
        }
    }

    public static final Value BOOLEAN = new Value("true or false", Pattern.compile("(?i)true|false"));
    public static final Value INTEGER = new Value("a number", Pattern.compile("-?[0-9]{1,9}"));
    public static final Value NAME = new Value("a name", Pattern.compile("[\\p{L}\\p{N}_$.@ -]{1,128}"));
    public static final Value PATH = new Value("a file path", Pattern.compile("[^\\p{Cntrl};&?]{1,1024}"));
    public static final Value TEXT = new Value("plain text", Pattern.compile("[\\p{L}\\p{N}_$.,:@ -]{0,128}"));

    /** Setting names that carry credentials, compared without case. */
    private static final Set<String> CREDENTIALS = Set.of("password", "sslpassword", "file_password", "pwd",
            "keystorepassword", "truststorepassword", "key", "hexkey", "hexkey_mode", "credentials");

    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?");
    private static final Pattern SETTING_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private final String database;
    private final DatabaseKind kind;
    private final Path folder;

    UrlCheck(String database, DatabaseKind kind, Path folder) {
        this.database = database;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.folder = folder;
    }

    /** A value that is one of {@code values}, compared without case. */
    public static Value oneOf(String... values) {
        return new Value("one of " + String.join(", ", values), Pattern.compile("(?i)" + String.join("|",
                List.of(values).stream().map(Pattern::quote).toList())));
    }

    /** The allowed settings of a kind, name then value shape, in the order messages list them. */
    public static Map<String, Value> settings(Object... pairs) {
        Map<String, Value> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Value) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The URL passed: {@code url} is what the driver gets, {@code file} the file database or null. */
    public JdbcUrls.Checked passed(String url, Path file) {
        return new JdbcUrls.Checked(url, file, kind);
    }

    /** Checks the {@code &}-separated settings of a URL's query against {@code allowed}; names compared without case if {@code ignoreCase}. */
    public void parameters(String query, boolean ignoreCase, Map<String, Value> allowed, Map<String, String> refused) {
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!SETTING_NAME.matcher(name).matches()) {
                throw refused("the URL setting '" + shortName(name) + "' is not allowed; allowed: "
                        + String.join(", ", allowed.keySet()));
            }
            if (equals < 0) {
                if (CREDENTIALS.contains(name.toLowerCase(Locale.ROOT))) {
                    throw credentials(name);
                }
                throw refused("the URL setting " + name + " has no value (NAME=VALUE)");
            }
            String value = decode(parameter.substring(equals + 1));
            setting(name, value, lookup(allowed, name, ignoreCase), lookup(refused, name, ignoreCase), allowed.keySet());
        }
    }

    private static <V> V lookup(Map<String, V> map, String name, boolean ignoreCase) {
        if (!ignoreCase) {
            return map.get(name);
        }
        return map.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /**
     * Checks one setting: no credentials, allowed ({@code shape} not null; else refused, for
     * {@code reason} when the policy knows why), and a value of the shape.
     */
    public void setting(String name, String value, Value shape, String reason, Set<String> shown) {
        if (CREDENTIALS.contains(name.toLowerCase(Locale.ROOT))) {
            throw credentials(name);
        }
        if (shape == null) {
            throw refused("the URL setting " + shortName(name) + " is not allowed ("
                    + (reason != null ? reason : "RelSync does not need it") + "); allowed: " + String.join(", ", shown));
        }
        if (!shape.accepts(value)) {
            throw refused("the URL setting " + name + " must be " + shape.what());
        }
    }

    /** Checks a comma-separated list of {@code HOST[:PORT]}; {@code form} is the URL's form, for messages. */
    public void hosts(String hosts, String form) {
        if (hosts.isEmpty()) {
            return; // the driver's default host
        }
        for (String host : hosts.split(",", -1)) {
            if (!HOST.matcher(host).matches()) {
                throw refused("the URL is malformed: '" + shortName(host) + "' is no HOST[:PORT]; the form is " + form);
            }
            int colon = host.lastIndexOf(':');
            if (colon > 0 && !host.endsWith("]") && Integer.parseInt(host.substring(colon + 1)) > 65535) {
                throw refused("the URL is malformed: port " + host.substring(colon + 1) + " is out of range");
            }
        }
    }

    /** A %-escaped value, decoded. */
    public String decode(String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused("the URL is malformed: a bad %-escape");
        }
    }

    /** {@code path} as an absolute path: {@code ~} is the user's home (as H2 reads it), relative paths the project's folder. */
    public Path resolve(String path) {
        try {
            if (path.equals("~") || path.startsWith("~/")) {
                return Path.of(System.getProperty("user.home")).resolve(path.substring(Math.min(2, path.length())))
                        .normalize();
            }
            Path p = Path.of(path);
            return p.isAbsolute() ? p.normalize()
                    : (folder != null ? folder : Path.of("")).toAbsolutePath().resolve(p).normalize();
        } catch (InvalidPathException e) {
            throw refused("the URL's file path is not valid here");
        }
    }

    /** A setting name as a message may show it: short, and no value by accident. */
    public static String shortName(String name) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        return Redaction.redact(shown);
    }

    /** The refusal of this URL, for {@code reason}. */
    public EditException refused(String reason) {
        return new EditException("database " + database + ": " + reason);
    }

    /** The refusal of a URL that holds credentials ({@code where}: the setting or part that does). */
    public EditException credentials(String where) {
        return new EditException("database " + database + ": the URL holds credentials (" + where + "); RelSync never "
                + "stores passwords: remove them from the URL and give the password in an environment variable "
                + "(add-db --password-env VAR)");
    }
}
