package org.relsync.ui;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.relsync.ui.session.ProjectSession;

/** The main window: its size, its title (the open project, a star when it has unsaved changes), its menus. */
final class RelSyncWindowAdvisor extends WorkbenchWindowAdvisor {

    private final ProjectSession.Listener titleUpdater = session -> updateTitle();

    RelSyncWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new RelSyncActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 820));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle("RelSync");
    }

    @Override
    public void postWindowOpen() {
        ProjectSession.addListener(titleUpdater);
        updateTitle();
        // back in the window after a relsync command or a git pull: the file may have changed under it
        var shell = getWindowConfigurer().getWindow().getShell();
        shell.addListener(org.eclipse.swt.SWT.Activate, e -> shell.getDisplay().asyncExec(() -> {
            if (!shell.isDisposed()) {
                Commands.checkDisk(shell);
            }
        }));
    }

    /** The window is closing: its Live watcher stops with it. */
    @Override
    public void postWindowClose() {
        org.relsync.ui.live.LiveMode.get().stop();
    }

    @Override
    public void dispose() {
        ProjectSession.removeListener(titleUpdater);
    }

    private void updateTitle() {
        var shell = getWindowConfigurer().getWindow() == null ? null : getWindowConfigurer().getWindow().getShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        shell.getDisplay().asyncExec(() -> {
            if (shell.isDisposed()) {
                return;
            }
            ProjectSession session = ProjectSession.current();
            shell.setText(session == null ? "RelSync"
                    : (session.isDirty() ? "*" : "") + session.project().getName() + " - " + session.file() + " - RelSync");
        });
    }
}
