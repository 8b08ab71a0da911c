package org.relsync.ui.live;

import java.net.URI;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.relsync.live.ChangeSummary;
import org.relsync.live.Event;
import org.relsync.live.EventLog;
import org.relsync.live.SchemaWatcher;
import org.relsync.live.WatchListener;
import org.relsync.live.WatchOptions;
import org.relsync.live.WatchSubscription;
import org.relsync.sync.report.ChangeReport;
import org.relsync.ui.session.Passwords;
import org.relsync.ui.session.ProjectSession;

/**
 * The workbench's Live mode (LIVE-SPEC section 1, issue 14): while it is on, a
 * {@link SchemaWatcher} watches the open project's databases in a system Job and syncs each
 * change into the project in memory through a {@link SessionTarget}: the watcher's detection,
 * coalescing and back-off, the same as {@code relsync watch}'s, without a save. It stops when
 * turned off, when the project is closed or another one opened (a reload too), and when the
 * window closes. Or, subscribed to a running {@code relsync watch} ({@link #subscribe}), a
 * {@link WatchSubscription} follows the watch's event stream and syncs each change it tells through
 * the same {@link SessionTarget}: the stream replaces the detection, not the sync; the project
 * file the watch saves is then no change on disk to tell ({@link ProjectSession#adoptDiskChange}).
 * Its state is one line of text for the status line, told to the listeners on the UI thread. One
 * for the workbench.
 */
public final class LiveMode {

    private static final LiveMode INSTANCE = new LiveMode();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Events kept: the workbench reads none yet (a subscriber may later). */
    private static final int KEPT_EVENTS = 64;

    /** The Live mode of the workbench. */
    public static LiveMode get() {
        return INSTANCE;
    }

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Run run;
    private static final String OFF = "Live: off";
    private static final String OFF_DETAIL = "Live sync is off: turn it on to follow the databases' schemas";

    private String status = OFF;
    private String detail = OFF_DETAIL;
    private final WatchOptions options = WatchOptions.every(WatchOptions.DEFAULT_INTERVAL);
    /** The workbench's display, once Live was first turned on: where the listeners are told. */
    private Display display;

    private LiveMode() {
        ProjectSession.addListener(session -> {
            Run r = current();
            if (r != null && r.session != session) {
                stop(); // closed, reloaded or another project opened: its watcher goes with it
            }
        });
    }

    /** A line for the status line, and the same in full for its tooltip. */
    private record Said(String shortly, String fully) {
    }

    /** The watcher of one session, from on to off, with what it told so far. */
    private final class Run implements WatchListener {
        final ProjectSession session;
        final List<String> databases;
        final Map<String, String> how = new LinkedHashMap<>();
        /** The databases that cannot be reached now, with why. */
        final Map<String, Said> trouble = new LinkedHashMap<>();
        SchemaWatcher watcher;
        /** The watch followed instead of a watcher of its own, or null. */
        WatchSubscription subscription;
        /** What the stream brought that this project has no database for, by database. */
        final Map<String, String> ignored = new LinkedHashMap<>();
        Job job;
        boolean started;
        /** The last change: its time, databases and report. */
        Said lastChange;

        void stop() {
            if (subscription != null) {
                subscription.stop();
            } else {
                watcher.stop();
            }
        }

        Run(ProjectSession session, List<String> databases) {
            this.session = session;
            this.databases = databases;
            databases.forEach(db -> how.put(db, "polling " + options.interval().toMillis() + " ms"));
        }

        @Override
        public void started(ChangeReport report, Event event) {
            update(this, () -> {
                started = true;
                trouble.clear();
                if (report.hasChanges()) {
                    lastChange = change(String.join(", ", databases), report);
                }
            });
        }

        @Override
        public void changed(Event event, ChangeReport report) {
            update(this, () -> {
                started = true; // after a first sync that failed, the one that followed it
                Said said = change(event.subject(), report);
                // the watch's event number in the tooltip: the status line has no room to spare
                lastChange = subscription == null ? said : new Said(said.shortly(), said.fully() + " (event #" + event.sequence() + ")");
            });
        }

        @Override
        public void saved(Event event) {
            if (subscription != null && event.source().equals(source(session))) {
                // the watch saved the change the model followed, then said so: no change on disk to tell
                onDisplay(() -> {
                    if (ProjectSession.current() == session) {
                        session.adoptDiskChange(event.time());
                    }
                });
            }
        }

