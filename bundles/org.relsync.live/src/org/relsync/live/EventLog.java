package org.relsync.live;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A stream's recent events, in memory and bounded: appending numbers events 1, 2, 3, ... without
 * gaps, and drops the oldest beyond the capacity. A subscriber resumes with {@link #since(long)}:
 * every event after the one it saw last, or, when those are no longer kept, the word to reload.
 * Thread-safe.
 */
public final class EventLog {

    /** What {@link #since(long)} found: the events after the given number, or that some are gone. */
    public record Since(List<Event> events, boolean reload) {
        public Since {
            events = List.copyOf(events);
        }
    }

    private final String stream = UUID.randomUUID().toString();
    private final String source;
    private final int capacity;
    private final ArrayDeque<Event> events = new ArrayDeque<>();
    private long last;

    /**
     * @param source   the CloudEvents {@code source} of the stream's events
     * @param capacity how many recent events are kept (at least 1)
     */
    public EventLog(String source, int capacity) {
        this.source = Objects.requireNonNull(source, "source");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " < 1");
        }
        this.capacity = capacity;
    }

    /** The CloudEvents {@code source} of the stream's events. */
    public String source() {
        return source;
    }

    /** The id of this stream, the first part of every event id. */
    public String stream() {
        return stream;
    }

    /** Adds the next event of the stream and returns it. */
    public synchronized Event append(String type, Instant time, String subject, String data) {
        long sequence = last + 1;
        Event event = new Event(sequence, stream + "-" + sequence, source, type, time, subject, data);
        events.addLast(event);
        if (events.size() > capacity) {
            events.removeFirst();
        }
        last = sequence;
        notifyAll();
        return event;
    }

    /** The sequence number of the newest event, 0 before the first. */
    public synchronized long last() {
        return last;
    }

    /**
     * The events after number {@code sequence} (0: from the first), oldest first; {@code reload}
     * when some of them are no longer kept (or {@code sequence} is beyond the newest).
     */
    public synchronized Since since(long sequence) {
        if (sequence < 0 || sequence > last) {
            return new Since(List.of(), true);
        }
        Event oldest = events.peekFirst();
        if (oldest != null && oldest.sequence() > sequence + 1) {
            return new Since(List.of(), true);
        }
        List<Event> after = new ArrayList<>();
        for (Event e : events) {
            if (e.sequence() > sequence) {
                after.add(e);
            }
        }
        return new Since(after, false);
    }

    /** Waits up to {@code millis} for an event after {@code sequence}; returns whether there is one. */
    public synchronized boolean await(long sequence, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (last <= sequence) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
