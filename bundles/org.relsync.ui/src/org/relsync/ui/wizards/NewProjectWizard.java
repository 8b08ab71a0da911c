package org.relsync.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.relsync.model.io.ProjectFiles;
import org.relsync.ui.Commands;

/** File &gt; New Project: a project file with an empty entity model (what {@code relsync init} makes), then opened. */
public final class NewProjectWizard extends Wizard {

    private final Path folder;
    private Text file;
    private Text name;

    public NewProjectWizard(Path folder) {
        this.folder = folder;
        setWindowTitle("New Project");
    }

    @Override
    public void addPages() {
        addPage(new WizardPage("project", "New RelSync Project", null) {
            @Override
            public void createControl(Composite parent) {
                Composite body = new Composite(parent, SWT.NONE);
                body.setLayout(new GridLayout(2, false));
                file = Pages.text(body, "Project file:", folder.resolve("model.relsync").toString(), SWT.NONE);
                name = Pages.text(body, "Project name:", "Model", SWT.NONE);
                file.addModifyListener(e -> validate());
                name.addModifyListener(e -> validate());
                setControl(body);
                setDescription("Creates a project file with an empty entity model; add databases to it next.");
                validate();
            }

            private void validate() {
                String problem = null;
                if (name.getText().isBlank()) {
                    problem = "Give the project a name.";
                } else if (!file.getText().endsWith(".relsync")) {
                    problem = "A project file's name ends with .relsync.";
                } else if (Files.exists(Path.of(file.getText()))) {
                    problem = file.getText() + " exists already; choose another name.";
                }
                setErrorMessage(problem);
                setPageComplete(problem == null);
            }
        });
    }

    @Override
    public boolean performFinish() {
        Path target = Path.of(file.getText()).toAbsolutePath();
        try {
            ProjectFiles.create(target, name.getText().trim());
        } catch (RuntimeException e) {
            ((WizardPage) getPages()[0]).setErrorMessage(e.getMessage());
            return false;
        }
        return Commands.open(getShell(), target);
    }
}
