package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs new elements with old ones of the same kind by name: first exactly, then without case
 * (SYNC-SPEC section 3.1 step M). Each old element pairs at most once; linear in the number of elements.
 */
final class NameMatcher {

    private NameMatcher() {
    }

    /** New element → its old match, for the new elements that have one, in the order of {@code news}. */
    static <T> Map<T, T> match(List<? extends T> olds, List<? extends T> news, Function<T, String> name) {
        Map<String, T> exact = new HashMap<>();
        Map<String, List<T>> folded = new HashMap<>();
        for (T old : olds) {
            String n = name.apply(old);
            if (n == null) {
                continue;
            }
            exact.putIfAbsent(n, old);
            folded.computeIfAbsent(n.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(old);
        }
        Map<T, T> taken = new IdentityHashMap<>();
        Map<T, T> result = new LinkedHashMap<>();
        for (T candidate : news) {
            T old = exact.get(name.apply(candidate));
            if (old != null && !taken.containsKey(old)) {
                taken.put(old, old);
                result.put(candidate, old);
            }
        }
        for (T candidate : news) {
            if (result.containsKey(candidate) || name.apply(candidate) == null) {
                continue;
            }
            for (T old : folded.getOrDefault(name.apply(candidate).toUpperCase(Locale.ROOT), List.of())) {
                if (!taken.containsKey(old)) {
                    taken.put(old, old);
                    result.put(candidate, old);
                    break;
                }
            }
        }
        return result;
    }
}
