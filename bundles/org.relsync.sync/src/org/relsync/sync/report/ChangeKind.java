package org.relsync.sync.report;

import java.util.Locale;

/** What happened to an element in a sync run (SYNC-SPEC section 8). */
public enum ChangeKind {
    CREATED, CHANGED, RENAMED, MARKED, UNMARKED, REMOVED;

    /** Lower case, as reports print it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
