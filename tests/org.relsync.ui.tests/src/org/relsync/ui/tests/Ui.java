package org.relsync.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * A small driver of real SWT widgets for the workbench tests (SWTBot is not reachable): events are
 * sent to the widgets the way a click or a key sends them ({@code notifyListeners}), and waits spin
 * the event loop until a condition holds, so Jobs and asynchronous refreshes get to run.
 */
final class Ui {

    private Ui() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Shows (and activates) the view {@code id}. */
    @SuppressWarnings("unchecked")
    static <T extends IViewPart> T view(String id) {
        try {
            return (T) page().showView(id);
        } catch (PartInitException e) {
            throw new AssertionError("cannot show view " + id, e);
        }
    }

    /** Runs the event loop for about {@code millis}. */
    static void pump(long millis) {
        Display display = display();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { }); // Display.sleep waits for the next event: make one
                display.sleep();
            }
        }
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code timeoutMillis} saying {@code what} was awaited. */
    static void waitUntil(String what, BooleanSupplier condition, long timeoutMillis) {
        Display display = display();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("waited " + timeoutMillis + " ms for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        pump(50); // what the condition's change triggers (refreshes) settles
    }

    /** The tree item whose labels along the way start with {@code path}, expanding each level as a click on its arrow does. */
    static TreeItem item(Tree tree, String... path) {
        TreeItem[] level = tree.getItems();
        TreeItem found = null;
        for (String step : path) {
            found = null;
            for (TreeItem item : level) {
                if (item.getText().startsWith(step)) {
                    found = item;
                    break;
                }
            }
            if (found == null) {
                List<String> seen = new ArrayList<>();
                for (TreeItem item : level) {
                    seen.add(item.getText());
                }
                throw new AssertionError("no item '" + step + "' in " + seen);
            }
            expand(tree, found);
            level = found.getItems();
        }
        return found;
    }

    static void expand(Tree tree, TreeItem item) {
        if (!item.getExpanded()) {
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Expand, event); // JFace creates the children here
            item.setExpanded(true);
            pump(10);
        }
    }

    /** Selects {@code item} as a click on it does: the widget's selection, then the selection event. */
    static void select(Tree tree, TreeItem item) {
        tree.setFocus();
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
        pump(50);
    }

    /** Presses a push button. */
    static void press(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError("button '" + button.getText() + "' is disabled");
        }
        button.notifyListeners(SWT.Selection, new Event());
        pump(20);
    }

    /** Runs a workbench command (Edit &gt; Undo is {@code org.eclipse.ui.edit.undo}) as its key binding does. */
    static void command(String id) {
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
        } catch (Exception e) {
            throw new AssertionError("command " + id + " failed", e);
        }
        pump(50);
    }

    /** The first control under {@code root} (itself included) that {@code test} accepts, or {@code null}. */
    static <T extends Control> T find(Control root, Class<T> type, Predicate<T> test) {
        if (type.isInstance(root) && test.test(type.cast(root))) {
            return type.cast(root);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Saves a picture of the workbench window as {@code target/screenshots/NAME.png} and returns its path. */
    static Path screenshot(String name) {
        pump(100);
        return screenshotOf(shell(), name);
    }

    /** Saves a picture of {@code shell} (a dialog, say) as {@code target/screenshots/NAME.png}. */
    static Path screenshotOf(Shell shell, String name) {
        pump(50); // what was just typed, painted
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display(), bounds.width, bounds.height);
        GC gc = new GC(display());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            Path dir = Path.of(System.getProperty("relsync.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot save screenshot " + name, e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Closes every editor and the open project without saving, as a test leaves the workbench for the next one. */
    static void closeProject() {
        page().closeAllEditors(false);
        org.relsync.ui.session.ProjectSession.close();
        pump(100);
    }

    /** The Project Explorer's tree. */
    static Tree explorerTree() {
        org.relsync.ui.views.ExplorerView explorer = view(org.relsync.ui.Views.EXPLORER);
        return explorer.viewer().getTree();
    }

    /**
     * Makes the demo project (an H2 shop database reversed and synced, as {@code relsync demo} does,
     * through the CLI's own runner) in {@code dir}/demo and opens it; its file.
     */
    static Path openDemoProject(Path dir) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        org.relsync.app.cli.CliContext cli = new org.relsync.app.cli.CliContext(dir, java.util.Map.of(), print, print, false);
        int code = new org.relsync.app.cli.RelSyncCli("test", cli).run("demo", dir.resolve("demo").toString());
        if (code != 0) {
            throw new AssertionError("relsync demo exited " + code + ": " + out.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("demo/shop.relsync");
        if (!org.relsync.ui.Commands.open(shell(), file)) {
            throw new AssertionError("the workbench did not open " + file);
        }
        pump(200);
        return file;
    }

    /**
     * Answers the next dialog that opens with {@code button} (closes it when it has no such button),
     * noting its message in {@code message[0]} and saving its picture as {@code dialog-NAME}; set the
     * returned flag to stop waiting for one.
     */
    static java.util.concurrent.atomic.AtomicBoolean answerNextDialog(String[] message, String button, String name) {
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (stop.get()) {
                return;
            }
            Shell dialog = null;
            for (Shell shell : display().getShells()) {
                if (shell != shell() && shell.isVisible() && !shell.isDisposed() && shell.getParent() != null) {
                    dialog = shell;
                }
            }
            Shell active = display().getActiveShell();
            if (dialog == null && active != null && active != shell()) {
                dialog = active;
            }
            if (dialog == null) {
                display().timerExec(50, poll[0]);
                return;
            }
            org.eclipse.swt.widgets.Label label = find(dialog, org.eclipse.swt.widgets.Label.class,
                    l -> l.getText() != null && l.getText().length() > 10);
            message[0] = label == null ? dialog.getText() : label.getText();
            screenshotOf(dialog, "dialog-" + name);
            Button answer = find(dialog, Button.class, b -> button.equals(b.getText()));
            if (answer != null) {
                answer.notifyListeners(SWT.Selection, new Event());
            } else {
                dialog.close();
            }
        };
        display().timerExec(100, poll[0]);
        return stop;
    }
}
