package org.relsync.db.mariadb;

import static org.relsync.db.UrlCheck.BOOLEAN;
import static org.relsync.db.UrlCheck.INTEGER;
import static org.relsync.db.UrlCheck.NAME;
import static org.relsync.db.UrlCheck.PATH;
import static org.relsync.db.UrlCheck.oneOf;

import java.util.Map;

import org.relsync.db.JdbcUrls;
import org.relsync.db.UrlCheck;
import org.relsync.db.UrlCheck.Value;
import org.relsync.db.UrlRules;

/** MariaDB's URLs as Connector/J 3.5 parses them ({@code org.mariadb.jdbc.Configuration}): names without case. */
final class MariaDbUrls extends UrlRules {

    private static final Map<String, Value> ALLOWED = UrlCheck.settings(
            "user", NAME,
            "sslMode", oneOf("disable", "trust", "verify-ca", "verify-full"),
            "useSsl", BOOLEAN,
            "serverSslCert", PATH,
            "connectTimeout", INTEGER,
            "socketTimeout", INTEGER,
            "tcpKeepAlive", BOOLEAN,
            "localSocket", PATH);

    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("allowlocalinfile", "it lets the server read local files"),
            Map.entry("allowloadlocalinfile", "it lets the server read local files"),
            Map.entry("autodeserialize", "it deserializes Java objects sent by the server"),
            Map.entry("socketfactory", "it loads a Java class"),
            Map.entry("initsql", "it runs SQL when connecting"),
            Map.entry("sessionvariables", "it runs SQL when connecting"),
            Map.entry("credentialtype", "it reads credentials from a plugin"));

    MariaDbUrls() {
        super("jdbc:mariadb:", ALLOWED);
    }

    @Override
    public JdbcUrls.Checked check(UrlCheck check, String rest) {
        String body = rest.replaceFirst("^(replication|loadbalance|load-balance-read|sequential|aurora):", "");
        if (!body.startsWith("//")) {
            throw check.refused("the URL is malformed: a MariaDB URL is jdbc:mariadb://HOST[:PORT]/DATABASE");
        }
        int question = body.indexOf('?');
        String address = question < 0 ? body : body.substring(0, question);
        int slash = address.indexOf('/', 2);
        String hosts = slash < 0 ? address.substring(2) : address.substring(2, slash);
        if (hosts.indexOf('@') >= 0) {
            throw check.credentials("user:password@host");
        }
        check.hosts(hosts, "jdbc:mariadb://HOST[:PORT]/DATABASE");
        if (question >= 0) {
            // names without case, as Connector/J compares them
            check.parameters(body.substring(question + 1), true, ALLOWED, REFUSED);
        }
        return check.passed(prefix() + rest, null);
    }
}
