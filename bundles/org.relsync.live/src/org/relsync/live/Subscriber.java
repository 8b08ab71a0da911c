package org.relsync.live;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

/**
 * One connection of an {@link EventServer}: its own bounded queue, and one message at a time handed
 * to its socket with Jetty's asynchronous send, so that whoever offers an event (the server's
 * fan-out thread) never waits for this socket. When the queue is full the subscriber is cut off: a
 * close with {@link StatusCode#POLICY_VIOLATION} and the reason {@code since=N}, where N is the
 * last event its socket took whole; a socket that does not even take the close is dropped after
 * the grace. Public only because Jetty calls its listener methods reflectively; the server makes
 * them.
 */
public final class Subscriber implements Session.Listener.AutoDemanding {

    /** A message waiting for the socket: an event ({@code sequence} at least 1) or a control message (0). */
    private record Outgoing(long sequence, String json) {
    }

    private final EventServer server;
    private final long since;
    private final boolean sameStream;
    private final EventFilter filter;
    private final int limit;
    private final long graceMillis;
    private final Scheduler scheduler;
    private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();
    private Session session;
    /** The newest event queued (events up to it are not queued again). */
    private long cursor;
    /** The newest event the socket took whole: the resume point. */
    private long delivered;
    private boolean sending;
    private boolean looping;
    private boolean closed;
    /** Set when cut off: the close to send once the message on its way is taken. */
    private int closeCode;
    private String closeReason;

    /**
     * @param since      the {@code since} asked for, or -1 for the live events only
     * @param sameStream whether the stream the subscriber names (if any) is the server's
     * @param filter     the events it asked for
     */
    Subscriber(EventServer server, long since, boolean sameStream, EventFilter filter, int limit, long graceMillis,
            Scheduler scheduler) {
        this.server = server;
        this.since = since;
        this.sameStream = sameStream;
        this.filter = filter;
        this.limit = limit;
        this.graceMillis = graceMillis;
        this.scheduler = scheduler;
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        synchronized (this) {
            session = opened;
        }
        server.subscribe(this, since, sameStream);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        synchronized (this) {
            closed = true;
            queue.clear();
        }
        server.unsubscribe(this);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        onWebSocketClose(StatusCode.ABNORMAL, String.valueOf(cause));
    }

    /** Whether {@code event} is one this subscriber asked for. */
    boolean wants(Event event) {
        return filter.matches(event);
    }

    /** Starts after event {@code last}: events up to it are neither queued nor the resume point's concern. */
    synchronized void startAfter(long last) {
        cursor = last;
        delivered = last;
    }

    /** Queues a control message, which carries no sequence number. */
    void control(String json) {
        synchronized (this) {
            if (closed) {
                return;
            }
            queue.addLast(new Outgoing(0, json));
        }
        sendNext();
    }

    /**
     * Queues event {@code sequence} unless it is queued already; {@code backlog} events (the
     * catching up on connect) do not count against the limit, live ones do.
     */
    void offer(long sequence, String json, boolean backlog) {
        boolean overflow;
        synchronized (this) {
            if (closed || sequence <= cursor) {
                return;
            }
            overflow = !backlog && queue.size() >= limit;
            if (!overflow) {
                queue.addLast(new Outgoing(sequence, json));
                cursor = sequence;
            }
        }
        if (overflow) {
            cutOff(StatusCode.POLICY_VIOLATION, "too slow; resume with since=");
        } else {
            sendNext();
        }
    }

    /**
     * Closes the connection with {@code code} and a reason that ends with the resume point, once
     * the message on its way (if any) is taken, so that the point is exact; a socket that takes
     * neither within the grace is dropped.
     */
    void cutOff(int code, String reason) {
        Session closing;
        boolean now;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            closing = session;
            if (closing == null) {
                return;
            }
            closeCode = code;
            closeReason = reason;
            now = !sending;
        }
        server.unsubscribe(this);
        if (now) {
            sendClose();
        }
        scheduler.schedule(() -> {
            if (closing.isOpen()) {
                closing.disconnect();
            }
        }, graceMillis, TimeUnit.MILLISECONDS);
    }

    private void sendClose() {
        Session closing;
        String reason;
        synchronized (this) {
            closing = session;
            reason = closeReason + delivered;
        }
        closing.close(closeCode, reason, Callback.NOOP);
    }

    /**
     * Hands the next message to the socket unless one is on its way. One loop at a time: a send
     * that completes at once (its callback on this thread) is followed by the next in the loop,
     * not by recursion.
     */
    private void sendNext() {
        synchronized (this) {
            if (looping) {
                return;
            }
            looping = true;
        }
        while (true) {
            Outgoing next;
            Session to;
            synchronized (this) {
                if (sending || closed || queue.isEmpty()) {
                    looping = false;
                    return;
                }
                next = queue.pollFirst();
                sending = true;
                to = session;
            }
            to.sendText(next.json(), Callback.from(() -> sent(next), this::onWebSocketError));
        }
    }

    private void sent(Outgoing message) {
        boolean close;
        synchronized (this) {
            sending = false;
            if (message.sequence() > 0) {
                delivered = message.sequence();
            }
            close = closeReason != null;
        }
        if (close) {
            sendClose();
        } else {
            sendNext();
        }
    }
}
