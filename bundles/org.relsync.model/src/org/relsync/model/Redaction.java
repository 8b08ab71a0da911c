package org.relsync.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one rule that takes credentials out of text that may hold a JDBC URL, for everything that
 * shows one: messages of the database layer and the command line, labels of the edit support. A
 * project file may come from anyone, and its URLs with it; RelSync refuses URLs with credentials
 * before connecting, but must not show them on the way.
 */
public final class Redaction {

    /** Passwords read from environment variables in this process: no message may show them. */
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private static final Pattern PASSWORD_SETTING = Pattern.compile(
            "(?i)\\b(password|sslpassword|file_password|pwd|keystorepassword|truststorepassword)=([^&;\\s\"')\\]]*)");
    private static final Pattern USERINFO = Pattern.compile("//[^/@\\s?#;\"']+@");

    private Redaction() {
    }

    /** Remembers a password read from the environment, so that {@link #redact} hides it wherever a driver echoes it. */
    public static void secret(String password) {
        if (password != null && password.length() >= 3) {
            SECRETS.add(password);
        }
    }

    /**
     * {@code text} without credentials: URL password settings and the user-info of a URL replaced by
     * {@code ***}, and every password RelSync read from an environment variable in this process.
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
}
