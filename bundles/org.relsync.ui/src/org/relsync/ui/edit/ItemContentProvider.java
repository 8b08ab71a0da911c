package org.relsync.ui.edit;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace tree content provider over EMF.Edit item providers (what {@code emf.edit.ui}'s
 * AdapterFactoryContentProvider does, which is not reachable here). Model notifications are
 * batched: however many arrive in one burst (a sync run makes thousands), the viewer is refreshed
 * once, on the UI thread, after the burst.
 */
public final class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private final AdapterFactory factory;
    private StructuredViewer viewer;
    private boolean refreshPending;

    public ItemContentProvider(AdapterFactory factory) {
        this.factory = factory;
        if (factory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        this.viewer = v instanceof StructuredViewer s ? s : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Object[] array) {
            return array;
        }
        if (input instanceof Collection<?> collection) {
            return collection.toArray();
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = provider(parent);
        return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = provider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = provider(element);
        return provider != null && provider.hasChildren(element);
    }

    private ITreeItemContentProvider provider(Object element) {
        return (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
    }

    @Override
    public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
        StructuredViewer v = viewer;
        if (v == null || v.getControl() == null || v.getControl().isDisposed()) {
            return;
        }
        Display display = v.getControl().getDisplay();
        synchronized (this) {
            if (refreshPending) {
                return;
            }
            refreshPending = true;
        }
        display.asyncExec(() -> {
            synchronized (this) {
                refreshPending = false;
            }
            if (v.getControl().isDisposed()) {
                return;
            }
            org.relsync.ui.session.ProjectSession session = org.relsync.ui.session.ProjectSession.current();
            if (session != null && session.busy()) {
                display.timerExec(100, () -> notifyChanged(notification)); // the run is still changing the model
                return;
            }
            v.refresh(true);
        });
    }

    @Override
    public void dispose() {
        if (factory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
    }
}
