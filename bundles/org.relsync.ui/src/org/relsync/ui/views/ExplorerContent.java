package org.relsync.ui.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.relsync.diagram.scene.DiagramDefinition;
import org.relsync.model.project.Project;
import org.relsync.ui.edit.ItemContentProvider;
import org.relsync.ui.session.ProjectSession;
import org.relsync.ui.session.SessionDiagrams;

/**
 * The explorer's tree: the model as its item providers give it ({@link ItemContentProvider}),
 * and below the project a {@link DiagramsNode} listing the project's diagrams. The diagrams are
 * not model elements: a change of them (new, renamed, deleted, undone) is a command on the
 * session's stack, on which the folder is refreshed.
 */
final class ExplorerContent implements ITreeContentProvider {

    private final ProjectSession session;
    private final ItemContentProvider model;
    private final DiagramsNode diagrams;
    private StructuredViewer viewer;
    private final CommandStackListener stackListener = event -> refreshDiagrams();

    ExplorerContent(ProjectSession session) {
        this.session = session;
        this.model = new ItemContentProvider(session.adapterFactory());
        this.diagrams = new DiagramsNode(session);
        session.commandStack().addCommandStackListener(stackListener);
    }

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        viewer = v instanceof StructuredViewer s ? s : null;
        model.inputChanged(v, oldInput, newInput);
    }

    @Override
    public Object[] getElements(Object input) {
        return model.getElements(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent == diagrams || parent instanceof DiagramsNode) {
            return SessionDiagrams.list(session).toArray();
        }
        Object[] children = model.getChildren(parent);
        if (parent == session.project()) {
            List<Object> all = new ArrayList<>(Arrays.asList(children));
            all.add(diagrams);
            return all.toArray();
        }
        return children;
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof DiagramsNode) {
            return session.project();
        }
        if (element instanceof DiagramDefinition) {
            return diagrams;
        }
        return model.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof DiagramsNode || element instanceof Project || model.hasChildren(element);
    }

    /** The explorer's text of a diagram or of the Diagrams folder; {@code null} for anything else. */
    static String label(Object element) {
        if (element instanceof DiagramsNode) {
            String problem = SessionDiagrams.problem();
            return problem == null ? "Diagrams" : "Diagrams  [layout file not read: " + problem + "]";
        }
        if (element instanceof DiagramDefinition definition) {
            return definition.name() + (definition.builtIn() ? "  (whole project)"
                    : "  (" + definition.scope().kind().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        return null;
    }

    /** The icon of a diagram or of the Diagrams folder (the bundle's {@code icons/}); {@code null} for anything else. */
    static java.net.URL icon(Object element) {
        if (element instanceof DiagramsNode) {
            return ExplorerContent.class.getResource("/icons/diagrams16.png");
        }
        return element instanceof DiagramDefinition ? ExplorerContent.class.getResource("/icons/diagram16.png") : null;
    }

    private void refreshDiagrams() {
        StructuredViewer v = viewer;
        if (v == null || v.getControl() == null || v.getControl().isDisposed()) {
            return;
        }
        v.getControl().getDisplay().asyncExec(() -> {
            if (!v.getControl().isDisposed()) {
                v.refresh(diagrams, true);
            }
        });
    }

    @Override
    public void dispose() {
        session.commandStack().removeCommandStackListener(stackListener);
        model.dispose();
    }
}
