package org.relsync.diagram.export;

import java.util.Locale;

import org.relsync.diagram.scene.NodeKind;

/**
 * The diagrams' colours, as RGB ints ({@code 0xrrggbb}), named after what they paint: the one
 * place they are decided. {@link SvgExporter} writes its style sheet from them and the workbench's
 * renderer makes its SWT colours from them, so the editor and the export look alike.
 */
public final class Palette {

    public static final int BACKGROUND = 0xffffff;
    public static final int TITLE = 0x263238;
    public static final int FRAME = 0xf7f9fb;
    public static final int FRAME_STROKE = 0x9aa8b6;
    public static final int GROUP_LABEL = 0x455a64;
    public static final int BOX = 0xffffff;
    public static final int BOX_STROKE = 0x546e7a;
    public static final int ENTITY_HEADER = 0xdbe8f7;
    public static final int TYPED_VIEW_HEADER = 0xece4f7;
    public static final int TABLE_HEADER = 0xdcefe0;
    public static final int VIEW_HEADER = 0xf3ecd9;
    public static final int SEQUENCE_HEADER = 0xe6e6e6;
    public static final int NAME = 0x1c2833;
    public static final int ROW_NAME = 0x263238;
    public static final int ROW_TYPE = 0x78909c;
    public static final int ROW_MARKER = 0x8d6e00;
    public static final int ROW_MORE = 0x90a4ae;
    public static final int EDGE = 0x607d8b;
    public static final int ENTITY_MAPPING = 0x7e57c2;
    public static final int FIELD_MAPPING = 0xb39ddb;
    public static final int RELATIONSHIP_MAPPING = 0x5e35b1;
    public static final int EDGE_LABEL = 0x546e7a;
    public static final int BADGE_TEXT = 0xffffff;
    /** Errors, unmapped and lost mappings, and what is marked for deletion (outline, name, strike). */
    public static final int ERROR = 0xc62828;
    /** Warnings and orphans. */
    public static final int WARNING = 0xef8f00;
    public static final int ORPHAN_TEXT = 0xb26a00;
    public static final int CREATED = 0x43a047;
    public static final int RENAMED = 0x1e88e5;
    public static final int CHANGED = 0xfb8c00;
    public static final int LEGEND_FRAME = 0xb0bec5;
    public static final int LEGEND_TEXT = 0x37474f;
    /** The workbench's outline of selected boxes and its overview's visible area. */
    public static final int SELECTION = 0x1e88e5;
    /** The workbench's outline of the boxes a search finds. */
    public static final int SEARCH = 0xff8f00;

    private Palette() {
    }

    /** The header colour of a node of {@code kind}. */
    public static int header(NodeKind kind) {
        return switch (kind) {
            case ENTITY -> ENTITY_HEADER;
            case TYPED_VIEW -> TYPED_VIEW_HEADER;
            case TABLE -> TABLE_HEADER;
            case VIEW -> VIEW_HEADER;
            case SEQUENCE -> SEQUENCE_HEADER;
        };
    }

    /** {@code rgb} as CSS writes it: {@code #rrggbb}. */
    public static String css(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }
}
