package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects "what: old -> new" parts for one CHANGED entry of the report. */
final class Differences {

    private final List<String> parts = new ArrayList<>();

    /** Records the difference, if any, and tells whether there was one. */
    boolean check(String what, Object oldValue, Object newValue) {
        if (Objects.equals(oldValue, newValue)) {
            return false;
        }
        parts.add(what + ": " + show(oldValue) + " -> " + show(newValue));
        return true;
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(", ", parts);
    }

    static String show(Object value) {
        return value == null ? "none" : value.toString();
    }
}
