package org.relsync.live;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.relsync.db.Connections;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DdlEvents;
import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.project.ModelSyncTask;
import org.relsync.model.project.Project;
import org.relsync.model.project.SyncTask;
import org.relsync.model.relational.Database;
import org.relsync.sync.ProjectSync;
import org.relsync.sync.ReadScope;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.ReportWriter;

/**
 * Keeps a project in sync with its databases while it runs (LIVE-SPEC section 1): by the
 * server's notifications where the database's kind has {@link DdlEvents} and the database sends
 * them (PostgreSQL's event trigger, installed when the options say so), otherwise by polling each
 * database's {@link SchemaFingerprint}. {@link #run()} first syncs the project as
 * {@code relsync sync} does (so a restart loses nothing), then, for each database that
 * notified a change or whose fingerprint changed, has its {@link LiveTarget} run the project's
 * enabled tasks for that database and its enabled model tasks at once (a {@link ProjectFileTarget}:
 * through {@link ProjectSync}, locked, saved atomically, nothing saved when nothing changed). A
 * burst coalesces without a wait: the notifications that came together are one sync, and what
 * comes while a change is synced is the next one. Once the project holds the change, one event
 * with the change report goes to the {@link EventLog} ({@link Event#SCHEMA_CHANGED}), before the
 * save, so a client hears of it without waiting for the file; once the file holds it, a
 * {@link Event#PROJECT_SAVED} event follows. A save that fails after the change's event is
 * trouble like any other: the next sync starts from the file, finds the change again and sends it
 * again with the save that follows. Polled databases are read every interval from the start of
 * one round to the next (a round's own reads and syncs are not added to the interval). Such a sync reads only the
 * schemas the change touched (a {@link ReadScope}: those the notifications name, those whose
 * fingerprint changed), and all of them when that is not known (the first sync, after trouble, a
 * notification naming no schema, a kind whose fingerprint does not tell schemas apart). A
 * database that cannot be reached, or a sync that fails, is reported to the listener and tried
 * again with back-off; {@link #stop()} ends the run between two steps, never during a save.
 */
public final class SchemaWatcher {

    /** The notice of a database whose changes the server notifies (the others are polled). */
    public static final String LISTENING = "listening to the event trigger's notifications";

    private final LiveTarget target;
    private final Connections connections;
    private final WatchOptions options;
    private final EventLog log;
    private final WatchListener listener;
    private final Clock clock;
    private final Object signal = new Object();
    private volatile boolean stopped;

    /** A watcher that keeps the project {@code file} in sync and saved ({@code relsync watch}). */
    public SchemaWatcher(Path file, ProjectSync sync, Connections connections, WatchOptions options, EventLog log,
            WatchListener listener, Clock clock) {
        this(new ProjectFileTarget(file, sync), connections, options, log, listener, clock);
    }

