package org.relsync.db.postgresql;

import static org.relsync.db.UrlCheck.BOOLEAN;
import static org.relsync.db.UrlCheck.INTEGER;
import static org.relsync.db.UrlCheck.NAME;
import static org.relsync.db.UrlCheck.PATH;
import static org.relsync.db.UrlCheck.TEXT;
import static org.relsync.db.UrlCheck.oneOf;

import java.util.Map;
import java.util.regex.Pattern;

import org.relsync.db.JdbcUrls;
import org.relsync.db.UrlCheck;
import org.relsync.db.UrlCheck.Value;
import org.relsync.db.UrlRules;

/** PostgreSQL's URLs as pgjdbc 42.7 parses them ({@code org.postgresql.PGProperty}): names with case, values URL-encoded. */
final class PostgresUrls extends UrlRules {

    private static final Map<String, Value> ALLOWED = UrlCheck.settings(
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

    private static final Map<String, String> REFUSED = Map.ofEntries(
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

    PostgresUrls() {
        super("jdbc:postgresql:", ALLOWED);
    }

    @Override
    public JdbcUrls.Checked check(UrlCheck check, String rest) {
        int question = rest.indexOf('?');
        String address = question < 0 ? rest : rest.substring(0, question);
        if (address.startsWith("//")) {
            int slash = address.indexOf('/', 2);
            String hosts = slash < 0 ? address.substring(2) : address.substring(2, slash);
            if (hosts.indexOf('@') >= 0) {
                throw check.credentials("user:password@host");
            }
            if (slash < 0) {
                throw check.refused("the URL is malformed: a PostgreSQL URL is jdbc:postgresql://HOST[:PORT]/DATABASE");
            }
            check.hosts(hosts, "jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        if (question >= 0) {
            // names with case, as pgjdbc compares them ("sslFactory" is unknown to it, and refused here)
            check.parameters(rest.substring(question + 1), false, ALLOWED, REFUSED);
        }
        return check.passed(prefix() + rest, null);
    }
}
