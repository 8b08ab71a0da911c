package org.relsync.ui.diagram;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.relsync.diagram.export.Palette;
import org.relsync.diagram.layout.Box;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.scene.Group;
import org.relsync.diagram.scene.Node;

/**
 * The diagram editor's overview: the whole diagram small, in the canvas's bottom right corner,
 * with the part the editor shows outlined; a click or a drag in it scrolls the editor there (the
 * point under the pointer comes to the middle of the canvas). The diagram is drawn at overview
 * scale (schema frames, and boxes as their header colour) into an image made once per layout, so
 * panning and zooming, which only move the outline, stay cheap on 2,000 boxes.
 * <p>
 * Shown by default when the diagram, at the zoom it opens with, is larger than the canvas; the
 * editor's "Overview" tool item shows and hides it.
 */
final class Overview {

    /** The most room it takes in the corner (and never more than a third of the canvas), and its distance from the canvas's edges. */
    static final int MAX_WIDTH = 220;
    static final int MAX_HEIGHT = 160;
    static final int INSET = 10;

    private final DiagramEditor editor;
    private final Canvas canvas;
    private Image image;
    private Layout imageOf;
    private double scale = 1;
    private boolean dragging;
    private Boolean chosen;

    Overview(DiagramEditor editor, Canvas parent) {
        this.editor = editor;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.BORDER);
        canvas.setVisible(false);
        canvas.setToolTipText("Overview: click or drag to scroll the diagram");
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                dragging = true;
                scrollTo(e.x, e.y);
            }
        });
        canvas.addListener(SWT.MouseMove, e -> {
            if (dragging && ((e.stateMask & SWT.BUTTON1) != 0 || e.stateMask == 0)) {
                scrollTo(e.x, e.y);
            } else {
                dragging = false;
            }
        });
        canvas.addListener(SWT.MouseUp, e -> dragging = false);
        canvas.addListener(SWT.Dispose, e -> disposeImage());
        parent.addListener(SWT.Resize, e -> place());
    }

    /** The "Overview" check item, before "Export…" in the editor's tool bar. */
    void addTo(org.eclipse.swt.widgets.ToolBar bar) {
        int index = bar.getItemCount();
        for (int i = 0; i < bar.getItemCount(); i++) {
            if (bar.getItem(i).getText().startsWith("Export")) {
                index = i;
            }
        }
        item = new org.eclipse.swt.widgets.ToolItem(bar, SWT.CHECK, index);
        item.setText("Overview");
        item.setToolTipText("Show the whole diagram small in the corner; click or drag there to scroll");
        item.addListener(SWT.Selection, e -> setShown(item.getSelection()));
    }

    private org.eclipse.swt.widgets.ToolItem item;

    /** Shows or hides it, as the modeler chose (the tool item). */
    void setShown(boolean shown) {
        chosen = shown;
        update();
    }

    /** Whether it is shown. */
    boolean shown() {
        return canvas.getVisible();
    }

    /** Before the modeler chose: shown when the diagram at the editor's first zoom does not fit the canvas. */
    void defaultFor(double zoom) {
        if (chosen == null) {
            double[] size = SceneRenderer.size(editor.layout());
            Rectangle area = canvas.getParent().getClientArea();
            chosen = size[0] * zoom + 2 * DiagramEditor.MARGIN > area.width || size[1] * zoom + 2 * DiagramEditor.MARGIN > area.height;
        }
        update();
    }

    /** The editor scrolled, zoomed or has a new layout: the outline (and, for a new layout, the picture) again. */
    void update() {
        if (canvas.isDisposed()) {
            return;
        }
        boolean show = Boolean.TRUE.equals(chosen);
        if (show) {
            place();
            canvas.redraw();
        }
        if (canvas.getVisible() != show) {
            canvas.setVisible(show);
        }
        if (item != null && !item.isDisposed() && item.getSelection() != show) {
            item.setSelection(show);
        }
    }

    private void place() {
        if (canvas.isDisposed()) {
            return;
        }
        double[] size = SceneRenderer.size(editor.layout());
        Rectangle area = canvas.getParent().getClientArea();
        // at most a third of the canvas either way, so that it never hides much of the diagram
        scale = Math.min(Math.min(MAX_WIDTH, area.width / 3.0) / size[0], Math.min(MAX_HEIGHT, area.height / 3.0) / size[1]);
        int width = Math.max(20, (int) Math.ceil(size[0] * scale));
        int height = Math.max(20, (int) Math.ceil(size[1] * scale));
        int border = canvas.getBorderWidth() * 2;
        Rectangle bounds = new Rectangle(area.width - width - border - INSET, area.height - height - border - INSET,
                width + border, height + border);
        if (!canvas.getBounds().equals(bounds)) {
            canvas.setBounds(bounds);
        }
    }

    /** Overview pixels per diagram unit. */
    double scale() {
        return scale;
    }

    /** The overview itself (for tests). */
    Canvas control() {
        return canvas;
    }

    /** Brings diagram point (x, y) / scale to the middle of the editor's canvas. */
    private void scrollTo(int x, int y) {
        Rectangle area = canvas.getParent().getClientArea();
        double zoom = editor.zoom();
        editor.scrollTo(area.width / 2.0 - x / scale * zoom, area.height / 2.0 - y / scale * zoom);
    }

    private void paint(Event e) {
        Layout layout = editor.layout();
        if (image == null || imageOf != layout || image.getBounds().width != canvas.getClientArea().width
                || image.getBounds().height != canvas.getClientArea().height) {
            disposeImage();
            image = picture(layout);
            imageOf = layout;
        }
        GC gc = e.gc;
        gc.drawImage(image, 0, 0);
        // the part of the diagram the editor shows
        Rectangle area = canvas.getParent().getClientArea();
        double[] origin = editor.origin();
        double zoom = editor.zoom();
        int x = (int) Math.round(-origin[0] / zoom * scale);
        int y = (int) Math.round(-origin[1] / zoom * scale);
        int width = (int) Math.round(area.width / zoom * scale);
        int height = (int) Math.round(area.height / zoom * scale);
        Color selection = color(e.display, Palette.SELECTION);
        gc.setAlpha(40);
        gc.setBackground(selection);
        gc.fillRectangle(x, y, width, height);
        gc.setAlpha(255);
        gc.setForeground(selection);
        gc.setLineWidth(2);
        gc.drawRectangle(x, y, Math.max(1, width - 1), Math.max(1, height - 1));
        selection.dispose();
    }

    /** The diagram at overview scale: frames, then each box in its header's colour with its outline. */
    private Image picture(Layout layout) {
        Rectangle client = canvas.getClientArea();
        Image picture = new Image(canvas.getDisplay(), Math.max(1, client.width), Math.max(1, client.height));
        GC gc = new GC(picture);
        java.util.Map<Integer, Color> colors = new java.util.HashMap<>();
        try {
            gc.setBackground(colors.computeIfAbsent(Palette.BACKGROUND, rgb -> color(canvas.getDisplay(), rgb)));
            gc.fillRectangle(0, 0, client.width, client.height);
            for (Group group : layout.scene().groups()) {
                Box box = layout.groups().get(group.id());
                if (box != null) {
                    gc.setBackground(colors.computeIfAbsent(Palette.FRAME, rgb -> color(canvas.getDisplay(), rgb)));
                    gc.setForeground(colors.computeIfAbsent(Palette.FRAME_STROKE, rgb -> color(canvas.getDisplay(), rgb)));
                    Rectangle r = scaled(box);
                    gc.fillRectangle(r);
                    gc.drawRectangle(r);
                }
            }
            gc.setForeground(colors.computeIfAbsent(Palette.BOX_STROKE, rgb -> color(canvas.getDisplay(), rgb)));
            for (Node node : layout.scene().nodes()) {
                Box box = layout.nodes().get(node.id());
                if (box != null) {
                    gc.setBackground(colors.computeIfAbsent(Palette.header(node.kind()), rgb -> color(canvas.getDisplay(), rgb)));
                    Rectangle r = scaled(box);
                    gc.fillRectangle(r);
                    if (r.width > 3 && r.height > 3) {
                        gc.drawRectangle(r);
                    }
                }
            }
        } finally {
            gc.dispose();
            colors.values().forEach(Color::dispose);
        }
        return picture;
    }

    private Rectangle scaled(Box box) {
        int x = (int) Math.floor(box.x() * scale);
        int y = (int) Math.floor(box.y() * scale);
        return new Rectangle(x, y, Math.max(1, (int) Math.ceil(box.right() * scale) - x), Math.max(1, (int) Math.ceil(box.bottom() * scale) - y));
    }

    private static Color color(org.eclipse.swt.graphics.Device device, int rgb) {
        return new Color(device, (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