    /** A watcher whose changes {@code target} syncs. */
    public SchemaWatcher(LiveTarget target, Connections connections, WatchOptions options, EventLog log,
            WatchListener listener, Clock clock) {
        this.target = Objects.requireNonNull(target, "target");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.options = Objects.requireNonNull(options, "options");
        this.log = Objects.requireNonNull(log, "log");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Asks {@link #run()} to return after the step it is in; callable from any thread. */
    public void stop() {
        stopped = true;
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    public boolean stopped() {
        return stopped;
    }

    /**
     * Syncs the project once, then watches until {@link #stop()}.
     *
     * @throws RuntimeException what the first sync throws (as {@code relsync sync} would), unless
     *         the target {@link LiveTarget#retriesFirstSync() retries it}; later failures are
     *         reported to the listener and retried
     */
    public void run() {
        Project project = target.project();
        List<WatchedDatabase> databases = watched(project);
        try {
            for (WatchedDatabase db : databases) {
                // before the first sync: a change during it is seen afterwards
                if (!listenIfTheServerTells(db)) {
                    poll(db);
                }
            }
            firstSync(databases);
            while (!stopped) {
                long round = System.nanoTime();
                for (WatchedDatabase db : databases) {
                    if (stopped) {
                        break;
                    }
                    watchOnce(db, project);
                }
                pause(nextWait(databases, (System.nanoTime() - round) / 1_000_000));
            }
        } finally {
            databases.forEach(WatchedDatabase::close);
        }
    }

    /**
     * Syncs every enabled task once. When that fails and the target retries it, each database is
     * reported as troubled and synced again by itself once it answers.
     */
    private void firstSync(List<WatchedDatabase> databases) {
        String all = String.join(",", names(databases));
        ChangeReport first;
        Telling telling = new Telling(all, false);
        try {
            first = target.sync(all, SyncOptions.defaults(), telling);
        } catch (RuntimeException e) {
            if (!target.retriesFirstSync()) {
                throw e;
            }
            for (WatchedDatabase db : databases) {
                db.synced = null; // polled: a sync when the fingerprint is read again
                db.resync = true; // listened to: a sync on the next round
                troubled(db, e);
            }
            return;
        }
        listener.started(first, telling.change);
    }

    /** The names of the databases a watcher of {@code project} watches: those of its enabled database tasks. */
    public static List<String> databases(Project project) {
        return names(watched(project));
    }

    /** The databases of the project's enabled database tasks, each with the names of its tasks. */
    private static List<WatchedDatabase> watched(Project project) {
        Map<Database, List<String>> tasks = new LinkedHashMap<>();
        for (SyncTask task : project.getSyncTasks()) {
            if (task instanceof DatabaseSyncTask dbTask && dbTask.isEnabled() && dbTask.getDatabase() != null) {
                tasks.computeIfAbsent(dbTask.getDatabase(), d -> new ArrayList<>()).add(dbTask.getName());
            }
        }
        List<WatchedDatabase> watched = new ArrayList<>();
        tasks.forEach((database, names) -> DatabaseKinds.find(database.getDriverId())
                .ifPresent(kind -> watched.add(new WatchedDatabase(database, kind, names))));
        return watched;
    }

    private static List<String> names(List<WatchedDatabase> databases) {
        return databases.stream().map(WatchedDatabase::name).toList();
    }

    /**
     * Reads the fingerprint as a baseline. A failure leaves it unknown (the next round then syncs
     * once more) and is not reported: the first sync, right after, fails with the reason or finds
     * the database back.
     */
    private void poll(WatchedDatabase db) {
        try {
            db.synced = db.fingerprint(connections);
        } catch (SQLException | RuntimeException e) {
            db.synced = null;
        }
    }

    /**
     * Listens to {@code db}'s schema changes where its kind has {@link org.relsync.db.DdlEvents} (installing
     * them first when asked) and the database sends them; says why not otherwise.
     */
    private boolean listenIfTheServerTells(WatchedDatabase db) {
        Optional<DdlEvents> events = db.kind.ddlEvents();
        String polling = "polling every " + options.interval().toMillis() + " ms";
        if (events.isEmpty()) {
            if (options.installTrigger()) {
                listener.notice(db.name(), db.kind.displayName() + " has no event trigger; " + polling);
            }
            return false;
        }
        try (Connection connection = connections.open(db.database)) {
            if (options.installTrigger()) {
                try {
                    events.get().install(connection);
                    listener.notice(db.name(), "event trigger installed");
                } catch (SQLException e) {
                    listener.notice(db.name(), "cannot install the event trigger (installing it needs a superuser): "
                            + Connections.reason(e) + "; " + polling);
                    return false;
                }
            }
            if (!events.get().installed(connection)) {
                listener.notice(db.name(), "no event trigger in this database (relsync watch --install-trigger installs "
                        + "it, as a superuser); " + polling);
                return false;
            }
            db.listen(connections, events.get());
            listener.notice(db.name(), LISTENING);
            return true;
        } catch (SQLException | RuntimeException e) {
            listener.notice(db.name(), "cannot listen to the event trigger: " + message(e) + "; " + polling);
            db.events = null;
            return false;
        }
    }

    private void watchOnce(WatchedDatabase db, Project project) {
        if (db.listening()) {
            listenOnce(db, project);
        } else {
            pollOnce(db, project);
        }
    }

    /**
     * Waits for the server's notifications and syncs what they name at once, with whatever else
     * the server had sent by then (a transaction's statements notify together at its commit); what
     * comes during the sync is the next change.
     */
    private void listenOnce(WatchedDatabase db, Project project) {
        try {
            List<DdlEvents.Affected> named = new ArrayList<>(db.await(connections, (int) options.interval().toMillis()));
            if (db.backoff > 0) {
                db.backoff = 0;
                listener.recovered(db.name());
            }
            if (named.isEmpty() && !db.resync) {
                return;
            }
            List<DdlEvents.Affected> more;
            while (!stopped && !(more = db.await(connections, 1)).isEmpty()) {
                named.addAll(more); // more of the same burst, already here
            }
            // after a lost connection (or a failed sync) nobody knows what changed: everything
            ReadScope scope = db.resync ? db.scope(Optional.empty()) : db.scope(named);
            db.resync = true; // until the sync succeeds
            syncAndTell(db, project, scope);
            db.resync = false;
        } catch (SQLException | RuntimeException e) {
            troubled(db, e);
        }
    }

    private void pollOnce(WatchedDatabase db, Project project) {
        try {
            SchemaFingerprint now = db.fingerprint(connections);
            if (db.backoff > 0) {
                db.backoff = 0;
                listener.recovered(db.name());
            }
            if (now.equals(db.synced)) {
                return;
            }
            // at once: what changes during the sync (the rest of a script) is the next round's change;
            // the schemas whose fingerprint changed since the last sync, all of them before the first
            syncAndTell(db, project, db.scope(db.synced == null ? Optional.empty() : now.changedSince(db.synced)));
            db.synced = now;
        } catch (SQLException | RuntimeException e) {
            troubled(db, e); // never a crash: the file is as it was, and the next round tries again
        }
    }

    /**
     * Syncs {@code db}'s tasks and the model tasks, reading {@code scope} of it; a report with
     * changes becomes the next event.
     */
    private void syncAndTell(WatchedDatabase db, Project project, ReadScope scope) {
        target.sync(db.name(), changeOptions(project, List.of(db.name()), scope), new Telling(db.name(), true));
    }

    /**
     * A sync's events: the change's, once the project holds it (told to the listener as a change
     * when {@code tell}; the first sync's is told as its start), and the saved one after it.
     */
    private final class Telling implements LiveTarget.Progress {
        private final String subject;
        private final boolean tell;
        /** The change's event; null while none was sent. */
        Event change;

        Telling(String subject, boolean tell) {
            this.subject = subject;
            this.tell = tell;
        }

        @Override
        public void synced(ChangeReport report) {
            if (report.hasChanges()) {
                change = log.append(Event.SCHEMA_CHANGED, clock.instant(), subject, ReportWriter.changeJson(report));
                if (tell) {
                    listener.changed(change, report);
                }
            }
        }

        @Override
        public void saved() {
            if (change != null) {
                listener.saved(log.append(Event.PROJECT_SAVED, clock.instant(), subject,
                        "{\"change\":" + change.sequence() + "}"));
            }
        }
    }

    /**
     * The options a change of {@code databases} is synced with: their enabled database tasks and
     * the project's enabled model tasks, reading {@code scope}, no backup (what the
     * watcher, and a {@link WatchSubscription}, runs for a change).
     */
    public static SyncOptions changeOptions(Project project, java.util.Collection<String> databases, ReadScope scope) {
        SyncOptions.Builder change = SyncOptions.builder().backup(false).scope(scope);
        for (SyncTask task : project.getSyncTasks()) {
            if (task.isEnabled() && (task instanceof ModelSyncTask || task instanceof DatabaseSyncTask dbTask
                    && dbTask.getDatabase() != null && databases.contains(dbTask.getDatabase().getName()))) {
                change.task(task.getName());
            }
        }
        return change.build();
    }

    private void troubled(WatchedDatabase db, Exception e) {
        db.backoff = options.backoffAfter(db.backoff);
        listener.trouble(db.name(), message(e), db.backoff);
    }

    private static String message(Exception e) {
        String message = e instanceof SQLException sql ? Connections.reason(sql) : e.getMessage();
        return message == null ? e.toString() : message;
    }

    /**
     * The longest back-off of a database that is away; else nothing when a database is listened
     * to (its wait for notifications is the pause), else what is left of the interval after a
     * round that took {@code spent} ms: rounds start an interval apart.
     */
    private long nextWait(List<WatchedDatabase> databases, long spent) {
        long backoff = 0;
        boolean listening = false;
        for (WatchedDatabase db : databases) {
            backoff = Math.max(backoff, db.backoff);
            listening |= db.listening();
        }
        return backoff > 0 ? backoff : listening ? 0 : Math.max(0, options.interval().toMillis() - spent);
    }

    private void pause(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        synchronized (signal) {
            while (!stopped) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return;
                }
                try {
                    signal.wait(left);
                } catch (InterruptedException e) {
                    stopped = true;
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
