package org.relsync.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.relsync.sync.report.Change;
import org.relsync.sync.report.ChangeReport;

/**
 * A change report in a few words, for a status line or an undo label: "1 table created, 2 table
 * fields created, 3 more". Tables and views come first, then their fields, then the rest (keys,
 * indexes, sequences, entities), each in the report's order.
 */
public final class ChangeSummary {

    private ChangeSummary() {
    }

    /**
     * The changes counted by what happened to which kind of element, tables and views first, the
     * first {@code shown} kinds named and the rest counted ("3 more"); "no change" without any.
     */
    public static String of(ChangeReport report, int shown) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Change change : report.changes()) {
            counts.merge(words(change.elementKind()) + "\u0000" + change.kind().label(), 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            return "no change";
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Comparator.comparingInt(entry -> rank(entry.getKey()))); // stable: the report's order within a rank
        List<String> parts = new ArrayList<>();
        int rest = 0;
        for (Map.Entry<String, Integer> entry : entries) {
            if (parts.size() == shown) {
                rest += entry.getValue();
                continue;
            }
            String[] kindAndWhat = entry.getKey().split("\u0000");
            int n = entry.getValue();
            parts.add(n + " " + (n == 1 ? kindAndWhat[0] : plural(kindAndWhat[0])) + " " + kindAndWhat[1]);
        }
        if (rest > 0) {
            parts.add(rest + " more");
        }
        return String.join(", ", parts);
    }

    /** What a modeler looks for first: tables and views, then fields, then the rest. */
    private static int rank(String key) {
        String what = key.substring(0, key.indexOf('\u0000'));
        return what.equals("table") || what.equals("view") ? 0 : what.endsWith("field") ? 1 : 2;
    }

    /** {@code PrimaryKey} as "primary key". */
    private static String words(String elementKind) {
        return elementKind.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    private static String plural(String noun) {
        if (noun.endsWith("s") || noun.endsWith("x")) {
            return noun + "es"; // indexes
        }
        return noun.matches(".*[^aeiou]y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s"; // entities, keys
    }
}
