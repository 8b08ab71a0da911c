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
 * Pairs new elements with old ones of the same kind: first by the database's own identity where
 * both have one, then by name exactly, then without case (SYNC-SPEC section 3.1 step M). Each
 * old element pairs at most once; linear in the number of elements.
 */
final class NameMatcher {

    private NameMatcher() {
    }

    /** New element → its old match, for the new elements that have one, in the order of {@code news}. */
    static <T> Map<T, T> match(List<? extends T> olds, List<? extends T> news, Function<T, String> name) {
        return match(olds, news, name, e -> null);
    }

    /**
     * As {@link #match(List, List, Function)}, but elements whose database identity ({@code id},
     * non-null on both sides) is the same match first, whatever their names: renames in the database.
     */
    static <T> Map<T, T> match(List<? extends T> olds, List<? extends T> news, Function<T, String> name,
            Function<T, String> id) {
        Map<T, T> same = inPlace(olds, news, name, id);
        if (same != null) {
            return same;
        }
        Map<String, T> byId = new HashMap<>();
        for (T old : olds) {
            String key = id.apply(old);
            if (key != null) {
                byId.putIfAbsent(key, old);
            }
        }
        Map<String, T> exact = HashMap.newHashMap(olds.size());
        for (T old : olds) {
            String n = name.apply(old);
            if (n != null) {
                exact.putIfAbsent(n, old);
            }
        }
        Map<T, T> taken = new IdentityHashMap<>();
        Map<T, T> result = new LinkedHashMap<>();
        for (T candidate : news) {
            String key = id.apply(candidate);
            T old = key == null ? null : byId.get(key);
            if (old != null && !taken.containsKey(old)) {
                taken.put(old, old);
                result.put(candidate, old);
            }
        }
        for (T candidate : news) {
            if (result.containsKey(candidate)) {
                continue;
            }
            T old = exact.get(name.apply(candidate));
            if (old != null && !taken.containsKey(old)) {
                taken.put(old, old);
                result.put(candidate, old);
            }
        }
        if (result.size() == news.size() || taken.size() == olds.size()) {
            return result; // the usual case: every element kept its name; no need to fold case
        }
        Map<String, List<T>> folded = new HashMap<>();
        for (T old : olds) {
            String n = name.apply(old);
            if (n != null && !taken.containsKey(old)) {
                folded.computeIfAbsent(n.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(old);
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

    /** Up to this many elements a side, the pairing in place is checked (quadratic in the worst case, no hashing). */
    private static final int IN_PLACE_LIMIT = 64;

    /**
     * The pairing when nothing moved (the usual case: the columns of a table that did not change):
     * as many elements on both sides, the i-th new one with the same identity and name as the
     * i-th old one, no two with the same identity. That is exactly what the general matching pairs
     * (each identity found once, first), without hashing every name; {@code null} otherwise.
     */
    private static <T> Map<T, T> inPlace(List<? extends T> olds, List<? extends T> news, Function<T, String> name,
            Function<T, String> id) {
        int n = news.size();
        if (n != olds.size() || n > IN_PLACE_LIMIT) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            T old = olds.get(i);
            T candidate = news.get(i);
            String key = id.apply(candidate);
            String oldKey = id.apply(old);
            String candidateName = name.apply(candidate);
            if (candidateName == null || !candidateName.equals(name.apply(old))
                    || (key == null ? oldKey != null : !key.equals(oldKey))) {
                return null;
            }
        }
        for (int i = 0; i < n; i++) { // distinct identities and names, or the general matching decides
            String key = id.apply(news.get(i));
            String nameI = name.apply(news.get(i));
            for (int j = i + 1; j < n; j++) {
                if ((key != null && key.equals(id.apply(news.get(j)))) || nameI.equals(name.apply(news.get(j)))) {
                    return null;
                }
            }
        }
        Map<T, T> result = new LinkedHashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            result.put(news.get(i), olds.get(i));
        }
        return result;
    }
}
