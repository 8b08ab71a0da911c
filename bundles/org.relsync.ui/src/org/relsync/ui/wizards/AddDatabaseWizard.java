package org.relsync.ui.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.relsync.db.DatabaseKind;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.SyncSource;
import org.relsync.ui.session.Passwords;
import org.relsync.ui.session.ProjectSession;

/**
 * Project &gt; Add Database: what {@code relsync add-db} asks for, through the same service
 * ({@link DatabaseSetup}: the URL policy, the connection, the schemas, the sync task). A password
 * is never written to the project: the project names a variable, and the wizard can keep the
 * password under that name in the Eclipse secure store. The addition is one undoable step.
 */
public final class AddDatabaseWizard extends Wizard {

    private final ProjectSession session;
    private Text id;
    private Combo driver;
    private Text url;
    private Text user;
    private Text variable;
    private Text password;
    private Button store;
    private Text schemas;
    private Combo source;
    private Label testResult;
    private final List<String> notes = new ArrayList<>();
    private WizardPage page;

    public AddDatabaseWizard(ProjectSession session) {
        this.session = session;
        setWindowTitle("Add Database");
        setNeedsProgressMonitor(true);
    }

    private List<DatabaseKind> kinds() {
        return DatabaseKinds.all();
    }

    @Override
    public void addPages() {
        page = new WizardPage("database", "Add a Database", null) {
            @Override
            public void createControl(Composite parent) {
                Composite body = new Composite(parent, SWT.NONE);
                body.setLayout(new GridLayout(2, false));
                id = Pages.text(body, "Id:", "", SWT.NONE);
                driver = Pages.combo(body, "Database:", kinds().stream().map(DatabaseKind::displayName).toArray(String[]::new), 0);
                url = Pages.text(body, "JDBC URL:", "", SWT.NONE);
                user = Pages.text(body, "User:", "", SWT.NONE);
                variable = Pages.text(body, "Password variable:", "", SWT.NONE);
                password = Pages.text(body, "Password:", "", SWT.PASSWORD);
                new Label(body, SWT.NONE);
                store = new Button(body, SWT.CHECK);
                store.setText("Keep the password in the Eclipse secure store under the variable's name (never in the project)");
                schemas = Pages.text(body, "Schemas:", "", SWT.NONE);
                schemas.setMessage("comma-separated, patterns like sales* allowed; empty: the default schema");
                source = Pages.combo(body, "Sync source:", new String[] {"Database", "Model", "Mixed"}, 0);
                Button test = new Button(body, SWT.PUSH);
                test.setText("Test Connection");
                testResult = new Label(body, SWT.WRAP);
                testResult.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
                test.addListener(SWT.Selection, e -> testConnection());
                for (Text t : List.of(id, url, variable)) {
                    t.addModifyListener(e -> validate());
                }
                setControl(body);
                setDescription("Connects once to read the catalog and its schemas; the project keeps no password.");
                validate();
            }
        };
        addPage(page);
    }

    private void validate() {
        String problem = null;
        if (id.getText().isBlank()) {
            problem = "Give the database an id (the project's name for it).";
        } else if (url.getText().isBlank()) {
            problem = "Give its JDBC URL.";
        } else if (session.project().getDatabases().stream().anyMatch(d -> id.getText().trim().equals(d.getName()))) {
            problem = "The project already has a database named '" + id.getText().trim() + "'.";
        }
        page.setErrorMessage(problem);
        page.setPageComplete(problem == null);
    }

    private String passwordVariable() {
        String name = variable.getText().trim();
        if (name.isEmpty() && !password.getText().isEmpty()) {
            name = "RELSYNC_" + id.getText().trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_PASSWORD";
            variable.setText(name);
        }
        return name.isEmpty() ? null : name;
    }

    /** Keeps the typed password in the secure store when asked to; the connection reads it from there. */
    private void keepPassword(String var) throws Exception {
        if (var != null && !password.getText().isEmpty() && store.getSelection()) {
            Passwords.put(var, password.getText());
        }
    }

    private DatabaseSetup.Spec spec() {
        DatabaseKind kind = kinds().get(Math.max(0, driver.getSelectionIndex()));
        SyncSource syncSource = SyncSource.get(source.getText());
        return new DatabaseSetup.Spec(id.getText().trim(), kind.id(), url.getText().trim(),
                user.getText().isBlank() ? null : user.getText().trim(), passwordVariable(), Pages.list(schemas.getText()),
                syncSource == null ? SyncSource.DATABASE : syncSource);
    }

    private void testConnection() {
        DatabaseSetup.Spec spec = spec();
        try {
            keepPassword(spec.passwordVariable());
        } catch (Exception e) {
            testResult.setText("The secure store refused the password: " + e.getMessage());
            return;
        }
        org.relsync.model.relational.Database probe = RelationalFactory.eINSTANCE.createDatabase();
        probe.setName(spec.id());
        probe.setDriverId(spec.driver());
        probe.setUrl(spec.url());
        probe.setUser(spec.user());
        probe.setPasswordVariable(spec.passwordVariable());
        String[] result = new String[1];
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask("Connecting to " + spec.url(), org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try (java.sql.Connection c = Passwords.connections().open(probe,
                        org.relsync.db.Connections.Access.EXISTING, org.relsync.db.Connections.folderOf(session.project()))) {
                    result[0] = "Connected: " + c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
                } catch (java.sql.SQLException | RuntimeException e) {
                    result[0] = "Cannot connect: " + org.relsync.db.Connections.reason(e);
                }
            });
        } catch (java.lang.reflect.InvocationTargetException | InterruptedException e) {
            result[0] = "Cannot connect: " + e.getMessage();
        }
        testResult.setText(result[0]);
        testResult.getParent().layout();
    }

    @Override
    public boolean performFinish() {
        DatabaseSetup.Spec spec = spec();
        try {
            keepPassword(spec.passwordVariable());
        } catch (Exception e) {
            page.setErrorMessage("The secure store refused the password: " + e.getMessage());
            return false;
        }
        return Pages.change(getContainer(), page, session, "Adding " + spec.id() + ": connecting to " + spec.url(),
                "Add Database " + spec.id(), p -> new DatabaseSetup(Passwords.connections()).add(p, spec, notes::add)) != null;
    }

    /** What the service noted (an empty default schema beside others that have tables). */
    public List<String> notes() {
        return notes;
    }
}
