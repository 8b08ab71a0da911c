package org.relsync.ui;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.relsync.ui.live.LiveMode;
import org.relsync.ui.live.LiveStatusLine;
import org.relsync.ui.session.ProjectSession;

/**
 * The menus: File (new, open, recent, save, save as, reload, exit), Edit (undo, redo), Project (add
 * database, reverse engineer, Live, Live from a Watch Server), Window (views, preferences); the tool bar's Live button and the
 * status line's Live state.
 */
final class RelSyncActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchWindow window;
    private Action open;
    private Action save;
    private Action saveAs;
    private Action reload;
    private Action newProject;
    private Action addDatabase;
    private Action reverse;
    private Action live;
    private Action liveFromWatch;
    private final org.eclipse.jface.resource.ImageDescriptor liveOn = icon("live16.png");
    private final org.eclipse.jface.resource.ImageDescriptor liveOff = icon("live-off16.png");
    private final Runnable liveShown = this::showLive;
    private final ProjectSession.Listener sessionShown = session -> org.eclipse.swt.widgets.Display.getDefault().asyncExec(this::showLive);
    private ActionFactory.IWorkbenchAction preferences;
    private ActionFactory.IWorkbenchAction undo;
    private ActionFactory.IWorkbenchAction redo;
    private ActionFactory.IWorkbenchAction exit;

    RelSyncActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow w) {
        this.window = w;
        open = action("&Open Project...", "org.relsync.ui.openProject", () -> Commands.openWithDialog(w.getShell()));
        save = action("&Save", "org.eclipse.ui.file.save", () -> Commands.save(w.getShell()));
        saveAs = action("Save &As...", "org.eclipse.ui.file.saveAs", () -> Commands.saveAs(w.getShell()));
        reload = action("Re&load", null, () -> Commands.reload(w.getShell()));
        newProject = action("&New Project...", null, () -> Commands.newProject(w.getShell()));
        addDatabase = action("Add &Database...", null, () -> Commands.addDatabase(w.getShell()));
        reverse = action("&Reverse Engineer...", null, () -> Commands.reverse(w.getShell()));
        live = new Action("&Live", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                if (isChecked()) {
                    LiveMode.get().start();
                } else {
                    LiveMode.get().stop();
                }
                showLive(); // the state as it is, not as clicked (on stays off without a database to watch)
            }
        };
        liveFromWatch = action("Live from a &Watch Server...", null,
                () -> new org.relsync.ui.live.WatchServerDialog(w.getShell()).open());
        live.setId("org.relsync.ui.live");
        live.setToolTipText("Live: follow the databases' schema changes as they happen (each one undoable, not saved)");
        LiveMode.get().addListener(liveShown);
        ProjectSession.addListener(sessionShown);
        showLive();
        preferences = ActionFactory.PREFERENCES.create(w);
        register(preferences);
        undo = ActionFactory.UNDO.create(w);
        redo = ActionFactory.REDO.create(w);
        exit = ActionFactory.QUIT.create(w);
        register(undo);
        register(redo);
        register(exit);
    }

    private Action action(String text, String definitionId, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        if (definitionId != null) {
            action.setId(definitionId);
            action.setActionDefinitionId(definitionId);
            register(action);
        }
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(newProject);
        file.add(open);
        MenuManager recent = new MenuManager("Open &Recent", "org.relsync.ui.recent");
        recent.setRemoveAllWhenShown(true);
        recent.addMenuListener(menu -> {
            for (Path path : RecentProjects.list()) {
                menu.add(new Action(path.toString()) {
                    @Override
                    public void run() {
                        Commands.open(window.getShell(), path);
                    }
                });
            }
        });
        recent.add(new Separator()); // a placeholder so the submenu shows before its first opening
        file.add(recent);
        file.add(new Separator());
        file.add(save);
        file.add(saveAs);
        file.add(reload);
        file.add(new Separator());
        file.add(exit);
        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        MenuManager project = new MenuManager("&Project", "org.relsync.ui.project");
        project.add(addDatabase);
        project.add(reverse);
        project.add(new Separator());
        project.add(live);
        project.add(liveFromWatch);
        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        windowMenu.add(org.eclipse.ui.actions.ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(new Separator());
        windowMenu.add(preferences);
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(project);
        menuBar.add(windowMenu);
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        ToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        ActionContributionItem liveButton = new ActionContributionItem(live);
        liveButton.setMode(ActionContributionItem.MODE_FORCE_TEXT); // "Live" beside its icon: a toggle to be found
        tools.add(liveButton);
        coolBar.add(new ToolBarContributionItem(tools, "org.relsync.ui.toolbar"));
    }

    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        statusLine.add(new LiveStatusLine());
    }

    /** The Live toggle as Live is: checked (and green) while a watcher runs, enabled while a project is open. */
    private void showLive() {
        if (live != null) {
            boolean on = LiveMode.get().on();
            live.setChecked(on);
            live.setImageDescriptor(on ? liveOn : liveOff);
            live.setEnabled(ProjectSession.current() != null);
            liveFromWatch.setEnabled(ProjectSession.current() != null);
        }
    }

    private static org.eclipse.jface.resource.ImageDescriptor icon(String name) {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(RelSyncActionBarAdvisor.class.getResource("/icons/" + name));
    }

    @Override
    public void dispose() {
        LiveMode.get().removeListener(liveShown);
        ProjectSession.removeListener(sessionShown);
        super.dispose();
    }
}
