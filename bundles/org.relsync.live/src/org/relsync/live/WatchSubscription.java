package org.relsync.live;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.relsync.sync.ReadScope;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.report.ChangeReport;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Follows a running {@code relsync watch}'s event stream (LIVE-SPEC section 3) instead of watching
 * the databases itself: the detection is the watch's, the sync is the {@link LiveTarget}'s, as a
 * {@link SchemaWatcher}'s would be. {@link #connect()} opens the stream (or says why not: refused,
 * unreachable); {@link #run()} then syncs every watched database once, and, for each schema event,
 * the database it names ({@link Event#subject()}) with its tasks and the model tasks, reading only
 * the schemas the event's change report names ({@link SchemaWatcher#changeOptions}). A database
 * the project does not watch is a {@link WatchListener#notice}; a reload message, or a
 * reconnection that has no number to resume from, is a sync of every database. A lost stream is
 * {@link WatchListener#trouble trouble} under the stream's address and is connected again with
 * back-off, resuming after the last event received ({@code since} and {@code stream}), so nothing
 * is lost; a database whose sync fails is synced whole again with back-off.
 */
public final class WatchSubscription {

    private final URI stream;
    private final String token;
    private final LiveTarget target;
    private final WatchListener listener;
    private final WatchOptions options;
    private final CountDownLatch stopping = new CountDownLatch(1);
    /** The databases whose last sync failed: read whole at the next attempt. */
    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    /** What the stream brought, for {@link #run()}'s thread. */
    private final BlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private volatile EventClient client;
    private volatile boolean stopped;
    private volatile long retryAt;
    private volatile long backoff;

    /**
     * @param stream  the watch's stream, {@code ws://HOST:PORT/events}
     * @param token   the bearer token the watch asks for
     * @param options the back-off (from {@link WatchOptions#interval()} to {@link WatchOptions#maxBackoff()})
     */
    public WatchSubscription(URI stream, String token, LiveTarget target, WatchListener listener, WatchOptions options) {
        this.stream = Objects.requireNonNull(stream, "stream");
        this.token = Objects.requireNonNull(token, "token");
        this.target = Objects.requireNonNull(target, "target");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.options = Objects.requireNonNull(options, "options");
    }

    public URI stream() {
        return stream;
    }

    /**
     * Opens the stream: empty once the watch accepted the connection (its events from now on are
     * received; call {@link #run()}), else why not ("refused (HTTP 401): ...", "cannot connect").
     */
    public CompletableFuture<Optional<String>> connect() {
        EventClient opening = EventClient.connect(stream, OptionalLong.empty(), token, new Receiver());
        client = opening;
        return answer(opening);
    }

    private static CompletableFuture<Optional<String>> answer(EventClient opening) {
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        opening.opened().thenRun(() -> answer.complete(Optional.empty()));
        opening.ended().thenAccept(ending -> answer.complete(Optional.of(ending.message())));
        return answer;
    }

    /** Ends {@link #run()} after the sync under way; callable from any thread. */
    public void stop() {
        stopped = true;
        EventClient open = client;
        if (open != null) {
            open.close();
        }
        stopping.countDown();
    }

    /** After {@link #connect()} succeeded: syncs every database once, then follows the stream until {@link #stop()}. */
    public void run() {
        EventClient current = Objects.requireNonNull(client, "connect() first");
        boolean whole = true;
        try {
            while (!stopped) {
                if (whole) {
                    syncAll();
                }
                EventClient.Ending ending = follow(current);
                if (stopped || ending.reason() == EventClient.Reason.CLOSED) {
                    return;
                }
                current = reconnect(ending);
                // without a number to resume from, what came meanwhile is unknown: everything is read again
                whole = ending.resume().isEmpty();
            }
        } finally {
            if (client != null) {
                client.close();
            }
        }
    }

    /**
     * Syncs what the stream brings until it ends, trying the failed databases again meanwhile; on
     * this thread, not the client's (a sync reads the databases as the watcher's thread would).
     */
    private EventClient.Ending follow(EventClient current) {
        while (true) {
            try {
                Runnable next = inbox.poll(options.interval().toMillis(), TimeUnit.MILLISECONDS);
                if (next != null) {
                    if (!stopped) {
                        next.run();
                    }
                } else if (current.ended().isDone()) {
                    return current.ended().join(); // every message it brought is handled
                } else if (stopped) {
                    current.close();
                } else if (!failed.isEmpty() && System.nanoTime() - retryAt >= 0) {
                    List<String> again = List.copyOf(failed);
                    sync(again, SchemaWatcher.changeOptions(target.project(), again, ReadScope.everything()), null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
                current.close();
            }
        }
    }

    /** Connects again, with back-off, until the stream is open again (or stopped: then the last attempt). */
    private EventClient reconnect(EventClient.Ending lost) {
        EventClient.Ending ending = lost;
        long wait = 0;
        while (true) {
            wait = options.backoffAfter(wait);
            listener.trouble(stream.toString(), ending.message(), wait);
            pause(wait);
            // the resume point of the stream as first lost: a failed attempt received nothing
            EventClient attempt = EventClient.connect(stream, lost.resume(), lost.stream().orElse(null), token, new Receiver());
            client = attempt;
            if (stopped) {
                attempt.close();
                return attempt;
            }
            try {
                Optional<String> refused = answer(attempt).get();
                if (refused.isEmpty()) {
                    listener.recovered(stream.toString());
                    return attempt;
                }
                ending = attempt.ended().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
                attempt.close();
                return attempt;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Every watched database, every enabled task: as a watcher's first sync. */
    private void syncAll() {
        List<String> all = SchemaWatcher.databases(target.project());
        if (!all.isEmpty()) {
            sync(all, SyncOptions.builder().backup(false).build(), null);
        }
    }

    /** Schema event {@code event}: its databases that this project watches, in the schemas its report names. */
    private void changed(Event event) {
        List<String> watched = SchemaWatcher.databases(target.project());
        List<String> ours = new ArrayList<>();
        for (String name : event.subject().split(",")) {
            if (watched.contains(name.strip())) {
                ours.add(name.strip());
            } else {
                listener.notice(name.strip(), "event #" + event.sequence() + " ignored: no enabled database task of this "
                        + "project reads a database of that name");
            }
        }
        if (ours.isEmpty()) {
            return;
        }
        ReadScope scope = ReadScope.everything();
        Map<String, Set<String>> named = schemasOf(event.data());
        for (String database : ours) {
            Set<String> schemas = named.get(database);
            if (schemas != null && !failed.contains(database)) { // after a failure nobody knows what changed: all of it
                scope = scope.limit(database, schemas);
            }
        }
        sync(ours, SchemaWatcher.changeOptions(target.project(), ours, scope), event);
    }

    /**
     * Syncs {@code databases} with {@code options}: told as {@code event}'s change, or as a first
     * sync without one; a failure is trouble, tried again with back-off.
     */
    private void sync(List<String> databases, SyncOptions options, Event event) {
        ChangeReport report;
        try {
            report = target.sync(String.join(",", databases), options);
        } catch (RuntimeException e) {
            backoff = this.options.backoffAfter(backoff);
            retryAt = System.nanoTime() + backoff * 1_000_000;
            failed.addAll(databases);
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            databases.forEach(database -> listener.trouble(database, message, backoff));
            return;
        }
        backoff = 0;
        for (String database : databases) {
            if (failed.remove(database)) {
                listener.recovered(database);
            }
        }
        if (event == null) {
            listener.started(report, null);
        } else {
            listener.changed(event, report);
        }
    }

    /**
     * The schemas a change report ({@code relsync sync --report json}) names, per database: those
     * of its scopes that are schema paths ({@code main/SHOP/PUBLIC}); none for a report that cannot
     * be read.
     */
    static Map<String, Set<String>> schemasOf(String report) {
        Map<String, Set<String>> schemas = new LinkedHashMap<>();
        try {
            JsonElement scopes = JsonParser.parseString(report).getAsJsonObject().get("scopes");
            if (scopes == null || !scopes.isJsonArray()) {
                return schemas;
            }
            for (JsonElement item : scopes.getAsJsonArray()) {
                String[] path = item.getAsJsonObject().get("scope").getAsString().split("/", 3);
                if (path.length == 3) {
                    schemas.computeIfAbsent(path[0], d -> new LinkedHashSet<>()).add(path[2]);
                }
            }
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            schemas.clear(); // not known: every schema is read
        }
        return schemas;
    }

    /** Waits {@code millis}, or less when stopped meanwhile. */
    private void pause(long millis) {
        try {
            stopping.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            stopped = true;
            Thread.currentThread().interrupt();
        }
    }

    /** What the stream brings, on the client's thread, one at a time: handed to {@link #run()}'s thread. */
    private final class Receiver implements EventClient.Listener {

        @Override
        public void event(long sequence, String json) {
            if (stopped) {
                return;
            }
            Event event;
            try {
                event = Event.fromJson(json);
            } catch (IllegalArgumentException e) {
                listener.notice(stream.toString(), "event #" + sequence + " ignored: " + e.getMessage());
                return;
            }
            if (Event.SCHEMA_CHANGED.equals(event.type())) {
                inbox.add(() -> changed(event));
            } else if (Event.PROJECT_SAVED.equals(event.type())) {
                inbox.add(() -> listener.saved(event)); // after the change it names is synced here
            }
        }

        @Override
        public void reload(long last, String json) {
            inbox.add(WatchSubscription.this::syncAll); // the events missed are no longer kept: everything is read again
        }
    }
}
