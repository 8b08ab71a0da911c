package org.relsync.live;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One event of a watch stream, in the shape of a CloudEvents 1.0 event (JSON format) with the
 * {@code sequence} extension: the stream's gapless sequence number, starting at 1.
 *
 * @param sequence the event's place in its stream: 1, 2, 3, ... without gaps
 * @param id       unique across streams: the stream's id and the sequence number
 * @param source   what the event comes from: the watched project ({@code urn:relsync:project:NAME})
 * @param type     what happened: {@link #SCHEMA_CHANGED} or {@link #PROJECT_SAVED} (row events later)
 * @param time     when it happened: the model holds the change, the file holds it
 * @param subject  the database whose schema changed (its name in the project), the databases
 *                 (comma-separated) for a change several of them made
 * @param data     the event's data as JSON: for schema events the sync's change report
 *                 ({@code relsync sync --report json}); for a saved event {@code {"change": N}},
 *                 the sequence number of the change the file now holds
 */
public record Event(long sequence, String id, String source, String type, Instant time, String subject, String data) {

    /** The type of an event that says a database's schema changed and the model followed. */
    public static final String SCHEMA_CHANGED = "org.relsync.schema.changed";

    /**
     * The type of the event that follows a {@link #SCHEMA_CHANGED} event once the project file
     * holds that change: the change is sent as soon as the model holds it, before the save, and
     * this one says the file was replaced (a follower that reads the file waits for it).
     */
    public static final String PROJECT_SAVED = "org.relsync.project.saved";

    public Event {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence " + sequence + " < 1");
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }

    /** The event as one line of CloudEvents 1.0 structured JSON. */
    public String toJson() {
        return envelope(id, source, type, time, subject, sequence, JsonParser.parseString(data)).toString();
    }

    /**
     * The event {@link #toJson()} wrote (as a subscriber receives it).
     *
     * @throws IllegalArgumentException when {@code json} is not an event of the stream (a control
     *         message, another envelope, no JSON)
     */
    public static Event fromJson(String json) {
        try {
            JsonObject event = JsonParser.parseString(json).getAsJsonObject();
            return new Event(event.get("sequence").getAsLong(), event.get("id").getAsString(),
                    event.get("source").getAsString(), event.get("type").getAsString(),
                    Instant.parse(event.get("time").getAsString()), event.get("subject").getAsString(),
                    event.get("data").toString());
        } catch (RuntimeException e) { // not JSON, a member missing or of another type, no instant
            throw new IllegalArgumentException("not an event of the stream: " + e.getMessage(), e);
        }
    }

    /**
     * The CloudEvents 1.0 JSON envelope of the stream's messages, events and control messages
     * alike; {@code sequence} 0 leaves the extension out (a control message is no event).
     */
    static JsonObject envelope(String id, String source, String type, Instant time, String subject, long sequence,
            JsonElement data) {
        JsonObject json = new JsonObject();
        json.addProperty("specversion", "1.0");
        json.addProperty("id", id);
        json.addProperty("source", source);
        json.addProperty("type", type);
        json.addProperty("time", DateTimeFormatter.ISO_INSTANT.format(time));
        json.addProperty("subject", subject);
        if (sequence > 0) {
            json.addProperty("sequence", sequence);
        }
        json.addProperty("datacontenttype", "application/json");
        json.add("data", data);
        return json;
    }
}
