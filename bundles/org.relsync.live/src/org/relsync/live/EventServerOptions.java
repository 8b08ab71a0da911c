package org.relsync.live;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how an {@link EventServer} serves.
 *
 * @param bind  the address it listens on: loopback unless a reverse proxy with TLS is in front
 * @param port  its TCP port; 0 chooses a free one ({@link EventServer#port()} tells which)
 * @param token the bearer token every connection must present (never shown)
 * @param queue how many events may wait for one subscriber's socket before it is cut off as too slow
 * @param grace how long a cut-off subscriber's socket gets to take the close message before it is
 *              dropped
 */
public record EventServerOptions(InetAddress bind, int port, String token, int queue, Duration grace) {

    /** The default queue of each subscriber: as many events as {@code relsync watch} keeps. */
    public static final int DEFAULT_QUEUE = 1024;

    public EventServerOptions {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(grace, "grace");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (token.isEmpty()) {
            throw new IllegalArgumentException("the token is empty");
        }
        if (queue < 1) {
            throw new IllegalArgumentException("queue " + queue + " < 1");
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace " + grace + " is negative");
        }
    }

    /** Loopback, port {@code port}, the default queue, 5 s of grace. */
    public static EventServerOptions loopback(int port, String token) {
        return new EventServerOptions(InetAddress.getLoopbackAddress(), port, token, DEFAULT_QUEUE, Duration.ofSeconds(5));
    }

    /** These options listening on {@code address}. */
    public EventServerOptions bind(InetAddress address) {
        return new EventServerOptions(address, port, token, queue, grace);
    }

    /** These options with a queue of {@code events} per subscriber. */
    public EventServerOptions queue(int events) {
        return new EventServerOptions(bind, port, token, events, grace);
    }

    /** These options with {@code value} of grace for a cut-off subscriber. */
    public EventServerOptions grace(Duration value) {
        return new EventServerOptions(bind, port, token, queue, value);
    }

    @Override
    public String toString() { // the token is never shown
        return "EventServerOptions[bind=" + bind + ", port=" + port + ", queue=" + queue + ", grace=" + grace + "]";
    }
}
