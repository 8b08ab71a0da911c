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
 * once, on the UI thread, after the burst; a small burst (an edit, an undo) refreshes only the
 * elements it touched and the mapping elements that name them.
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
            collect(notification);
            if (refreshPending) {
                return;
            }
            refreshPending = true;
        }
        display.asyncExec(() -> {
            java.util.Set<Object> labels;
            java.util.Set<Object> contents;
            boolean all;
            synchronized (this) {
                refreshPending = false;
                labels = pendingLabels;
                contents = pendingContents;
                all = pendingAll;
                pendingLabels = identitySet();
                pendingContents = identitySet();
                pendingAll = false;
            }
            if (v.getControl().isDisposed()) {
                return;
            }
            org.relsync.ui.session.ProjectSession session = org.relsync.ui.session.ProjectSession.current();
            if (session != null && session.busy()) {
                synchronized (this) {
                    pendingAll = true; // the run is still changing the model: one refresh of everything once it is done
                }
                display.timerExec(100, () -> notifyChanged(notification));
                return;
            }
            if (all) {
                v.refresh(true);
                return;
            }
            // a small burst (an edit, an undo): the elements it touched, not the whole tree; and
            // the mappings that name them, with what those map (an entity's label shows its table)
            if (session != null) {
                labels.addAll(mappingsNaming(session.project(), labels, contents));
            }
            for (Object parent : contents) {
                v.refresh(parent, true);
            }
            labels.removeAll(contents);
            if (!labels.isEmpty()) {
                v.update(labels.toArray(), null);
            }
        });
    }

    /** The mapping elements that refer to one of {@code touched}, and what each of them refers to. */
    private static java.util.Set<Object> mappingsNaming(org.relsync.model.project.Project project, java.util.Set<Object> labels,
            java.util.Set<Object> contents) {
        java.util.Set<Object> touched = identitySet();
        touched.addAll(labels);
        touched.addAll(contents);
        java.util.Set<Object> found = identitySet();
        for (org.eclipse.emf.ecore.EObject mapping : project.getMappings()) {
            for (java.util.Iterator<org.eclipse.emf.ecore.EObject> it = mapping.eAllContents(); it.hasNext();) {
                org.eclipse.emf.ecore.EObject element = it.next();
                java.util.List<org.eclipse.emf.ecore.EObject> refs = element.eCrossReferences();
                for (org.eclipse.emf.ecore.EObject ref : refs) {
                    if (touched.contains(ref)) {
                        found.add(element);
                        found.addAll(refs);
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** Past this many elements touched in one burst (a sync run), the whole tree is refreshed. */
    private static final int SMALL_BURST = 64;

    private java.util.Set<Object> pendingLabels = identitySet();
    private java.util.Set<Object> pendingContents = identitySet();
    private boolean pendingAll;

    private static java.util.Set<Object> identitySet() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    /** Notes what {@code notification} asks to refresh (EMF.Edit's {@code ViewerNotification}s say which element and how). */
    private void collect(org.eclipse.emf.common.notify.Notification notification) {
        if (pendingAll) {
            return;
        }
        if (!(notification instanceof org.eclipse.emf.edit.provider.IViewerNotification viewerNotification)
                || viewerNotification.getElement() == null
                || pendingLabels.size() + pendingContents.size() >= SMALL_BURST) {
            pendingAll = true;
            return;
        }
        Object element = viewerNotification.getElement();
        if (viewerNotification.isContentRefresh()) {
            pendingContents.add(element);
        }
        if (viewerNotification.isLabelUpdate()) {
            pendingLabels.add(element);
        }
    }

    @Override
    public void dispose() {
        if (factory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
    }
}
