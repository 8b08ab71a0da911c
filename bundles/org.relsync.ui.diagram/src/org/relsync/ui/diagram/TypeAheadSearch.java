package org.relsync.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.relsync.diagram.layout.Box;
import org.relsync.diagram.scene.Node;

/**
 * Type-ahead search on a diagram: what is typed on the canvas (or in the toolbar's search field, Ctrl+F)
 * finds the boxes whose name contains it, ignoring case; they are outlined in amber and the view
 * centres on the first. Enter or F3 goes to the next match, Shift+Enter / Shift+F3 to the previous
 * one, Esc clears the search.
 */
final class TypeAheadSearch {

    private static final org.eclipse.swt.graphics.Color AMBER = new org.eclipse.swt.graphics.Color(
            (org.relsync.diagram.export.Palette.SEARCH >> 16) & 0xff, (org.relsync.diagram.export.Palette.SEARCH >> 8) & 0xff,
            org.relsync.diagram.export.Palette.SEARCH & 0xff);

    private static final org.eclipse.swt.graphics.Color NOT_FOUND = new org.eclipse.swt.graphics.Color(0xff, 0xdf, 0xdf);

    private final DiagramEditor editor;
    private static final String TIP = "Boxes whose name contains this (any case); Enter or F3: next, Esc: clear";

    private Text field;
    private List<String> matches = List.of();
    private int current = -1;

    TypeAheadSearch(DiagramEditor editor) {
        this.editor = editor;
    }

    /** The search field, at the end of {@code bar}; typing on {@code canvas} types into it. */
    void addTo(ToolBar bar, Canvas canvas) {
        ToolItem item = new ToolItem(bar, SWT.SEPARATOR);
        field = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        field.setMessage("Find box");
        field.setToolTipText(TIP);
        item.setControl(field);
        item.setWidth(160);
        field.addListener(SWT.Modify, e -> find(field.getText()));
        field.addListener(SWT.DefaultSelection, e -> {
            if (e.detail == SWT.ICON_CANCEL) {
                clear();
            }
        });
        field.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.keyCode == 'F')) { // Ctrl+F: to the search field
                field.setFocus();
                field.selectAll();
                e.doit = false;
                return;
            }
            if (!key(e) && e.character >= ' ' && e.character != 127 && (e.stateMask & (SWT.CTRL | SWT.ALT)) == 0) {
                field.setFocus();
                field.setText(field.getText() + e.character);
                field.setSelection(field.getText().length());
                e.doit = false;
            }
        });
    }

    /** Enter / F3 (next), Esc (clear); whether it was one of them. */
    private boolean key(Event e) {
        if (e.keyCode == SWT.F3 || e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            step((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
            e.doit = false;
            return true;
        }
        if (e.keyCode == SWT.ESC) {
            clear();
            editor.canvas().setFocus();
            e.doit = false;
            return true;
        }
        return false;
    }

    /** Finds the boxes whose name contains {@code text} (any case) and centres on the first. */
    void find(String text) {
        if (field != null && !field.isDisposed() && !field.getText().equals(text)) {
            field.setText(text); // its Modify listener searches
            return;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        if (!wanted.isEmpty()) {
            for (Node node : editor.shownLayout().scene().nodes()) {
                if (node.name() != null && node.name().toLowerCase(Locale.ROOT).contains(wanted)) {
                    found.add(node.id());
                }
            }
        }
        matches = List.copyOf(found);
        current = matches.isEmpty() ? -1 : 0;
        if (field != null && !field.isDisposed()) {
            field.setToolTipText(wanted.isEmpty() ? TIP : matches.size() + (matches.size() == 1 ? " box" : " boxes") + " found. " + TIP);
            field.setBackground(wanted.isEmpty() || !matches.isEmpty() ? null : NOT_FOUND);
        }
        show();
    }

    /** The next ({@code +1}) or previous ({@code -1}) match, round. */
    void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + direction, matches.size());
        show();
    }

    void clear() {
        if (field != null && !field.isDisposed()) {
            field.setText("");
        } else {
            find("");
        }
    }

    private void show() {
        if (current >= 0) {
            editor.centreOn(matches.get(current));
        } else {
            editor.canvas().redraw();
        }
    }

    /** The matching box ids, in diagram order. */
    List<String> matches() {
        return matches;
    }

    /** The match the view is centred on, or {@code null}. */
    String current() {
        return current < 0 || current >= matches.size() ? null : matches.get(current);
    }

    /** Outlines the matches in amber over what the renderer drew, the current one thicker. */
    void paint(GC gc, double zoom, double originX, double originY) {
        if (matches.isEmpty()) {
            return;
        }
        gc.setAlpha(255);
        gc.setForeground(AMBER);
        for (String id : matches) {
            Box box = editor.shownLayout().nodes().get(id);
            if (box == null) {
                continue;
            }
            boolean here = id.equals(current());
            gc.setLineWidth(here ? 4 : 2);
            gc.setLineStyle(here ? SWT.LINE_SOLID : SWT.LINE_DASH);
            int pad = here ? 6 : 5;
            gc.drawRoundRectangle((int) Math.round(box.x() * zoom + originX) - pad, (int) Math.round(box.y() * zoom + originY) - pad,
                    (int) Math.round(box.width() * zoom) + 2 * pad, (int) Math.round(box.height() * zoom) + 2 * pad, 10, 10);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }
}
