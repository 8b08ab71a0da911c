package org.relsync.ui;

import java.nio.file.Path;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window &gt; Preferences &gt; RelSync: a backup of the project file before each sync run (on by
 * default, as in the CLI; the project's own setting can still turn it off) and where backups go.
 */
public final class Preferences extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String BACKUP = "backupBeforeSync";
    public static final String BACKUP_FOLDER = "backupFolder";

    private static ScopedPreferenceStore store;

    public Preferences() {
        super(GRID);
        setDescription("Before a sync run changes the open project, RelSync copies its file as last saved.");
    }

    /** The workbench's RelSync preferences. */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE, "org.relsync.ui");
            store.setDefault(BACKUP, true);
            store.setDefault(BACKUP_FOLDER, "");
        }
        return store;
    }

    /** Whether to back up before a sync run. */
    public static boolean backupBeforeSync() {
        return store().getBoolean(BACKUP);
    }

    /** Where backups go instead of the project's setting, or {@code null}. */
    public static Path backupFolder() {
        String folder = store().getString(BACKUP_FOLDER);
        return folder == null || folder.isBlank() ? null : Path.of(folder);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(store());
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(BACKUP, "&Back up the project file before each sync run", getFieldEditorParent()));
        addField(new DirectoryFieldEditor(BACKUP_FOLDER, "Backup &folder (empty: the project's setting):", getFieldEditorParent()));
    }
}
