package org.relsync.ui.diagram;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.relsync.diagram.scene.DiagramDefinition;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;

/**
 * What a {@link DiagramEditor} shows: a {@link DiagramScope} of the project open in the
 * workbench's {@code ProjectSession} (a whole-project kind, a database, some schemas, entities and
 * their neighbours), under a name. Two inputs of equal scopes are equal, whatever their names, so
 * opening a diagram again brings its editor forward.
 */
public final class DiagramInput implements IEditorInput {

    private final DiagramScope scope;
    private final String name;

    /** The whole-project diagram of {@code kind}, named after it ("Entities"). */
    public DiagramInput(DiagramKind kind) {
        this(DiagramScope.of(kind), kindName(kind));
    }

    public DiagramInput(DiagramScope scope, String name) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The diagram {@code definition} names. */
    public DiagramInput(DiagramDefinition definition) {
        this(definition.scope(), definition.name());
    }

    private static String kindName(DiagramKind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
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
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return name + ": " + new DiagramDefinition(name, scope).describe() + " of the open project";
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
