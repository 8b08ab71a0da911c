package org.relsync.ui.diagram;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.relsync.diagram.layout.Layout;

/**
 * A diagram's layout made off the UI thread (ELK on a large scene takes a fraction of a second to
 * seconds), its result handed to the UI thread unless the job was cancelled meanwhile (from the
 * Progress view, or by a newer layout of the same diagram): then it is thrown away and the diagram
 * keeps what it shows.
 */
final class LayoutJob extends Job {

    private final Supplier<Layout> layout;
    private final Consumer<Layout> done;
    private final Display display;

    LayoutJob(String name, Supplier<Layout> layout, Consumer<Layout> done) {
        super(name);
        this.layout = layout;
        this.done = done;
        this.display = Display.getCurrent();
        setPriority(INTERACTIVE);
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            Layout result = layout.get();
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!monitor.isCanceled()) {
                        done.accept(result);
                    }
                });
            }
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }
}
