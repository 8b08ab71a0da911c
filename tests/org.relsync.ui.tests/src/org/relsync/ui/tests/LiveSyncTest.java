package org.relsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.Node;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Table;
import org.relsync.ui.diagram.DiagramEditor;
import org.relsync.ui.diagram.OpenDiagramHandler;
import org.relsync.ui.live.LiveMode;
import org.relsync.ui.live.LiveStatusLine;
import org.relsync.ui.session.ProjectSession;

/**
 * Live in the workbench (issue 14) on the demo project's real H2 database: Project &gt; Live on,
 * the database changed with JDBC, the column and the table appear in the explorer and on the open
 * Tables diagram without a click, one Undo takes them away, the status line says the last change;
 * Live off, a change is not followed. Screenshots {@code live-*}.
 */
class LiveSyncTest {

    private static final long IN_TIME = 10_000;

    @TempDir
    Path dir;

    @AfterEach
    void liveOffAndClose() {
        LiveMode.get().stop();
        Ui.closeProject();
    }

    @Test
    void theModelFollowsTheDatabaseUndoablyUnsavedAndNotOnceLiveIsOff() throws Exception {
        Path file = Ui.openDemoProject(dir);
        ProjectSession session = ProjectSession.current();
        Database database = session.project().getDatabases().get(0);
        DiagramEditor diagram = OpenDiagramHandler.open(Ui.page(), DiagramKind.TABLES);
        waitUntil("the Tables diagram", () -> diagram.node(tableId("CUSTOMER")) != null, IN_TIME);
        assertEquals("Live: off", status().getText());
        assertFalse(liveMenuItem().getSelection());

        toggleLive(true);
        waitUntil("Live watching", () -> status().getText().startsWith("Live: watching 1 database (polling 250 ms)"), IN_TIME);
        assertTrue(LiveMode.get().on());
        assertTrue(liveToolItem().getSelection(), "the tool bar's Live button is pressed");
        assertFalse(session.isDirty(), "the first sync of a project in sync changes nothing");
        Ui.screenshot("live-on");
        byte[] saved = Files.readAllBytes(file);
        Command before = session.commandStack().getUndoCommand();

        // a column in PUBLIC (Mixed: the model's orphan rules apply), a table in REPORTING (the database's own)
        execute(database, "ALTER TABLE PUBLIC.CUSTOMER ADD COLUMN LOYALTY_POINTS INTEGER",
                "CREATE TABLE REPORTING.COUPON (ID INTEGER PRIMARY KEY, CODE VARCHAR(20) NOT NULL)");
        long changed = System.nanoTime();
        waitUntil("the new column in the explorer", () -> explorerItem("PUBLIC", "CUSTOMER", "LOYALTY_POINTS").isPresent(), IN_TIME);
        waitUntil("the new table in the explorer", () -> explorerItem("REPORTING", "COUPON").isPresent(), IN_TIME);
        System.out.println("LiveSyncTest: DDL -> explorer " + (System.nanoTime() - changed) / 1_000_000 + " ms");
        waitUntil("the new column and table on the diagram", () -> tableId("COUPON") != null
                && diagram.node(tableId("COUPON")) != null && rows(diagram.node(tableId("CUSTOMER"))).contains("LOYALTY_POINTS"), IN_TIME);
        waitUntil("the last change in the status line", () -> status().getText().contains("Last change"), IN_TIME);
        String said = status().getText();
        // the table first: what a modeler looks for
        assertTrue(said.matches("Live  \u00b7  Last change \\d\\d:\\d\\d:\\d\\d: " + database.getName()
                + ", 1 table created, 1 table field created, \\d+ more"), said);
        assertTrue(status().getToolTipText().contains("1 table created") && status().getToolTipText().contains("1 table field created"),
                status().getToolTipText());
        assertTrue(status().getToolTipText().startsWith("Live: watching 1 database (polling 250 ms): " + database.getName()),
                status().getToolTipText());
        String label = session.commandStack().getUndoCommand().getLabel();
        assertTrue(label.startsWith("From database " + database.getName() + ": 1 table created, 1 table field created, "), label);
        System.out.println("LiveSyncTest: status line '" + said + "', Edit > Undo " + label);
        assertTrue(session.isDirty(), "the change is unsaved");
        assertTrue(Ui.shell().getText().startsWith("*"), "the title shows it: " + Ui.shell().getText());
        assertArrayEquals(saved, Files.readAllBytes(file), "Live never saves the file");
        Ui.select(Ui.explorerTree(), explorerItem("PUBLIC", "CUSTOMER", "LOYALTY_POINTS").orElseThrow());
        diagram.centreOn(tableId("CUSTOMER"));
        Ui.screenshot("live-change-column");
        Ui.select(Ui.explorerTree(), explorerItem("REPORTING", "COUPON").orElseThrow());
        diagram.centreOn(tableId("COUPON"));
        Ui.screenshot("live-change-table");

        Ui.command("org.eclipse.ui.edit.undo");
        waitUntil("the column and table gone after Undo", () -> explorerItem("PUBLIC", "CUSTOMER", "LOYALTY_POINTS").isEmpty()
                && explorerItem("REPORTING", "COUPON").isEmpty(), IN_TIME);
        assertNull(tableId("COUPON"));
        assertEquals(before, session.commandStack().getUndoCommand(), "the change was one command");
        waitUntil("the diagram without them", () -> !rows(diagram.node(tableId("CUSTOMER"))).contains("LOYALTY_POINTS"), IN_TIME);
        assertFalse(session.isDirty(), "back to the saved state");
        Ui.screenshot("live-undone");

        toggleLive(false);
        waitUntil("Live off", () -> "Live: off".equals(status().getText()), IN_TIME);
        assertFalse(LiveMode.get().on());
        assertFalse(liveToolItem().getSelection());
        execute(database, "ALTER TABLE PUBLIC.CUSTOMER ADD COLUMN NOTES VARCHAR(200)");
        Ui.pump(2_000); // eight poll intervals
        assertTrue(explorerItem("PUBLIC", "CUSTOMER", "NOTES").isEmpty(), "not followed once Live is off");
        assertEquals(before, session.commandStack().getUndoCommand(), "no command once Live is off");
        Ui.screenshot("live-off");
    }

