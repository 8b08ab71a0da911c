package org.relsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.app.cli.CliContext;
import org.relsync.app.cli.RelSyncCli;
import org.relsync.db.Connections;
import org.relsync.model.entity.Entity;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.ui.Commands;
import org.relsync.ui.Views;
import org.relsync.ui.session.ProjectSession;
import org.relsync.ui.views.ExplorerView;
import org.relsync.ui.views.ProblemsView;
import org.relsync.ui.views.SyncView;
import org.relsync.sync.validation.Validation.Finding;

/**
 * What a modeler does in the workbench, on the demo project (an H2 shop database reversed and
 * synced by {@code relsync demo}), in a real window: select, edit in Properties, undo, redo, sync,
 * quick fixes, save and reopen. Each test leaves a screenshot in {@code target/screenshots/}.
 */
class ModelerWorkflowTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void openTheDemoProject() {
        file = Ui.openDemoProject(dir);
    }

    @AfterEach
    void closeWithoutSaving() {
        ProjectSession.close();
        Ui.pump(100);
    }

    private static ProjectSession session() {
        return ProjectSession.current();
    }

    private static Entity entity(String name) {
        return session().project().getEntityModel().getEntities().stream().filter(e -> name.equals(e.getName()))
                .findFirst().orElse(null);
    }

    private static Tree explorerTree() {
        ExplorerView explorer = Ui.view(Views.EXPLORER);
        return explorer.viewer().getTree();
    }

    private static TreeItem propertyRow(String name) {
        PropertySheet sheet = (PropertySheet) Ui.page().findView(IPageLayout.ID_PROP_SHEET);
        assertNotNull(sheet, "the Properties view is part of the Modeling perspective");
        Tree properties = (Tree) sheet.getCurrentPage().getControl();
        for (TreeItem item : properties.getItems()) {
            if (item.getText(0).equals(name)) {
                return item;
            }
            for (TreeItem child : item.getItems()) { // under a category
                if (child.getText(0).equals(name)) {
                    return child;
                }
            }
        }
        return null;
    }

    /** Types {@code value} into the Properties view's row {@code name}: a click on its value, the text, Enter. */
    private static void editProperty(String name, String value) {
        TreeItem row = propertyRow(name);
        assertNotNull(row, "a '" + name + "' row in Properties");
        Tree properties = row.getParent();
        properties.setSelection(row);
        Rectangle cell = row.getBounds(1);
        Event down = new Event();
        down.button = 1;
        down.x = cell.x + 5;
        down.y = cell.y + cell.height / 2;
        properties.notifyListeners(SWT.MouseDown, down);
        Ui.pump(100);
        Text editor = Ui.find(properties, Text.class, t -> !t.isDisposed() && t.isVisible());
        assertNotNull(editor, "a text cell editor opens on the value of '" + name + "'");
        editor.setText(value);
        editor.notifyListeners(SWT.DefaultSelection, new Event()); // Enter
        Ui.pump(100);
    }

    @Test
    void anEntitySelectedInTheExplorerIsEditedInPropertiesUndoneAndRedone() {
        Ui.view(IPageLayout.ID_PROP_SHEET);
        Tree tree = explorerTree();
        TreeItem customer = Ui.item(tree, "Project", "Model", "Entity Customer");
        Ui.select(tree, customer);
        Ui.waitUntil("the Properties view showing the entity", () -> {
            TreeItem row = propertyRow("Name");
            return row != null && row.getText(1).equals("Customer");
        }, 5_000);

        editProperty("Name", "Client");
        assertNotNull(entity("Client"), "renamed through the Properties view");
        assertTrue(session().isDirty());
        Ui.waitUntil("the explorer showing the new name", () -> customer.getText().startsWith("Entity Client "), 3_000);
        Ui.screenshot("explorer-properties-renamed");

        explorerTree().setFocus();
        Ui.command("org.eclipse.ui.edit.undo");
        assertNotNull(entity("Customer"), "Edit > Undo takes the rename back");
        assertFalse(session().isDirty(), "back where it was saved");
        Ui.command("org.eclipse.ui.edit.redo");
        assertNotNull(entity("Client"), "Edit > Redo makes it again");
    }

    @Test
    void aFieldAddedFromTheExplorersMenuIsInTheModelAndUndoable() {
        Tree tree = explorerTree();
        TreeItem customer = Ui.item(tree, "Project", "Model", "Entity Customer");
        assertTrue(customer.getText().contains("\u2192 CUSTOMER"), "the table it is mapped onto, beside the entity: " + customer.getText());
        Ui.select(tree, customer);
        org.eclipse.swt.widgets.Menu menu = tree.getMenu();
        menu.notifyListeners(SWT.Show, new Event()); // what a right-click does before the menu shows
        MenuItem newField = null;
        for (MenuItem item : menu.getItems()) {
            if (item.getText().equals("New Field...")) {
                newField = item;
            }
        }
        assertNotNull(newField, "New Field... on an entity");
        Runnable[] fill = new Runnable[1];
        fill[0] = () -> {
            Shell dialog = Ui.display().getActiveShell();
            if (dialog == null || dialog == Ui.shell() || !dialog.getText().startsWith("New Field")) {
                Ui.display().timerExec(50, fill[0]);
                return;
            }
            Text name = Ui.find(dialog, Text.class, t -> true);
            name.setText("Phone");
            org.eclipse.swt.widgets.Combo type = Ui.find(dialog, org.eclipse.swt.widgets.Combo.class, c -> true);
            type.select(java.util.Arrays.asList(type.getItems()).indexOf("String"));
            Text length = Ui.find(dialog, Text.class, t -> t != name);
            length.setText("20");
            Ui.screenshotOf(dialog, "dialog-new-field");
            Button ok = Ui.find(dialog, Button.class, b -> b.getText().equals("OK"));
            Ui.press(ok);
        };
        Ui.display().timerExec(50, fill[0]);
        newField.notifyListeners(SWT.Selection, new Event());
        Ui.pump(100);
        var phone = entity("Customer").getFields().stream().filter(f -> f.getName().equals("Phone")).findFirst().orElse(null);
        assertNotNull(phone, "the field is added");
        assertEquals(Integer.valueOf(20), phone.getLength());
        Ui.waitUntil("the explorer showing it", () -> java.util.Arrays.stream(customer.getItems())
                .anyMatch(i -> i.getText().startsWith("Field Phone")), 3_000);
        Ui.view(Views.EXPLORER); // the part whose Edit > Undo runs: the explorer, active again after the dialog
        Ui.command("org.eclipse.ui.edit.undo");
        assertTrue(entity("Customer").getFields().stream().noneMatch(f -> f.getName().equals("Phone")), "undone");
    }

    @Test
    void aNameTheRulesRefuseIsRefusedWithTheirReasonAndNothingChanges() {
        Ui.view(IPageLayout.ID_PROP_SHEET);
        Tree tree = explorerTree();
        Ui.select(tree, Ui.item(tree, "Project", "Model", "Entity Customer"));
        Ui.waitUntil("Properties showing Customer", () -> propertyRow("Name") != null
                && propertyRow("Name").getText(1).equals("Customer"), 5_000);
        String other = session().project().getEntityModel().getEntities().stream().map(Entity::getName)
                .filter(n -> !n.equals("Customer")).findFirst().orElseThrow();
        String[] message = new String[1];
        Ui.answerNextDialog(message, "OK", "ok");
        editProperty("Name", other);
        Ui.waitUntil("the refusal", () -> message[0] != null, 3_000);
        assertTrue(message[0].contains("already exists"), message[0]);
        assertNotNull(entity("Customer"));
        assertFalse(session().isDirty());
    }

    @Test
    void aSyncPreviewChangesNothingAndARunIsOneUndoableStep() throws Exception {
        Database shop = session().project().getDatabases().get(0);
        try (Connection c = Connections.fromEnvironment().open(shop); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE PUBLIC.COUPON (ID INT PRIMARY KEY, CODE VARCHAR(20) NOT NULL)");
        }
        SyncView sync = Ui.view(Views.SYNC);
        assertTrue(sync.tasksViewer().getCheckedElements().length > 0, "the project's enabled tasks are checked");
        long backups = backups();

        Ui.press(button(sync, "Preview"));
        Ui.waitUntil("the preview's report", () -> !sync.running(), 30_000);
        assertNotNull(sync.lastReport(), sync::summary);
        assertTrue(sync.lastReport().changes().stream().anyMatch(ch -> ch.path().endsWith("COUPON")),
                () -> sync.summary());
        assertTrue(table("COUPON") == null, "a preview leaves the model as it was");
        assertFalse(session().isDirty());
        assertEquals(backups, backups(), "a preview makes no backup");

        Ui.press(button(sync, "Run Sync"));
        Ui.waitUntil("the run's report", () -> !sync.running(), 30_000);
        assertNotNull(sync.lastReport(), sync::summary);
        assertNotNull(table("COUPON"), "the run read the new table");
        assertTrue(session().isDirty());
        assertEquals(backups + 1, backups(), "a run backs the project file up first, as the CLI's sync does");
        Ui.waitUntil("the report tree", () -> sync.reportViewer().getTree().getItemCount() > 0, 3_000);
        Ui.screenshot("sync-run-report");

        // a warning of the report, double-clicked, is shown in the explorer
        Tree reportTree = sync.reportViewer().getTree();
        TreeItem warning = Ui.item(reportTree, "Warnings").getItem(0);
        reportTree.setSelection(warning);
        Event doubleClick = new Event();
        doubleClick.item = warning;
        reportTree.notifyListeners(SWT.DefaultSelection, doubleClick);
        Ui.pump(100);
        ExplorerView explorer = (ExplorerView) Ui.page().findView(Views.EXPLORER);
        Object shown = explorer.viewer().getStructuredSelection().getFirstElement();
        assertNotNull(shown, "the warning's element is selected in the explorer");
        assertTrue(warning.getText().startsWith(org.relsync.sync.Elements.fullPath((org.eclipse.emf.ecore.EObject) shown) + ":"),
                warning.getText() + " / " + shown);
        Ui.view(Views.SYNC);

        sync.tasksViewer().getControl().setFocus();
        Ui.command("org.eclipse.ui.edit.undo");
        assertTrue(table("COUPON") == null, "one Undo takes the whole run back");
        Ui.command("org.eclipse.ui.edit.redo");
        assertNotNull(table("COUPON"));
    }

    /** How many backups of the project file its backup folder holds. */
    private long backups() throws java.io.IOException {
        Path folder = file.getParent().resolve(org.relsync.sync.Backup.DEFAULT_FOLDER);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }

    private static org.relsync.model.relational.Table table(String name) {
        for (Database db : session().project().getDatabases()) {
            for (var catalog : db.getCatalogs()) {
                for (Schema schema : catalog.getSchemas()) {
                    for (var table : schema.getTables()) {
                        if (name.equals(table.getName())) {
                            return table;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static Button button(SyncView view, String text) {
        Button button = Ui.find(view.tasksViewer().getControl().getParent(), Button.class, b -> text.equals(b.getText()));
        assertNotNull(button, "a '" + text + "' button");
        return button;
    }

    @Test
    void aQuickFixFromErrorsAndWarningsIsUndoable() {
        Command add = session().editor().addEntity("Empty");
        session().editor().execute(add);
        ProblemsView problems = Ui.view(Views.PROBLEMS);
        Ui.waitUntil("the error of an entity without fields", () -> finding(problems, "entity.fields") != null, 5_000);
        Table table = problems.viewer().getTable();
        int row = problems.findings().indexOf(finding(problems, "entity.fields"));
        table.setSelection(row);
        table.notifyListeners(SWT.Selection, new Event());
        Ui.pump(50);
        Menu menu = table.getMenu();
        menu.notifyListeners(SWT.Show, new Event()); // what a right-click does before the menu shows
        MenuItem fix = null;
        for (MenuItem item : menu.getItems()) {
            if (item.getText().startsWith("Quick Fix: remove the entity")) {
                fix = item;
            }
        }
        assertNotNull(fix, "the validator's fix is offered");
        Ui.screenshot("errors-and-warnings");
        fix.notifyListeners(SWT.Selection, new Event());
        Ui.pump(50);
        assertTrue(entity("Empty") == null, "the fix removed the entity");
        Ui.waitUntil("the error gone", () -> finding(problems, "entity.fields") == null, 5_000);

        problems.viewer().getControl().setFocus();
        Ui.command("org.eclipse.ui.edit.undo");
        assertNotNull(entity("Empty"), "the fix is undoable");
    }

    private static Finding finding(ProblemsView view, String code) {
        return view.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
    }

    @Test
    void aSavedEditIsThereOnReopeningAndAFileChangedOnDiskIsNeverOverwritten() throws Exception {
        session().editor().execute(session().editor().renameEntity("Customer", "Client"));
        assertTrue(Commands.save(Ui.shell()));
        assertFalse(session().isDirty());
        ProjectSession.close();
        assertTrue(Commands.open(Ui.shell(), file));
        assertNotNull(entity("Client"), "the saved rename is in the file");

        // another program (relsync, git pull) changes the file while it is open here with an unsaved edit
        Project other = ProjectFiles.load(file);
        other.getEntityModel().getEntities().get(0).setName("Patron");
        ProjectFiles.save(other, file);
        byte[] theirs = Files.readAllBytes(file);
        session().editor().execute(session().editor().renameEntity("Client", "Buyer"));
        assertTrue(session().changedOnDisk());

        String[] message = new String[1];
        Ui.answerNextDialog(message, "Keep Mine", "keep-mine");
        assertFalse(Commands.save(Ui.shell()), "the save is refused");
        assertTrue(message[0] != null && message[0].contains("changed on disk"), String.valueOf(message[0]));
        assertEquals(new String(theirs, StandardCharsets.UTF_8), Files.readString(file), "their change is kept, byte for byte");
        assertNotNull(entity("Buyer"), "and so is the edit made here (Keep Mine)");
    }

    @Test
    void aFileChangedOnDiskIsOfferedForReloadOnceAndReloadingShowsTheOtherChange() throws Exception {
        Project other = ProjectFiles.load(file);
        other.getEntityModel().getEntities().stream().filter(e -> e.getName().equals("Customer")).findFirst().orElseThrow()
                .setName("Patron");
        ProjectFiles.save(other, file); // relsync, a git pull

        String[] message = new String[1];
        Ui.answerNextDialog(message, "Reload", "reload");
        Commands.checkDisk(Ui.shell()); // what coming back to the window does
        assertTrue(message[0] != null && message[0].contains("changed on disk"), String.valueOf(message[0]));
        Ui.waitUntil("the reloaded project", () -> entity("Patron") != null, 3_000);
        assertFalse(session().isDirty());

        String[] again = new String[1];
        java.util.concurrent.atomic.AtomicBoolean stop = Ui.answerNextDialog(again, "Keep Mine", "keep-mine"); // would answer a second question
        Commands.checkDisk(Ui.shell());
        Ui.pump(300);
        stop.set(true);
        assertTrue(again[0] == null, "no second question for the same change: " + again[0]);
    }
}
