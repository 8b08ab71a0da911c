package org.relsync.sync.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.relsync.model.common.CaseStyle;

/** Splits names into words and joins them in a {@link CaseStyle}. */
public final class Words {

    private Words() {
    }

    /**
     * The words of a name: split at anything that is not a letter or digit, and at case changes
     * ({@code OrderLine} → Order, Line; {@code XMLData} → XML, Data; {@code order_line} → order, line).
     */
    public static List<String> split(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && Character.isUpperCase(c)) {
                char previous = word.charAt(word.length() - 1);
                boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(previous) || Character.isDigit(previous)
                        || (Character.isUpperCase(previous) && nextIsLower)) {
                    flush(word, words);
                }
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** {@code name} in {@code style}; {@link CaseStyle#AS_IS} returns it unchanged. */
    public static String apply(CaseStyle style, String name) {
        if (style == null || style == CaseStyle.AS_IS || name.isEmpty()) {
            return name;
        }
        List<String> words = split(name);
        if (words.isEmpty()) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            switch (style) {
                case PASCAL_CASE -> out.append(Character.toUpperCase(w.charAt(0)))
                        .append(w.substring(1).toLowerCase(Locale.ROOT));
                case UPPER_SNAKE -> out.append(out.isEmpty() ? "" : "_").append(w.toUpperCase(Locale.ROOT));
                case LOWER_SNAKE -> out.append(out.isEmpty() ? "" : "_").append(w.toLowerCase(Locale.ROOT));
                default -> out.append(w);
            }
        }
        return out.toString();
    }
}
