package org.relsync.ui.diagram;

import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.ui.session.ProjectSession;

/** Open Diagram &gt; Entities / Tables / Mappings (the Project Explorer's context menu): opens or brings forward the diagram editor. */
public final class OpenDiagramHandler extends AbstractHandler {

    public static final String COMMAND = "org.relsync.ui.diagram.open";
    public static final String KIND = "org.relsync.ui.diagram.kind";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        String kind = event.getParameter(KIND);
        if (ProjectSession.current() == null) {
            MessageDialog.openInformation(window.getShell(), "Open Diagram", "No project is open: File > Open Project...");
            return null;
        }
        open(window.getActivePage(), DiagramKind.valueOf(kind == null ? "ENTITIES" : kind.toUpperCase(Locale.ROOT)));
        return null;
    }

    /** Opens the diagram of {@code kind} of the open project in {@code page}, showing the editor area (the Modeling perspective hides it). */
    public static DiagramEditor open(IWorkbenchPage page, DiagramKind kind) {
        DiagramInput input = new DiagramInput(kind);
        return ProjectDiagrams.open(page, new org.relsync.diagram.scene.DiagramDefinition(input.getName(), input.scope()));
    }
}
