package org.relsync.ui.wizards;

import java.util.List;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.ProjectReverse;
import org.relsync.model.relational.Database;
import org.relsync.sync.report.ChangeReport;
import org.relsync.ui.session.Passwords;
import org.relsync.ui.session.ProjectSession;

/**
 * Project &gt; Reverse Engineer: entities, relationships and typed views from a database's tables
 * and views, through the service {@code relsync reverse} uses ({@link ProjectReverse}); one
 * undoable step.
 */
public final class ReverseWizard extends Wizard {

    private final ProjectSession session;
    private Combo database;
    private Text schemas;
    private WizardPage page;
    private ChangeReport report;

    public ReverseWizard(ProjectSession session) {
        this.session = session;
        setWindowTitle("Reverse Engineer");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new WizardPage("reverse", "Reverse Engineer a Database", null) {
            @Override
            public void createControl(Composite parent) {
                Composite body = new Composite(parent, SWT.NONE);
                body.setLayout(new GridLayout(2, false));
                List<String> names = session.project().getDatabases().stream().map(Database::getName).toList();
                database = Pages.combo(body, "Database:", names.toArray(String[]::new), 0);
                schemas = Pages.text(body, "Schemas:", "", SWT.NONE);
                schemas.setMessage("comma-separated; empty: every schema of the database");
                setControl(body);
                setDescription("Reads the database, then makes an entity of each table not yet mapped, with its relationships.");
                setPageComplete(!names.isEmpty());
                if (names.isEmpty()) {
                    setErrorMessage("The project has no database yet: Project > Add Database first.");
                }
            }
        };
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        String id = database.getText();
        List<String> chosen = Pages.list(schemas.getText());
        report = Pages.change(getContainer(), page, session, "Reading " + id + " and reverse engineering it",
                "Reverse Engineer " + id, p -> new ProjectReverse(new DatabaseCatalogSource(Passwords.connections())).reverse(p, id, chosen));
        return report != null;
    }

    /** The report of the reverse engineering, once finished. */
    public ChangeReport report() {
        return report;
    }
}
