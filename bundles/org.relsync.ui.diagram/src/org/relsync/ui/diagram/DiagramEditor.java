package org.relsync.ui.diagram;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.relsync.db.DatabaseKinds;
import org.relsync.diagram.export.DiagramExport;
import org.relsync.diagram.layout.Box;
import org.relsync.diagram.layout.DiagramLayouter;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.DiagramDefinition;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Edge;
import org.relsync.diagram.scene.Node;
import org.relsync.model.common.Element;
import org.relsync.ui.SessionActions;
import org.relsync.ui.views.BackgroundValidation;
import org.relsync.ui.views.ProblemsView;
import org.relsync.ui.edit.ItemPropertySource;
import org.relsync.ui.session.ProjectSession;

/**
 * A diagram of the open project (entities, tables or mappings) on a canvas: the scene and its
 * layout made by {@link DiagramExport#layout} exactly as {@code relsync diagram} makes them (the
 * positions stored beside the project kept), drawn by {@link SceneRenderer} in the export's look.
 * Wheel zooms around the pointer, dragging the background pans, Fit and 100% in the toolbar and
 * the context menu. A click selects a node: its model element becomes the workbench selection
 * (Properties shows and edits it; a double-click opens Properties on it; Show in Explorer is in
 * its context menu, {@link ElementMenu}); an element selected elsewhere (the explorer) is
 * outlined when the diagram has it. A change on the session's command stack (an edit, an undo, a
 * sync) builds the scene and layout again, keeping the positions of the nodes that were there; the
 * project read again from its file (Reload, a DDL apply) is shown in place, another project closes
 * the editor. Hovering a node shows the export's tooltip (its
 * state, "will be dropped", its problems).
 * <p>
 * Dragging a node moves it and pins it ({@link StoredLayout#move}); "Layout" lays out again the
 * nodes nobody moved, "Layout All" every node, pins dropped (toolbar and context menu). Each is a
 * {@link StoredLayoutCommand} on the session's command stack: Edit &gt; Undo takes it back, and the
 * project is dirty. The positions ({@link SessionLayouts}, one {@link StoredLayout} per session,
 * shared by its diagrams) are written to the sidecar file {@code <project>.layout.json} when the
 * project is saved.
 */
public final class DiagramEditor extends EditorPart {

    public static final String ID = "org.relsync.ui.diagram.editor";
    static final double MIN_ZOOM = 0.05;
    static final double MAX_ZOOM = 4;
    static final double MARGIN = 20;

    private ProjectSession session;
    private DiagramScope scope;
    private DiagramDefinition definition;
    private StoredLayout stored;
    private Layout layout;
    private Map<String, Box> nodeBoxes = Map.of();
    private Canvas canvas;
    private Label zoomLabel;
    private SceneRenderer renderer;
    private double zoom = 1;
    private double originX = MARGIN;
    private double originY = MARGIN;
    private final Set<String> selected = new LinkedHashSet<>();
    private boolean panning;
    private String dragged;
    private int dragX;
    private int dragY;
    private boolean dragMoved;
    private Layout preview;
    private int panX;
    private int panY;
    private boolean rebuildPending;
    private long layoutGeneration;
    private LayoutJob layoutJob;
    private volatile int layingOut;
    private final double[] timings = new double[4];
    private boolean placed;
    private String hovered;
    private SessionActions actions;
    private final Selections selections = new Selections();
    private final ViewOptions view = new ViewOptions(this::positionsChanged);
    private final TypeAheadSearch search = new TypeAheadSearch(this);
    private int[] menuAt;
    private Overview overview;

