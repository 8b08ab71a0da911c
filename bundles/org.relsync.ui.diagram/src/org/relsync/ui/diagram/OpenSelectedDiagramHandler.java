package org.relsync.ui.diagram;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.relsync.diagram.scene.DiagramDefinition;

/** {@code org.relsync.ui.openDiagram} (a double-click on a diagram in the Project Explorer): opens the diagram selected. */
public final class OpenSelectedDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof DiagramDefinition definition) {
            ProjectDiagrams.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), definition);
        }
        return null;
    }
}
