package org.relsync.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.relsync.db.DatabaseKinds;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.DiagramDefinition;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.SceneBuilder;
import org.relsync.ui.session.ProjectSession;
import org.relsync.ui.session.SessionDiagrams;

/**
 * The open project's diagrams, as the explorer's menu works on them: open one, make a new one (it
 * is listed and opens at once), rename one, delete one. Each change is a {@link StoredLayoutCommand}
 * on the session's command stack; the rules (names, built-in diagrams, what a file holds) are
 * {@link StoredLayout}'s and {@link DiagramDefinition}'s, which the command line reads too.
 */
final class ProjectDiagrams {

    private ProjectDiagrams() {
    }

    /**
     * Opens {@code definition} in {@code page} (or brings forward the editor of an equal scope),
     * showing the editor area; a scope the project no longer fits (an entity renamed or deleted)
     * is said in a message instead.
     */
    static DiagramEditor open(IWorkbenchPage page, DiagramDefinition definition) {
        ProjectSession session = ProjectSession.current();
        if (session == null) {
            return null;
        }
        try {
            // whether the scope fits the project (with the findings the session has: no validation
            // here); a whole-project diagram needs only a database, when it shows tables
            DiagramScope scope = definition.scope();
            if (!scope.equals(DiagramScope.of(scope.kind()))) {
                SceneBuilder.build(session.project(), scope, null, DatabaseKinds.dialects(), session.problems());
            } else if (scope.kind() != org.relsync.diagram.scene.DiagramKind.ENTITIES && session.project().getDatabases().isEmpty()) {
                throw new IllegalArgumentException("project " + session.project().getName() + " has no database");
            }
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open Diagram",
                    "The diagram " + definition.name() + " cannot be drawn: " + e.getMessage());
            return null;
        }
        page.setEditorAreaVisible(true);
        try {
            return (DiagramEditor) page.openEditor(new DiagramInput(definition), DiagramEditor.ID, true);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open Diagram", e.getMessage());
            return null;
        }
    }

    /**
     * Makes {@code proposed} a diagram of the project (its name made unique) and opens it; a
     * diagram of the same scope already listed is opened instead of a second one.
     */
    static DiagramEditor create(IWorkbenchPage page, DiagramDefinition proposed) {
        ProjectSession session = ProjectSession.current();
        StoredLayout stored = SessionDiagrams.of(session);
        Optional<DiagramDefinition> same = stored.allDefinitions().stream()
                .filter(d -> d.scope().layoutKey().equals(proposed.scope().layoutKey())).findFirst();
        if (same.isPresent()) {
            return open(page, same.get());
        }
        DiagramDefinition definition = proposed.renamed(DiagramDefinition.unique(proposed.name(), stored.allDefinitions()));
        List<DiagramDefinition> after = new ArrayList<>(stored.definitions());
        after.add(definition);
        // positions the diagram gets once opened go with it on undo, unless they were there before it
        String key = definition.scope().layoutKey();
        session.commandStack().execute(new StoredLayoutCommand("New Diagram " + definition.name(), stored, after,
                stored.diagram(key) == null ? key : null, null, () -> syncEditors(page)));
        return open(page, definition);
    }

    /** Renames {@code definition} to {@code newName}; {@link IllegalArgumentException} on a name taken or not allowed. */
    static void rename(IWorkbenchPage page, DiagramDefinition definition, String newName) {
        StoredLayout stored = SessionDiagrams.of(ProjectSession.current());
        DiagramDefinition renamed = definition.renamed(newName);
        List<DiagramDefinition> after = new ArrayList<>();
        for (DiagramDefinition d : stored.definitions()) {
            after.add(d.equals(definition) ? renamed : d);
        }
        new StoredLayout().setDefinitions(after); // checks the names before anything changes
        ProjectSession.current().commandStack().execute(new StoredLayoutCommand("Rename Diagram " + definition.name(), stored,
                after, null, null, () -> syncEditors(page)));
    }

    /** Deletes {@code definition}, closing its editor; its positions go too, unless another diagram shows the same. */
    static void delete(IWorkbenchPage page, DiagramDefinition definition) {
        StoredLayout stored = SessionDiagrams.of(ProjectSession.current());
        List<DiagramDefinition> after = new ArrayList<>(stored.definitions());
        after.remove(definition);
        String key = definition.scope().layoutKey();
        boolean shared = stored.keyUsedBesides(key, definition);
        ProjectSession.current().commandStack().execute(new StoredLayoutCommand("Delete Diagram " + definition.name(), stored,
                after, shared ? null : key, null, () -> syncEditors(page)));
    }

    /**
     * Brings the open diagram editors in line with the listed diagrams: an editor whose scope no
     * diagram has any more is closed; one whose diagram has another name shows it.
     */
    static void syncEditors(IWorkbenchPage page) {
        ProjectSession session = ProjectSession.current();
        if (session == null || page == null) {
            return;
        }
        List<DiagramDefinition> all = SessionDiagrams.list(session);
        for (IEditorReference reference : page.getEditorReferences()) {
            if (!DiagramEditor.ID.equals(reference.getId()) || !(reference.getEditor(false) instanceof DiagramEditor editor)
                    || !(editor.getEditorInput() instanceof DiagramInput input)) {
                continue;
            }
            Optional<DiagramDefinition> listed = all.stream().filter(d -> d.scope().equals(input.scope())).findFirst();
            if (listed.isEmpty()) {
                page.closeEditor(editor, false);
            } else if (!listed.get().name().equals(input.getName())) {
                editor.renamed(listed.get().name());
            }
        }
    }
}
