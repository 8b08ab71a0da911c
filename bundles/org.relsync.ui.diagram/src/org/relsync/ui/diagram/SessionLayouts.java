package org.relsync.ui.diagram;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

import org.relsync.diagram.layout.StoredLayout;
import org.relsync.ui.session.ProjectSession;

/**
 * The stored layout of each project session, shared by its diagram editors: read from the sidecar
 * file ({@code <project>.layout.json}) when the first diagram opens, written there (atomically, by
 * {@link StoredLayout#save}) each time the project is saved.
 */
final class SessionLayouts {

    private static final Map<ProjectSession, StoredLayout> LAYOUTS = new WeakHashMap<>();

    private SessionLayouts() {
    }

    /** The stored layout of {@code session}; {@code read} reads it the first time. */
    static synchronized StoredLayout of(ProjectSession session, Supplier<StoredLayout> read) {
        StoredLayout layout = LAYOUTS.get(session);
        return layout != null ? layout : adopt(session, read.get());
    }

    /**
     * Makes {@code layout} the stored layout of {@code session} (the same file read again keeps the
     * positions shown) unless it has one already; returns the one it has.
     */
    static synchronized StoredLayout adopt(ProjectSession session, StoredLayout layout) {
        StoredLayout known = LAYOUTS.get(session);
        if (known != null) {
            return known;
        }
        LAYOUTS.put(session, layout);
        session.addSaveListener(file -> layout.save(StoredLayout.sidecar(file)));
        return layout;
    }
}
