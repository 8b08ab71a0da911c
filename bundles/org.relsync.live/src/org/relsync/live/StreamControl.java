package org.relsync.live;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.google.gson.JsonObject;

/**
 * The event stream's control messages: CloudEvents in the same JSON envelope as the {@link Event}s,
 * but no part of the stream (they carry no {@code sequence}). One so far: {@link #RELOAD}, sent
 * instead of the events a subscriber asked for with {@code since} when they are no longer kept
 * (or never were: a number from an earlier run of the watcher); its data says which number to go
 * on from ({@code last}) once the subscriber has read the project afresh. The live events follow.
 */
public final class StreamControl {

    /** The type of the message that says: reload the project, then go on after {@code data.last}. */
    public static final String RELOAD = "org.relsync.stream.reload";

    private StreamControl() {
    }

    /**
     * The reload message of stream {@code stream} (of {@code source}), for a subscriber that asked
     * for the events after {@code since}, as one line of JSON.
     */
    public static String reload(String source, String stream, long since, long last, Instant time) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stream, "stream");
        JsonObject data = new JsonObject();
        data.addProperty("since", since);
        data.addProperty("last", last);
        data.addProperty("stream", stream);
        JsonObject json = Event.envelope(stream + "-reload-" + UUID.randomUUID(), source, RELOAD, time, stream, 0, data);
        return json.toString();
    }
}
