package org.relsync.sync.phase;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Name filters of database tasks: {@code *} and {@code ?} wildcards, compared without case. */
final class Globs {

    private Globs() {
    }

    /** Matches every name when {@code globs} is empty, else the names that match one of them. */
    static Predicate<String> anyOf(List<String> globs) {
        if (globs.isEmpty()) {
            return name -> true;
        }
        List<Pattern> patterns = globs.stream().map(Globs::compile).toList();
        return name -> name != null && patterns.stream().anyMatch(p -> p.matcher(name).matches());
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
