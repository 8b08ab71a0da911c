package org.relsync.db.h2;

import static org.relsync.db.UrlCheck.BOOLEAN;
import static org.relsync.db.UrlCheck.INTEGER;
import static org.relsync.db.UrlCheck.NAME;
import static org.relsync.db.UrlCheck.oneOf;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.relsync.db.JdbcUrls;
import org.relsync.db.UrlCheck;
import org.relsync.db.UrlCheck.Value;
import org.relsync.db.UrlRules;

/**
 * H2's URLs as H2 2.x parses them ({@code org.h2.engine.ConnectionInfo}): a file path,
 * {@code file:}, {@code mem:}, {@code tcp:} or {@code ssl:}, then settings after {@code ;}, names
 * without case, values up to the next {@code ;}. A file database is the file with {@code .mv.db}
 * added.
 */
final class H2Urls extends UrlRules {

    private static final Map<String, Value> ALLOWED = UrlCheck.settings(
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

    private static final Map<String, String> REFUSED = Map.ofEntries(
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

    private static final Pattern OTHER_LOCATION = Pattern.compile("^([A-Za-z][A-Za-z0-9]+):");

    H2Urls() {
        super("jdbc:h2:", ALLOWED);
    }

    @Override
    public JdbcUrls.Checked check(UrlCheck check, String rest) {
        int semicolon = rest.indexOf(';');
        String location = semicolon < 0 ? rest : rest.substring(0, semicolon);
        String settings = semicolon < 0 ? "" : rest.substring(semicolon + 1);
        for (String setting : settings.split(";")) {
            if (setting.isEmpty()) {
                continue;
            }
            int equals = setting.indexOf('=');
            if (equals <= 0) {
                throw check.refused("the URL setting '" + UrlCheck.shortName(setting) + "' has no value (NAME=VALUE)");
            }
            String name = setting.substring(0, equals).toUpperCase(Locale.ROOT);
            check.setting(name, setting.substring(equals + 1), ALLOWED.get(name), REFUSED.get(name), ALLOWED.keySet());
        }
        if (settings.indexOf('\\') >= 0) {
            // H2 splits settings on ';' but lets '\' escape one: refuse what would be read two ways
            throw check.refused("a backslash in the URL's settings is not allowed");
        }
        Path file = null;
        String resolved = location;
        if (location.startsWith("mem:")) {
            // in memory: nothing on disk
        } else if (location.startsWith("tcp://") || location.startsWith("ssl://")) {
            String authority = location.substring(6);
            int slash = authority.indexOf('/');
            if (slash > 0 && authority.substring(0, slash).indexOf('@') >= 0) {
                throw check.credentials("user:password@host");
            }
            if (slash <= 0) {
                throw check.refused("the URL is malformed: an H2 server URL is jdbc:h2:tcp://HOST[:PORT]/PATH");
            }
            check.hosts(authority.substring(0, slash), "jdbc:h2:tcp://HOST[:PORT]/PATH");
        } else {
            String prefix = location.startsWith("file:") ? "file:" : "";
            String path = location.substring(prefix.length());
            Matcher other = OTHER_LOCATION.matcher(path);
            if (other.find()) {
                throw check.refused("the H2 location " + other.group(1) + ": is not allowed; use a file path, "
                        + "file:, mem:, tcp: or ssl:");
            }
            if (path.isEmpty()) {
                throw check.refused("the URL names no database file");
            }
            file = check.resolve(path);
            resolved = prefix + file;
        }
        return check.passed(prefix() + resolved + (settings.isEmpty() ? "" : ";" + settings), file);
    }

    @Override
    public Path dataFile(Path file) {
        return Path.of(file + ".mv.db");
    }

    @Override
    public String location(Path file) {
        return file + " (.mv.db)";
    }

    /** IFEXISTS=TRUE in place of any IFEXISTS the URL has: H2 must not create a database that went away meanwhile. */
    @Override
    public String existingOnly(String url) {
        int semicolon = url.indexOf(';');
        StringBuilder result = new StringBuilder(semicolon < 0 ? url : url.substring(0, semicolon));
        if (semicolon >= 0) {
            for (String setting : url.substring(semicolon + 1).split(";")) {
                if (!setting.isEmpty() && !setting.toUpperCase(Locale.ROOT).startsWith("IFEXISTS=")) {
                    result.append(';').append(setting);
                }
            }
        }
        return result.append(";IFEXISTS=TRUE").toString();
    }
}