        @Override
        public void trouble(String database, String message, long retryMillis) {
            update(this, () -> {
                started = true; // the first sync failed: it is tried again when the database answers
                if (subscription != null && database.equals(subscription.stream().toString())) {
                    trouble.put(database, new Said("connection lost, reconnecting in " + duration(retryMillis),
                            "Live: the connection to " + database + " is lost (" + message + "); reconnecting in "
                                    + duration(retryMillis) + ", then the events missed meanwhile are synced"));
                } else {
                    trouble.put(database, new Said(database + " unreachable, retrying in " + duration(retryMillis), message));
                }
            });
        }

        @Override
        public void notice(String database, String message) {
            if (SchemaWatcher.LISTENING.equals(message)) {
                update(this, () -> how.put(database, "event trigger"));
            } else if (subscription != null) {
                update(this, () -> ignored.put(database, database + ": " + message));
            }
        }

        @Override
        public void recovered(String database) {
            update(this, () -> trouble.remove(database));
        }
    }

    private static Said change(String databases, ChangeReport report) {
        String when = "Last change " + LocalTime.now().format(TIME) + ": " + databases + ", ";
        return new Said(when + ChangeSummary.of(report, 2), when + ChangeSummary.of(report, Integer.MAX_VALUE));
    }

    /** The source of the events of a watch of {@code session}'s file ({@code relsync watch} names its project so). */
    private static String source(ProjectSession session) {
        return "urn:relsync:project:" + session.file().getFileName();
    }

    private static String duration(long millis) {
        return millis < 1000 ? millis + " ms" : (millis + 500) / 1000 + " s";
    }

    /** Whether Live is on (a watcher runs, or is about to). */
    public synchronized boolean on() {
        return run != null;
    }

    private synchronized Run current() {
        return run;
    }

    /** The state in one line: "Live: off", "Live: watching 2 databases (polling 250 ms)", "Live: main unreachable, retrying in 2 s". */
    public synchronized String status() {
        return status;
    }

    /** The state in more words, for a tooltip (the reason a database cannot be reached). */
    public synchronized String detail() {
        return detail;
    }

    /** Told on the UI thread whenever the state changes. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Turns Live on for the open project (on the UI thread); nothing when it is on already or no
     * project is open. A project without an enabled database task stays off, and says so.
     */
    public void start() {
        ProjectSession session = ProjectSession.current();
        Display current = Display.getCurrent();
        Run r;
        synchronized (this) {
            if (run != null || session == null || current == null) {
                return;
            }
            display = current;
            List<String> databases = SchemaWatcher.databases(session.project());
            if (databases.isEmpty()) {
                status = "Live: off (no enabled database task to watch)";
                detail = "Add a database, or enable its task in the Sync view, to watch it";
                fire();
                return;
            }
            r = new Run(session, databases);
            // each change reads the same databases again: on connections kept open while Live is on
            org.relsync.db.Connections reading = Passwords.connections().keeping();
            r.watcher = new SchemaWatcher(new SessionTarget(session, Passwords.syncEngine(reading), display), Passwords.connections(),
                    options, new EventLog("urn:relsync:project:" + session.file().getFileName(), KEPT_EVENTS), r, Clock.systemUTC());
            SchemaWatcher watcher = r.watcher;
            r.job = job(r, () -> {
                try {
                    watcher.run();
                } finally {
                    reading.close();
                }
            });
            run = r;
            describe();
        }
        fire();
        r.job.schedule();
    }

