package org.relsync.sync.report;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON for machine-readable output: maps (in their iteration order), lists, strings,
 * numbers, booleans, enums (as their literal) and null. Indented by two spaces, so it diffs well.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            writeEntries(map.entrySet().iterator(), out, indent, '{', '}', true);
        } else if (value instanceof List<?> list) {
            writeEntries(list.iterator(), out, indent, '[', ']', false);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(String.valueOf(value), out);
        }
    }

    private static void writeEntries(Iterator<?> it, StringBuilder out, String indent, char open, char close,
            boolean keyed) {
        out.append(open);
        if (!it.hasNext()) {
            out.append(close);
            return;
        }
        String inner = indent + "  ";
        while (it.hasNext()) {
            Object item = it.next();
            out.append('\n').append(inner);
            if (keyed) {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) item;
                string(String.valueOf(entry.getKey()), out);
                out.append(": ");
                write(entry.getValue(), out, inner);
            } else {
                write(item, out, inner);
            }
            if (it.hasNext()) {
                out.append(',');
            }
        }
        out.append('\n').append(indent).append(close);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
