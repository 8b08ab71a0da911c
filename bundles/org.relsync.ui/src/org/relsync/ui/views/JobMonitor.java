package org.relsync.ui.views;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Monitor;

/** The engine's EMF monitor over a Job's progress monitor: its tasks, steps and cancellation. */
final class JobMonitor implements Monitor {

    private final IProgressMonitor progress;

    JobMonitor(IProgressMonitor progress) {
        this.progress = progress;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        progress.beginTask(name, totalWork);
    }

    @Override
    public void done() {
        progress.done();
    }

    @Override
    public void internalWorked(double work) {
        progress.internalWorked(work);
    }

    @Override
    public boolean isCanceled() {
        return progress.isCanceled();
    }

    @Override
    public void setCanceled(boolean value) {
        progress.setCanceled(value);
    }

    @Override
    public void setTaskName(String name) {
        progress.setTaskName(name);
    }

    @Override
    public void subTask(String name) {
        progress.subTask(name);
    }

    @Override
    public void worked(int work) {
        progress.worked(work);
    }

    @Override
    public void clearBlocked() {
    }

    @Override
    public void setBlocked(org.eclipse.emf.common.util.Diagnostic reason) {
    }
}