    /**
     * Subscribes to a running {@code relsync watch} (Project &gt; Live from a Watch Server) for the
     * open project, on the UI thread: connects to {@code stream} with {@code token}; once the watch
     * accepted, Live follows it instead of what it did before. Completes with why not (refused,
     * unreachable, no project or database to follow), and then nothing changed.
     */
    public CompletableFuture<Optional<String>> subscribe(URI stream, String token) {
        ProjectSession session = ProjectSession.current();
        Display current = Display.getCurrent();
        if (session == null || current == null) {
            return CompletableFuture.completedFuture(Optional.of("Open a project first"));
        }
        List<String> databases = SchemaWatcher.databases(session.project());
        if (databases.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.of("The project has no enabled database task: no database to follow"));
        }
        synchronized (this) {
            display = current;
        }
        Run r = new Run(session, databases);
        r.how.clear();
        r.subscription = new WatchSubscription(stream, token, new SessionTarget(session, Passwords.syncEngine(), current), r, options);
        return r.subscription.connect().thenApply(refused -> {
            if (refused.isPresent()) {
                return refused;
            }
            stop(); // the watcher of its own, or the watch followed before
            if (ProjectSession.current() != session) { // not under this lock: the session's listeners take it
                r.subscription.stop();
                return Optional.of("The project was closed meanwhile");
            }
            synchronized (this) {
                r.job = job(r, r.subscription::run);
                run = r;
                describe();
            }
            fire();
            r.job.schedule();
            return refused;
        });
    }

    /** The system Job that runs {@code r}'s watcher or subscription until it is stopped. */
    private Job job(Run r, Runnable body) {
        Job job = new Job("Live sync of " + r.session.project().getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    body.run();
                } catch (RuntimeException e) {
                    ended(r, "Live: stopped: " + e.getMessage());
                    return Status.OK_STATUS; // said in the status line; never a dialog
                }
                ended(r, OFF);
                return Status.OK_STATUS;
            }

            @Override
            protected void canceling() {
                r.stop();
            }
        };
        job.setSystem(true);
        return job;
    }

    /** Turns Live off: the watcher stops after the step it is in (a sync under way is finished and recorded). */
    public void stop() {
        Run r;
        synchronized (this) {
            r = run;
            if (r == null) {
                return;
            }
            run = null;
            status = OFF;
            detail = OFF_DETAIL;
        }
        r.stop();
        fire();
    }

    /** A watcher's Job ended by itself (a stop ends it too: then nothing changes). */
    private void ended(Run r, String why) {
        synchronized (this) {
            if (run != r) {
                return;
            }
            run = null;
            status = why;
            detail = why;
        }
        fire();
    }

    /** Applies what {@code r}'s watcher told, when it is still the running one, and tells the listeners. */
    private void update(Run r, Runnable change) {
        synchronized (this) {
            if (run != r) {
                return; // an old watcher finishing its last step
            }
            change.run();
            describe();
        }
        fire();
    }

    /**
     * The status line of the running watcher: its trouble, else its last change, else how it
     * watches; short, as the status line leaves it some 600 pixels. The tooltip has all of it.
     */
    private void describe() {
        Run r = run;
        int n = r.databases.size();
        String watching = r.subscription != null ? address(r.subscription.stream()) + " (relsync watch)"
                : "watching " + n + " database" + (n == 1 ? "" : "s") + " (" + String.join(" / ", new LinkedHashSet<>(r.how.values())) + ")";
        detail = r.subscription != null
                ? "Live: following the relsync watch at " + r.subscription.stream() + " for " + String.join(", ", r.databases)
                        + ". Each change it tells is synced into the model in memory as one undoable step, and not saved; "
                        + "the watch's own saves of this file are not offered for reload."
                : "Live: " + watching + ": " + String.join(", ", r.databases)
                        + ". Each change is synced into the model in memory as one undoable step, and not saved.";
        if (r.lastChange != null) {
            detail += "\n" + r.lastChange.fully();
        }
        r.ignored.values().forEach(note -> detail += "\nIgnored: " + note);
        if (!r.trouble.isEmpty()) {
            Said first = r.trouble.values().iterator().next();
            status = "Live: " + first.shortly();
            detail = first.fully() + "\n" + detail;
        } else if (!r.started) {
            status = "Live: first sync with " + String.join(", ", r.databases) + "\u2026";
        } else {
            // followed: where the changes come from, in the status line too
            status = r.lastChange == null ? "Live: " + watching
                    : (r.subscription == null ? "Live" : "Live (watch)") + "  \u00b7  " + r.lastChange.shortly();
        }
    }

    /** {@code ws://127.0.0.1:8787/events} as "ws://127.0.0.1:8787": where, in the status line's few words. */
    private static String address(URI stream) {
        return stream.getScheme() + "://" + stream.getAuthority();
    }

    /** Runs {@code task} on the UI thread; nothing once the display is gone. */
    private void onDisplay(Runnable task) {
        Display d;
        synchronized (this) {
            d = display;
        }
        if (d != null && !d.isDisposed()) {
            try {
                d.asyncExec(task);
            } catch (org.eclipse.swt.SWTException e) {
                // disposed meanwhile
            }
        }
    }

    /** Tells the listeners on the UI thread; nothing once the display is gone (the workbench closed). */
    private void fire() {
        onDisplay(() -> listeners.forEach(Runnable::run));
    }
}
