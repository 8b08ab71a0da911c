package org.relsync.ui.views;

import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.EntityModel;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.TypedView;
import org.relsync.model.project.Project;
import org.relsync.sync.edit.ProjectEditor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.relsync.model.relational.RelationalElement;
import org.relsync.ui.SessionActions;
import org.relsync.ui.edit.ItemLabelProvider;
import org.relsync.ui.edit.ItemPropertySource;
import org.relsync.ui.session.ProjectSession;

/**
 * The Project Explorer: the open project as a tree (entity model, databases with their catalogs,
 * schemas, tables and columns, sync tasks, settings), from the EMF.Edit item providers. Elements
 * marked for deletion are shown in grey italics with a "[marked for deletion]" suffix; the latest
 * validation (published by Errors &amp; Warnings) adds "[orphan]" to orphans and the count of an
 * element's errors (in red) or warnings. A filter box keeps the elements whose
 * label holds its text, with their ancestors. The selection feeds the Properties view, which
 * edits through the session's {@code ProjectEditor}. Below the project, a Diagrams folder lists
 * the project's diagrams ({@link ExplorerContent}); a double-click opens one.
 */
public final class ExplorerView extends ViewPart {

    private TreeViewer viewer;
    private Text filter;
    private SessionActions actions;
    private ExplorerContent contentProvider;
    private ItemLabelProvider labelProvider;
    private Font struck;
    private final ProjectSession.Listener sessionListener = session -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::showSession);
        }
    };
    private ProjectSession shown;
    private ProjectSession previous;
    private Runnable shownProblems;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter (name contains)");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setUseHashlookup(true);
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String text = filter.getText().trim().toLowerCase(Locale.ROOT);
                return text.isEmpty() || matches(element, text, 0);
            }
        });
        filter.addModifyListener(e -> {
            viewer.refresh();
            if (!filter.getText().isBlank()) {
                viewer.expandToLevel(6);
            }
        });
        viewer.addDoubleClickListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element instanceof org.relsync.diagram.scene.DiagramDefinition) {
                openDiagram();
            } else if (element != null) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        });
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        // under the view's id, so that other bundles add to it (org.relsync.ui.diagram: Open Diagram)
        getSite().registerContextMenu(menu, viewer);
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPostSelectionListener(editorSelection);
        actions = new SessionActions();
        actions.install(getViewSite().getActionBars());
        ProjectSession.addListener(sessionListener);
        showSession();
    }

    private boolean matches(Object element, String text, int depth) {
        if (labelProvider.getText(element).toLowerCase(Locale.ROOT).contains(text)) {
            return true;
        }
        if (depth > 8) {
            return false;
        }
        for (Object child : contentProvider.getChildren(element)) {
            if (matches(child, text, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private void showSession() {
        ProjectSession session = ProjectSession.current();
        if (viewer == null || viewer.getControl().isDisposed() || session == shown) {
            return;
        }
        shown = session;
        if (contentProvider != null) {
            contentProvider.dispose();
        }
        if (session == null) {
            viewer.setInput(null);
            setContentDescription("No project open: File > Open Project...");
            return;
        }
        if (shownProblems != null && previous != null) {
            previous.removeProblemListener(shownProblems);
        }
        previous = session;
        decorated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        shownProblems = () -> viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed() && ProjectSession.current() == session) {
                relabelProblems(session);
            }
        });
        session.addProblemListener(shownProblems);
        contentProvider = new ExplorerContent(session);
        labelProvider = new MarkedLabelProvider(session);
        viewer.setContentProvider(contentProvider);
        viewer.setLabelProvider(labelProvider);
        viewer.setInput(new Object[] {session.project()});
        viewer.expandToLevel(3);
        setContentDescription(session.file().toString());
    }

    /** The elements shown with problems: relabelled, with those that now have some, when a validation is published. */
    private java.util.Set<Object> decorated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * A validation was published: relabels the elements that had or have findings, not the whole
     * tree (a refresh of a 2,000-table project's tree took 0.3 s on the UI thread after every edit).
     */
    private void relabelProblems(ProjectSession session) {
        java.util.Set<Object> now = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (var finding : session.problems()) {
            now.add(finding.element());
        }
        java.util.Set<Object> changed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        changed.addAll(decorated);
        changed.addAll(now);
        decorated = now;
        if (!changed.isEmpty()) {
            viewer.update(changed.toArray(), null);
        }
    }

    /** Labels with the deletion mark as a style: grey italics and a suffix. */
    private final class MarkedLabelProvider extends ItemLabelProvider
            implements org.eclipse.jface.viewers.IFontProvider, org.eclipse.jface.viewers.IColorProvider {

        MarkedLabelProvider(ProjectSession session) {
            super(session.adapterFactory());
        }

        private boolean marked(Object element) {
            return element instanceof RelationalElement r && r.isMarkedForDeletion();
        }

        @Override
        public Font getFont(Object element) {
            if (!marked(element)) {
                return null;
            }
            if (struck == null) {
                var data = viewer.getControl().getFont().getFontData()[0];
                struck = new Font(viewer.getControl().getDisplay(), data.getName(), data.getHeight(), SWT.ITALIC);
            }
            return struck;
        }

        @Override
        public Color getForeground(Object element) {
            if (marked(element)) {
                return viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
            }
            ProjectSession session = ProjectSession.current();
            if (session != null && session.problemsOf(element).stream()
                    .anyMatch(f -> f.severity() == org.relsync.sync.report.Problem.Severity.ERROR)) {
                return viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED);
            }
            return null;
        }

        @Override
        public Color getBackground(Object element) {
            return null;
        }

        private java.util.Map<Object, String> targets = java.util.Map.of();
        private long targetsOf = -1;

        /** What the entity (or typed view) is mapped onto, in each database: "CUSTOMER", "shop: CUSTOMER, crm: CLIENT". */
        private String target(Object element) {
            ProjectSession session = ProjectSession.current();
            if (session == null || !(element instanceof Entity || element instanceof TypedView)) {
                return null;
            }
            if (targetsOf != session.generation()) {
                java.util.Map<Object, java.util.List<String>> byElement = new java.util.IdentityHashMap<>();
                var mappings = session.project().getMappings();
                for (var databaseMapping : mappings) {
                    String prefix = mappings.size() > 1 && databaseMapping.getDatabase() != null
                            ? databaseMapping.getDatabase().getName() + ": " : "";
                    for (var m : databaseMapping.getEntityMappings()) {
                        if (m.getTarget() != null) {
                            byElement.computeIfAbsent(m.getEntity(), k -> new java.util.ArrayList<>()).add(prefix + m.getTarget().getName());
                        }
                    }
                    for (var m : databaseMapping.getTypedViewMappings()) {
                        if (m.getTarget() != null) {
                            byElement.computeIfAbsent(m.getTypedView(), k -> new java.util.ArrayList<>()).add(prefix + m.getTarget().getName());
                        }
                    }
                }
                java.util.Map<Object, String> joined = new java.util.IdentityHashMap<>();
                byElement.forEach((k, v) -> joined.put(k, String.join(", ", v)));
                targets = joined;
                targetsOf = session.generation();
            }
            return targets.get(element);
        }

        @Override
        public org.eclipse.swt.graphics.Image getImage(Object element) {
            java.net.URL icon = ExplorerContent.icon(element);
            return icon != null ? image(icon) : super.getImage(element);
        }

        @Override
        public String getText(Object element) {
            String diagram = ExplorerContent.label(element);
            if (diagram != null) {
                return diagram;
            }
            String text = super.getText(element);
            String target = target(element);
            if (target != null) {
                text += "  \u2192 " + target;
            }
            if (marked(element)) {
                text += "  [marked for deletion]";
            }
            ProjectSession session = ProjectSession.current();
            var problems = session == null ? java.util.List.<org.relsync.sync.validation.Validation.Finding>of() : session.problemsOf(element);
            if (problems.stream().anyMatch(f -> f.code().startsWith("orphan."))) {
                text += "  [orphan]";
            }
            long errors = problems.stream().filter(f -> f.severity() == org.relsync.sync.report.Problem.Severity.ERROR).count();
            long warnings = problems.size() - errors;
            if (errors > 0) {
                text += "  (" + errors + (errors == 1 ? " error)" : " errors)");
            } else if (warnings > 0 && problems.stream().anyMatch(f -> !f.code().startsWith("orphan."))) {
                text += "  (" + warnings + (warnings == 1 ? " warning)" : " warnings)");
            }
            return text;
        }
    }

    /**
     * The context menu: new entity, new field, delete, each a {@code ProjectEditor} command (the CLI's),
     * undoable; then what other bundles contribute to {@code popup:org.relsync.ui.explorer} (additions).
     */
    private void fillMenu(IMenuManager menu) {
        fillEditMenu(menu);
        menu.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private void fillEditMenu(IMenuManager menu) {
        ProjectSession session = ProjectSession.current();
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (session == null || selected == null) {
            return;
        }
        ProjectEditor editor = session.editor();
        if (selected instanceof EntityModel || selected instanceof Entity || selected instanceof Project) {
            menu.add(action("New Entity...", () -> {
                InputDialog dialog = new InputDialog(getSite().getShell(), "New Entity", "Name of the new entity:", "", null);
                if (dialog.open() == Window.OK) {
                    run(() -> editor.addEntity(dialog.getValue().trim()));
                }
            }));
        }
        if (selected instanceof Entity entity) {
            menu.add(action("New Field...", () -> {
                FieldDialog dialog = new FieldDialog(getSite().getShell(), entity.getName());
                if (dialog.open() == Window.OK) {
                    run(() -> editor.addField(entity.getName() + "." + dialog.fieldName(), dialog.spec()));
                }
            }));
            menu.add(action("Delete Entity " + entity.getName(), () -> run(() -> editor.removeEntity(entity.getName()))));
        } else if (selected instanceof EntityField field && field.getEntity() != null) {
            menu.add(action("Delete Field " + field.getName(),
                    () -> run(() -> editor.removeField(field.getEntity().getName() + "." + field.getName()))));
        } else if (selected instanceof Relationship relationship) {
            menu.add(action("Delete Relationship " + relationship.getName(), () -> run(() -> editor.removeRelationship(relationship.getName()))));
        } else if (selected instanceof TypedView view) {
            menu.add(action("Delete Typed View " + view.getName(), () -> run(() -> editor.removeTypedView(view.getName()))));
        }
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Makes and executes an editor command; the editor's refusal (a taken or invalid name) is shown as it says it. */
    private void run(java.util.function.Supplier<org.eclipse.emf.common.command.Command> command) {
        try {
            ProjectSession.current().editor().execute(command.get());
        } catch (RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Project Explorer", e.getMessage());
        }
    }

    /** Opens the diagram selected (a double-click): the diagram editor's bundle handles {@link DiagramsNode#OPEN_COMMAND}. */
    private void openDiagram() {
        try {
            getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(DiagramsNode.OPEN_COMMAND, null);
        } catch (org.eclipse.core.commands.common.CommandException e) {
            MessageDialog.openError(getSite().getShell(), "Open Diagram", e.getMessage());
        }
    }

    /**
     * Linked with the editors: what is selected in an editor (a box on a diagram) is selected and
     * revealed here too, when it is an element of the open project, without taking the focus.
     */
    private final org.eclipse.ui.ISelectionListener editorSelection = (part, selection) -> {
        ProjectSession session = ProjectSession.current();
        if (!(part instanceof org.eclipse.ui.IEditorPart) || session == null || viewer.getControl().isDisposed()
                || !(selection instanceof IStructuredSelection chosen) || chosen.isEmpty()) {
            return;
        }
        for (Object element : chosen.toList()) {
            if (!(element instanceof org.eclipse.emf.ecore.EObject object) || object.eResource() != session.project().eResource()) {
                return;
            }
        }
        if (!chosen.toList().equals(viewer.getStructuredSelection().toList())) {
            viewer.setSelection(chosen, true);
        }
    };

    /** Selects and reveals {@code element} (for Errors &amp; Warnings' double-click). */
    public void reveal(Object element) {
        viewer.setSelection(new StructuredSelection(element), true);
        viewer.getControl().setFocus();
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage() {
                @Override
                public void setActionBars(org.eclipse.ui.IActionBars bars) {
                    super.setActionBars(bars);
                    actions.install(bars); // undo and redo while the Properties view has the focus
                }
            };
            page.setPropertySourceProvider(this::propertySource);
            return adapter.cast(page);
        }
        return super.getAdapter(adapter);
    }

    private IPropertySource propertySource(Object object) {
        return ItemPropertySource.of(object, ProjectSession.current(), () -> getSite().getShell());
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(editorSelection);
        ProjectSession.removeListener(sessionListener);
        if (previous != null && shownProblems != null) {
            previous.removeProblemListener(shownProblems);
        }
        if (actions != null) {
            actions.dispose();
        }
        if (contentProvider != null) {
            contentProvider.dispose();
        }
        if (struck != null) {
            struck.dispose();
        }
        super.dispose();
    }
}
