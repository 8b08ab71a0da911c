package org.relsync.ui;

import java.nio.file.Path;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.relsync.ui.session.ProjectSession;

/** The workbench's advisor: the Modeling perspective first; the project named on the command line opened. */
final class RelSyncWorkbenchAdvisor extends WorkbenchAdvisor {

    private final Path initialFile;

    RelSyncWorkbenchAdvisor(Path initialFile) {
        this.initialFile = initialFile;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return ModelingPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new RelSyncWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        if (initialFile != null) {
            Commands.open(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell(), initialFile);
        }
    }

    @Override
    public boolean preShutdown() {
        ProjectSession session = ProjectSession.current();
        return session == null || !session.isDirty()
                || Commands.confirmDiscard(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell(), "Exit");
    }
}
