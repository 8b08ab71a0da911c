package org.relsync.ui.live;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The status line's Live state: "Live: off", "Live: watching 1 database (polling 250 ms)  ·  Last change 12:03:41: main, ...". */
public final class LiveStatusLine extends ContributionItem {

    public static final String ID = "org.relsync.ui.liveStatus";

    private Label label;
    private final Runnable listener = this::show;

    public LiveStatusLine() {
        super(ID);
        LiveMode.get().addListener(listener);
    }

    @Override
    public void fill(Composite parent) {
        label = new Label(parent, SWT.NONE);
        label.setData(ID, Boolean.TRUE); // what it is, for tests
        label.setLayoutData(new StatusLineLayoutData());
        show();
    }

    /** Shows the state, wide enough for its text (the status line lays itself out again). */
    private void show() {
        if (label == null || label.isDisposed()) {
            return;
        }
        LiveMode live = LiveMode.get();
        String text = live.status();
        label.setToolTipText(live.detail());
        if (text.equals(label.getText())) {
            return;
        }
        label.setText(text);
        GC gc = new GC(label);
        try {
            ((StatusLineLayoutData) label.getLayoutData()).widthHint = gc.textExtent(text).x + 12;
        } finally {
            gc.dispose();
        }
        label.getParent().layout(true);
    }

    @Override
    public void dispose() {
        LiveMode.get().removeListener(listener);
        super.dispose();
    }
}
