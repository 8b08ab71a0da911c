package org.relsync.diagram.scene;

/** What a filtered diagram shows in full; everything else is faded, not hidden, so the context stays visible. */
public enum Highlight {
    ORPHANS, MARKED, PROBLEMS
}
