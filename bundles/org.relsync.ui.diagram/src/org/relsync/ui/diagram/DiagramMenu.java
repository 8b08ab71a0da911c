package org.relsync.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.DiagramDefinition;
import org.relsync.diagram.scene.NewDiagrams;
import org.relsync.ui.Views;
import org.relsync.ui.session.ProjectSession;
import org.relsync.ui.session.SessionDiagrams;

/**
 * What the diagram editor's bundle adds to the Project Explorer's context menu, by what is
 * selected: on a diagram (under Diagrams), Open, Rename… and Delete (not for the built-in ones);
 * on model elements, New Diagram &gt; Tables of this database / Tables of this schema / Entities:
 * selection / Entity and its neighbours, those that fit ({@link NewDiagrams}). Contributed in
 * {@code plugin.xml} as a dynamic item of {@code popup:org.relsync.ui.explorer}.
 */
public final class DiagramMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        ProjectSession session = ProjectSession.current();
        if (window == null || session == null) {
            return new IContributionItem[0];
        }
        IWorkbenchPage page = window.getActivePage();
        // the explorer's own selection: the menu is its context menu, whichever part is active
        IViewPart explorer = page == null ? null : page.findView(Views.EXPLORER);
        ISelection selection = explorer == null ? null : explorer.getSite().getSelectionProvider().getSelection();
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return new IContributionItem[0];
        }
        List<IContributionItem> items = new ArrayList<>();
        if (structured.size() == 1 && structured.getFirstElement() instanceof DiagramDefinition definition) {
            items.add(item("Open", true, () -> ProjectDiagrams.open(page, definition)));
            items.add(item("Rename...", !definition.builtIn(), () -> rename(window, definition)));
            items.add(item("Delete", !definition.builtIn(), () -> ProjectDiagrams.delete(page, definition)));
            return items.toArray(IContributionItem[]::new);
        }
        List<?> elements = structured.toList();
        if (!(elements.get(0) instanceof EObject first)) {
            return new IContributionItem[0];
        }
        MenuManager menu = new MenuManager("New Diagram", "org.relsync.ui.diagram.newMenu");
        add(menu, page, "Tables of this database", NewDiagrams.tablesOfDatabase(first));
        add(menu, page, "Tables of this schema", NewDiagrams.tablesOfSchema(first));
        add(menu, page, "Entities: selection", NewDiagrams.entities(elements));
        add(menu, page, "Entity and its neighbours", NewDiagrams.neighbours(first));
        if (menu.isEmpty()) {
            return new IContributionItem[0];
        }
        return new IContributionItem[] {menu};
    }

    private static void add(MenuManager menu, IWorkbenchPage page, String label, Optional<DiagramDefinition> definition) {
        definition.ifPresent(d -> menu.add(item(label, true, () -> ProjectDiagrams.create(page, d))));
    }

    private static IContributionItem item(String label, boolean enabled, Runnable run) {
        Action action = new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return new ActionContributionItem(action);
    }

    private static void rename(IWorkbenchWindow window, DiagramDefinition definition) {
        StoredLayout stored = SessionDiagrams.of(ProjectSession.current());
        InputDialog dialog = new InputDialog(window.getShell(), "Rename Diagram", "New name of diagram " + definition.name() + ":",
                definition.name(), text -> {
                    try {
                        String name = DiagramDefinition.checkedName(text);
                        Optional<DiagramDefinition> other = DiagramDefinition.named(stored.allDefinitions(), name);
                        return other.isPresent() && !other.get().equals(definition) ? "There is a diagram " + name + " already" : null;
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                });
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            ProjectDiagrams.rename(window.getActivePage(), definition, dialog.getValue());
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(window.getShell(), "Rename Diagram", e.getMessage());
        }
    }
}