    private final CommandStackListener stackListener = event -> scheduleRebuild();
    /** A validation was published: its badges are drawn (once it is of the model as it is). */
    private final Runnable problemsListener = () -> {
        if (session.problemsCurrent()) {
            scheduleRebuild();
        }
    };
    private final ProjectSession.Listener sessionListener = current -> {
        if (current != session && canvas != null && !canvas.isDisposed()) {
            canvas.getDisplay().asyncExec(() -> sessionReplaced(current));
        }
    };
    private final ISelectionListener workbenchSelection = this::selectionChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramInput diagram)) {
            throw new PartInitException("not a diagram: " + input);
        }
        session = ProjectSession.current();
        if (session == null) {
            throw new PartInitException("No project is open");
        }
        setSite(site);
        setInput(input);
        scope = diagram.scope();
        definition = diagram.definition().current(session.project()); // the ids of the entities it names, for their renames
        stored = SessionLayouts.of(session, () -> {
            try {
                return StoredLayout.load(StoredLayout.sidecar(session.file()));
            } catch (RuntimeException e) {
                // a broken sidecar is an error in the CLI; here the diagram still opens, laid out afresh
                site.getShell().getDisplay().asyncExec(() -> MessageDialog.openWarning(site.getShell(), "Diagram",
                        e.getMessage() + "\nThe diagram is laid out afresh."));
                return new StoredLayout();
            }
        });
        setPartName(diagram.getName() + " \u2013 " + session.project().getName());
        build();
        setTitleToolTip(layout.scene().title());
    }

    /**
     * The scene and its layout, as the export makes them, keeping the positions stored or shown so
     * far. The scene is read here, on the UI thread (the model is the UI thread's); a layout that
     * places many boxes afresh (a first opening, a large change) runs in a job, and the diagram
     * shows "Laying out" until it is done, the window never waiting for it.
     */
    private void build() {
        long start = System.nanoTime();
        // errors and warnings from the latest validation the session has (Errors & Warnings
        // publishes one after each change, off the UI thread): validating here would be most of the
        // scene's time (0.4 s of 0.45 at 2,000 tables); a newer one redraws the diagram
        Scene scene = DiagramExport.scene(session.project(), view.apply(scope), null, DatabaseKinds.dialects(), session.problems());
        StoredLayout.Diagram storedNow = stored.snapshot(scope.layoutKey());
        StoredLayout.Diagram prepared = storedNow == null || storedNow.nodes().isEmpty()
                ? PreparedLayouts.take(session, scope.layoutKey()) // laid out ahead, if it was
                : null;
        StoredLayout.Diagram kept = prepared != null ? prepared : storedNow;
        timings[0] = (System.nanoTime() - start) / 1e9;
        if (!session.problemsCurrent() && !ProblemsView.pendingIn(getSite().getPage())) {
            BackgroundValidation.start(session, getSite().getShell().getDisplay()); // none coming: validate for the badges
        }
        long generation = ++layoutGeneration;
        if (layoutJob != null) {
            layoutJob.cancel(); // its result would be thrown away: the newest scene wins
        }
        layingOut = 0;
        if (!DiagramExport.slow(scene, kept, false)) {
            long laid = System.nanoTime();
            show(DiagramExport.layout(scene, kept, false));
            timings[1] = (System.nanoTime() - laid) / 1e9;
            return;
        }
        if (layout == null || !layout.scene().kind().equals(scene.kind())) {
            layout = new Layout(scene, Map.of(), Map.of(), Map.of(), 0, 0); // nothing placed yet
        }
        layingOut = scene.nodes().size();
        layoutJob = new LayoutJob("Laying out " + getPartName(), () -> {
            long laid = System.nanoTime();
            Layout result = DiagramExport.layout(scene, kept, false);
            timings[3] = (System.nanoTime() - laid) / 1e9;
            return result;
        }, result -> {
            if (generation == layoutGeneration) {
                layingOut = 0;
                boolean first = layout.nodes().isEmpty();
                show(result);
                if (canvas != null && !canvas.isDisposed()) {
                    placed = placed && !first; // the first view of what is now laid out
                    updateZoomLabel();
                    canvas.redraw();
                }
            }
        });
        layoutJob.schedule();
    }

    /** Shows {@code laidOut}, storing its positions (the boxes of hidden rows are drawn at the stored places, not stored). */
    private void show(Layout laidOut) {
        layout = laidOut;
        if (view.fullSize()) {
            stored.put(scope.layoutKey(), layout);
        }
        Map<String, Box> boxes = new HashMap<>();
        layout.nodes().forEach(boxes::put);
        nodeBoxes = boxes;
        selected.retainAll(boxes.keySet());
    }

    /** Seconds the last scene build, layout made at once, paint, and layout made in a job took (for the benchmark and the tests' logs). */
    public double[] timings() {
        return timings.clone();
    }

    /** Whether a layout is being made off the UI thread (the diagram shows "Laying out"). */
    public boolean layingOut() {
        return layingOut > 0;
    }

    @Override
    public void createPartControl(Composite parent) {
        renderer = new SceneRenderer(parent.getDisplay());
        GridLayout grid = new GridLayout(2, false);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        grid.verticalSpacing = 0;
        parent.setLayout(grid);
        ToolBar toolBar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        // a narrow editor cuts the zoom label, then the tool bar, instead of making the canvas wider than what is seen of it
        GridData barData = new GridData(SWT.BEGINNING, SWT.CENTER, true, false);
        barData.minimumWidth = 0;
        toolBar.setLayoutData(barData);
        toolItem(toolBar, "Fit", "Zoom to show the whole diagram", this::fit);
        toolItem(toolBar, "100%", "Zoom to 100 %", () -> zoomTo(1, canvasCenter()));
        toolItem(toolBar, "\u2212", "Zoom out", () -> zoomTo(zoom / 1.25, canvasCenter()));
        toolItem(toolBar, "+", "Zoom in", () -> zoomTo(zoom * 1.25, canvasCenter()));
        new ToolItem(toolBar, SWT.SEPARATOR);
        toolItem(toolBar, "Layout", "Lay out again the boxes nobody moved (moved boxes stay pinned)", this::layoutUnpinned);
        toolItem(toolBar, "Layout All", "Lay out every box afresh, dropping the pins of moved boxes", this::layoutAll);
        new ToolItem(toolBar, SWT.SEPARATOR);
        view.addTo(toolBar);
        toolItem(toolBar, "Export\u2026", "Export the diagram as shown to SVG or PNG, as relsync diagram does", this::exportDialog);
        zoomLabel = new Label(parent, SWT.NONE);
        GridData labelData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        labelData.widthHint = 0;
        labelData.minimumWidth = 0;
        zoomLabel.setLayoutData(labelData);
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        search.addTo(toolBar, canvas);
        overview = new Overview(this, canvas);
        overview.addTo(toolBar);
        canvas.addListener(SWT.Paint, e -> {
            if (!placed && canvas.getClientArea().width > 2 * MARGIN && canvas.getClientArea().height > 2 * MARGIN) {
                // the first view: a diagram that fits at 75 % or more is shown whole (at most 100 %), a
                // larger one from its top left corner at 75 %, where its text is still readable
                placed = true;
                fit();
                zoom = Math.max(zoom, 0.75);
                originX = MARGIN;
                originY = MARGIN;
                updateZoomLabel();
                overview.defaultFor(zoom);
            }
            long painting = System.nanoTime();
            renderer.paint(e.gc, preview != null ? preview : layout, zoom, originX, originY, selected);
            timings[2] = (System.nanoTime() - painting) / 1e9;
            search.paint(e.gc, zoom, originX, originY);
            if (layingOut > 0) {
                e.gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                e.gc.drawString("Laying out " + layingOut + " boxes\u2026", (int) MARGIN, (int) MARGIN, true);
            }
            overview.paint(e.gc);
        });
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        ElementMenu elementMenu = new ElementMenu(getSite().getPage(), getSite().getShell());
        canvas.addListener(SWT.MenuDetect, e -> menuAt = toCanvas(e));
        menu.addMenuListener(m -> {
            // the element under the pointer (a box or a row) first, then what the whole diagram offers
            elementMenu.fill(m, session, menuAt == null ? null : elementAt(menuAt[0], menuAt[1]));
            m.add(action("Fit", this::fit));
            m.add(action("100%", () -> zoomTo(1, canvasCenter())));
            m.add(action("Zoom In", () -> zoomTo(zoom * 1.25, canvasCenter())));
            m.add(action("Zoom Out", () -> zoomTo(zoom / 1.25, canvasCenter())));
            m.add(new org.eclipse.jface.action.Separator());
            m.add(action("Layout", this::layoutUnpinned));
            m.add(action("Layout All", this::layoutAll));
            m.add(new org.eclipse.jface.action.Separator());
            view.addTo(m);
            m.add(action("Export\u2026", this::exportDialog));
        });
        canvas.setMenu(menu.createContextMenu(canvas));
        getSite().setSelectionProvider(selections);
        getSite().getPage().addSelectionListener(workbenchSelection);
        actions = new SessionActions();
        actions.install(getEditorSite().getActionBars());
        session.commandStack().addCommandStackListener(stackListener);
        session.addProblemListener(problemsListener);
        ProjectSession.addListener(sessionListener);
        updateZoomLabel();
    }

    private static void toolItem(ToolBar bar, String text, String tip, Runnable run) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> run.run());
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    // ---- zoom and pan

    private int[] canvasCenter() {
        Rectangle area = canvas.getClientArea();
        return new int[] {area.width / 2, area.height / 2};
    }

    /** Zooms to {@code newZoom} keeping the diagram point under screen point {@code at} where it is. */
    public void zoomTo(double newZoom, int[] at) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        originX = at[0] - (at[0] - originX) * clamped / zoom;
        originY = at[1] - (at[1] - originY) * clamped / zoom;
        zoom = clamped;
        updateZoomLabel();
        canvas.redraw();
    }

    /** Scrolls so that the diagram's origin is at screen point ({@code x}, {@code y}) of the canvas. */
    public void scrollTo(double x, double y) {
        originX = x;
        originY = y;
        canvas.redraw();
    }

    /** Zooms and scrolls so that the whole diagram, legend included, fits the canvas (never above 100 %). */
    public void fit() {
        Rectangle area = canvas.getClientArea();
        double[] size = SceneRenderer.size(layout);
        if (area.width <= 2 * MARGIN || area.height <= 2 * MARGIN) {
            return;
        }
        zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min((area.width - 2 * MARGIN) / size[0], (area.height - 2 * MARGIN) / size[1])));
        originX = (area.width - size[0] * zoom) / 2;
        originY = MARGIN;
        updateZoomLabel();
        canvas.redraw();
    }

    private void wheel(Event e) {
        if (e.count == 0) {
            return;
        }
        e.doit = false;
        double factor = Math.pow(1.1, Math.signum(e.count) * Math.min(3, Math.abs(e.count) / 3.0 + 0.67));
        zoomTo(zoom * factor, new int[] {e.x, e.y});
    }

    private void mouseDown(Event e) {
        if (e.button != 1 || overview.mouseDown(e)) {
            return;
        }
        canvas.setFocus();
        String hit = SceneRenderer.nodeAt(layout, zoom, originX, originY, e.x, e.y);
        if (hit == null) {
            panning = true;
            panX = e.x;
            panY = e.y;
            canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
            return;
        }
        select(hit);
        dragged = hit;
        dragX = e.x;
        dragY = e.y;
        dragMoved = false;
    }

    private void mouseMove(Event e) {
        if (overview.mouseMove(e)) {
            return;
        }
        if (dragged != null) {
            if ((e.stateMask & SWT.BUTTON1) == 0 && e.stateMask != 0) { // released outside the canvas
                dragged = null;
                preview = null;
                canvas.redraw();
                return;
            }
            dragMoved |= Math.abs(e.x - dragX) > 2 || Math.abs(e.y - dragY) > 2;
            if (dragMoved) {
                preview = dragPreview(dragged, layout.nodes().get(dragged).moved((e.x - dragX) / zoom, (e.y - dragY) / zoom));
                canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
                canvas.redraw();
            }
            return;
        }
        if (!panning) {
            String hover = SceneRenderer.nodeAt(layout, zoom, originX, originY, e.x, e.y);
            if (!java.util.Objects.equals(hover, hovered)) {
                hovered = hover;
                Node node = hover == null ? null : node(hover);
                canvas.setToolTipText(node == null ? null : SceneRenderer.tooltip(node));
            }
            return;
        }
        if ((e.stateMask & SWT.BUTTON1) == 0 && e.stateMask != 0) {
            panning = false;
        }
        originX += e.x - panX;
        originY += e.y - panY;
        panX = e.x;
        panY = e.y;
        canvas.redraw();
        if (!panning) {
            canvas.setCursor(null);
        }
    }

    private void mouseUp(Event e) {
        if (overview.mouseUp(e)) {
            return;
        }
        panning = false;
        canvas.setCursor(null);
        String id = dragged;
        dragged = null;
        preview = null;
        if (id != null && dragMoved && layout.nodes().containsKey(id)) {
            Box box = layout.nodes().get(id);
            moveNode(id, box.x() + (e.x - dragX) / zoom, box.y() + (e.y - dragY) / zoom);
        }
        canvas.redraw();
    }

    /**
     * The layout shown while node {@code id} is dragged to {@code box}: the stored positions with
     * that node there, its lines routed again (the others keep their routes), laid out in KEEP mode.
     */
    private Layout dragPreview(String id, Box box) {
        StoredLayout.Diagram positions = stored.snapshot(scope.layoutKey());
        if (positions == null || !positions.nodes().containsKey(id)) {
            return null;
        }
        positions.nodes().put(id, new StoredLayout.Entry(box, true));
        for (Edge edge : layout.scene().edges()) {
            if (edge.source().node().equals(id) || edge.target().node().equals(id)) {
                positions.edges().remove(edge.id());
            }
        }
        return DiagramLayouter.layout(layout.scene(), positions, DiagramLayouter.Mode.KEEP);
    }

    /** A double-click on a box opens Properties with its model element (Show in Explorer is in the context menu). */
    private void doubleClick(Event e) {
        if (overview.bounds() != null && overview.bounds().contains(e.x, e.y)) {
            return; // on the overview, not on a box
        }
        String hit = SceneRenderer.nodeAt(layout, zoom, originX, originY, e.x, e.y);
        if (hit != null && element(hit) != null) {
            select(hit);
            try {
                getSite().getPage().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
            } catch (PartInitException ex) {
                MessageDialog.openError(getSite().getShell(), "Properties", ex.getMessage());
            }
        }
    }

    /** A menu event's place on the canvas: the pointer's, or the canvas's centre when the keyboard asked. */
    private int[] toCanvas(Event e) {
        if (e.detail == SWT.MENU_KEYBOARD) {
            return selected.isEmpty() ? null : centreOf(selected.iterator().next());
        }
        org.eclipse.swt.graphics.Point point = canvas.toControl(e.x, e.y);
        return new int[] {point.x, point.y};
    }

    private int[] centreOf(String id) {
        Box box = layout.nodes().get(id);
        return box == null ? null : new int[] {(int) Math.round((box.x() + box.width() / 2) * zoom + originX),
                (int) Math.round((box.y() + 4) * zoom + originY)};
    }

    /** The model element at canvas point (x, y): a row's field or column, else the box's element, else none. */
    public EObject elementAt(int x, int y) {
        String id = DiagramHits.elementAt(layout, SceneRenderer.nodeAt(layout, zoom, originX, originY, x, y), zoom, originX, originY, x, y);
        return id == null ? null : element(id);
    }

    /** Scrolls so that node {@code id} is in the middle of the canvas, at the zoom it has. */
    public void centreOn(String id) {
        Box box = layout.nodes().get(id);
        if (box == null || canvas == null || canvas.isDisposed()) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        originX = area.width / 2.0 - (box.x() + box.width() / 2) * zoom;
        originY = area.height / 2.0 - (box.y() + box.height() / 2) * zoom;
        canvas.redraw();
    }

    private void exportDialog() {
        DiagramExportAction.run(getSite().getShell(), exported(), DiagramExportAction.suggestedName(session.file(), scope.kind().name()));
    }

    /** Writes the diagram as shown (scope, columns, filter, positions) to {@code output}, .svg or .png, as the export action does. */
    public void export(Path output) {
        DiagramExportAction.write(exported(), output);
    }

    /**
     * What an export writes: the diagram as shown, its errors and warnings those of the model as it
     * is (validated now when the latest validation the session has is older), so that the file has
     * the bytes {@code relsync diagram} writes.
     */
    private Layout exported() {
        if (session.problemsCurrent() && layingOut == 0) {
            return layout;
        }
        Scene scene = DiagramExport.scene(session.project(), view.apply(scope), null, DatabaseKinds.dialects());
        return DiagramExport.layout(scene, stored.snapshot(scope.layoutKey()), false);
    }

    /** How the diagram is shown: columns and filter. */
    public ViewOptions viewOptions() {
        return view;
    }

    /** The scope drawn: the input's, with the columns and filter of {@link #viewOptions()}. */
    public DiagramScope shownScope() {
        return view.apply(scope);
    }

    /** Type-ahead search: finds boxes by name and centres on the first. */
    public void find(String text) {
        search.find(text);
    }

    /** The next ({@code +1}) or previous ({@code -1}) match of the search. */
    public void findNext(int direction) {
        search.step(direction);
    }

    /** The ids of the boxes the search matches, and (first) the one it shows. */
    public List<String> searchMatches() {
        return search.matches();
    }

    public String searchCurrent() {
        return search.current();
    }

    private void updateZoomLabel() {
        if (zoomLabel != null && !zoomLabel.isDisposed()) {
            zoomLabel.setText(Math.round(zoom * 100) + " %     " + layout.scene().title() + "  (" + layout.nodes().size() + " boxes, "
                    + layout.edges().size() + " lines)");
        }
    }

    // ---- selection

    /** Selects node {@code id} as a click does: outlined, and its model element is the workbench selection. */
    private void select(String id) {
        selected.clear();
        selected.add(id);
        canvas.redraw();
        EObject element = element(id);
        selections.set(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element));
    }

    /** The model element behind node (or row) {@code id}: the project's ids are its resource's EMF ids. */
    private EObject element(String id) {
        Resource resource = session.project().eResource();
        return resource == null ? null : resource.getEObject(id);
    }

    /** An element selected in another part (the explorer): outline its node, or the node of what holds it (a column's table). */
    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || canvas == null || canvas.isDisposed() || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        Set<String> found = new LinkedHashSet<>();
        for (Object object : structured.toList()) {
            for (EObject e = object instanceof EObject eObject ? eObject : null; e != null; e = e.eContainer()) {
                if (e instanceof Element element && element.getId() != null && nodeBoxes.containsKey(element.getId())) {
                    found.add(element.getId());
                    break;
                }
            }
        }
        if (!found.equals(selected)) {
            selected.clear();
            selected.addAll(found);
            canvas.redraw();
        }
    }

    /** The workbench selection of this editor: the model elements of the selected nodes. */
    private static final class Selections implements ISelectionProvider {

        private final List<ISelectionChangedListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        void set(ISelection newSelection) {
            selection = newSelection;
            SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
            listeners.forEach(l -> l.selectionChanged(event));
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection newSelection) {
            set(newSelection);
        }
    }

    // ---- positions: moves and layouts, undoable on the session's command stack

    /** Moves node {@code id} to diagram point (x, y) and pins it there, as a drag does; undoable. */
    public void moveNode(String id, double x, double y) {
        String key = scope.layoutKey();
        Box box = layout.nodes().get(id);
        Layout routed = box == null ? null : dragPreview(id, new Box(x, y, box.width(), box.height()));
        StoredLayout.Diagram before = stored.snapshot(key);
        stored.move(key, id, x, y);
        if (routed != null && view.fullSize()) {
            stored.put(key, routed); // the node's lines routed again, the others keep their routes; the pin stays
        } else if (before != null) {
            // rows hidden: the boxes are drawn shorter than stored, so the node's lines are routed when the full
            // view is laid out next; the routes of the other lines stay as they were
            StoredLayout.Diagram moved = stored.snapshot(key);
            Set<String> touching = new java.util.HashSet<>();
            for (Edge edge : layout.scene().edges()) {
                if (edge.source().node().equals(id) || edge.target().node().equals(id)) {
                    touching.add(edge.id());
                }
            }
            before.edges().forEach((edge, route) -> {
                if (!touching.contains(edge)) {
                    moved.edges().put(edge, route);
                }
            });
            stored.restore(key, moved);
        }
        StoredLayout.Diagram after = stored.snapshot(key);
        stored.restore(key, before);
        Node node = node(id);
        execute("Move " + (node == null ? id : node.name()), before, after);
    }

    /** "Layout": lays out again the nodes that are not pinned, around the pinned ones; undoable. */
    public void layoutUnpinned() {
        String key = scope.layoutKey();
        StoredLayout.Diagram before = stored.snapshot(key);
        Map<String, StoredLayout.Entry> pinned = new HashMap<>();
        if (before != null) {
            before.nodes().forEach((id, entry) -> {
                if (entry.pinned()) {
                    pinned.put(id, entry);
                }
            });
        }
        // the pinned nodes alone are kept; the others are placed as new ones (all of them afresh when none is pinned)
        relayout("Layout", before, new StoredLayout.Diagram(pinned, Map.of()), false);
    }

    /** "Layout All": a fresh layout of every node, pins dropped; undoable. */
    public void layoutAll() {
        StoredLayout.Diagram before = stored.snapshot(scope.layoutKey());
        relayout("Layout All", before, null, true);
    }

    /**
     * Lays the diagram out keeping {@code kept} ({@code all}: afresh) and executes the result as one
     * undoable step; off the UI thread when many boxes are placed.
     */
    private void relayout(String label, StoredLayout.Diagram before, StoredLayout.Diagram kept, boolean all) {
        String key = scope.layoutKey();
        Scene scene = DiagramExport.scene(session.project(), scope, null, DatabaseKinds.dialects());
        Consumer<Layout> apply = fresh -> {
            if (canvas == null || canvas.isDisposed() || !Objects.equals(before, stored.snapshot(key))) {
                return; // closed, or the positions changed meanwhile: this layout is of what was
            }
            if (all) {
                stored.restore(key, null); // the pins go too
            }
            stored.put(key, fresh);
            StoredLayout.Diagram after = stored.snapshot(key);
            stored.restore(key, before);
            execute(label, before, after);
        };
        if (!DiagramExport.slow(scene, kept, all)) {
            apply.accept(DiagramExport.layout(scene, kept, all));
            return;
        }
        layingOut = scene.nodes().size();
        canvas.redraw();
        long generation = ++layoutGeneration;
        layoutJob = new LayoutJob(label + " of " + getPartName(), () -> DiagramExport.layout(scene, kept, all), fresh -> {
            if (generation == layoutGeneration) {
                layingOut = 0;
                apply.accept(fresh);
            }
        });
        layoutJob.schedule();
    }

    private void execute(String label, StoredLayout.Diagram before, StoredLayout.Diagram after) {
        // (the stored layout holds "before" again here: the command's own "before")
        session.commandStack().execute(new StoredLayoutCommand(label, stored, stored.definitions(), scope.layoutKey(), after,
                this::positionsChanged));
    }

    /** The stored positions changed (a move, a layout, their undo): lay out with them and draw. */
    private void positionsChanged() {
        if (canvas == null || canvas.isDisposed()) {
            return; // closed: the next editor of this diagram reads the stored positions
        }
        build();
        updateZoomLabel();
        canvas.redraw();
    }

    /** Whether node {@code id} is pinned (the user moved it). */
    public boolean pinned(String id) {
        StoredLayout.Diagram diagram = stored.diagram(scope.layoutKey());
        StoredLayout.Entry entry = diagram == null ? null : diagram.nodes().get(id);
        return entry != null && entry.pinned();
    }

    // ---- model changes

    private void scheduleRebuild() {
        if (canvas == null || canvas.isDisposed() || rebuildPending) {
            return;
        }
        rebuildPending = true;
        canvas.getDisplay().asyncExec(this::rebuild);
    }

    private void rebuild() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        if (session.busy()) { // a sync is changing the model: wait for it
            canvas.getDisplay().timerExec(200, this::rebuild);
            return;
        }
        rebuildPending = false;
        try {
            followRenames();
            build();
            if (selections.getSelection() instanceof IStructuredSelection shown && !shown.isEmpty()
                    && shown.getFirstElement() instanceof EObject element && element.eResource() != session.project().eResource()) {
                selections.set(StructuredSelection.EMPTY); // an element of a project read again is gone
            }
        } catch (IllegalArgumentException e) {
            // the scope no longer fits the project (its database was removed): the diagram cannot be drawn
            getSite().getPage().closeEditor(this, false);
            return;
        }
        updateZoomLabel();
        canvas.redraw();
    }

    /**
     * The entities or tables the diagram names were renamed (or the rename undone): it names them
     * as they are now, found by id ({@link DiagramDefinition#current}), its positions kept.
     */
    private void followRenames() {
        DiagramDefinition now = definition.current(session.project());
        if (now.scope().equals(scope)) {
            definition = now;
            return;
        }
        stored.follow(session.project()); // the listed diagrams, with their positions
        stored.rekey(scope.layoutKey(), now.scope().layoutKey(), null);
        definition = now;
        scope = now.scope();
        setInput(new DiagramInput(now));
    }

    /**
     * Another session took the place of the one shown: the same file read again (Reload, a DDL
     * apply) keeps the diagram, with the positions it had; another project or none closes it.
     */
    private void sessionReplaced(ProjectSession current) {
        if (canvas == null || canvas.isDisposed() || current == session) {
            return;
        }
        if (current == null || !current.file().equals(session.file())) {
            getSite().getPage().closeEditor(this, false);
            return;
        }
        session.commandStack().removeCommandStackListener(stackListener);
        session.removeProblemListener(problemsListener);
        session = current;
        stored = SessionLayouts.adopt(session, stored);
        session.commandStack().addCommandStackListener(stackListener);
        session.addProblemListener(problemsListener);
        rebuildPending = true;
        rebuild();
    }

    // ---- for tests and the workbench

    /** The diagram shown was renamed (explorer &gt; Rename, or its undo): the tab says so. */
    void renamed(String name) {
        definition = definition.renamed(name);
        setInput(new DiagramInput(definition));
        setPartName(name + " \u2013 " + session.project().getName());
    }

    public Layout layout() {
        return layout;
    }

    /** What is drawn: the layout, or while a node is dragged, the layout with it where it is dragged. */
    public Layout shownLayout() {
        return preview != null ? preview : layout;
    }

    public double zoom() {
        return zoom;
    }

    /** Where diagram point (0, 0) is on the canvas. */
    public double[] origin() {
        return new double[] {originX, originY};
    }

    public Canvas canvas() {
        return canvas;
    }

    public SceneRenderer renderer() {
        return renderer;
    }

    /** Where the overview is on the canvas (its border included), or {@code null} while it is hidden. */
    public Rectangle overviewBounds() {
        return overview.bounds();
    }

    /** Shows or hides the overview, as its tool item does. */
    public void showOverview(boolean shown) {
        overview.setShown(shown);
    }

    /** Overview pixels per diagram unit, across and down. */
    public double[] overviewScale() {
        return overview.scale();
    }

    /** The ids of the outlined nodes. */
    public Set<String> selectedNodes() {
        return Set.copyOf(selected);
    }

    /** The node (if any) showing the model element with {@code id}. */
    public Node node(String id) {
        return layout.scene().nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage() {
                @Override
                public void setActionBars(org.eclipse.ui.IActionBars bars) {
                    super.setActionBars(bars);
                    actions.install(bars);
                }
            };
            page.setPropertySourceProvider(this::propertySource);
            return adapter.cast(page);
        }
        return super.getAdapter(adapter);
    }

    /** The same property sheet as the explorer's: edits through the session's {@code ProjectEditor}, undoable. */
    private IPropertySource propertySource(Object object) {
        return ItemPropertySource.of(object, session, () -> getSite().getShell());
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        layoutGeneration++;
        if (layoutJob != null) {
            layoutJob.cancel();
        }
        ProjectSession.removeListener(sessionListener);
        if (session != null) {
            session.commandStack().removeCommandStackListener(stackListener);
            session.removeProblemListener(problemsListener);
        }
        getSite().getPage().removeSelectionListener(workbenchSelection);
        if (actions != null) {
            actions.dispose();
        }
        if (renderer != null) {
            renderer.dispose();
        }
        hideEmptyEditorArea(getSite().getPage());
        super.dispose();
    }

    /** Once the last editor is closed, the editor area goes as it came (the perspective hides it, a diagram shows it). */
    private static void hideEmptyEditorArea(org.eclipse.ui.IWorkbenchPage page) {
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        if (display == null) {
            return;
        }
        display.asyncExec(() -> {
            try {
                if (!org.eclipse.ui.PlatformUI.getWorkbench().isClosing() && page.getWorkbenchWindow().getActivePage() == page
                        && page.getEditorReferences().length == 0 && page.isEditorAreaVisible()) {
                    page.setEditorAreaVisible(false);
                }
            } catch (RuntimeException e) {
                // the window or page is going away: nothing to hide
            }
        });
    }

    // ---- nothing to save here: the positions are saved with the project (SessionLayouts)

    @Override
    public void doSave(IProgressMonitor monitor) {
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** The project file the diagram belongs to. */
    public Path projectFile() {
        return session.file();
    }
}
