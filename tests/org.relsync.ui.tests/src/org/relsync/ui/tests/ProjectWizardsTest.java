package org.relsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.model.entity.Entity;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.SyncSource;
import org.relsync.ui.Commands;
import org.relsync.ui.session.ProjectSession;

/**
 * A project from nothing, as a modeler makes one in the workbench: File &gt; New Project, Project &gt;
 * Add Database (an H2 database with two tables), Project &gt; Reverse Engineer; each wizard filled
 * in and finished through its widgets.
 */
class ProjectWizardsTest {

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        ProjectSession.close();
        Ui.pump(100);
    }

    @Test
    void aNewProjectGetsADatabaseAndItsEntitiesThroughTheWizardsAndTheReverseIsOneUndoableStep() throws Exception {
        Path file = dir.resolve("crm.relsync");
        Path h2 = dir.resolve("crm");
        makeDatabase("jdbc:h2:file:" + h2 + ";USER=sa");

        whenDialogOpens(dialog -> {
            set(dialog, "Project file:", file.toString());
            set(dialog, "Project name:", "Crm");
            Ui.screenshotOf(dialog, "wizard-new-project");
            press(dialog, "&Finish");
        });
        Commands.newProject(Ui.shell());
        rethrow();
        assertTrue(Files.exists(file), "the wizard made the project file");
        assertEquals("Crm", ProjectSession.current().project().getName());

        whenDialogOpens(dialog -> {
            set(dialog, "Id:", "crm");
            select(dialog, "Database:", "H2");
            set(dialog, "JDBC URL:", "jdbc:h2:file:" + h2 + ";USER=sa");
            set(dialog, "Schemas:", "PUBLIC");
            press(dialog, "Test Connection");
            Ui.waitUntil("the connection test", () -> labelStarting(dialog, "Connected") != null
                    || labelStarting(dialog, "Cannot") != null, 10_000);
            assertNotNull(labelStarting(dialog, "Connected: H2"), () -> String.valueOf(labelStarting(dialog, "Cannot")));
            Ui.screenshotOf(dialog, "wizard-add-database");
            press(dialog, "&Finish");
        });
        Commands.addDatabase(Ui.shell());
        rethrow();
        Database crm = ProjectSession.current().project().getDatabases().get(0);
        assertEquals("crm", crm.getName());
        assertEquals(SyncSource.DATABASE, crm.getCatalogs().get(0).getSchemas().get(0).getSyncSource());
        assertTrue(ProjectSession.current().isDirty());

        whenDialogOpens(dialog -> {
            press(dialog, "&Finish");
            whenDialogOpens(summary -> press(summary, "OK")); // the summary the wizard leaves
        });
        Commands.reverse(Ui.shell());
        rethrow();
        List<String> entities = ProjectSession.current().project().getEntityModel().getEntities().stream().map(Entity::getName).toList();
        assertTrue(entities.contains("Contact") && entities.contains("Company"), entities::toString);
        Ui.screenshot("after-reverse");

        ProjectSession.current().commandStack().undo();
        assertTrue(ProjectSession.current().project().getEntityModel().getEntities().isEmpty(), "one Undo takes the reverse back");
        assertEquals(1, ProjectSession.current().project().getDatabases().size(), "and only the reverse");
    }

    private static void makeDatabase(String url) throws Exception {
        Database probe = RelationalFactory.eINSTANCE.createDatabase();
        probe.setName("crm");
        probe.setDriverId("h2");
        probe.setUrl(url);
        try (Connection c = Connections.fromEnvironment().open(probe, Connections.Access.CREATE, Path.of("/"));
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE COMPANY (ID INT PRIMARY KEY, NAME VARCHAR(100) NOT NULL)");
            s.execute("CREATE TABLE CONTACT (ID INT PRIMARY KEY, NAME VARCHAR(100) NOT NULL, "
                    + "COMPANY_ID INT REFERENCES COMPANY (ID))");
        }
    }

    /** What failed inside a dialog (where an assertion cannot end the test: the dialog is closed, the test fails after). */
    private static final List<Throwable> FAILURES = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static void rethrow() {
        if (!FAILURES.isEmpty()) {
            AssertionError error = new AssertionError("inside a dialog: " + FAILURES.get(0), FAILURES.get(0));
            FAILURES.clear();
            throw error;
        }
    }

    /** Runs {@code fill} on the next dialog that opens, from the event loop its modal {@code open()} spins. */
    private static void whenDialogOpens(Consumer<Shell> fill) {
        Shell main = Ui.shell();
        java.util.Set<Shell> before = new java.util.HashSet<>(List.of(Ui.display().getShells()));
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : Ui.display().getShells()) {
                if (shell != main && !before.contains(shell) && shell.isVisible()) {
                    try {
                        fill.accept(shell);
                    } catch (Throwable t) {
                        FAILURES.add(t);
                        shell.close();
                    }
                    return;
                }
            }
            Ui.display().timerExec(50, poll[0]);
        };
        Ui.display().timerExec(50, poll[0]);
    }

    /** The control right after the label {@code label}, as a form lays them out. */
    private static Control field(Shell dialog, String label) {
        Label found = Ui.find(dialog, Label.class, l -> label.equals(l.getText()));
        assertNotNull(found, "a field '" + label + "'");
        Control[] siblings = found.getParent().getChildren();
        for (int i = 0; i < siblings.length - 1; i++) {
            if (siblings[i] == found) {
                return siblings[i + 1];
            }
        }
        throw new AssertionError("nothing after '" + label + "'");
    }

    private static void set(Shell dialog, String label, String value) {
        Text text = (Text) field(dialog, label);
        text.setFocus();
        text.setText(value); // fires Modify, as typing does
        Ui.pump(20);
    }

    private static void select(Shell dialog, String label, String item) {
        Combo combo = (Combo) field(dialog, label);
        for (int i = 0; i < combo.getItemCount(); i++) {
            if (combo.getItem(i).startsWith(item)) {
                combo.select(i);
                combo.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        throw new AssertionError("no '" + item + "' in " + List.of(combo.getItems()));
    }

    private static void press(Shell dialog, String text) {
        Button button = Ui.find(dialog, Button.class, b -> text.equals(b.getText()));
        assertNotNull(button, "a button '" + text + "'");
        Ui.press(button);
    }

    private static Label labelStarting(Shell dialog, String prefix) {
        return Ui.find(dialog, Label.class, l -> l.getText() != null && l.getText().startsWith(prefix));
    }
}