    @Test
    void anUnreachableDatabaseIsSaidInTheStatusLineAndTriedAgainWithoutADialog() throws Exception {
        Ui.openDemoProject(dir);
        ProjectSession session = ProjectSession.current();
        Database database = session.project().getDatabases().get(0);
        Path away = dir.resolve("away");
        String url = database.getUrl();
        database.setUrl("jdbc:h2:file:" + away.resolve("shop") + ";IFEXISTS=TRUE;USER=sa"); // no such database yet
        int shells = Ui.display().getShells().length;

        toggleLive(true);
        waitUntil("unreachable said", () -> status().getText().startsWith("Live: " + database.getName() + " unreachable, retrying in "),
                IN_TIME);
        Ui.pump(1_500); // a few attempts, each reported in the status line only
        assertTrue(status().getText().startsWith("Live: " + database.getName() + " unreachable"), status().getText());
        assertEquals(shells, Ui.display().getShells().length, "no dialog");
        assertTrue(LiveMode.get().on() && liveMenuItem().getSelection(), "Live stays on and keeps trying");
        Ui.screenshot("live-unreachable");

        // the database comes: a copy of the demo's, one column more
        Files.createDirectories(away);
        Files.copy(Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';'))
                + ".mv.db"), away.resolve("shop.mv.db"));
        execute(database, "ALTER TABLE PUBLIC.CUSTOMER ADD COLUMN LOYALTY_POINTS INTEGER");
        waitUntil("watching once it answers", () -> status().getText().startsWith("Live: watching 1 database"), 20_000);
        waitUntil("what changed meanwhile in the explorer", () -> explorerItem("PUBLIC", "CUSTOMER", "LOYALTY_POINTS").isPresent(), IN_TIME);
        assertTrue(status().getText().contains("Last change"), status().getText());

        ProjectSession.close();
        waitUntil("Live off with the project closed", () -> "Live: off".equals(status().getText()) && !LiveMode.get().on(), IN_TIME);
        assertFalse(liveMenuItem().isEnabled(), "no project, no Live");
    }

    /** Waits as {@link Ui#waitUntil} does; in time or not, says what Live was doing. */
    private static void waitUntil(String what, java.util.function.BooleanSupplier condition, long timeoutMillis) {
        try {
            Ui.waitUntil(what, condition, timeoutMillis);
        } catch (AssertionError e) {
            StringBuilder watcher = new StringBuilder();
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                if (java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("org.relsync.live"))) {
                    watcher.append("\n").append(thread.getName()).append(":");
                    java.util.Arrays.stream(stack).limit(25).forEach(f -> watcher.append("\n    ").append(f));
                }
            });
            throw new AssertionError(e.getMessage() + "; status line: " + status().getText() + "; busy: "
                    + ProjectSession.current().busy() + "; watcher: " + watcher, e);
        }
    }

    /** Project &gt; Live, as a click on the menu item does. */
    private static void toggleLive(boolean on) {
        MenuItem item = liveMenuItem();
        assertEquals(!on, item.getSelection());
        item.setSelection(on);
        item.notifyListeners(SWT.Selection, new Event());
        Ui.pump(50);
    }

    private static MenuItem liveMenuItem() {
        Shell shell = Ui.shell();
        for (MenuItem top : shell.getMenuBar().getItems()) {
            if (top.getText().replace("&", "").equals("Project")) {
                Menu menu = top.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                List<String> seen = new ArrayList<>();
                for (MenuItem item : menu.getItems()) {
                    seen.add(item.getText());
                    if (item.getText().replace("&", "").equals("Live")) {
                        assertTrue((item.getStyle() & SWT.CHECK) != 0, "Live is a toggle");
                        menu.notifyListeners(SWT.Hide, new Event());
                        return item;
                    }
                }
                throw new AssertionError("no Live under Project: " + seen);
            }
        }
        throw new AssertionError("no Project menu");
    }

    private static ToolItem liveToolItem() {
        ToolBar bar = Ui.find(Ui.shell(), ToolBar.class, b -> {
            for (ToolItem item : b.getItems()) {
                if (item.getToolTipText() != null && item.getToolTipText().startsWith("Live")) {
                    return true;
                }
            }
            return false;
        });
        assertNotNull(bar, "the Live button in the tool bar");
        for (ToolItem item : bar.getItems()) {
            if (item.getToolTipText() != null && item.getToolTipText().startsWith("Live")) {
                return item;
            }
        }
        throw new AssertionError();
    }

    /** The status line's Live state. */
    static Label status() {
        Label label = Ui.find(Ui.shell(), Label.class, l -> l.getData(LiveStatusLine.ID) != null);
        assertNotNull(label, "the Live state in the status line");
        return label;
    }

    /** Runs {@code statements} on the demo's H2 database, as another program would. */
    static void execute(Database database, String... statements) throws Exception {
        try (Connection connection = new Connections(System::getenv).open(database); Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** The id of table {@code name} of the demo's database, or {@code null}. */
    private static String tableId(String name) {
        return ProjectSession.current().project().getDatabases().get(0).getCatalogs().stream()
                .flatMap(c -> c.getSchemas().stream()).flatMap(s -> s.getTables().stream())
                .filter(t -> t instanceof Table && name.equals(t.getName())).findFirst().map(t -> t.getId()).orElse(null);
    }

    private static List<String> rows(Node node) {
        return node == null ? List.of() : node.rows().stream().map(r -> r.name()).toList();
    }

    /** The explorer's item of table {@code table} in {@code schema} (or of its column {@code column}), if shown. */
    static Optional<TreeItem> explorerItem(String schema, String table, String... column) {
        var tree = Ui.explorerTree();
        TreeItem database = Ui.item(tree, "Project", "Database " + ProjectSession.current().project().getDatabases().get(0).getName());
        Optional<TreeItem> found = below(tree, database, "Schema " + schema, 2).flatMap(s -> below(tree, s, "Table " + table, 1));
        for (String c : column) {
            found = found.flatMap(t -> below(tree, t, "Table Field " + c, 1));
        }
        return found;
    }

    /** The item labelled {@code label} (and what the explorer adds after a space) at most {@code depth} levels below {@code parent}. */
    private static Optional<TreeItem> below(org.eclipse.swt.widgets.Tree tree, TreeItem parent, String label, int depth) {
        Ui.expand(tree, parent);
        for (TreeItem child : parent.getItems()) {
            if (child.getText().equals(label) || child.getText().startsWith(label + " ")) {
                return Optional.of(child);
            }
        }
        if (depth > 1) {
            for (TreeItem child : parent.getItems()) {
                Optional<TreeItem> found = below(tree, child, label, depth - 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
