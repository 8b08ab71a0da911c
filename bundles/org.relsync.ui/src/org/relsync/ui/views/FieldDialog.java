package org.relsync.ui.views;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.relsync.model.entity.ModelType;
import org.relsync.sync.edit.ProjectEditor;

/** New Field: its name, model type, length and whether it is optional; {@code relsync field add} asks the same. */
final class FieldDialog extends Dialog {

    private final String entity;
    private Text name;
    private Combo type;
    private Text length;
    private Button optional;
    private String fieldName;
    private ProjectEditor.FieldSpec spec;

    FieldDialog(Shell parent, String entity) {
        super(parent);
        this.entity = entity;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("New Field in " + entity);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite body = (Composite) super.createDialogArea(parent);
        body.setLayout(new GridLayout(2, false));
        name = row(body, "Name:");
        new Label(body, SWT.NONE).setText("Type:");
        type = new Combo(body, SWT.READ_ONLY);
        type.setItems(ModelType.VALUES.stream().map(ModelType::getLiteral).toArray(String[]::new));
        type.select(0);
        type.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        length = row(body, "Length:");
        length.setMessage("for strings and binaries; empty: none");
        new Label(body, SWT.NONE);
        optional = new Button(body, SWT.CHECK);
        optional.setText("Optional (nullable)");
        return body;
    }

    private static Text row(Composite body, String label) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 260;
        text.setLayoutData(data);
        return text;
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            fieldName = name.getText().trim();
            Integer len = null;
            if (!length.getText().isBlank()) {
                try {
                    len = Integer.valueOf(length.getText().trim());
                } catch (NumberFormatException e) {
                    length.setFocus();
                    return;
                }
            }
            spec = new ProjectEditor.FieldSpec(ModelType.get(type.getText()), len, null, null, optional.getSelection(),
                    null, null, null, false, false, false);
        }
        super.buttonPressed(id);
    }

    String fieldName() {
        return fieldName;
    }

    ProjectEditor.FieldSpec spec() {
        return spec;
    }
}
