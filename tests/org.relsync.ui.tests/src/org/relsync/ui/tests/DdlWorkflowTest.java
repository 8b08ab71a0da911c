package org.relsync.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.app.cli.CliContext;
import org.relsync.app.cli.RelSyncCli;
import org.relsync.db.Connections;
import org.relsync.db.ddl.ProjectDdl;
import org.relsync.model.entity.ModelType;
import org.relsync.model.relational.Database;
import org.relsync.sync.edit.ProjectEditor.FieldSpec;
import org.relsync.ui.Commands;
import org.relsync.ui.Views;
import org.relsync.ui.session.ProjectSession;
import org.relsync.ui.views.DdlView;
import org.relsync.ui.views.SyncView;

/**
 * The DDL view on the demo project (an H2 shop database whose PUBLIC schema follows Mixed): a
 * field added in the model and synced waits for DDL; the view's update script adds its column,
 * Apply asks first (and asks to save first), runs the script through the CLI's service, and the
 * column is then in the database.
 */
class DdlWorkflowTest {

    @TempDir
    Path dir;

    @BeforeEach
    void openTheDemoProject() {
        Ui.openDemoProject(dir);
    }

    @AfterEach
    void closeWithoutSaving() {
        ProjectSession.close();
        Ui.pump(100);
    }

    private static ProjectSession session() {
        return ProjectSession.current();
    }

    @Test
    void aNewFieldIsSyncedThenItsColumnIsScriptedAndAppliedToTheDatabase() throws Exception {
        session().editor().execute(session().editor().addField("Customer.Phone",
                new FieldSpec(ModelType.STRING, 20, null, null, true, false, false, null, false, false, false)));
        SyncView sync = Ui.view(Views.SYNC);
        Ui.press(Ui.find(sync.tasksViewer().getControl().getParent(), Button.class, b -> "Run Sync".equals(b.getText())));
        Ui.waitUntil("the sync run", () -> !sync.running(), 30_000);
        assertNotNull(sync.lastReport(), sync::summary);

        DdlView ddl = Ui.view(Views.DDL);
        Combo databases = ddl.databaseChoice();
        int shop = Arrays.asList(databases.getItems()).indexOf("shop");
        assertTrue(shop >= 0, () -> Arrays.toString(databases.getItems()));
        databases.select(shop);
        databases.notifyListeners(SWT.Selection, new Event());
        Ui.press(button(ddl, "Update Script"));
        Ui.waitUntil("the update script", () -> !ddl.running(), 30_000);
        assertNotNull(ddl.script(), ddl::summary);
        String script = ddl.scriptText().getText();
        String upper = script.toUpperCase(Locale.ROOT);
        assertTrue(upper.contains("ALTER TABLE") && upper.contains("ADD") && upper.contains("PHONE"), script);
        assertTrue(ddl.summary().contains("none can lose data"), ddl::summary);
        Ui.screenshot("ddl-update-script");

        String[] message = new String[1];
        Ui.answerNextDialog(message, "OK", "ddl-ok");
        Ui.press(button(ddl, "Apply..."));
        Ui.waitUntil("the save-first refusal", () -> message[0] != null, 5_000);
        assertTrue(message[0].startsWith("Save first"), message[0]);
        assertFalse(columnExists("CUSTOMER", "PHONE"), "nothing ran");

        assertTrue(Commands.save(Ui.shell()));
        message[0] = null;
        Ui.answerNextDialog(message, "Apply", "ddl-apply");
        Ui.press(button(ddl, "Apply..."));
        Ui.waitUntil("the confirmation", () -> message[0] != null, 5_000);
        assertTrue(message[0].contains("None of them can lose data"), message[0]);
        Ui.waitUntil("the apply", () -> !ddl.running(), 30_000);
        assertNotNull(ddl.lastApply(), ddl::outcome);
        assertEquals(ProjectDdl.Status.APPLIED, ddl.lastApply().status(), ddl::outcome);
        assertTrue(ddl.outcome().startsWith("Applied 1 of 1 statement"), ddl::outcome);
        assertTrue(columnExists("CUSTOMER", "PHONE"), "the column is in the H2 database");
        assertFalse(session().isDirty(), "the apply saved, and the project was read again");
        assertNotNull(session().project().getDatabases().get(0).getBaseline(), "the baseline recorded by the apply");
        Ui.screenshot("ddl-applied");

        Ui.press(button(ddl, "Update Script"));
        Ui.waitUntil("the update script after the apply", () -> !ddl.running(), 30_000);
        assertNotNull(ddl.script(), ddl::summary);
        assertTrue(ddl.script().isEmpty(), ddl.scriptText()::getText);
    }

