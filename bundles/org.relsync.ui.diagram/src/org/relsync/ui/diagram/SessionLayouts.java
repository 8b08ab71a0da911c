package org.relsync.ui.diagram;

import java.util.function.Supplier;

import org.relsync.diagram.layout.StoredLayout;
import org.relsync.ui.session.ProjectSession;
import org.relsync.ui.session.SessionDiagrams;

/**
 * The stored layout of each project session, shared by its diagram editors and the explorer's
 * Diagrams folder: {@link SessionDiagrams}, which reads it from the sidecar file
 * ({@code <project>.layout.json}) when first asked and writes it there (atomically) each time the
 * project is saved.
 */
final class SessionLayouts {

    private SessionLayouts() {
    }

    /** The stored layout of {@code session}; {@code read} reads it the first time. */
    static StoredLayout of(ProjectSession session, Supplier<StoredLayout> read) {
        return SessionDiagrams.of(session, read);
    }

    /**
     * Makes {@code layout} the stored layout of {@code session} (the same file read again keeps the
     * positions shown) unless it has one already; returns the one it has.
     */
    static StoredLayout adopt(ProjectSession session, StoredLayout layout) {
        return SessionDiagrams.adopt(session, layout);
    }
}
