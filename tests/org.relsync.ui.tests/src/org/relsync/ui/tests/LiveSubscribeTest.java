package org.relsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.app.cli.CliContext;
import org.relsync.app.cli.RelSyncCli;
import org.relsync.model.relational.Database;
import org.relsync.ui.Commands;
import org.relsync.ui.live.LiveMode;
import org.relsync.ui.live.LiveStatusLine;
import org.relsync.ui.session.ProjectSession;

/**
 * Live from a running {@code relsync watch} (issue 14, LIVE-SPEC section 3): the real
 * {@code relsync watch FILE --port 0 --token-env VAR} command runs in the test's JVM (the demo's
 * database is an embedded H2 file, which one process opens) on the project the workbench has open;
 * Project &gt; Live from a Watch Server subscribes to it. A wrong token and a server that is not
 * there are said in the dialog and subscribe nothing; with the token, a column added with JDBC
 * appears in the explorer without a click, one undoable command from the database, the status line
 * says the event, and the file the watch saved is no change on disk to offer for reload: Save
 * writes the workbench's model over it. Screenshots {@code live-subscribe-*}.
 */
class LiveSubscribeTest {

    private static final long IN_TIME = 15_000;
    private static final String VARIABLE = "RELSYNC_TEST_WATCH_TOKEN";
    private static final String TOKEN = "s3cret-watch-token";

    @TempDir
    Path dir;

    private Thread watch;
    /** Every state Live was in during the test, with its tooltip: said when the test fails. */
    private final java.util.List<String> states = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Runnable noted = () -> {
        String state = LiveMode.get().status() + " | " + LiveMode.get().detail();
        if (states.isEmpty() || !states.getLast().equals(state)) {
            states.add(state);
        }
    };
    private final ByteArrayOutputStream watchOutput = new ByteArrayOutputStream();

    @AfterEach
    void liveOffWatchStoppedAndClosed() throws InterruptedException {
        LiveMode.get().removeListener(noted);
        System.out.println("LiveSubscribeTest: Live's states:\n  " + String.join("\n  ", states));
        LiveMode.get().stop();
        if (watch != null) {
            watch.interrupt(); // as Ctrl-C: the watch stops between two steps
            watch.join(10_000);
        }
        Ui.closeProject();
    }

