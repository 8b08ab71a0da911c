package org.relsync.sync.naming;

import java.util.Locale;
import java.util.Map;

/**
 * English plural and singular of the last word of a name, for table names from entity names and
 * back. Simple rules plus the common irregular words; the case of the input is kept.
 */
public final class Inflector {

    private static final Map<String, String> IRREGULAR = Map.of("person", "people", "child", "children",
            "man", "men", "woman", "women", "mouse", "mice", "goose", "geese", "foot", "feet", "tooth", "teeth");

    private Inflector() {
    }

    public static String pluralize(String name) {
        int start = lastWordStart(name);
        String head = name.substring(0, start);
        String word = name.substring(start);
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return name;
        }
        if (IRREGULAR.containsKey(lower)) {
            return head + matchWord(word, IRREGULAR.get(lower));
        }
        if (IRREGULAR.containsValue(lower)) {
            return name;
        }
        if (lower.endsWith("y") && lower.length() > 1 && !isVowel(lower.charAt(lower.length() - 2))) {
            return head + word.substring(0, word.length() - 1) + matchCase(word, "ies");
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return head + word + matchCase(word, "es");
        }
        return head + word + matchCase(word, "s");
    }

    public static String singularize(String name) {
        int start = lastWordStart(name);
        String head = name.substring(0, start);
        String word = name.substring(start);
        String lower = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> irregular : IRREGULAR.entrySet()) {
            if (lower.equals(irregular.getValue())) {
                return head + matchWord(word, irregular.getKey());
            }
        }
        if (lower.endsWith("ies") && lower.length() > 3) {
            return head + word.substring(0, word.length() - 3) + matchCase(word, "y");
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("zes") || lower.endsWith("ches")
                || lower.endsWith("shes")) {
            return head + word.substring(0, word.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
                && lower.length() > 1) {
            return head + word.substring(0, word.length() - 1);
        }
        return name;
    }

    private static int lastWordStart(String name) {
        var words = Words.split(name);
        if (words.isEmpty()) {
            return name.length();
        }
        return name.lastIndexOf(words.get(words.size() - 1));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** {@code replacement} (lower case) in the case of the word it replaces. */
    private static String matchWord(String original, String replacement) {
        if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }

    private static String matchCase(String model, String suffix) {
        boolean upper = model.length() > 1 && model.equals(model.toUpperCase(Locale.ROOT));
        return upper ? suffix.toUpperCase(Locale.ROOT) : suffix;
    }
}
