package org.relsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.IStructuredSelection;
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
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.diagram.layout.Box;
import org.relsync.diagram.layout.Metrics;
import org.relsync.diagram.scene.ColumnDetail;
import org.relsync.diagram.scene.Highlight;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.State;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableOrView;
import org.relsync.ui.Views;
import org.relsync.ui.diagram.DiagramEditor;
import org.relsync.ui.session.ProjectSession;
import org.relsync.ui.views.ExplorerView;

/**
 * The diagram editor's actions on the demo project (PUBLIC follows Mixed, REPORTING follows
 * Database): marking from the context menu where SYNC-SPEC section 4 allows it (and undo), the
 * filter and column choices, type-ahead search, and the export, whose SVG is byte for byte what
 * {@code relsync diagram} writes. Screenshots {@code diagram-actions-*}.
 */
class DiagramActionsTest {

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

    /** Open Diagram &gt; {@code kind} from the explorer's context menu. */
    private static DiagramEditor open(String kind) {
        ExplorerView explorer = Ui.view(Views.EXPLORER);
        Tree tree = explorer.viewer().getTree();
        Ui.select(tree, Ui.item(tree, "Project"));
        Menu menu = tree.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem open = item(menu, "Open Diagram");
        Menu sub = open.getMenu();
        sub.notifyListeners(SWT.Show, new Event());
        item(sub, kind).notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        Ui.waitUntil("the diagram editor", () -> Ui.page().getActiveEditor() instanceof DiagramEditor, 20_000);
        DiagramEditor editor = (DiagramEditor) Ui.page().getActiveEditor();
        Ui.waitUntil("the canvas laid out", () -> editor.canvas().getClientArea().width > 200, 5_000);
        Ui.pump(200);
        return editor;
    }

