package org.relsync.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.DiagramDefinition;

/**
 * The diagrams of the open project: its {@link StoredLayout} (the positions of every diagram and
 * the project's own diagram definitions), read from the sidecar file
 * ({@code <project>.layout.json}) when first asked for, and written there (atomically, by
 * {@link StoredLayout#save}) each time the project is saved. One at a time, like the session: a
 * session that replaces the one before on the same file (Reload, a DDL apply, the file opened
 * again) takes it over with what it holds, unsaved changes included, as the diagram editors keep
 * showing them; another project, or none, drops it.
 */
public final class SessionDiagrams {

    private static ProjectSession owner;
    private static StoredLayout layout;
    private static String problem;
    private static boolean listening;

    private SessionDiagrams() {
    }

    /** The stored layout of {@code session}, read from its sidecar the first time (a broken file: none, see {@link #problem}). */
    public static StoredLayout of(ProjectSession session) {
        return of(session, () -> {
            try {
                return StoredLayout.load(StoredLayout.sidecar(session.file()));
            } catch (RuntimeException e) {
                // a broken sidecar is an error in the CLI; here the diagrams still open, laid out afresh
                problem = e.getMessage();
                return new StoredLayout();
            }
        });
    }

    /** The stored layout of {@code session}; {@code read} reads it the first time. */
    public static synchronized StoredLayout of(ProjectSession session, Supplier<StoredLayout> read) {
        Objects.requireNonNull(session, "session");
        follow(session);
        return layout != null && owner == session ? layout : adopt(session, read.get());
    }

    /**
     * Makes {@code stored} the stored layout of {@code session} unless it has one already (the
     * same file read again keeps what is shown); returns the one it has.
     */
    public static synchronized StoredLayout adopt(ProjectSession session, StoredLayout stored) {
        follow(session);
        if (layout != null && owner == session) {
            return layout;
        }
        owner = session;
        layout = Objects.requireNonNull(stored, "stored");
        StoredLayout saved = stored;
        boolean unread = problem != null;
        session.addSaveListener(file -> {
            // no file made for a project without diagrams; a file that could not be read is kept until there is something to write
            Path sidecar = StoredLayout.sidecar(file);
            saved.follow(session.project()); // the names of renamed entities as they are now
            if (!saved.isEmpty() || (Files.exists(sidecar) && !unread)) {
                saved.save(sidecar);
            }
        });
        return stored;
    }

    /** The built-in diagrams, then the project's own ({@link StoredLayout#allDefinitions()}), following renames ({@link StoredLayout#follow}). */
    public static List<DiagramDefinition> list(ProjectSession session) {
        StoredLayout stored = of(session);
        if (!session.busy()) { // not while a sync changes the model
            stored.follow(session.project()); // renamed entities named as they are now, positions kept
        }
        return stored.allDefinitions();
    }

    /** Why the sidecar could not be read, when it could not; {@code null} otherwise. */
    public static synchronized String problem() {
        return problem;
    }

    /** A new session on the same file takes over the layout; another file, or none, drops it. */
    private static void follow(ProjectSession session) {
        if (!listening) {
            listening = true;
            ProjectSession.addListener(SessionDiagrams::sessionChanged);
        }
        sessionChanged(session);
    }

    private static synchronized void sessionChanged(ProjectSession current) {
        if (owner == null || current == owner) {
            return;
        }
        if (current != null && current.file().equals(owner.file())) {
            StoredLayout kept = layout;
            owner = null;
            layout = null;
            adopt(current, kept);
        } else {
            owner = null;
            layout = null;
            problem = null;
        }
    }
}
