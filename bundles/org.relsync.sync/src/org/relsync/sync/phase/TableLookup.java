package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.relsync.model.common.NamedElement;

/**
 * Elements by name, exactly and without case, for "find" by the naming rules. Kept up to date
 * as elements are created or renamed during a step.
 */
final class TableLookup<T extends NamedElement> {

    private final Map<String, List<T>> exact = new HashMap<>();
    private final Map<String, List<T>> folded = new HashMap<>();

    TableLookup(Iterable<? extends T> elements) {
        for (T element : elements) {
            add(element);
        }
    }

    void add(T element) {
        String name = element.getName();
        if (name != null) {
            exact.computeIfAbsent(name, k -> new ArrayList<>(1)).add(element);
            folded.computeIfAbsent(name.toUpperCase(Locale.ROOT), k -> new ArrayList<>(1)).add(element);
        }
    }

    void remove(T element, String oldName) {
        if (oldName != null) {
            List<T> e = exact.get(oldName);
            if (e != null) {
                e.remove(element);
            }
            List<T> f = folded.get(oldName.toUpperCase(Locale.ROOT));
            if (f != null) {
                f.remove(element);
            }
        }
    }

    /** The first element named {@code name} exactly, else without case, that {@code usable} accepts. */
    T find(String name, Predicate<T> usable) {
        for (T candidate : exact.getOrDefault(name, List.of())) {
            if (usable.test(candidate)) {
                return candidate;
            }
        }
        for (T candidate : folded.getOrDefault(name.toUpperCase(Locale.ROOT), List.of())) {
            if (usable.test(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether some element other than {@code self} has this name, compared without case. */
    boolean taken(String name, T self) {
        for (T candidate : folded.getOrDefault(name.toUpperCase(Locale.ROOT), List.of())) {
            if (candidate != self) {
                return true;
            }
        }
        return false;
    }
}
