package org.relsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.diagram.layout.Box;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.NodeKind;
import org.relsync.model.relational.Table;
import org.relsync.ui.Commands;
import org.relsync.ui.Views;
import org.relsync.ui.diagram.DiagramEditor;
import org.relsync.ui.session.ProjectSession;
import org.relsync.ui.views.ExplorerView;
import org.relsync.ui.views.SyncView;

/**
 * The diagram editor on a generated 1,000-table project (an H2 database reversed through the CLI,
 * {@link LargeProject}): the mappings diagram (2,000 nodes) opens, a click on a table selects it in
 * the explorer, a table created in the database and synced appears beside its neighbour without
 * moving the others. The times are logged; the targets are measured by {@code ./benchmark workbench}.
 * Screenshots: {@code large-mappings-fit}, {@code large-mappings-100}, {@code large-synced-table}.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class LargeDiagramTest {

    @TempDir
    static Path dir;

    static Path file;

    @BeforeAll
    static void makeTheProject() {
        long start = System.nanoTime();
        file = LargeProject.make(dir, 1000);
        System.out.printf("LargeDiagramTest: 1,000 tables made and reversed in %.1f s%n", (System.nanoTime() - start) / 1e9);
        assertTrue(Commands.open(Ui.shell(), file), "the workbench opens " + file);
        Ui.pump(200);
    }

    @AfterEach
    void closeTheDiagrams() {
        Ui.page().closeAllEditors(false);
        Ui.pump(100);
    }

    @AfterAll
    static void close() {
        Ui.page().closeAllEditors(false);
        ProjectSession.close();
        Ui.pump(100);
    }

    private static Table table(String schema, String name) {
        return ProjectSession.current().project().getDatabases().get(0).getCatalogs().stream()
                .flatMap(c -> c.getSchemas().stream()).filter(s -> s.getName().equals(schema))
                .flatMap(s -> s.getTables().stream()).filter(t -> t instanceof Table && t.getName().equals(name))
                .map(Table.class::cast).findFirst().orElse(null);
    }

    private static int[] screen(DiagramEditor editor, Box box) {
        double[] origin = editor.origin();
        return new int[] {(int) Math.round((box.x() + box.width() / 2) * editor.zoom() + origin[0]),
                (int) Math.round((box.y() + Math.min(box.height() / 2, 10)) * editor.zoom() + origin[1])};
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void aThousandTableMappingsDiagramOpensSelectsAndShowsASyncedTableBesideItsNeighbour() {
        // never opened, nothing stored: laid out ahead in the background once the project opened
        String key = org.relsync.diagram.scene.DiagramScope.of(DiagramKind.MAPPINGS).layoutKey();
        assertEquals(null, org.relsync.ui.session.SessionDiagrams.of(ProjectSession.current()).diagram(key), "no stored positions");
        Ui.waitUntil("the diagrams prepared", () -> java.util.Arrays.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
                .noneMatch(job -> job.getName().startsWith("Preparing the diagrams")), 60_000);
        DiagramTiming.Opened opened = DiagramTiming.open(DiagramKind.MAPPINGS);
        DiagramEditor editor = opened.editor();
        assertEquals(0, opened.phases()[3], "no layout in a job: the prepared one was drawn at once");
        System.out.printf("LargeDiagramTest: mappings diagram of 1,000 tables (%d nodes): first paint after %s%n",
                editor.layout().nodes().size(), opened.describe());
        assertEquals(1000, editor.layout().scene().nodes().stream().filter(n -> n.kind() == NodeKind.TABLE).count(),
                "every table is on the diagram");
        assertEquals(1000, editor.layout().scene().nodes().stream().filter(n -> n.kind() == NodeKind.ENTITY).count(),
                "and every entity reversed from one");
        Canvas canvas = editor.canvas();
        editor.fit();
        Ui.pump(100);
        Ui.screenshot("large-mappings-fit");
        System.out.println("LargeDiagramTest: pan at fit (" + Math.round(editor.zoom() * 100) + " %): " + DiagramTiming.describe(DiagramTiming.pan(editor, 30)));

        // at 100 %, the first table of schema S1, clicked, is the explorer's selection
        Table t250 = table("S1", "T250");
        assertNotNull(t250, "T250 in S1");
        Box box = editor.layout().nodes().get(t250.getId());
        editor.zoomTo(1, new int[] {0, 0});
        editor.scrollTo(40 - (box.x() - 300), 40 - box.y()); // T250 with its entity on the left
        Ui.pump(100);
        Ui.screenshot("large-mappings-100");
        System.out.println("LargeDiagramTest: pan at 100 %: " + DiagramTiming.describe(DiagramTiming.pan(editor, 30)));
        editor.scrollTo(40 - box.x(), 40 - box.y());
        int[] at = screen(editor, box);
        mouse(canvas, SWT.MouseDown, at);
        mouse(canvas, SWT.MouseUp, at);
        Ui.pump(200);
        assertEquals(Set.of(t250.getId()), editor.selectedNodes(), "the click selects T250");
        ExplorerView explorer = Ui.view(Views.EXPLORER);
        Ui.waitUntil("T250 selected in the explorer", () -> explorer.viewer().getStructuredSelection().getFirstElement() == t250, 5_000);
        Ui.page().activate(editor);

        // on the tables diagram, a table created in the database with a foreign key to T250, synced,
        // appears near T250; no other box moves
        DiagramTiming.Opened tables = DiagramTiming.open(DiagramKind.TABLES);
        System.out.printf("LargeDiagramTest: tables diagram of 1,000 tables in 4 schemas: first paint after %s%n",
                tables.describe());
        editor = tables.editor();
        editor.fit();
        Ui.pump(100);
        Ui.screenshot("large-tables-fit");
        // 50 % around the middle of the canvas, as the wheel zooms around the pointer there
        org.eclipse.swt.graphics.Point size = editor.canvas().getSize();
        editor.zoomTo(0.5, new int[] {size.x / 2, size.y / 2});
        Ui.pump(100);
        Ui.screenshot("large-tables-50");
        java.util.Map<String, Box> before = new java.util.HashMap<>(editor.layout().nodes());
        LargeProject.execute(dir, "CREATE TABLE S1.T250_NOTE (ID BIGINT PRIMARY KEY, T250_ID BIGINT REFERENCES S1.T250 (ID), NOTE VARCHAR(200))");
        SyncView sync = Ui.view(Views.SYNC);
        Button run = Ui.find(sync.tasksViewer().getControl().getParent().getParent(), Button.class, b -> "Run Sync".equals(b.getText()));
        assertNotNull(run, "the Sync view's Run Sync button");
        Ui.press(run);
        Ui.waitUntil("the run's report", () -> !sync.running(), 60_000);
        Table note = table("S1", "T250_NOTE");
        assertNotNull(note, "the sync read the new table: " + sync.summary());
        DiagramEditor shown = editor;
        Ui.page().activate(shown);
        Ui.waitUntil("the new table on the diagram", () -> shown.layout().nodes().containsKey(note.getId()), 20_000);
        long moved = before.entrySet().stream().filter(e -> !e.getValue().equals(shown.layout().nodes().get(e.getKey()))).count();
        assertEquals(0, moved, "no node that was there moved");
        Box placed = editor.layout().nodes().get(note.getId());
        Box neighbour = editor.layout().nodes().get(t250.getId());
        double distance = Math.hypot(placed.x() - neighbour.x(), placed.y() - neighbour.y());
        shown.scrollTo(40 - Math.min(placed.x(), neighbour.x()) * shown.zoom(), 40 - Math.min(placed.y(), neighbour.y()) * shown.zoom());
        Ui.pump(100);
        Ui.screenshot("large-synced-table");
        assertTrue(distance < 600, "the new table is placed near the table it refers to: " + placed + " / " + neighbour);
        java.util.List<String> overlapped = shown.layout().nodes().entrySet().stream()
                .filter(e -> !e.getKey().equals(note.getId()) && e.getValue().overlaps(placed)).map(java.util.Map.Entry::getKey)
                .map(id -> shown.node(id).name() + " " + shown.layout().nodes().get(id)).toList();
        assertTrue(overlapped.isEmpty(), "and overlaps nothing: " + placed + " overlaps " + overlapped);
        IStructuredSelection selection = (IStructuredSelection) Ui.page().getSelection();
        assertNotNull(selection);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aMovedTableIsFoundWhereItWasAfterSaveAndReopenAndTheExportIsTheCommandLines() throws Exception {
        DiagramEditor editor = DiagramTiming.open(DiagramKind.TABLES).editor();
        Table t500 = table("S2", "T500");
        Box box = editor.layout().nodes().get(t500.getId());
        editor.moveNode(t500.getId(), box.x() + 240, box.y() + 120);
        Ui.pump(100);
        Box moved = editor.layout().nodes().get(t500.getId());
        assertEquals(box.x() + 240, moved.x(), 0.6);
        assertTrue(Commands.save(Ui.shell()), "saved");
        Ui.page().closeAllEditors(false);
        ProjectSession.close();
        Ui.pump(100);
        assertTrue(Commands.open(Ui.shell(), file), "opened again");
        Ui.pump(200);
        DiagramTiming.Opened reopened = DiagramTiming.open(DiagramKind.TABLES);
        System.out.println("LargeDiagramTest: tables diagram reopened, positions stored: first paint after " + reopened.describe());
        DiagramEditor again = reopened.editor();
        Table same = table("S2", "T500");
        assertEquals(moved, again.layout().nodes().get(same.getId()), "T500 where it was left");
        assertTrue(again.pinned(same.getId()), "and pinned");

        // the editor's SVG is the one relsync diagram draws from the saved project
        Path fromEditor = dir.resolve("editor.svg");
        again.export(fromEditor);
        Path headless = dir.resolve("headless.svg");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        int code = new org.relsync.app.cli.RelSyncCli("test", new org.relsync.app.cli.CliContext(dir, java.util.Map.of(), print, print, false))
                .run("diagram", file.toString(), "--kind", "tables", "-o", headless.toString());
        assertEquals(0, code, () -> out.toString(java.nio.charset.StandardCharsets.UTF_8));
        byte[] expected = java.nio.file.Files.readAllBytes(headless);
        assertTrue(expected.length > 1_000_000, "the picture of 1,000 tables: " + expected.length + " bytes");
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, java.nio.file.Files.readAllBytes(fromEditor),
                "the editor's SVG has the bytes of relsync diagram's");
    }

    private static void mouse(Canvas canvas, int type, int[] at) {
        Event event = new Event();
        event.button = 1;
        event.x = at[0];
        event.y = at[1];
        canvas.notifyListeners(type, event);
    }
}