    @Test
    void theWorkbenchFollowsARunningWatchUndoablyWithoutAReloadPrompt() throws Exception {
        LiveMode.get().addListener(noted);
        Path file = Ui.openDemoProject(dir);
        ProjectSession session = ProjectSession.current();
        Database database = session.project().getDatabases().get(0);
        String stream = startWatch(file);

        // a wrong token: said in the dialog, nothing subscribed
        String refused = subscribe(stream, "not-the-token", "refused");
        assertTrue(refused.contains("refused (HTTP 401)"), refused);
        assertFalse(LiveMode.get().on(), "nothing subscribed");
        assertEquals("Live: off", status().getText());
        // no server at that address: the same
        String unreachable = subscribe("ws://127.0.0.1:" + freePort() + "/events", TOKEN, "unreachable");
        assertTrue(unreachable.contains("cannot connect"), unreachable);
        assertFalse(LiveMode.get().on(), "nothing subscribed");

        assertEquals("", subscribe(stream, TOKEN, "connect"), "subscribed");
        assertTrue(LiveMode.get().on());
        String address = stream.substring(0, stream.indexOf("/events"));
        waitUntil("following the watch", () -> status().getText().equals("Live: " + address + " (relsync watch)"));
        assertFalse(session.isDirty(), "the first sync of a project in sync changes nothing");
        Ui.screenshot("live-subscribe-on");
        byte[] before = Files.readAllBytes(file);

        execute(database, "ALTER TABLE PUBLIC.CUSTOMER ADD COLUMN LOYALTY_POINTS INTEGER");
        long changed = System.nanoTime();
        waitUntil("the new column in the explorer", () -> explorerItem("PUBLIC", "CUSTOMER", "LOYALTY_POINTS").isPresent());
        System.out.println("LiveSubscribeTest: DDL -> watch -> event -> explorer " + (System.nanoTime() - changed) / 1_000_000 + " ms");
        waitUntil("the event in the status line", () -> status().getText().contains("Last change"));
        String said = status().getText();
        assertTrue(said.matches("Live \\(watch\\)  \u00b7  Last change \\d\\d:\\d\\d:\\d\\d: " + database.getName() + ", 1 table field created.*"),
                said);
        assertTrue(status().getToolTipText().contains("(event #1)"), status().getToolTipText());
        assertTrue(status().getToolTipText().startsWith("Live: following the relsync watch at " + stream), status().getToolTipText());
        String label = session.commandStack().getUndoCommand().getLabel();
        assertTrue(label.startsWith("From database " + database.getName() + ": 1 table field created"), label);
        assertTrue(session.isDirty(), "the change is unsaved in the workbench");

        // the watch saved the file: the workbench follows it already, so no reload is offered
        assertTrue(watchOutput().contains("#1  " + database.getName() + ":"), watchOutput());
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the watch saved the file");
        waitUntil("the watch's save taken as expected", () -> !session.changedOnDisk());
        int shells = Ui.display().getShells().length;
        Commands.checkDisk(Ui.shell()); // as when the window is activated again
        Ui.pump(300);
        assertEquals(shells, Ui.display().getShells().length, "no 'changed on disk, reload?' prompt");
        Ui.select(Ui.explorerTree(), explorerItem("PUBLIC", "CUSTOMER", "LOYALTY_POINTS").orElseThrow());
        Ui.screenshot("live-subscribe-change");

        Ui.command("org.eclipse.ui.edit.undo");
        waitUntil("the column gone after Undo", () -> explorerItem("PUBLIC", "CUSTOMER", "LOYALTY_POINTS").isEmpty());
        Ui.command("org.eclipse.ui.edit.redo");
        waitUntil("the column back after Redo", () -> explorerItem("PUBLIC", "CUSTOMER", "LOYALTY_POINTS").isPresent());

        // Save writes the workbench's model over the watch's file, not refused as changed on disk
        int before2 = Ui.display().getShells().length;
        Commands.save(Ui.shell());
        Ui.pump(200);
        assertEquals(before2, Ui.display().getShells().length, "no error dialog");
        assertFalse(session.isDirty(), "saved");
        assertTrue(Files.readString(file).contains("LOYALTY_POINTS"), "the saved file has the column");

        toggleLiveOff();
        waitUntil("Live off", () -> "Live: off".equals(status().getText()) && !LiveMode.get().on());
        Ui.screenshot("live-subscribe-off");
    }

    /** Starts {@code relsync watch FILE --port 0 --token-env VAR} on a thread of its own; its stream's address. */
    private String startWatch(Path file) {
        PrintStream print = new PrintStream(watchOutput, true, StandardCharsets.UTF_8);
        CliContext cli = new CliContext(dir, Map.of(VARIABLE, TOKEN), print, print, false);
        watch = new Thread(() -> new RelSyncCli("test", cli).run("watch", file.toString(), "--interval", "100", "--port", "0",
                "--token-env", VARIABLE), "relsync watch (test)");
        watch.start();
        Pattern events = Pattern.compile("events: (ws://\\S+/events)");
        waitUntil("relsync watch watching", () -> events.matcher(watchOutput()).find() && watchOutput().contains("watching ("));
        Matcher m = events.matcher(watchOutput());
        assertTrue(m.find());
        return m.group(1);
    }

    private String watchOutput() {
        return watchOutput.toString(StandardCharsets.UTF_8);
    }

