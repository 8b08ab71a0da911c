package org.relsync.ui.views;

import java.util.Objects;

import org.relsync.ui.session.ProjectSession;

/**
 * The Project Explorer's "Diagrams" folder under the project: its children are the project's
 * diagrams ({@code DiagramDefinition}s, the built-in ones first, from {@code SessionDiagrams}),
 * which the diagram editor's bundle opens, renames and deletes through the explorer's context
 * menu ({@code popup:org.relsync.ui.explorer}) and command {@link #OPEN_COMMAND} (a double-click).
 */
public record DiagramsNode(ProjectSession session) {

    /** Opens the diagram selected in the explorer; its handler is the diagram editor bundle's. */
    public static final String OPEN_COMMAND = "org.relsync.ui.openDiagram";

    public DiagramsNode {
        Objects.requireNonNull(session, "session");
    }
}
