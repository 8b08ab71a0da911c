package org.relsync.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Modeling perspective: the explorer on the left, Sync and DDL (stacked) on the right, properties
 * and problems below; the editor area (diagrams) between the explorer and Sync, hidden until a diagram opens.
 */
public final class ModelingPerspective implements IPerspectiveFactory {

    public static final String ID = "org.relsync.ui.modeling";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false); // shown when a diagram opens (org.relsync.ui.diagram)
        layout.addView(Views.EXPLORER, IPageLayout.LEFT, 0.32f, editors);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.58f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(Views.PROBLEMS);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.65f, editors);
        right.addView(Views.SYNC);
        right.addView(Views.DDL);
        layout.addShowViewShortcut(Views.EXPLORER);
        layout.addShowViewShortcut(Views.PROBLEMS);
        layout.addShowViewShortcut(Views.SYNC);
        layout.addShowViewShortcut(Views.DDL);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
