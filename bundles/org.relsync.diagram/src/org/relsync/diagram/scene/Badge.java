package org.relsync.diagram.scene;

/**
 * One badge of a box's header ({@link SyncState#badges()}): what it is, its text and what it says
 * when pointed at. The SVG export styles it by kind with a CSS class, the workbench's canvas with a
 * colour; both measure and draw the same text.
 */
public record Badge(Kind kind, String text, String title) {

    public enum Kind {
        /** An orphan whose action is to mark it for deletion. */
        ORPHAN_MARK,
        /** An orphan that is only warned about. */
        ORPHAN_WARNING,
        /** Unmapped, or its mapping lost. */
        MAPPING,
        /** The count of its validation errors. */
        ERRORS,
        /** The count of its validation warnings. */
        WARNINGS;

        /** Whether it says something is wrong (red), not only worth a look (amber). */
        public boolean error() {
            return this == ORPHAN_MARK || this == MAPPING || this == ERRORS;
        }
    }
}
