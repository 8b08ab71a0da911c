package org.relsync.live;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * Serves an {@link EventLog} as a WebSocket stream at {@code ws://HOST:PORT/events} (LIVE-SPEC
 * section 3), on Jetty's own WebSocket API without servlets. Every connection presents the bearer
 * token ({@code Authorization: Bearer TOKEN}, or {@code ?access_token=TOKEN} for browsers, which
 * cannot set headers), compared in constant time; without it the upgrade is refused with HTTP 401
 * and nothing is sent. Each text frame is one event, exactly {@link Event#toJson()}.
 * {@code ?since=N} first sends every kept event after N, then the live ones, in order, none twice;
 * when those are no longer kept, or {@code &stream=ID} names another stream than the log's (the
 * numbers of an earlier run of the watcher), it sends one {@link StreamControl#RELOAD} message
 * instead. Without {@code since} a subscriber gets the events from now on. {@code ?database=A,B}
 * and {@code ?type=T,U} subscribe to some of the events only ({@link EventFilter}).
 *
 * <p>One fan-out thread waits on the log and offers each new event to every {@link Subscriber}'s
 * bounded queue; nothing waits for a socket, so neither the watcher nor the other subscribers are
 * delayed by a slow one, which is cut off with its resume point when its queue is full.
 */
public final class EventServer implements AutoCloseable {

    /** The path of the stream. */
    public static final String PATH = "/events";

    private final EventLog log;
    private final EventServerOptions options;
    private final Clock clock;
    private final Server jetty;
    private final ServerConnector connector;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Thread fanOut;
    private final byte[] token;
    /** The newest event offered to the subscribers; guarded by this. */
    private long offered;
    private volatile boolean closed;

    private EventServer(EventLog log, EventServerOptions options, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.token = options.token().getBytes(StandardCharsets.UTF_8);
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("relsync-events");
        threads.setDaemon(true);
        jetty = new Server(threads);
        connector = new ServerConnector(jetty, 1, 1);
        connector.setHost(options.bind().getHostAddress());
        connector.setPort(options.port());
        jetty.addConnector(connector);
        jetty.setStopTimeout(1000);
        jetty.setHandler(WebSocketUpgradeHandler.from(jetty, container -> {
            container.setIdleTimeout(java.time.Duration.ZERO); // a quiet stream is not a dead one
            container.addMapping(PATH, this::upgrade);
        }));
        fanOut = new Thread(this::fanOut, "relsync events fan-out");
        fanOut.setDaemon(true);
    }

    /**
     * Starts serving {@code log}, from its newest event on.
     *
     * @throws IOException when the address cannot be listened on (the port is taken, the address
     *         is not this machine's)
     */
    public static EventServer start(EventLog log, EventServerOptions options) throws IOException {
        EventServer server = new EventServer(log, options, Clock.systemUTC());
        synchronized (server) {
            server.offered = log.last();
        }
        try {
            server.jetty.start();
        } catch (IOException e) {
            server.close();
            throw e;
        } catch (Exception e) {
            server.close();
            throw new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
        server.fanOut.start();
        return server;
    }

    /** The port it listens on (the one chosen when the options asked for 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The stream's address, {@code ws://HOST:PORT/events}. */
    public URI uri() {
        String host = options.bind().getHostAddress();
        return URI.create("ws://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + PATH);
    }

    /** How many subscribers are connected (and not being cut off). */
    public int subscribers() {
        return subscribers.size();
    }

    /** Closes every connection (going away, with its resume point) and stops listening. */
    @Override
    public void close() {
        closed = true; // the fan-out sees it within one wait; not interrupted, as it may be writing to a socket
        for (Subscriber s : subscribers) {
            s.cutOff(StatusCode.SHUTDOWN, "server stopping; resume with since=");
        }
        try {
            jetty.stop();
        } catch (Exception e) {
            // stopping is best effort: the sockets close with the process at the latest
        }
        try {
            fanOut.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Checks the token and {@code since}, and makes the connection's {@link Subscriber}; else refuses it. */
    private Object upgrade(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        Fields query = Request.extractQueryParameters(request);
        if (!authorized(request.getHeaders().get(HttpHeader.AUTHORIZATION), query.getValue("access_token"))) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"relsync\"");
            Response.writeError(request, response, callback, HttpStatus.UNAUTHORIZED_401);
            return null;
        }
        long since = -1;
        String asked = query.getValue("since");
        if (asked != null) {
            try {
                since = Long.parseLong(asked);
            } catch (NumberFormatException e) {
                since = -2;
            }
            if (since < 0) {
                Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400,
                        "since is a sequence number (0 or more)");
                return null;
            }
        }
        String stream = query.getValue("stream");
        boolean sameStream = stream == null || stream.equals(log.stream());
        EventFilter filter = EventFilter.of(query.getValue("database"), query.getValue("type"));
        return new Subscriber(this, since, sameStream, filter, options.queue(), options.grace().toMillis(),
                jetty.getScheduler());
    }

    /** Whether the header {@code Bearer TOKEN} or the query's token is the token, compared in constant time. */
    private boolean authorized(String header, String queryToken) {
        String presented = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented = header.substring(7).trim();
        } else if (queryToken != null) {
            presented = queryToken;
        }
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), token);
    }

    /**
     * A new connection: catches it up from {@code since} (-1: from now on) with everything offered
     * (or tells it to reload when those are gone, or its numbers are another stream's)
     * so far, then it is among those the fan-out offers to. The same lock as the fan-out's, so
     * that nothing falls between the two.
     */
    synchronized void subscribe(Subscriber subscriber, long since, boolean sameStream) {
        if (closed) {
            subscriber.cutOff(StatusCode.SHUTDOWN, "server stopping; resume with since=");
            return;
        }
        if (since < 0) {
            subscriber.startAfter(offered);
        } else {
            EventLog.Since kept = log.since(since);
            if (kept.reload() || !sameStream) {
                subscriber.startAfter(offered);
                subscriber.control(StreamControl.reload(log.source(), log.stream(), since, offered, clock.instant()));
            } else {
                subscriber.startAfter(since);
                for (Event e : kept.events()) {
                    if (e.sequence() <= offered && subscriber.wants(e)) {
                        subscriber.offer(e.sequence(), e.toJson(), true);
                    }
                }
            }
        }
        subscribers.add(subscriber);
    }

    void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /** Waits on the log and offers each new event, as JSON once, to every subscriber. */
    private void fanOut() {
        try {
            while (!closed) {
                long from;
                synchronized (this) {
                    from = offered;
                }
                if (!log.await(from, 200)) {
                    continue;
                }
                EventLog.Since next = log.since(from);
                synchronized (this) {
                    if (next.reload()) {
                        // more events came than the log keeps while this thread waited for the CPU:
                        // everybody resumes from what they have, and is told to reload if need be
                        offered = log.last();
                        subscribers.forEach(s -> s.cutOff(StatusCode.TRY_AGAIN_LATER, "fell behind; resume with since="));
                        continue;
                    }
                    for (Event e : next.events()) {
                        String json = e.toJson();
                        for (Subscriber s : subscribers) {
                            if (s.wants(e)) {
                                s.offer(e.sequence(), json, false);
                            }
                        }
                        offered = e.sequence();
                    }
                }
            }
        } catch (InterruptedException e) {
            // closed
        }
    }
}
