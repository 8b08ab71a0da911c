package org.relsync.sync.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A warning or an error found by a sync run or by validation.
 *
 * @param severity warning or error
 * @param code     a stable identifier of the kind of problem, e.g. {@code orphan.table}
 * @param path     the element's full path, e.g. {@code main/SHOP/PUBLIC/Legacy} or {@code entity Customer.Name}
 * @param message  one line, for people
 * @param fixes    the labels of the suggested fixes, in order
 */
public record Problem(Severity severity, String code, String path, String message, List<String> fixes) {

    public enum Severity {
        WARNING, ERROR;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        fixes = List.copyOf(fixes);
    }
}
