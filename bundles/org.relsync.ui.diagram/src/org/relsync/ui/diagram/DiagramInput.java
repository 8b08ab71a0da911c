package org.relsync.ui.diagram;

import java.util.Locale;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;

/**
 * What a {@link DiagramEditor} shows: a diagram kind (entities, tables, mappings) of the project
 * open in the workbench's {@code ProjectSession}, whole (every schema, every row). Two inputs of
 * the same kind are equal, so opening a diagram again brings its editor forward.
 */
public final class DiagramInput implements IEditorInput {

    private final DiagramScope scope;

    public DiagramInput(DiagramKind kind) {
        this.scope = DiagramScope.of(kind);
    }

    public DiagramScope scope() {
        return scope;
    }

    public DiagramKind kind() {
        return scope.kind();
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        String name = scope.kind().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return getName() + " diagram of the open project";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramInput input && input.scope.equals(scope);
    }

    @Override
    public int hashCode() {
        return scope.hashCode();
    }
}