    /**
     * Project &gt; Live from a Watch Server: {@code server} and {@code token} typed in, Connect
     * pressed; the dialog's error ("" when it closed: subscribed), Cancel pressed after an error.
     * The dialog is pictured as {@code live-subscribe-dialog-NAME}.
     */
    private static String subscribe(String server, String token, String name) {
        AtomicReference<String> error = new AtomicReference<>();
        AtomicReference<Shell> dialog = new AtomicReference<>();
        Runnable[] step = new Runnable[1];
        long end = System.currentTimeMillis() + IN_TIME;
        step[0] = () -> {
            Shell shell = dialog.get();
            if (shell == null) {
                for (Shell s : Ui.display().getShells()) {
                    if (s.isVisible() && "Live from a Watch Server".equals(s.getText())) {
                        shell = s;
                    }
                }
                if (shell == null) {
                    Ui.display().timerExec(50, step[0]);
                    return;
                }
                dialog.set(shell);
                Text address = Ui.find(shell, Text.class, t -> t.getText().startsWith("ws://"));
                assertNotNull(address, "the server's address");
                address.setText(server);
                Text secret = Ui.find(shell, Text.class, t -> (t.getStyle() & SWT.PASSWORD) != 0);
                assertNotNull(secret, "the token, masked");
                secret.setText(token);
                shell.update();
                Ui.screenshotOf(shell, "live-subscribe-dialog-" + name);
                Button connect = Ui.find(shell, Button.class, b -> "&Connect".equals(b.getText()));
                assertTrue(connect.isEnabled(), "Connect can be pressed");
                Ui.display().timerExec(50, step[0]);
                connect.notifyListeners(SWT.Selection, new Event()); // waits for the server's answer
                return;
            }
            if (shell.isDisposed()) {
                error.set("");
                return;
            }
            Control said = findText(shell, "Not subscribed");
            if (said != null) {
                error.set(textOf(said));
                Ui.screenshotOf(shell, "live-subscribe-dialog-" + name + "-said");
                Ui.find(shell, Button.class, b -> "Cancel".equals(b.getText())).notifyListeners(SWT.Selection, new Event());
                return;
            }
            if (System.currentTimeMillis() > end) {
                StringBuilder texts = new StringBuilder();
                Ui.find(shell, Control.class, c -> {
                    if (c instanceof Label l) {
                        texts.append(" [").append(l.getText()).append(']');
                    } else if (c instanceof Text t) {
                        texts.append(" [").append(t.getText()).append(']');
                    }
                    return false;
                });
                error.set("no answer in the dialog:" + texts);
                shell.close();
                return;
            }
            Ui.display().timerExec(50, step[0]);
        };
        Ui.display().timerExec(50, step[0]);
        MenuItem item = menuItem("Live from a Watch Server...");
        item.notifyListeners(SWT.Selection, new Event()); // opens the dialog, modal, until it closes
        waitUntil("the dialog answered", () -> error.get() != null);
        return error.get();
    }

    private static Control findText(Shell shell, String start) {
        Control label = Ui.find(shell, Label.class, l -> l.getText() != null && l.getText().contains(start));
        return label != null ? label : Ui.find(shell, Text.class, t -> t.getText().contains(start));
    }

    private static String textOf(Control control) {
        return control instanceof Label label ? label.getText() : ((Text) control).getText();
    }

    private static MenuItem menuItem(String text) {
        for (MenuItem top : Ui.shell().getMenuBar().getItems()) {
            if (top.getText().replace("&", "").equals("Project")) {
                Menu menu = top.getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                for (MenuItem item : menu.getItems()) {
                    if (item.getText().replace("&", "").equals(text)) {
                        menu.notifyListeners(SWT.Hide, new Event());
                        assertTrue(item.isEnabled(), text + " is enabled with a project open");
                        return item;
                    }
                }
            }
        }
        throw new AssertionError("no " + text + " under Project");
    }

    private static void toggleLiveOff() {
        MenuItem item = menuItem("Live");
        assertTrue(item.getSelection(), "Live is on while subscribed");
        item.setSelection(false);
        item.notifyListeners(SWT.Selection, new Event());
        Ui.pump(50);
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        try {
            Ui.waitUntil(what, condition, IN_TIME);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; status line: " + status().getText(), e);
        }
    }

    private static Label status() {
        return LiveSyncTest.status();
    }

    private static Optional<TreeItem> explorerItem(String schema, String table, String... column) {
        return LiveSyncTest.explorerItem(schema, table, column);
    }

    private static void execute(Database database, String sql) throws Exception {
        LiveSyncTest.execute(database, sql);
    }
}