    private static MenuItem item(Menu menu, String text) {
        List<String> seen = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String shown = item.getText().replace("&", "");
            seen.add(shown);
            if (shown.equals(text)) {
                return item;
            }
        }
        throw new AssertionError("no '" + text + "' in the menu: " + seen);
    }

    private static List<String> texts(Menu menu) {
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            texts.add(item.getText().replace("&", ""));
        }
        return texts;
    }

    private static TableOrView tableOrView(String name) {
        return ProjectSession.current().project().getDatabases().get(0).getCatalogs().stream()
                .flatMap(c -> c.getSchemas().stream()).flatMap(s -> java.util.stream.Stream.concat(s.getTables().stream(), s.getViews().stream()))
                .filter(t -> name.equals(t.getName())).findFirst().orElseThrow(() -> new AssertionError("no table or view " + name));
    }

    /** A right-click at canvas point (x, y): the canvas's context menu, shown (filled) for that place. */
    private static Menu rightClick(DiagramEditor editor, int x, int y) {
        Canvas canvas = editor.canvas();
        org.eclipse.swt.graphics.Point onScreen = canvas.toDisplay(x, y);
        Event detect = new Event();
        detect.x = onScreen.x;
        detect.y = onScreen.y;
        canvas.notifyListeners(SWT.MenuDetect, detect);
        Menu menu = canvas.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        return menu;
    }

    /** The canvas point in the middle of node {@code id}'s header, or of its row {@code row} (0 is the first). */
    private static int[] at(DiagramEditor editor, String id, int row) {
        Box box = editor.layout().nodes().get(id);
        double y = row < 0 ? box.y() + Metrics.HEADER_HEIGHT / 2 : box.y() + Metrics.rowCenter(row);
        double[] origin = editor.origin();
        return new int[] {(int) Math.round((box.x() + box.width() / 2) * editor.zoom() + origin[0]),
                (int) Math.round(y * editor.zoom() + origin[1])};
    }

    /** The colour of diagram point (x, y) when the diagram is drawn at 100 %. */
    private static RGB pixel(DiagramEditor editor, double x, double y) {
        int width = (int) Math.ceil(editor.layout().width()) + 40;
        int height = (int) Math.ceil(editor.layout().height()) + 40;
        Image image = new Image(Ui.display(), width, height);
        GC gc = new GC(image);
        try {
            editor.renderer().paint(gc, editor.layout(), 1, 0, 0, Set.of());
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data.palette.getRGB(data.getPixel((int) Math.round(x), (int) Math.round(y)));
    }

    @Test
    void aTableIsMarkedFromTheContextMenuWhereTheSyncSourceAllowsItAndUndoUnmarksIt() {
        DiagramEditor editor = open("Tables");
        editor.zoomTo(1, new int[] {0, 0});
        Ui.pump(100);
        Table customer = (Table) tableOrView("CUSTOMER");
        String id = customer.getId();
        Box box = editor.layout().nodes().get(id);
        RGB outlineBefore = pixel(editor, box.x(), box.y() + box.height() / 2);

        editor.centreOn(id);
        Ui.pump(100);
        int[] header = at(editor, id, -1);
        Menu menu = rightClick(editor, header[0], header[1]);
        menu.notifyListeners(SWT.Hide, new Event());
        // the menu as the modeler sees it, popped up for a picture (GTK shows it without waiting)
        menu.setLocation(editor.canvas().toDisplay(header[0], header[1]));
        menu.setVisible(true);
        Ui.pump(500);
        Ui.screenshot("diagram-actions-menu");
        menu.setVisible(false);
        Ui.pump(200);
        menu = rightClick(editor, header[0], header[1]);
        List<String> offered = texts(menu);
        assertTrue(offered.contains("Show in Explorer"), "Show in Explorer: " + offered);
        assertTrue(offered.contains("Fit") && offered.contains("Layout All"), "the diagram's own items stay: " + offered);
        MenuItem mark = item(menu, "Mark Table CUSTOMER for Deletion");
        assertTrue(mark.isEnabled(), "a Mixed schema's table can be marked");
        mark.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        Ui.waitUntil("CUSTOMER drawn as marked", () -> editor.node(id).state().has(State.MARKED), 10_000);
        assertTrue(customer.isMarkedForDeletion(), "the model element is marked");
        assertTrue(ProjectSession.current().isDirty(), "a mark is an edit");
        Box marked = editor.layout().nodes().get(id);
        assertEquals(box, marked, "marking moves nothing");
        assertEquals(new RGB(0xc6, 0x28, 0x28), pixel(editor, marked.x(), marked.y() + marked.height() / 2),
                "a marked box has the red outline (before: " + outlineBefore + ")");
        editor.centreOn(id);
        Ui.pump(100);
        Ui.screenshot("diagram-actions-marked");

        // the menu now offers to unmark it
        header = at(editor, id, -1);
        menu = rightClick(editor, header[0], header[1]);
        assertTrue(texts(menu).contains("Unmark Table CUSTOMER"), texts(menu)::toString);
        menu.notifyListeners(SWT.Hide, new Event());

        // Edit > Undo takes the mark back
        Ui.page().activate(editor);
        Ui.command("org.eclipse.ui.edit.undo");
        Ui.waitUntil("CUSTOMER drawn unmarked again", () -> !editor.node(id).state().has(State.MARKED), 10_000);
        assertFalse(customer.isMarkedForDeletion());
        assertEquals(outlineBefore, pixel(editor, box.x(), box.y() + box.height() / 2), "the outline as before");

        // Show in Explorer selects the table there
        header = at(editor, id, -1);
        menu = rightClick(editor, header[0], header[1]);
        item(menu, "Show in Explorer").notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        Ui.pump(200);
        ExplorerView explorer = Ui.view(Views.EXPLORER);
        assertEquals(customer, explorer.viewer().getStructuredSelection().getFirstElement(), "the explorer shows CUSTOMER");
    }

    @Test
    void markingIsNotOfferedWhereSyncSpecForbidsIt() {
        DiagramEditor editor = open("Tables");
        editor.zoomTo(1, new int[] {0, 0});
        Ui.pump(100);
        // a column of a Mixed schema's table: only tables can be marked there
        Table customer = (Table) tableOrView("CUSTOMER");
        int[] row = at(editor, customer.getId(), 0);
        Menu menu = rightClick(editor, row[0], row[1]);
        String column = editor.node(customer.getId()).rows().get(0).name();
        MenuItem mark = item(menu, "Mark TableField " + column + " for Deletion (only tables in a Mixed schema)");
        assertFalse(mark.isEnabled(), "a column of a Mixed schema cannot be marked");
        menu.notifyListeners(SWT.Hide, new Event());

        // a view of a Database schema: nothing is ever marked there
        TableOrView view = tableOrView("CUSTOMER_TOTALS");
        editor.centreOn(view.getId());
        Ui.pump(100);
        int[] header = at(editor, view.getId(), -1);
        menu = rightClick(editor, header[0], header[1]);
        mark = item(menu, "Mark View CUSTOMER_TOTALS for Deletion (never in a Database schema)");
        assertFalse(mark.isEnabled(), "nothing in a Database schema can be marked");
        menu.notifyListeners(SWT.Hide, new Event());
        assertFalse(view.isMarkedForDeletion());

        // the unused sequence is an orphan: Remove Orphan takes it out of the model, undo brings it back;
        // its validation warning's advice is listed too, and marking it is not offered in a Mixed schema
        org.relsync.model.relational.Sequence sequence = ProjectSession.current().project().getDatabases().get(0).getCatalogs().stream()
                .flatMap(c -> c.getSchemas().stream()).flatMap(s -> s.getSequences().stream())
                .filter(q -> "INVOICE_NUMBER".equals(q.getName())).findFirst().orElseThrow();
        String sequenceId = sequence.getId();
        assertNotNull(editor.node(sequenceId), "the sequence is on the tables diagram");
        editor.centreOn(sequenceId);
        Ui.pump(100);
        int[] onSequence = at(editor, sequenceId, -1);
        menu = rightClick(editor, onSequence[0], onSequence[1]);
        menu.notifyListeners(SWT.Hide, new Event());
        menu.setLocation(editor.canvas().toDisplay(onSequence[0], onSequence[1]));
        menu.setVisible(true);
        Ui.pump(500);
        Ui.screenshot("diagram-actions-orphan-menu");
        menu.setVisible(false);
        Ui.pump(200);
        // the fixes come from a finished validation of the model as it is (Errors & Warnings validates after each change)
        Ui.waitUntil("a finished validation", () -> ProjectSession.current().problemsCurrent(), 30_000);
        menu = rightClick(editor, onSequence[0], onSequence[1]);
        List<String> offered = texts(menu);
        assertFalse(item(menu, "Mark Sequence INVOICE_NUMBER for Deletion (only tables in a Mixed schema)").isEnabled());
        assertTrue(offered.stream().anyMatch(t -> t.startsWith("Advice: ") || t.startsWith("Quick Fix: ")),
                "the validator's fixes for its orphan warning: " + offered);
        item(menu, "Remove Orphan Sequence INVOICE_NUMBER").notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        Ui.waitUntil("the sequence gone from the diagram", () -> editor.node(sequenceId) == null, 10_000);
        Ui.page().activate(editor);
        Ui.command("org.eclipse.ui.edit.undo");
        Ui.waitUntil("the sequence back on the diagram", () -> editor.node(sequenceId) != null, 10_000);

        // a double-click opens Properties with the view
        editor.centreOn(view.getId());
        Ui.pump(100);
        header = at(editor, view.getId(), -1);
        Event click = new Event();
        click.button = 1;
        click.x = header[0];
        click.y = header[1];
        editor.canvas().notifyListeners(SWT.MouseDoubleClick, click);
        Ui.pump(200);
        assertNotNull(Ui.page().findView(IPageLayout.ID_PROP_SHEET), "Properties is shown");
        IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertEquals(view, selection.getFirstElement(), "Properties shows the double-clicked element");
    }

    @Test
    void theElementMenuNeverValidatesOnTheUiThreadAndOffersMarkingOnce() {
        DiagramEditor editor = open("Tables");
        editor.zoomTo(1, new int[] {0, 0});
        ProjectSession session = ProjectSession.current();
        // Errors & Warnings closed; CUSTOMER's mapping removed: an orphan table of a Mixed schema, which may be marked
        Ui.page().hideView(Ui.page().findView(Views.PROBLEMS));
        Ui.pump(100);
        Table customer = (Table) tableOrView("CUSTOMER");
        org.relsync.model.mapping.EntityMapping mapping = java.util.stream.StreamSupport
                .stream(((Iterable<org.eclipse.emf.ecore.EObject>) () -> session.project().eAllContents()).spliterator(), false)
                .filter(e -> e instanceof org.relsync.model.mapping.EntityMapping m && m.getTarget() == customer)
                .map(org.relsync.model.mapping.EntityMapping.class::cast).findFirst().orElseThrow();
        editor.centreOn(customer.getId());
        Ui.pump(100);
        int[] header = at(editor, customer.getId(), -1);
        // (no event is dispatched until the menu is shown: the editor, which validates in the
        // background for its badges once the model changed, has not started yet)
        session.editor().execute(org.eclipse.emf.edit.command.RemoveCommand.create(session.domain(), mapping));
        assertFalse(session.problemsCurrent(), "no validation of the model as it is yet");

        // the first menu: no validation on the UI thread, a disabled "validating" item instead, and one started
        long before = System.nanoTime();
        Menu menu = rightClick(editor, header[0], header[1]);
        long filledMs = (System.nanoTime() - before) / 1_000_000;
        List<String> offered = texts(menu);
        MenuItem waiting = item(menu, "Quick fixes: validating\u2026");
        assertFalse(waiting.isEnabled(), "the validating item is disabled");
        assertTrue(offered.stream().noneMatch(t -> t.startsWith("Quick Fix: ") || t.startsWith("Advice: ")),
                "no fixes before a validation finished: " + offered);
        menu.notifyListeners(SWT.Hide, new Event());
        Ui.waitUntil("the validation published", session::problemsCurrent, 30_000);
        Ui.waitUntil("CUSTOMER drawn as an orphan", () -> editor.node(customer.getId()).state().has(State.ORPHAN), 10_000);
        Ui.waitUntil("CUSTOMER's badge of the published validation", () -> editor.node(customer.getId()).state().errors()
                + editor.node(customer.getId()).state().warnings() >= Math.max(1, session.problemsOf(customer).size()), 10_000);
        assertTrue(session.problemsOf(customer).stream().flatMap(f -> f.fixes().stream())
                .anyMatch(f -> f.label().equals("mark it for deletion")), "the validator offers marking the orphan");

        // the next menu: the validator's fixes, its "mark it for deletion" being the one Mark item
        menu = rightClick(editor, header[0], header[1]);
        offered = texts(menu);
        menu.notifyListeners(SWT.Hide, new Event());
        assertFalse(offered.contains("Quick fixes: validating\u2026"), offered.toString());
        assertEquals(1, offered.stream().filter(t -> t.toLowerCase(java.util.Locale.ROOT).contains("for deletion")).count(),
                "marking offered once: " + offered);
        assertTrue(offered.contains("Mark Table CUSTOMER for Deletion"), offered.toString());
        assertTrue(offered.stream().anyMatch(t -> t.startsWith("Advice: ") || t.startsWith("Quick Fix: ")),
                "the validator's other fixes and advice: " + offered);
        assertTrue(filledMs < 2_000, "the first menu was filled in " + filledMs + " ms");
    }

    /** The drop-down tool item {@code text}'s menu, shown; then its item {@code choice} chosen. */
    private static void choose(DiagramEditor editor, String text, String choice) {
        ToolBar bar = Ui.find(editor.canvas().getParent(), ToolBar.class, b -> true);
        for (ToolItem item : bar.getItems()) {
            if (text.equals(item.getText())) {
                Menu menu = (Menu) item.getData("menu");
                menu.notifyListeners(SWT.Show, new Event());
                MenuItem chosen = item(menu, choice);
                chosen.setSelection(!chosen.getSelection());
                chosen.notifyListeners(SWT.Selection, new Event());
                menu.notifyListeners(SWT.Hide, new Event());
                Ui.pump(200);
                return;
            }
        }
        throw new AssertionError("no " + text + " in the editor's toolbar");
    }

    private static Map<String, double[]> places(DiagramEditor editor) {
        Map<String, double[]> places = new java.util.HashMap<>();
        editor.layout().nodes().forEach((id, box) -> places.put(id, new double[] {box.x(), box.y()}));
        return places;
    }

    private static void assertSamePlaces(Map<String, double[]> expected, Map<String, double[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((id, xy) -> assertArrayEquals(xy, actual.get(id), 0.001, "box " + id + " kept its place"));
    }

    @Test
    void filterMarkedFadesTheOthersAndColumnsNoneLeavesHeadersOnlyKeepingThePlaces() {
        DiagramEditor editor = open("Tables");
        Table customer = (Table) tableOrView("CUSTOMER");
        ProjectSession.current().editor().execute(ProjectSession.current().editor().markForDeletion(customer, true));
        Ui.waitUntil("CUSTOMER marked on the diagram", () -> editor.node(customer.getId()).state().has(State.MARKED), 10_000);
        Map<String, double[]> places = places(editor);
        Map<String, Box> full = Map.copyOf(editor.layout().nodes());

        choose(editor, "Filter", "Only Marked");
        assertEquals(Set.of(Highlight.MARKED), editor.viewOptions().only());
        for (Node node : editor.layout().scene().nodes()) {
            assertEquals(!node.id().equals(customer.getId()), node.state().has(State.FADED),
                    node.name() + ": only the marked table is drawn in full");
        }
        assertSamePlaces(places, places(editor));
        RGB faded = pixel(editor, full.get(tableOrView("PRODUCT").getId()).x() + 20, full.get(tableOrView("PRODUCT").getId()).y() + 4);
        assertNotEquals(new RGB(0xdc, 0xef, 0xe0), faded, "a faded table's header is paler than the table green");
        editor.fit();
        Ui.screenshot("diagram-actions-filter-marked");
        choose(editor, "Filter", "Everything");
        assertTrue(editor.layout().scene().nodes().stream().noneMatch(n -> n.state().has(State.FADED)), "no filter: nothing faded");

        choose(editor, "Columns", "None (Header Only)");
        assertEquals(ColumnDetail.NONE, editor.viewOptions().columns());
        for (Node node : editor.layout().scene().nodes()) {
            assertTrue(node.rows().isEmpty(), node.name() + " shows no rows");
            // the header and, as relsync diagram --columns none draws it, one line saying how many rows are left out
            assertEquals(Metrics.HEADER_HEIGHT + (node.hiddenRows() > 0 ? Metrics.ROW_HEIGHT + 6 : 0),
                    editor.layout().nodes().get(node.id()).height(), 0.001, node.name() + " is header-only");
        }
        assertSamePlaces(places, places(editor));
        editor.fit();
        Ui.screenshot("diagram-actions-columns-none");

        choose(editor, "Columns", "Keys Only");
        assertTrue(editor.node(customer.getId()).rows().size() < customer.getFields().size(), "keys only: fewer rows");
        choose(editor, "Columns", "All Columns");
        assertEquals(full, editor.layout().nodes(), "all columns again: the boxes as they were");
    }

    @Test
    void typingOnTheCanvasFindsATableAndJumpsToIt() {
        DiagramEditor editor = open("Tables");
        editor.zoomTo(1.5, new int[] {0, 0});
        Canvas canvas = editor.canvas();
        canvas.setFocus();
        for (char c : "line".toCharArray()) {
            Event key = new Event();
            key.character = c;
            key.keyCode = c;
            canvas.notifyListeners(SWT.KeyDown, key);
        }
        Ui.pump(200);
        String orderLine = tableOrView("ORDER_LINE").getId();
        assertEquals(List.of(orderLine), editor.searchMatches(), "'line' finds ORDER_LINE, whatever the case");
        assertEquals(orderLine, editor.searchCurrent());
        Rectangle area = canvas.getClientArea();
        Box box = editor.layout().nodes().get(orderLine);
        double[] origin = editor.origin();
        assertEquals(area.width / 2.0, (box.x() + box.width() / 2) * editor.zoom() + origin[0], 1.0, "centred across");
        assertEquals(area.height / 2.0, (box.y() + box.height() / 2) * editor.zoom() + origin[1], 1.0, "centred down");
        Ui.screenshot("diagram-actions-search");

        editor.find("O");
        List<String> matches = editor.searchMatches();
        assertTrue(matches.size() >= 3, "'O' is in several names: " + matches);
        String first = editor.searchCurrent();
        Event f3 = new Event();
        f3.keyCode = SWT.F3;
        canvas.notifyListeners(SWT.KeyDown, f3);
        assertEquals(matches.get(1), editor.searchCurrent(), "F3: the next match");
        assertNotEquals(first, editor.searchCurrent());
        Event ctrlF = new Event();
        ctrlF.keyCode = 'f';
        ctrlF.stateMask = SWT.MOD1;
        canvas.notifyListeners(SWT.KeyDown, ctrlF);
        assertEquals(matches, editor.searchMatches(), "Ctrl+F goes to the search field, the search as it was");
        Event esc = new Event();
        esc.keyCode = SWT.ESC;
        canvas.notifyListeners(SWT.KeyDown, esc);
        assertTrue(editor.searchMatches().isEmpty(), "Esc clears the search");
    }

    @Test
    void theEditorsSvgExportIsTheHeadlessExportByteForByte() throws Exception {
        DiagramEditor editor = open("Tables");
        editor.viewOptions().setColumns(ColumnDetail.KEYS);
        editor.viewOptions().setOnly(Highlight.PROBLEMS, true);
        Ui.pump(200);
        ProjectSession session = ProjectSession.current();
        session.save(); // the project and its stored layout, where relsync diagram reads them

        Path fromEditor = dir.resolve("editor.svg");
        editor.export(fromEditor);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        org.relsync.app.cli.CliContext cli = new org.relsync.app.cli.CliContext(dir, Map.of(), print, print, false);
        Path headless = dir.resolve("headless.svg");
        int code = new org.relsync.app.cli.RelSyncCli("test", cli).run("diagram", session.file().toString(), "--kind", "tables",
                "--columns", "keys", "--only", "problems", "-o", headless.toString());
        assertEquals(0, code, () -> out.toString(java.nio.charset.StandardCharsets.UTF_8));
        byte[] expected = Files.readAllBytes(headless);
        byte[] actual = Files.readAllBytes(fromEditor);
        assertTrue(expected.length > 1000, "a real picture");
        assertEquals(new String(expected, java.nio.charset.StandardCharsets.UTF_8), new String(actual, java.nio.charset.StandardCharsets.UTF_8));
        assertArrayEquals(expected, actual, "the same bytes as relsync diagram");

        Path png = dir.resolve("editor.png");
        editor.export(png);
        byte[] pngBytes = Files.readAllBytes(png);
        assertTrue(pngBytes.length > 1000 && pngBytes[1] == 'P' && pngBytes[2] == 'N' && pngBytes[3] == 'G', "a PNG");
        Files.copy(png, Path.of(System.getProperty("relsync.screenshots", "target/screenshots")).resolve("diagram-actions-export.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
