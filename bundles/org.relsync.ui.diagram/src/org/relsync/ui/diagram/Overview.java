package org.relsync.ui.diagram;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.relsync.diagram.export.Palette;
import org.relsync.diagram.layout.Box;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.scene.Group;
import org.relsync.diagram.scene.Node;

/**
 * The diagram editor's overview: the whole diagram small, in the canvas's bottom right corner,
 * with the part the editor shows outlined; a click or a drag in it scrolls the editor there (the
 * point under the pointer comes to the middle of the canvas). The diagram is drawn at overview
 * scale (schema frames, and boxes in their header's colour) into an image made once per layout,
 * so panning and zooming, which only move the outline, stay cheap on 2,000 boxes. It is painted
 * by the editor's canvas after the diagram and takes the mouse events that fall in it.
 * <p>
 * It takes at most 220 × 160 pixels and a third of the canvas either way; a diagram so tall or wide
 * that this would make a sliver of it (a 1,000-table mapping diagram) gets a strip along the
 * canvas's right or bottom edge instead, scaled more across than along.
 * <p>
 * Shown by default when the diagram, at the zoom it opens with, is larger than the canvas; the
 * editor's "Overview" tool item shows and hides it.
 */
final class Overview {

    /** The most room it takes in the corner (and never more than a third of the canvas), and its distance from the canvas's edges. */
    static final int MAX_WIDTH = 220;
    static final int MAX_HEIGHT = 160;
    static final int INSET = 10;
    /** Below this many pixels across, it is a strip along the edge instead. */
    static final int MIN_SIDE = 48;

    private final DiagramEditor editor;
    private final Canvas canvas;
    private Image image;
    private Layout imageOf;
    private double scaleX = 1;
    private double scaleY = 1;
    /** Where it is on the canvas, its one-pixel border included. */
    private Rectangle bounds = new Rectangle(0, 0, 0, 0);
    private boolean dragging;
    private Boolean chosen;
    private ToolItem item;

    Overview(DiagramEditor editor, Canvas canvas) {
        this.editor = editor;
        this.canvas = canvas;
        canvas.addListener(SWT.Dispose, e -> disposeImage());
    }

    /** The "Overview" check item, before "Export…" in the editor's tool bar. */
    void addTo(ToolBar bar) {
        int index = bar.getItemCount();
        for (int i = 0; i < bar.getItemCount(); i++) {
            if (bar.getItem(i).getText().startsWith("Export")) {
                index = i;
            }
        }
        item = new ToolItem(bar, SWT.CHECK, index);
        item.setText("Overview");
        item.setToolTipText("Show the whole diagram small in the corner; click or drag there to scroll");
        item.addListener(SWT.Selection, e -> setShown(item.getSelection()));
    }

    /** Shows or hides it, as the modeler chose (the tool item). */
    void setShown(boolean shown) {
        chosen = shown;
        if (item != null && !item.isDisposed() && item.getSelection() != shown) {
            item.setSelection(shown);
        }
        canvas.redraw();
    }

    /** Before the modeler chose: shown when the diagram at the editor's first zoom does not fit the canvas. */
    void defaultFor(double zoom) {
        if (chosen == null && !editor.layout().nodes().isEmpty()) { // not while the first layout is being made
            double[] size = SceneRenderer.size(editor.layout());
            Rectangle area = canvas.getClientArea();
            setShown(size[0] * zoom + 2 * DiagramEditor.MARGIN > area.width || size[1] * zoom + 2 * DiagramEditor.MARGIN > area.height);
        }
    }

    boolean shown() {
        return Boolean.TRUE.equals(chosen);
    }

    /** Where it is on the canvas (border included), or {@code null} while hidden. */
    Rectangle bounds() {
        return shown() ? place() : null;
    }

    /** Overview pixels per diagram unit, across and down (the same but for a strip). */
    double[] scale() {
        return new double[] {scaleX, scaleY};
    }

    private Rectangle place() {
        double[] size = SceneRenderer.size(editor.layout());
        Rectangle area = canvas.getClientArea();
        // at most a third of the canvas either way, so that it never hides much of the diagram; a diagram so
        // tall (or wide) that this would be a sliver: a strip along the canvas's right (or bottom) edge, stretched
        // across to MIN_SIDE pixels (scaled more across than along), still a map to scroll by
        double maxWidth = Math.min(MAX_WIDTH, area.width / 3.0);
        double maxHeight = Math.min(MAX_HEIGHT, area.height / 3.0);
        double uniform = Math.min(maxWidth / size[0], maxHeight / size[1]);
        scaleX = uniform;
        scaleY = uniform;
        if (size[0] * uniform < MIN_SIDE) {
            scaleY = Math.min(maxWidth / size[0], Math.max(1, area.height - 2 * INSET - 2) / size[1]);
            scaleX = Math.min(maxWidth / size[0], Math.max(scaleY, MIN_SIDE / size[0]));
        } else if (size[1] * uniform < MIN_SIDE) {
            scaleX = Math.min(maxHeight / size[1], Math.max(1, area.width - 2 * INSET - 2) / size[0]);
            scaleY = Math.min(maxHeight / size[1], Math.max(scaleX, MIN_SIDE / size[1]));
        }
        int width = Math.max(10, (int) Math.ceil(size[0] * scaleX)) + 2;
        int height = Math.max(10, (int) Math.ceil(size[1] * scaleY)) + 2;
        bounds = new Rectangle(area.width - width - INSET, area.height - height - INSET, width, height);
        return bounds;
    }

