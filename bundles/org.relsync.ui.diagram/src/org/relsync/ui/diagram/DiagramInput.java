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
    private final java.util.List<String> ids;

    /** The whole-project diagram of {@code kind}, named after it ("Entities"). */
    public DiagramInput(DiagramKind kind) {
        this(DiagramScope.of(kind), kindName(kind));
    }

    public DiagramInput(DiagramScope scope, String name) {
        this(new DiagramDefinition(Objects.requireNonNull(name, "name"), Objects.requireNonNull(scope, "scope")));
    }

    /** The diagram {@code definition} names (with its entities' ids, so that it follows their renames). */
    public DiagramInput(DiagramDefinition definition) {
        this.scope = definition.scope();
        this.name = definition.name();
        this.ids = definition.ids();
    }

    /** The diagram as a definition: name, scope and the ids of the entities it names. */
    public DiagramDefinition definition() {
        return new DiagramDefinition(name, scope, ids);
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
