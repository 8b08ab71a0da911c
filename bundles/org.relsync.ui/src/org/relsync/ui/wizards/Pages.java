package org.relsync.ui.wizards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Form rows for the wizards' pages: a label and a field, two columns. */
final class Pages {

    private Pages() {
    }

    static Text text(Composite parent, String label, String initial, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | style);
        text.setText(initial == null ? "" : initial);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setData("label", label);
        return text;
    }

    static Combo combo(Composite parent, String label, String[] items, int selected) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items);
        combo.select(selected);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return combo;
    }

    /** A comma-separated list as its trimmed, non-empty items. */
    static java.util.List<String> list(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Makes a change to the open project in the wizard's container (its progress bar, off the UI
     * thread) through {@link org.relsync.ui.session.ProjectSession#change}, then records it as one
     * undoable step named {@code label}; on failure the page says why and {@code null} comes back.
     */
    static <T> T change(org.eclipse.jface.wizard.IWizardContainer container, org.eclipse.jface.wizard.WizardPage page,
            org.relsync.ui.session.ProjectSession session, String task, String label,
            java.util.function.Function<org.relsync.model.project.Project, T> change) {
        @SuppressWarnings("unchecked")
        org.relsync.ui.session.ProjectSession.Outcome<T>[] outcome = new org.relsync.ui.session.ProjectSession.Outcome[1];
        String[] failure = new String[1];
        try {
            container.run(true, false, monitor -> {
                monitor.beginTask(task, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try {
                    outcome[0] = session.change(change);
                } catch (RuntimeException e) {
                    failure[0] = e.getMessage();
                }
            });
        } catch (java.lang.reflect.InvocationTargetException | InterruptedException e) {
            failure[0] = e.getMessage();
        }
        if (failure[0] != null) {
            page.setErrorMessage(failure[0]);
            return null;
        }
        session.record(label, outcome[0].changes());
        return outcome[0].value();
    }
}
