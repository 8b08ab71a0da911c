package org.relsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.diagram.layout.Box;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.NodeKind;
import org.relsync.model.relational.Table;
import org.relsync.ui.Views;
import org.relsync.ui.diagram.DiagramEditor;
import org.relsync.ui.session.ProjectSession;
import org.relsync.ui.views.ExplorerView;

/**
 * The diagram editor on the demo project: opened from the explorer's context menu (Open Diagram &gt;
 * Mappings), painted in the export's look, a click on a table selects its model element for the
 * workbench, the wheel zooms, the explorer's selection is outlined, an edit redraws. Screenshots:
 * {@code diagram-mappings-100} and {@code diagram-mappings-zoomed}.
 */
class DiagramEditorTest {

    @TempDir
    Path dir;

    @BeforeEach
    void openTheDemoProject() {
        Ui.openDemoProject(dir);
    }

    @AfterEach
    void closeWithoutSaving() {
        Ui.closeProject();
    }

    private static Tree explorerTree() {
        return Ui.explorerTree();
    }

    /** Open Diagram &gt; {@code kind} from the explorer's context menu, as a right-click and two clicks do. */
    private static DiagramEditor openFromExplorer(String kind) {
        Tree tree = explorerTree();
        Ui.select(tree, Ui.item(tree, "Project"));
        Menu menu = tree.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem open = null;
        for (MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").equals("Open Diagram")) {
                open = item;
            }
        }
        assertNotNull(open, "Open Diagram in the explorer's menu");
        Menu sub = open.getMenu();
        assertNotNull(sub, "Open Diagram is a submenu");
        sub.notifyListeners(SWT.Show, new Event());
        MenuItem entry = null;
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (MenuItem item : sub.getItems()) {
            seen.add(item.getText());
            if (item.getText().replace("&", "").equals(kind)) {
                entry = item;
            }
        }
        assertNotNull(entry, kind + " under Open Diagram: " + seen);
        entry.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        Ui.waitUntil("the diagram editor", () -> Ui.page().getActiveEditor() instanceof DiagramEditor, 20_000);
        IEditorPart editor = Ui.page().getActiveEditor();
        return (DiagramEditor) editor;
    }

    private static String tableId(String name) {
        return ProjectSession.current().project().getDatabases().get(0).getCatalogs().stream()
                .flatMap(c -> c.getSchemas().stream()).flatMap(s -> s.getTables().stream())
                .filter(t -> t instanceof Table && name.equals(t.getName())).findFirst().orElseThrow().getId();
    }

    @Test
    void theMappingsDiagramIsDrawnSelectsAndZooms() {
        DiagramEditor editor = openFromExplorer("Mappings");
        assertTrue(Ui.page().isEditorAreaVisible(), "opening a diagram shows the editor area");
        Canvas canvas = editor.canvas();
        Ui.waitUntil("the canvas laid out", () -> canvas.getClientArea().width > 200, 5_000);
        Rectangle area = canvas.getClientArea();
        assertTrue(area.width > 200 && area.height > 150, "a usable canvas: " + area);
        Ui.pump(200);
        assertTrue(editor.zoom() >= 0.75 && editor.zoom() <= 1, "opened readable: " + editor.zoom());
        Ui.screenshot("diagram-mappings-open");

        String customer = tableId("CUSTOMER");
        Node node = editor.node(customer);
        assertNotNull(node, "the CUSTOMER table is on the mappings diagram");
        assertEquals(NodeKind.TABLE, node.kind());
        Box box = editor.layout().nodes().get(customer);

        // painting: draw the diagram at 100 % into an image, a pixel inside the header of CUSTOMER is not the background
        int width = (int) Math.ceil(editor.layout().width()) + 40;
        int height = (int) Math.ceil(editor.layout().height()) + 40;
        Image image = new Image(Ui.display(), width, height);
        GC gc = new GC(image);
        try {
            editor.renderer().paint(gc, editor.layout(), 1, 0, 0, Set.of());
            long start = System.nanoTime();
            editor.renderer().paint(gc, editor.layout(), 1, 0, 0, Set.of());
            System.out.println("DiagramEditorTest: painting the whole mappings diagram (" + width + " x " + height + ") took "
                    + (System.nanoTime() - start) / 1_000_000 + " ms"); // a figure for the log, not a target
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        RGB header = data.palette.getRGB(data.getPixel((int) (box.x() + box.width() - 4), (int) (box.y() + 4)));
        RGB outside = data.palette.getRGB(data.getPixel(width - 2, height - 2));
        assertEquals(new RGB(255, 255, 255), outside, "the background is white, as in the SVG");
        assertNotEquals(new RGB(255, 255, 255), header, "the table's header is filled");
        assertEquals(new RGB(0xdc, 0xef, 0xe0), header, "a table's header has the export's green");

        // 100 %, then a click at the centre of CUSTOMER's box
        Ui.page().activate(editor);
        editor.zoomTo(1, new int[] {0, 0});
        Ui.pump(100);
        Ui.screenshot("diagram-mappings-100");
        double[] origin = editor.origin();
        Event down = new Event();
        down.button = 1;
        down.x = (int) Math.round((box.x() + box.width() / 2) * editor.zoom() + origin[0]);
        down.y = (int) Math.round((box.y() + box.height() / 2) * editor.zoom() + origin[1]);
        canvas.notifyListeners(SWT.MouseDown, down);
        Event up = new Event();
        up.button = 1;
        up.x = down.x;
        up.y = down.y;
        canvas.notifyListeners(SWT.MouseUp, up);
        Ui.pump(100);
        assertEquals(Set.of(customer), editor.selectedNodes(), "the click selects CUSTOMER's node");
        IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertTrue(selection.getFirstElement() instanceof Table t && "CUSTOMER".equals(t.getName()),
                "the node's model element is the editor's selection: " + selection);
        IStructuredSelection workbench = (IStructuredSelection) Ui.page().getSelection();
        assertTrue(workbench.getFirstElement() instanceof Table t && "CUSTOMER".equals(t.getName()),
                "and the workbench's: " + workbench);

        // the wheel zooms around the pointer: the diagram point under it stays put
        double before = editor.zoom();
        Event wheel = new Event();
        wheel.count = 3;
        wheel.x = down.x;
        wheel.y = down.y;
        canvas.notifyListeners(SWT.MouseVerticalWheel, wheel);
        Ui.pump(100);
        assertTrue(editor.zoom() > before, "wheel up zooms in: " + before + " -> " + editor.zoom());
        double[] after = editor.origin();
        double pointX = (down.x - after[0]) / editor.zoom();
        assertEquals(box.x() + box.width() / 2, pointX, 1.0, "the point under the pointer stays under it");
        Ui.screenshot("diagram-mappings-zoomed");

        // Fit shows it all
        editor.fit();
        Ui.pump(100);
        assertTrue(editor.zoom() <= 1, "fit never enlarges beyond 100 %");
        Ui.screenshot("diagram-mappings-fit");

        // selecting in the explorer outlines the node; a column outlines its table
        Tree tree = explorerTree();
        ExplorerView explorer = Ui.view(Views.EXPLORER);
        Table table = (Table) ProjectSession.current().project().eResource().getEObject(customer);
        explorer.viewer().setSelection(new StructuredSelection(table.getFields().get(0)), true);
        Ui.pump(200);
        assertEquals(Set.of(customer), editor.selectedNodes(), "the explorer's selection (a CUSTOMER column) is outlined: " + tree);
    }

    @Test
    void theTablesDiagramShowsEachSchemaWithItsSyncSource() {
        DiagramEditor editor = openFromExplorer("Tables");
        assertTrue(editor.layout().scene().groups().stream().anyMatch(g -> "Mixed".equals(g.syncSource())),
                "the PUBLIC schema's frame says Mixed: " + editor.layout().scene().groups());
        assertTrue(editor.layout().scene().groups().stream().anyMatch(g -> "Database".equals(g.syncSource())),
                "the REPORTING schema's frame says Database");
        editor.fit();
        Ui.pump(100);
        Ui.screenshot("diagram-tables-fit");
        editor.zoomTo(1, new int[] {0, 0});
        Ui.pump(100);
        Ui.screenshot("diagram-tables-100");

        // the project read again from its file: the diagram stays, on the new model, nodes in place
        String customer = tableId("CUSTOMER");
        Box before = editor.layout().nodes().get(customer);
        ProjectSession old = ProjectSession.current();
        org.relsync.ui.Commands.reload(Ui.shell());
        Ui.waitUntil("the project read again", () -> ProjectSession.current() != old, 20_000);
        Ui.pump(200);
        assertTrue(Ui.page().getActiveEditor() == editor, "the diagram stays open after a reload");
        assertEquals(before, editor.layout().nodes().get(customer), "CUSTOMER keeps its place");
        assertTrue(editor.node(customer) != null && tableId("CUSTOMER").equals(customer));
    }

    @Test
    void anEditRedrawsTheDiagramKeepingThePositions() {
        DiagramEditor editor = openFromExplorer("Entities");
        String customer = ProjectSession.current().project().getEntityModel().getEntities().stream()
                .filter(e -> "Customer".equals(e.getName())).findFirst().orElseThrow().getId();
        Box before = editor.layout().nodes().get(customer);
        int nodes = editor.layout().nodes().size();
        ProjectSession.current().editor().execute(ProjectSession.current().editor().addEntity("Supplier"));
        Ui.waitUntil("the new entity on the diagram", () -> editor.layout().nodes().size() == nodes + 1, 10_000);
        assertEquals(before.x(), editor.layout().nodes().get(customer).x(), 0.01, "Customer did not move");
        assertEquals(before.y(), editor.layout().nodes().get(customer).y(), 0.01, "Customer did not move");
        Ui.command("org.eclipse.ui.edit.undo");
        Ui.waitUntil("the undone entity gone from the diagram", () -> editor.layout().nodes().size() == nodes, 10_000);
        Ui.screenshot("diagram-entities");
        Ui.page().closeEditor(editor, false);
        Ui.waitUntil("the editor area hidden again once the last diagram is closed", () -> !Ui.page().isEditorAreaVisible(), 5_000);
    }

    @Test
    void theOverviewShowsTheWholeDiagramAndDraggingInItScrollsTheEditor() {
        DiagramEditor editor = openFromExplorer("Mappings");
        Ui.waitUntil("the canvas laid out", () -> editor.canvas().getClientArea().width > 200, 5_000);
        Ui.pump(300);
        Rectangle area = editor.canvas().getClientArea();
        double[] size = org.relsync.ui.diagram.SceneRenderer.size(editor.layout());
        boolean larger = size[0] * editor.zoom() + 40 > area.width || size[1] * editor.zoom() + 40 > area.height;
        assertEquals(larger, editor.overviewBounds() != null, "shown by default exactly when the diagram is larger than the canvas ("
                + size[0] + " x " + size[1] + " at " + editor.zoom() + " in " + area.width + " x " + area.height + ")");
        if (!larger) {
            toggleOverview(editor, true);
        }
        editor.zoomTo(1.5, new int[] {0, 0});
        Ui.pump(200);
        Rectangle bounds = editor.overviewBounds();
        assertNotNull(bounds, "the overview is shown");
        assertTrue(bounds.x + bounds.width <= area.width && bounds.y + bounds.height <= area.height && bounds.x > area.width / 2
                && bounds.y > area.height / 2, "in the canvas's bottom right corner: " + bounds + " of " + area);
        double[] scales = editor.overviewScale();
        double scale = scales[0];
        assertEquals(scale, scales[1], 1e-12, "the same scale across and down for a diagram neither very tall nor very wide");
        assertEquals(Math.min(Math.min(220, area.width / 3.0) / size[0], Math.min(160, area.height / 3.0) / size[1]), scale, 1e-9,
                "the whole diagram in at most 220 x 160 pixels, and a third of the canvas");
        // the overview is painted: its corner shows the diagram's picture and the outline, not the diagram at 150 %
        Ui.screenshot("diagram-overview");

        // a drag from one point to another: the diagram point under the pointer comes to the canvas's middle
        Canvas canvas = editor.canvas();
        int fromX = bounds.x + bounds.width / 4;
        int fromY = bounds.y + bounds.height / 4;
        int toX = bounds.x + bounds.width * 3 / 4;
        int toY = bounds.y + bounds.height / 2;
        String before = editor.selectedNodes().toString();
        mouse(canvas, SWT.MouseDown, fromX, fromY, 0);
        mouse(canvas, SWT.MouseMove, (fromX + toX) / 2, (fromY + toY) / 2, SWT.BUTTON1);
        mouse(canvas, SWT.MouseMove, toX, toY, SWT.BUTTON1);
        mouse(canvas, SWT.MouseUp, toX, toY, SWT.BUTTON1);
        Ui.pump(200);
        double[] origin = editor.origin();
        assertEquals(area.width / 2.0 - (toX - bounds.x - 1) / scale * 1.5, origin[0], 0.01,
                "scrolled so that the dragged-to point is in the middle");
        assertEquals(area.height / 2.0 - (toY - bounds.y - 1) / scale * 1.5, origin[1], 0.01,
                "scrolled so that the dragged-to point is in the middle");
        assertEquals(before, editor.selectedNodes().toString(), "no box under the overview was selected or moved");
        // moving without the button no longer scrolls
        mouse(canvas, SWT.MouseMove, bounds.x + 2, bounds.y + 2, 0);
        Ui.pump(50);
        assertArrayEquals(origin, editor.origin(), "no scrolling after the button was released");
        Ui.screenshot("diagram-overview-scrolled");

        toggleOverview(editor, false);
        Ui.pump(100);
        assertEquals(null, editor.overviewBounds(), "hidden by its tool item");
    }

    @Test
    void aMoveWhileRowsAreHiddenKeepsTheRoutesOfTheOtherLines() {
        DiagramEditor editor = openFromExplorer("Tables");
        Ui.pump(200);
        java.util.Map<String, java.util.List<org.relsync.diagram.layout.Point>> full = new java.util.HashMap<>(editor.layout().edges());
        String customer = tableId("CUSTOMER");
        Set<String> touching = new java.util.HashSet<>();
        editor.layout().scene().edges().stream()
                .filter(e -> e.source().node().equals(customer) || e.target().node().equals(customer))
                .forEach(e -> touching.add(e.id()));
        assertTrue(!touching.isEmpty() && touching.size() < full.size(), "CUSTOMER has some of the lines: " + touching);

        editor.viewOptions().setColumns(org.relsync.diagram.scene.ColumnDetail.KEYS);
        Ui.pump(200);
        Box box = editor.layout().nodes().get(customer);
        editor.moveNode(customer, box.x() + 80, box.y() + 40);
        Ui.pump(200);
        StoredLayout.Diagram stored = org.relsync.ui.session.SessionDiagrams.of(ProjectSession.current())
                .diagram(editor.shownScope().layoutKey());
        full.forEach((edge, route) -> {
            if (touching.contains(edge)) {
                assertFalse(stored.edges().containsKey(edge), "CUSTOMER's line " + edge + " is routed again");
            } else {
                assertEquals(route, stored.edges().get(edge), "the route of " + edge + " kept");
            }
        });

        // all columns again: the other lines as they were, CUSTOMER's routed to where it is now
        editor.viewOptions().setColumns(org.relsync.diagram.scene.ColumnDetail.ALL);
        Ui.pump(200);
        for (String edge : full.keySet()) {
            if (!touching.contains(edge)) {
                assertEquals(full.get(edge), editor.layout().edges().get(edge), "the route of " + edge + " in the full view");
            } else {
                assertNotEquals(full.get(edge), editor.layout().edges().get(edge), "CUSTOMER's line " + edge + " follows it");
            }
        }
    }

    private static void toggleOverview(DiagramEditor editor, boolean shown) {
        ToolBar bar = Ui.find(editor.canvas().getParent(), ToolBar.class, b -> true);
        for (ToolItem item : bar.getItems()) {
            if ("Overview".equals(item.getText())) {
                item.setSelection(shown);
                item.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        throw new AssertionError("no Overview in the editor's toolbar");
    }

    private static void mouse(Canvas canvas, int type, int x, int y, int stateMask) {
        Event event = new Event();
        event.button = type == SWT.MouseMove ? 0 : 1;
        event.x = x;
        event.y = y;
        event.stateMask = stateMask;
        canvas.notifyListeners(type, event);
    }

    private static void pressToolItem(DiagramEditor editor, String text) {
        ToolBar bar = Ui.find(editor.canvas().getParent(), ToolBar.class, b -> true);
        assertNotNull(bar, "the editor's toolbar");
        for (ToolItem item : bar.getItems()) {
            if (text.equals(item.getText())) {
                item.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        throw new AssertionError("no " + text + " in the editor's toolbar");
    }

    private static boolean at(DiagramEditor editor, String id, double x, double y) {
        Box box = editor.layout().nodes().get(id);
        return box != null && Math.abs(box.x() - x) < 0.6 && Math.abs(box.y() - y) < 0.6;
    }

    @Test
    void draggingATableMovesAndPinsItUndoablyAndTheProjectSavesWhereItIs() throws Exception {
        DiagramEditor editor = openFromExplorer("Mappings");
        Canvas canvas = editor.canvas();
        Ui.waitUntil("the canvas laid out", () -> canvas.getClientArea().width > 200, 5_000);
        Ui.pump(200);
        String customer = tableId("CUSTOMER");
        Box laidOut = editor.layout().nodes().get(customer);
        java.util.Map<String, java.util.List<org.relsync.diagram.layout.Point>> routes = new java.util.HashMap<>(editor.layout().edges());
        java.util.Set<String> others = new java.util.HashSet<>();
        editor.layout().scene().edges().forEach(edge -> {
            if (!edge.source().node().equals(customer) && !edge.target().node().equals(customer)) {
                others.add(edge.id());
            }
        });
        assertFalse(editor.pinned(customer), "nothing is pinned in a fresh layout");
        assertFalse(ProjectSession.current().isDirty());

        // drag CUSTOMER by (60, 40) screen pixels
        double zoom = editor.zoom();
        double[] origin = editor.origin();
        int x = (int) Math.round((laidOut.x() + laidOut.width() / 2) * zoom + origin[0]);
        int y = (int) Math.round((laidOut.y() + laidOut.height() / 2) * zoom + origin[1]);
        mouse(canvas, SWT.MouseDown, x, y, 0);
        mouse(canvas, SWT.MouseMove, x + 30, y + 20, SWT.BUTTON1);
        mouse(canvas, SWT.MouseMove, x + 60, y + 40, SWT.BUTTON1);
        double droppedX = laidOut.x() + 60 / zoom;
        double droppedY = laidOut.y() + 40 / zoom;
        // while dragging, the box and its lines follow the pointer; the layout is not changed yet
        Box dragging = editor.shownLayout().nodes().get(customer);
        assertEquals(droppedX, dragging.x(), 0.6, "the box follows the pointer");
        assertTrue(at(editor, customer, laidOut.x(), laidOut.y()), "nothing stored before the drop");
        long following = editor.shownLayout().scene().edges().stream()
                .filter(edge -> edge.target().node().equals(customer) || edge.source().node().equals(customer))
                .filter(edge -> {
                    java.util.List<org.relsync.diagram.layout.Point> route = editor.shownLayout().edges().get(edge.id());
                    org.relsync.diagram.layout.Point end = edge.target().node().equals(customer) ? route.get(route.size() - 1) : route.get(0);
                    return dragging.onBorder(end.x(), end.y(), 1);
                }).count();
        assertTrue(following > 0, "the lines of the dragged box end on it");
        Ui.pump(100);
        Ui.screenshot("diagram-dragging");
        mouse(canvas, SWT.MouseUp, x + 60, y + 40, SWT.BUTTON1);
        Ui.pump(200);
        assertTrue(at(editor, customer, droppedX, droppedY),
                "CUSTOMER moved by the drag: " + laidOut + " -> " + editor.layout().nodes().get(customer) + " at zoom " + zoom);
        assertEquals(origin[0], editor.origin()[0], 0.01, "dragging a node does not pan");
        assertEquals(origin[1], editor.origin()[1], 0.01, "dragging a node does not pan");
        assertTrue(editor.pinned(customer), "the moved node is pinned");
        assertTrue(!others.isEmpty() && others.stream().allMatch(edge -> routes.get(edge).equals(editor.layout().edges().get(edge))),
                "the lines not touching CUSTOMER keep their routes");
        assertTrue(ProjectSession.current().isDirty(), "a move makes the project dirty");
        assertTrue(editor.layout().edges().values().stream().allMatch(route -> !route.isEmpty()), "every line has a route");
        Ui.screenshot("diagram-dragged");

        // undo, redo
        Ui.page().activate(editor);
        Ui.command("org.eclipse.ui.edit.undo");
        Ui.waitUntil("CUSTOMER back", () -> at(editor, customer, laidOut.x(), laidOut.y()), 5_000);
        assertFalse(editor.pinned(customer), "undone, CUSTOMER is not pinned");
        Ui.command("org.eclipse.ui.edit.redo");
        Ui.waitUntil("CUSTOMER moved again", () -> at(editor, customer, droppedX, droppedY), 5_000);
        assertTrue(editor.pinned(customer));

        // saved with the project: closed and the project opened again, CUSTOMER is where it was dropped
        Path file = ProjectSession.current().file();
        assertTrue(org.relsync.ui.Commands.save(Ui.shell()), "saved");
        Path sidecar = StoredLayout.sidecar(file);
        assertTrue(java.nio.file.Files.readString(sidecar).contains("\"pinned\": true"), "the sidecar holds the pin");
        Ui.page().closeEditor(editor, false);
        Ui.pump(100);
        assertTrue(org.relsync.ui.Commands.open(Ui.shell(), file), "opened again");
        Ui.pump(200);
        DiagramEditor again = openFromExplorer("Mappings");
        Ui.waitUntil("the canvas laid out", () -> again.canvas().getClientArea().width > 200, 5_000);
        assertTrue(at(again, customer, droppedX, droppedY), "CUSTOMER where it was dropped: " + again.layout().nodes().get(customer));
        assertTrue(again.pinned(customer), "and still pinned");

        // "Layout" keeps the pinned node, "Layout All" puts it back where a fresh layout has it
        pressToolItem(again, "Layout");
        Ui.pump(200);
        assertTrue(at(again, customer, droppedX, droppedY), "Layout keeps the pinned CUSTOMER");
        pressToolItem(again, "Layout All");
        Ui.pump(200);
        assertTrue(at(again, customer, laidOut.x(), laidOut.y()), "Layout All lays CUSTOMER out afresh: " + again.layout().nodes().get(customer));
        assertFalse(again.pinned(customer), "Layout All drops the pins");
        Ui.screenshot("diagram-layout-all");
        Ui.page().activate(again);
        Ui.command("org.eclipse.ui.edit.undo");
        Ui.waitUntil("Layout All undone", () -> at(again, customer, droppedX, droppedY), 5_000);
        assertTrue(again.pinned(customer));
    }
}
