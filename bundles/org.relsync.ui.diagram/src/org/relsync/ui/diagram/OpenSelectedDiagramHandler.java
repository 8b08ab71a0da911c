package org.relsync.ui.diagram;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.relsync.diagram.scene.DiagramDefinition;
import org.relsync.ui.Views;

/** {@code org.relsync.ui.openDiagram} (a double-click on a diagram in the Project Explorer): opens the diagram selected. */
public final class OpenSelectedDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        Object selected = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection ? selection.getFirstElement() : null;
        if (!(selected instanceof DiagramDefinition)) { // the explorer's, when another part is active
            IViewPart explorer = page.findView(Views.EXPLORER);
            selected = explorer != null && explorer.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s
                    ? s.getFirstElement() : null;
        }
        if (selected instanceof DiagramDefinition definition) {
            ProjectDiagrams.open(page, definition);
        }
        return null;
    }
}
