package org.relsync.ui.diagram;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.relsync.diagram.scene.ColumnDetail;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Highlight;

/**
 * How the diagram editor shows its scope, as {@code relsync diagram --columns --only} does: the
 * rows of each box (all, keys, none) and a filter (only orphans, marked elements or elements with
 * problems in full, the rest faded). Neither changes the diagram's layout key, so the positions
 * stay; boxes with fewer rows are drawn at their stored places.
 */
public final class ViewOptions {

    private ColumnDetail columns = ColumnDetail.ALL;
    private final Set<Highlight> only = EnumSet.noneOf(Highlight.class);
    private final Runnable changed;

    /** {@code changed} runs after every change (the editor builds and draws again). */
    public ViewOptions(Runnable changed) {
        this.changed = changed;
    }

    /** {@code scope} as these options show it. */
    public DiagramScope apply(DiagramScope scope) {
        return new DiagramScope(scope.kind(), scope.database(), scope.schemas(), scope.entities(), scope.depth(), columns, only);
    }

    /**
     * Whether boxes have the sizes of the full scope (every row): only then is what is shown also
     * what the stored layout keeps (fewer rows would store smaller boxes and other routes).
     */
    public boolean fullSize() {
        return columns == ColumnDetail.ALL;
    }

    public ColumnDetail columns() {
        return columns;
    }

    public Set<Highlight> only() {
        return Set.copyOf(only);
    }

    public void setColumns(ColumnDetail detail) {
        if (detail != columns) {
            columns = detail;
            changed.run();
        }
    }

    /** Shows {@code highlight} in full (with the others already chosen) or no longer. */
    public void setOnly(Highlight highlight, boolean on) {
        if (on ? only.add(highlight) : only.remove(highlight)) {
            changed.run();
        }
    }

    /** No filter: everything in full. */
    public void clearOnly() {
        if (!only.isEmpty()) {
            only.clear();
            changed.run();
        }
    }

    // ---- toolbar drop-downs and the context menu

    /** "Columns ▾" and "Filter ▾" drop-downs in {@code bar}. */
    public void addTo(ToolBar bar) {
        dropDown(bar, "Columns", "Rows of each box: all, keys only or none (header only)", this::fillColumns);
        dropDown(bar, "Filter", "Show only orphans, marked elements or elements with problems in full, the rest faded",
                this::fillFilter);
    }

    /** The same choices as sub-menus of {@code menu}. */
    public void addTo(IMenuManager menu) {
        MenuManager columnsMenu = new MenuManager("Columns");
        fillColumns(columnsMenu);
        menu.add(columnsMenu);
        MenuManager filterMenu = new MenuManager("Filter");
        fillFilter(filterMenu);
        menu.add(filterMenu);
    }

    private void fillColumns(IMenuManager menu) {
        for (ColumnDetail detail : ColumnDetail.values()) {
            String label = switch (detail) {
                case ALL -> "All Columns";
                case KEYS -> "Keys Only";
                case NONE -> "None (Header Only)";
            };
            menu.add(check(label, detail == columns, on -> {
                if (on) {
                    setColumns(detail);
                }
            }, IAction.AS_RADIO_BUTTON));
        }
    }

    private void fillFilter(IMenuManager menu) {
        menu.add(check("Everything", only.isEmpty(), on -> {
            if (on) {
                clearOnly();
            }
        }, IAction.AS_RADIO_BUTTON));
        for (Highlight highlight : Highlight.values()) {
            menu.add(check("Only " + title(highlight), only.contains(highlight), on -> setOnly(highlight, on),
                    IAction.AS_CHECK_BOX));
        }
    }

    static String title(Highlight highlight) {
        String name = highlight.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Action check(String text, boolean checked, java.util.function.Consumer<Boolean> run, int style) {
        Action action = new Action(text, style) {
            @Override
            public void run() {
                run.accept(isChecked());
            }
        };
        action.setChecked(checked);
        return action;
    }

    /** A drop-down tool item whose menu {@code fill} fills afresh each time it opens (it shows the current choice). */
    private static void dropDown(ToolBar bar, String text, String tip, java.util.function.Consumer<IMenuManager> fill) {
        ToolItem item = new ToolItem(bar, SWT.DROP_DOWN);
        item.setText(text);
        item.setToolTipText(tip);
        MenuManager manager = new MenuManager();
        manager.setRemoveAllWhenShown(true);
        manager.addMenuListener(fill::accept);
        Menu menu = manager.createContextMenu(bar);
        item.addListener(SWT.Selection, e -> {
            Rectangle bounds = item.getBounds();
            menu.setLocation(bar.toDisplay(bounds.x, bounds.y + bounds.height));
            menu.setVisible(true);
        });
        item.addListener(SWT.Dispose, e -> manager.dispose());
        item.setData("menu", menu);
    }
}
