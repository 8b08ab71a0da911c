package org.relsync.live;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SchemaWatcher} watches.
 *
 * @param interval       how often each polled database's catalog fingerprint is read (from the
 *                       start of one round to the next); a changed one is synced at once
 * @param maxBackoff     the longest wait between attempts to reach a database that went away
 *                       (the wait starts at the interval and doubles)
 * @param installTrigger install the database's event trigger first where its kind has one
 *                       (PostgreSQL, as a superuser); without it, a database that has the trigger
 *                       already is listened to, the others polled
 */
public record WatchOptions(Duration interval, Duration maxBackoff, boolean installTrigger) {

    /** The default poll interval, 250 ms (LIVE-SPEC section 5). */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(250);

    public WatchOptions {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval " + interval + " is not positive");
        }
    }

    /** Polling every {@code interval}, waiting at most 5 s between attempts to reconnect, no trigger installed. */
    public static WatchOptions every(Duration interval) {
        return new WatchOptions(interval, Duration.ofSeconds(5).compareTo(interval) > 0 ? Duration.ofSeconds(5) : interval,
                false);
    }

    /**
     * The wait before the next attempt to reach what is away, after a wait of {@code last} ms (0:
     * the first attempt): the interval, then doubling, up to {@link #maxBackoff()} (never below
     * the interval).
     */
    public long backoffAfter(long last) {
        long first = interval.toMillis();
        return Math.min(last == 0 ? first : last * 2, Math.max(first, maxBackoff.toMillis()));
    }

    /** These options, installing the event trigger or not. */
    public WatchOptions installTrigger(boolean value) {
        return new WatchOptions(interval, maxBackoff, value);
    }
}