    @Test
    void aStatementThatCanLoseDataIsMarkedAndNamedBeforeAnythingRunsAndCancelRunsNothing() throws Exception {
        session().editor().execute(session().editor().setField("Customer.Name",
                new FieldSpec(null, 50, null, null, null, null, null, null, false, false, false)));
        SyncView sync = Ui.view(Views.SYNC);
        Ui.press(Ui.find(sync.tasksViewer().getControl().getParent(), Button.class, b -> "Run Sync".equals(b.getText())));
        Ui.waitUntil("the sync run", () -> !sync.running(), 30_000);
        assertTrue(Commands.save(Ui.shell()));

        DdlView ddl = Ui.view(Views.DDL);
        Ui.press(button(ddl, "Update Script"));
        Ui.waitUntil("the update script", () -> !ddl.running(), 30_000);
        assertNotNull(ddl.script(), ddl::summary);
        assertFalse(ddl.script().destructive().isEmpty(), ddl.scriptText()::getText);
        String risk = ddl.script().destructive().get(0).risk();
        assertTrue(ddl.summary().contains("1 can lose data"), ddl::summary);
        int marked = ddl.scriptText().getText().indexOf("-- DESTRUCTIVE: " + risk);
        assertTrue(marked >= 0, ddl.scriptText()::getText);
        int line = ddl.scriptText().getLineAtOffset(marked);
        assertNotNull(ddl.scriptText().getLineBackground(line), "the statement that can lose data is marked");
        assertNotNull(ddl.scriptText().getLineBackground(line + 1), "its SQL too");
        Ui.screenshot("ddl-destructive-script");

        String[] message = new String[1];
        Ui.answerNextDialog(message, "Cancel", "ddl-cancel");
        Ui.press(button(ddl, "Apply..."));
        Ui.waitUntil("the confirmation", () -> message[0] != null, 5_000);
        assertTrue(message[0].contains("1 statement can lose data") && message[0].contains(risk), message[0]);
        Ui.pump(200);
        assertFalse(ddl.running(), "Cancel runs nothing");
        assertEquals(null, ddl.lastApply());
        assertEquals(100, columnLength("CUSTOMER", "NAME"), "the database is as it was");
    }

    private int columnLength(String table, String column) throws Exception {
        Database shop = session().project().getDatabases().stream().filter(d -> "shop".equals(d.getName())).findFirst()
                .orElseThrow();
        try (Connection c = Connections.fromEnvironment().open(shop);
                PreparedStatement s = c.prepareStatement("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE UPPER(TABLE_NAME) = ? AND UPPER(COLUMN_NAME) = ?")) {
            s.setString(1, table);
            s.setString(2, column);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }
    }

    private boolean columnExists(String table, String column) throws Exception {
        Database shop = session().project().getDatabases().stream().filter(d -> "shop".equals(d.getName())).findFirst()
                .orElseThrow();
        try (Connection c = Connections.fromEnvironment().open(shop);
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE UPPER(TABLE_NAME) = ? AND UPPER(COLUMN_NAME) = ?")) {
            s.setString(1, table);
            s.setString(2, column);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    private static Button button(DdlView view, String text) {
        Button button = Ui.find(view.scriptText().getParent(), Button.class, b -> text.equals(b.getText()));
        assertNotNull(button, "a '" + text + "' button");
        return button;
    }
}
