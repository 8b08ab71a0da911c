package org.relsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.diagram.layout.Box;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.Node;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.Relationship;
import org.relsync.ui.Views;
import org.relsync.ui.diagram.DiagramEditor;
import org.relsync.ui.session.ProjectSession;
import org.relsync.ui.views.ExplorerView;

/**
 * New diagrams (issue 13) on the demo project, as a modeler makes them: an entity selected in the
 * Project Explorer, New Diagram &gt; Entity and its neighbours; the editor shows that entity and
 * its neighbours only; the diagram is listed under Diagrams, saved with the project (the layout
 * file), listed again and opened with its positions once the project is opened again; deleted and
 * brought back by Undo. Screenshots {@code scopes-*}.
 */
class DiagramScopesTest {

    private static final String NAME = "Order and neighbours";

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void openTheDemoProject() {
        file = Ui.openDemoProject(dir);
    }

    @AfterEach
    void closeWithoutSaving() {
        Ui.closeProject();
    }

    private static Tree explorerTree() {
        return Ui.explorerTree();
    }

    /** Right-click on what is selected, then a click on each label along {@code path} (submenus). */
    private static void menu(Tree tree, String... path) {
        Ui.view(Views.EXPLORER); // a right-click activates the explorer
        Menu menu = tree.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem entry = null;
        for (String step : path) {
            entry = null;
            List<String> seen = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                seen.add(item.getText());
                if (item.getText().replace("&", "").equals(step)) {
                    entry = item;
                }
            }
            assertNotNull(entry, step + " in the explorer's menu: " + seen);
            if (entry.getMenu() != null) {
                menu = entry.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
            }
        }
        assertTrue(entry.isEnabled(), path[path.length - 1] + " is enabled");
        entry.notifyListeners(SWT.Selection, new Event());
        tree.getMenu().notifyListeners(SWT.Hide, new Event());
        Ui.pump(50);
    }

    /** The labels of the menu items along {@code path} ({@code null} when a step is missing). */
    private static List<String> menuLabels(Tree tree, String... path) {
        Ui.view(Views.EXPLORER); // a right-click activates the explorer
        Menu menu = tree.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        try {
            for (String step : path) {
                Menu next = null;
                for (MenuItem item : menu.getItems()) {
                    if (item.getText().replace("&", "").equals(step)) {
                        next = item.getMenu();
                    }
                }
                if (next == null) {
                    return null;
                }
                next.notifyListeners(SWT.Show, new Event());
                menu = next;
            }
            List<String> labels = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                labels.add(item.getText().replace("&", "") + (item.isEnabled() ? "" : " (disabled)"));
            }
            return labels;
        } finally {
            tree.getMenu().notifyListeners(SWT.Hide, new Event());
        }
    }

    private static List<String> diagramsListed(Tree tree) {
        List<String> names = new ArrayList<>();
        for (TreeItem item : Ui.item(tree, "Project", "Diagrams").getItems()) {
            names.add(item.getText());
        }
        return names;
    }

    private static DiagramEditor activeDiagram(String name) {
        Ui.waitUntil("the diagram " + name, () -> Ui.page().getActiveEditor() instanceof DiagramEditor editor
                && editor.getEditorInput().getName().equals(name), 20_000);
        DiagramEditor editor = (DiagramEditor) Ui.page().getActiveEditor();
        Ui.waitUntil("the canvas laid out", () -> editor.canvas().getClientArea().width > 200, 5_000);
        Ui.pump(200);
        return editor;
    }

    /** Order and the entities one relationship or supertype link away, from the model itself. */
    private static Set<String> orderAndNeighbours() {
        Set<String> names = new TreeSet<>(List.of("Order"));
        var model = ProjectSession.current().project().getEntityModel();
        for (Relationship r : model.getRelationships()) {
            if (r.getStart() != null && r.getEnd() != null && "Order".equals(r.getStart().getName())) {
                names.add(r.getEnd().getName());
            }
            if (r.getStart() != null && r.getEnd() != null && "Order".equals(r.getEnd().getName())) {
                names.add(r.getStart().getName());
            }
        }
        for (Entity e : model.getEntities()) {
            if (e.getSupertype() != null && "Order".equals(e.getSupertype().getName())) {
                names.add(e.getName());
            }
            if ("Order".equals(e.getName()) && e.getSupertype() != null) {
                names.add(e.getSupertype().getName());
            }
        }
        return names;
    }

    /** Folds the model and the mappings so that the Diagrams folder is in the picture. */
    private static void showDiagramsFolder(Tree tree) {
        for (TreeItem item : Ui.item(tree, "Project").getItems()) {
            if (!item.getText().startsWith("Diagrams")) {
                item.setExpanded(false);
            }
        }
        Ui.pump(50);
    }

    /** The same boxes, to the tenth of a unit the layout file keeps. */
    private static void assertSamePositions(java.util.Map<String, Box> expected, java.util.Map<String, Box> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        expected.forEach((id, box) -> {
            Box other = actual.get(id);
            assertTrue(Math.abs(box.x() - other.x()) <= 0.05 && Math.abs(box.y() - other.y()) <= 0.05
                    && Math.abs(box.width() - other.width()) <= 0.05 && Math.abs(box.height() - other.height()) <= 0.05,
                    what + ": " + id + " " + box + " vs " + other);
        });
    }

    private static Set<String> shown(DiagramEditor editor) {
        return new TreeSet<>(editor.layout().scene().nodes().stream().map(Node::name).toList());
    }

    private static void drag(DiagramEditor editor, String id, int dx, int dy) {
        Canvas canvas = editor.canvas();
        Box box = editor.layout().nodes().get(id);
        int x = (int) Math.round((box.x() + box.width() / 2) * editor.zoom() + editor.origin()[0]);
        int y = (int) Math.round((box.y() + box.height() / 2) * editor.zoom() + editor.origin()[1]);
        for (int[] step : new int[][] {{SWT.MouseDown, 0, 0}, {SWT.MouseMove, dx / 2, dy / 2}, {SWT.MouseMove, dx, dy},
                {SWT.MouseUp, dx, dy}}) {
            Event event = new Event();
            event.button = step[0] == SWT.MouseMove ? 0 : 1;
            event.x = x + step[1];
            event.y = y + step[2];
            event.stateMask = step[0] == SWT.MouseDown ? 0 : SWT.BUTTON1;
            canvas.notifyListeners(step[0], event);
        }
        Ui.pump(200);
    }

    @Test
    void anEntityAndItsNeighboursBecomeADiagramSavedWithTheProject() throws Exception {
        Tree tree = explorerTree();
        assertEquals(List.of("Entities  (whole project)", "Tables  (whole project)", "Mappings  (whole project)"),
                diagramsListed(tree), "the built-in diagrams are listed from the start");

        // New Diagram > Entity and its neighbours on Order
        Ui.select(tree, Ui.item(tree, "Project", "Model", "Entity Order"));
        List<String> offered = menuLabels(tree, "New Diagram");
        assertEquals(List.of("Entities: selection", "Entity and its neighbours"), offered, "what fits an entity");
        menu(tree, "New Diagram", "Entity and its neighbours");
        DiagramEditor editor = activeDiagram(NAME);
        Set<String> expected = orderAndNeighbours();
        assertTrue(expected.size() > 1 && expected.size() < ProjectSession.current().project().getEntityModel().getEntities().size(),
                "the demo's Order has neighbours and is not related to everything: " + expected);
        assertEquals(expected, shown(editor), "Order and its neighbours only");
        assertEquals(NAME + " \u2013 " + ProjectSession.current().project().getName(), editor.getPartName());
        assertTrue(ProjectSession.current().isDirty(), "a new diagram makes the project dirty");
        assertTrue(diagramsListed(explorerTree()).contains(NAME + "  (entities)"), diagramsListed(tree).toString());
        showDiagramsFolder(tree);
        Ui.select(tree, Ui.item(tree, "Project", "Diagrams", NAME));
        Ui.page().activate(editor);
        Ui.screenshot("scopes-neighbours");

        // made again: the same diagram comes forward, no second one
        Ui.select(tree, Ui.item(tree, "Project", "Model", "Entity Order"));
        menu(tree, "New Diagram", "Entity and its neighbours");
        assertEquals(editor, activeDiagram(NAME));
        assertEquals(4, diagramsListed(explorerTree()).size(), "still one Order diagram: " + diagramsListed(tree));

        // Order moved on it, the project saved: the layout file holds the diagram and its positions
        String order = ProjectSession.current().project().getEntityModel().getEntities().stream()
                .filter(e -> "Order".equals(e.getName())).findFirst().orElseThrow().getId();
        drag(editor, order, 60, 40);
        assertTrue(editor.pinned(order), "moved and pinned");
        Box moved = editor.layout().nodes().get(order);
        var positions = new java.util.HashMap<>(editor.layout().nodes());
        assertTrue(org.relsync.ui.Commands.save(Ui.shell()), "saved");
        String sidecar = Files.readString(StoredLayout.sidecar(file));
        assertTrue(sidecar.contains("\"definitions\": [\n    {\"name\": \"Order and neighbours\", \"kind\": \"entities\", "
                + "\"entities\": [\"Order\"], \"depth\": 1, \"ids\": [\"" + order + "\"]}\n  ],"), sidecar);

        // the project closed and opened again: listed, and it opens where it was left
        Ui.page().closeAllEditors(false);
        ProjectSession.close();
        Ui.pump(100);
        assertTrue(org.relsync.ui.Commands.open(Ui.shell(), file), "opened again");
        Ui.pump(200);
        tree = explorerTree();
        TreeItem listed = Ui.item(tree, "Project", "Diagrams", NAME);
        Ui.select(tree, listed);
        assertEquals(List.of("Open", "Rename...", "Delete"), menuLabels(tree), "a diagram's menu");
        Event doubleClick = new Event();
        doubleClick.item = listed;
        tree.notifyListeners(SWT.DefaultSelection, doubleClick); // a double-click
        DiagramEditor again = activeDiagram(NAME);
        assertSamePositions(positions, again.layout().nodes(), "every box where it was saved");
        assertSamePositions(java.util.Map.of(order, moved), java.util.Map.of(order, again.layout().nodes().get(order)), "Order where it was dropped");
        assertTrue(again.pinned(order), "still pinned");
        assertFalse(ProjectSession.current().isDirty(), "opening a saved diagram changes nothing");
        showDiagramsFolder(tree);
        Ui.screenshot("scopes-reopened");

        // a built-in diagram can be neither renamed nor deleted
        Ui.select(tree, Ui.item(tree, "Project", "Diagrams", "Tables"));
        assertEquals(List.of("Open", "Rename... (disabled)", "Delete (disabled)"), menuLabels(tree));

        // deleted: unlisted, its editor closed; Edit > Undo brings it back with its positions
        Ui.select(tree, Ui.item(tree, "Project", "Diagrams", NAME));
        menu(tree, "Delete");
        Ui.waitUntil("the diagram unlisted", () -> diagramsListed(explorerTree()).size() == 3, 5_000);
        Ui.waitUntil("its editor closed", () -> Ui.page().getEditorReferences().length == 0, 5_000);
        assertTrue(ProjectSession.current().isDirty(), "a deletion makes the project dirty");
        showDiagramsFolder(explorerTree());
        Ui.screenshot("scopes-deleted");
        Ui.view(Views.EXPLORER);
        Ui.command("org.eclipse.ui.edit.undo");
        Ui.waitUntil("the diagram listed again", () -> diagramsListed(explorerTree()).size() == 4, 5_000);
        assertFalse(ProjectSession.current().isDirty(), "undone back to the saved state");
        tree = explorerTree();
        Ui.select(tree, Ui.item(tree, "Project", "Diagrams", NAME));
        menu(tree, "Open");
        DiagramEditor back = activeDiagram(NAME);
        assertSamePositions(positions, back.layout().nodes(), "its positions came back with it");
        assertTrue(back.pinned(order));
        Ui.screenshot("scopes-undone");

        // renamed: listed and shown under the new name; a name taken is refused in the dialog; Undo renames it back
        Ui.select(tree, Ui.item(tree, "Project", "Diagrams", NAME));
        String[] refused = new String[1];
        answerRename("tables", refused);
        menu(tree, "Rename...");
        assertEquals("There is a diagram tables already", refused[0], "the dialog says the name is taken");
        Ui.select(tree, Ui.item(tree, "Project", "Diagrams", NAME));
        answerRename("Orders and their lines", refused);
        menu(tree, "Rename...");
        Ui.waitUntil("the new name listed", () -> diagramsListed(explorerTree()).contains("Orders and their lines  (entities)"), 5_000);
        assertEquals("Orders and their lines \u2013 " + ProjectSession.current().project().getName(), back.getPartName());
        Ui.view(Views.EXPLORER);
        Ui.command("org.eclipse.ui.edit.undo");
        Ui.waitUntil("the old name back", () -> diagramsListed(explorerTree()).contains(NAME + "  (entities)"), 5_000);
        assertEquals(NAME + " \u2013 " + ProjectSession.current().project().getName(), back.getPartName());
    }

    /**
     * Answers the next Rename Diagram dialog: types {@code name} as a user does and presses OK when
     * the dialog accepts it, else notes its error message in {@code refused[0]} and cancels.
     */
    private static void answerRename(String name, String[] refused) {
        refused[0] = null;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            org.eclipse.swt.widgets.Shell dialog = java.util.Arrays.stream(Ui.display().getShells())
                    .filter(sh -> !sh.isDisposed() && sh.isVisible() && "Rename Diagram".equals(sh.getText())).findFirst().orElse(null);
            if (dialog == null) {
                Ui.display().timerExec(50, poll[0]);
                return;
            }
            org.eclipse.swt.widgets.Text text = Ui.find(dialog, org.eclipse.swt.widgets.Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0);
            text.setText(name); // fires Modify: the dialog validates
            org.eclipse.swt.widgets.Button ok = Ui.find(dialog, org.eclipse.swt.widgets.Button.class, b -> "OK".equals(b.getText()));
            Ui.screenshotOf(dialog, "dialog-rename-diagram");
            if (ok.isEnabled()) {
                ok.notifyListeners(SWT.Selection, new Event());
            } else {
                org.eclipse.swt.widgets.Text error = Ui.find(dialog, org.eclipse.swt.widgets.Text.class,
                        t -> t != text && !t.getText().isEmpty());
                refused[0] = error == null ? "(no message)" : error.getText();
                dialog.close();
            }
        };
        Ui.display().timerExec(100, poll[0]);
    }

    @Test
    void aSavedDiagramFollowsTheRenameOfItsEntity() throws Exception {
        Tree tree = explorerTree();
        Ui.select(tree, Ui.item(tree, "Project", "Model", "Entity Order"));
        menu(tree, "New Diagram", "Entity and its neighbours");
        DiagramEditor editor = activeDiagram(NAME);
        ProjectSession session = ProjectSession.current();
        Entity order = session.project().getEntityModel().getEntities().stream().filter(e -> "Order".equals(e.getName()))
                .findFirst().orElseThrow();
        drag(editor, order.getId(), 50, 30);
        java.util.Map<String, Box> before = new java.util.HashMap<>(editor.layout().nodes());
        Set<String> names = shown(editor);

        // Order renamed (as Properties renames it): the open diagram stays, names it as it is now, keeps its places
        session.editor().execute(session.editor().renameEntity("Order", "Purchase"));
        Ui.waitUntil("the diagram following the rename", () -> editor.shownScope().entities().equals(List.of("Purchase")), 10_000);
        assertTrue(List.of(Ui.page().getEditorReferences()).stream().anyMatch(r -> r.getEditor(false) == editor), "still open");
        Set<String> renamed = new TreeSet<>(names);
        renamed.remove("Order");
        renamed.add("Purchase");
        assertEquals(renamed, shown(editor), "the same entities, Order under its new name");
        assertSamePositions(before, editor.layout().nodes(), "the boxes where they were");
        assertTrue(editor.pinned(order.getId()), "the moved box still pinned");
        assertTrue(diagramsListed(explorerTree()).contains(NAME + "  (entities)"), "listed under its own name still");

        // saved: the layout file names it as it is now, with its id; the command line draws it by the diagram's name
        session.save();
        String file = Files.readString(StoredLayout.sidecar(session.file()));
        assertTrue(file.contains("\"entities\": [\"Purchase\"], \"depth\": 1, \"ids\": [\"" + order.getId() + "\"]"), file);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        int code = new org.relsync.app.cli.RelSyncCli("test", new org.relsync.app.cli.CliContext(dir, java.util.Map.of(), print, print,
                false)).run("diagram", session.file().toString(), "--diagram", NAME, "-o", dir.resolve("renamed.svg").toString());
        assertEquals(0, code, out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(Files.readString(dir.resolve("renamed.svg")).contains(">Purchase</text>"), "the command line draws it");

        // Undo: the old name again, the diagram with it
        Ui.page().activate(editor);
        Ui.command("org.eclipse.ui.edit.undo");
        Ui.waitUntil("the diagram following the undo", () -> editor.shownScope().entities().equals(List.of("Order")), 10_000);
        assertEquals(names, shown(editor));
        assertSamePositions(before, editor.layout().nodes(), "the boxes where they were after the undo");
    }

    @Test
    void aProjectWithoutDiagramsGetsNoLayoutFileOnSave() throws Exception {
        Path sidecar = StoredLayout.sidecar(file);
        ProjectSession.close();
        Files.delete(sidecar);
        assertTrue(org.relsync.ui.Commands.open(Ui.shell(), file), "opened again");
        Ui.pump(200);
        assertEquals(3, diagramsListed(explorerTree()).size(), "the built-in diagrams, listed all the same");
        assertTrue(org.relsync.ui.Commands.save(Ui.shell()), "saved");
        assertFalse(Files.exists(sidecar), "no layout file for a project that has nothing to put in it");
    }

    @Test
    void theTablesOfASchemaAndASelectionOfEntities() {
        ExplorerView explorer = Ui.view(Views.EXPLORER);
        Tree tree = explorer.viewer().getTree();
        var project = ProjectSession.current().project();
        var schema = project.getDatabases().get(0).getCatalogs().stream().flatMap(c -> c.getSchemas().stream())
                .filter(s -> "PUBLIC".equals(s.getName())).findFirst().orElseThrow();
        explorer.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(schema.getTables().get(0)), true);
        Ui.pump(100);
        assertEquals(List.of("Tables of this database", "Tables of this schema", "Entity and its neighbours"),
                menuLabels(tree, "New Diagram"), "what fits a table");
        menu(tree, "New Diagram", "Tables of this schema");
        String dbName = project.getDatabases().get(0).getName();
        DiagramEditor tables = activeDiagram("Tables of " + dbName + ".PUBLIC");
        Set<String> publicTables = new TreeSet<>();
        schema.getTables().forEach(t -> publicTables.add(t.getName()));
        schema.getViews().forEach(v -> publicTables.add(v.getName()));
        Set<String> drawn = new TreeSet<>(tables.layout().scene().nodes().stream()
                .filter(n -> n.kind() != org.relsync.diagram.scene.NodeKind.SEQUENCE).map(Node::name).toList());
        assertEquals(publicTables, drawn, "the tables and views of PUBLIC, no other schema's");
        assertEquals(1, tables.layout().scene().groups().size(), "one schema frame");
        tables.fit();
        Ui.screenshot("scopes-schema");

        // two entities selected: a diagram of those two alone
        // two entities no relationship links
        List<Entity> two = project.getEntityModel().getEntities().stream()
                .filter(e -> "Customer".equals(e.getName()) || "Product".equals(e.getName())).toList();
        assertEquals(2, two.size());
        explorer = Ui.view(Views.EXPLORER);
        explorer.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(two), true);
        Ui.pump(100);
        menu(tree, "New Diagram", "Entities: selection");
        DiagramEditor entities = activeDiagram("Entities: " + two.get(0).getName() + ", " + two.get(1).getName());
        assertEquals(new TreeSet<>(List.of(two.get(0).getName(), two.get(1).getName())), shown(entities), "those two alone");
        assertEquals(0, entities.layout().scene().edges().size(), "nothing links them");
        assertEquals(List.of("Entities", "Tables", "Mappings", "Tables of " + dbName + ".PUBLIC", entities.getEditorInput().getName()),
                diagramsListed(explorerTree()).stream().map(label -> label.substring(0, label.indexOf("  ("))).toList(),
                "listed in the order made");
        Ui.screenshot("scopes-selection");

        // Edit > Undo takes the new diagram back: unlisted, its editor closed
        Ui.view(Views.EXPLORER);
        Ui.command("org.eclipse.ui.edit.undo");
        Ui.waitUntil("the diagram unlisted", () -> diagramsListed(explorerTree()).size() == 4, 5_000);
        Ui.waitUntil("its editor closed", () -> Ui.page().findEditor(entities.getEditorInput()) == null, 5_000);
        assertTrue(Ui.page().findEditor(tables.getEditorInput()) != null, "the other diagram stays open");
    }
}
