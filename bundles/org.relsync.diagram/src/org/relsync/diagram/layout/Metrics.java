package org.relsync.diagram.layout;

import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.Row;

/**
 * The sizes layout and export agree on. Text is measured by an estimate per character (the export
 * uses a sans-serif font at these sizes), not by a font engine: the same scene gives the same
 * sizes on every machine, headless or not.
 */
public final class Metrics {

    public static final double HEADER_HEIGHT = 26;
    public static final double ROW_HEIGHT = 18;
    public static final double PADDING = 8;
    public static final double MIN_WIDTH = 110;
    public static final double MAX_WIDTH = 380;
    /** Estimated advance of one character of the 12 px font; the header's 13 px bold is NAME_SCALE times that. */
    public static final double CHAR_WIDTH = 7.3;
    /** Room kept beside a header's name for badges when it has none. */
    public static final double BADGE_SPACE = 12;
    public static final double GROUP_PADDING = 16;
    /** The header's name (13 px bold) is this many times as wide as the same text in the row font. */
    public static final double NAME_SCALE = 1.22;
    public static final double GROUP_HEADER = 24;

    private Metrics() {
    }

    /** The size of {@code node}: its header, its rows and a line for the rows the scope left out. */
    public static Box size(Node node) {
        double width = text(node.name()) * NAME_SCALE + 2 * PADDING + Math.max(BADGE_SPACE, badgesWidth(node.state()) + 6);
        for (Row row : node.rows()) {
            String type = (row.type() == null ? "" : row.type())
                    + (row.markers().contains(org.relsync.diagram.scene.Marker.OPTIONAL) ? "?" : "");
            double line = 2 * PADDING + 18 + text(row.name()) + 14 + text(type);
            width = Math.max(width, line);
        }
        width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.ceil(width)));
        int lines = node.rows().size() + (node.hiddenRows() > 0 ? 1 : 0);
        double height = HEADER_HEIGHT + (lines == 0 ? 0 : lines * ROW_HEIGHT + 6);
        return new Box(0, 0, width, height);
    }

    /** The y of the middle of row {@code index}, relative to the node's top. */
    public static double rowCenter(int index) {
        return HEADER_HEIGHT + 3 + index * ROW_HEIGHT + ROW_HEIGHT / 2;
    }

    /** The width of one badge with {@code text}. */
    public static double badgeWidth(String text) {
        return Math.max(14, text.length() * 6.1 + 10);
    }

    /** The width the badges of {@code state} take, with their gaps. */
    public static double badgesWidth(org.relsync.diagram.scene.SyncState state) {
        double width = 0;
        for (org.relsync.diagram.scene.Badge badge : state == null ? java.util.List.<org.relsync.diagram.scene.Badge>of() : state.badges()) {
            width += badgeWidth(badge.text()) + 3;
        }
        return width;
    }

    /**
     * Estimated width of {@code s} in the 12 px font (DejaVu Sans, the widest of the fonts named):
     * per character class, capitals and digits wider than small letters, narrow letters and
     * punctuation narrower.
     */
    public static double text(String s) {
        if (s == null) {
            return 0;
        }
        double width = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("iljtfr.,:;|!'()[] ".indexOf(c) >= 0) {
                width += 4.2;
            } else if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
                width += 10.5;
            } else if (Character.isUpperCase(c) || c == '_') {
                width += 8.3;
            } else if (Character.isDigit(c)) {
                width += 7.7;
            } else if (Character.isLowSurrogate(c)) {
                continue;
            } else {
                width += CHAR_WIDTH;
            }
        }
        return width;
    }

    /**
     * {@code text} cut with an ellipsis to fit {@code room} (estimated, {@code scale} times the row
     * font): the SVG export and the workbench's canvas cut names and types alike.
     */
    public static String fit(String text, double room, double scale) {
        if (text == null) {
            return "";
        }
        if (text(text) * scale <= room) {
            return text;
        }
        double ellipsis = text("\u2026") * scale;
        double used = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            double w = text(new String(Character.toChars(cp))) * scale;
            if (used + w + ellipsis > room) {
                break;
            }
            used += w;
            end += Character.charCount(cp);
        }
        return end < 2 ? text : text.substring(0, end) + "\u2026";
    }
}
