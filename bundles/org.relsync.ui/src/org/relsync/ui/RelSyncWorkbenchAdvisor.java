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

    /**
     * Activates {@code org.eclipse.core.resources} in a background job. The IDE's editor input
     * tester, which the workbench evaluates when an editor is first activated, loads a class of that
     * bundle, whose activation opens the workspace: 0.17 s on the UI thread in the first editor a
     * modeler opened (measured with Flight Recorder in {@code ./benchmark workbench}); done here, no
     * editor waits for it.
     */
    private static void startResourcesAhead() {
        org.osgi.framework.Bundle resources = org.eclipse.core.runtime.Platform.getBundle("org.eclipse.core.resources");
        if (resources == null || resources.getState() == org.osgi.framework.Bundle.ACTIVE) {
            return;
        }
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Starting the workspace", monitor -> {
            try {
                resources.start(org.osgi.framework.Bundle.START_TRANSIENT);
            } catch (org.osgi.framework.BundleException e) {
                // the first editor then starts it, as it would have
                org.eclipse.core.runtime.ILog.of(RelSyncWorkbenchAdvisor.class).warn("org.eclipse.core.resources not started ahead", e);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new RelSyncWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        startResourcesAhead();
        // the workbench reads every editor's extension when it first opens one (0.03 s): now, not then
        getWorkbenchConfigurer().getWorkbench().getDisplay().asyncExec(() -> getWorkbenchConfigurer().getWorkbench().getEditorRegistry());
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