    // ---- mouse: the editor passes its canvas's events here first; true when taken

    boolean mouseDown(Event e) {
        if (!shown() || e.button != 1 || !place().contains(e.x, e.y)) {
            return false;
        }
        dragging = true;
        scrollTo(e.x, e.y);
        return true;
    }

    boolean mouseMove(Event e) {
        if (!dragging) {
            return false;
        }
        if ((e.stateMask & SWT.BUTTON1) == 0 && e.stateMask != 0) { // released outside the canvas
            dragging = false;
        } else {
            scrollTo(e.x, e.y);
        }
        return true;
    }

    boolean mouseUp(Event e) {
        if (!dragging) {
            return false;
        }
        dragging = false;
        return true;
    }

    /** Brings the diagram point under canvas point (x, y) of the overview to the middle of the canvas. */
    private void scrollTo(int x, int y) {
        Rectangle area = canvas.getClientArea();
        double zoom = editor.zoom();
        double dx = (x - bounds.x - 1) / scaleX;
        double dy = (y - bounds.y - 1) / scaleY;
        editor.scrollTo(area.width / 2.0 - dx * zoom, area.height / 2.0 - dy * zoom);
    }

    // ---- drawing

    /** Paints it over what the editor drew (when shown): the cached picture and the outline of the part shown. */
    void paint(GC gc) {
        if (!shown()) {
            return;
        }
        Layout layout = editor.layout();
        Rectangle at = place();
        if (image == null || imageOf != layout || image.getBounds().width != at.width - 2 || image.getBounds().height != at.height - 2) {
            disposeImage();
            image = picture(layout, at.width - 2, at.height - 2);
            imageOf = layout;
        }
        Rectangle clip = gc.getClipping();
        gc.setAlpha(255);
        gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes(1));
        gc.drawImage(image, at.x + 1, at.y + 1);
        Color border = color(Palette.LEGEND_FRAME);
        gc.setForeground(border);
        gc.drawRectangle(at.x, at.y, at.width - 1, at.height - 1);
        border.dispose();
        // the part of the diagram the editor shows, cut to the overview
        Rectangle area = canvas.getClientArea();
        double[] origin = editor.origin();
        double zoom = editor.zoom();
        int x = at.x + 1 + (int) Math.round(-origin[0] / zoom * scaleX);
        int y = at.y + 1 + (int) Math.round(-origin[1] / zoom * scaleY);
        int width = Math.max(3, (int) Math.round(area.width / zoom * scaleX));
        int height = Math.max(3, (int) Math.round(area.height / zoom * scaleY));
        gc.setClipping(at.intersection(clip));
        Color selection = color(Palette.SELECTION);
        gc.setAlpha(40);
        gc.setBackground(selection);
        gc.fillRectangle(x, y, width, height);
        gc.setAlpha(255);
        gc.setForeground(selection);
        gc.setLineWidth(2);
        gc.drawRectangle(x + 1, y + 1, Math.max(1, width - 2), Math.max(1, height - 2));
        gc.setLineWidth(1);
        selection.dispose();
        gc.setClipping(clip);
    }

    /** The diagram at overview scale: frames, then each box in its header's colour with its outline. */
    private Image picture(Layout layout, int width, int height) {
        Image picture = new Image(canvas.getDisplay(), Math.max(1, width), Math.max(1, height));
        GC gc = new GC(picture);
        java.util.Map<Integer, Color> colors = new java.util.HashMap<>();
        try {
            gc.setBackground(colors.computeIfAbsent(Palette.BACKGROUND, this::color));
            gc.fillRectangle(0, 0, width, height);
            for (Group group : layout.scene().groups()) {
                Box box = layout.groups().get(group.id());
                if (box != null) {
                    gc.setBackground(colors.computeIfAbsent(Palette.FRAME, this::color));
                    gc.setForeground(colors.computeIfAbsent(Palette.FRAME_STROKE, this::color));
                    Rectangle r = scaled(box);
                    gc.fillRectangle(r);
                    gc.drawRectangle(r);
                }
            }
            gc.setForeground(colors.computeIfAbsent(Palette.BOX_STROKE, this::color));
            for (Node node : layout.scene().nodes()) {
                Box box = layout.nodes().get(node.id());
                if (box != null) {
                    gc.setBackground(colors.computeIfAbsent(Palette.header(node.kind()), this::color));
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
        int x = (int) Math.floor(box.x() * scaleX);
        int y = (int) Math.floor(box.y() * scaleY);
        return new Rectangle(x, y, Math.max(1, (int) Math.ceil(box.right() * scaleX) - x),
                Math.max(1, (int) Math.ceil(box.bottom() * scaleY) - y));
    }

    private Color color(int rgb) {
        return new Color(canvas.getDisplay(), (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
