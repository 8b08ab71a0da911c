package org.relsync.live;

import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A subscriber of an {@link EventServer}'s stream, on the JDK's own WebSocket client: connects
 * with the bearer token and {@code since}, hands each event (its JSON as received, and its
 * sequence number) and each reload message to a {@link Listener}, one at a time, in order, and
 * says how the stream ended ({@link #ended()}) with the number to resume from.
 */
public final class EventClient implements AutoCloseable {

    /** What the stream brings; called on the client's thread, one call at a time. */
    public interface Listener {

        /** Event {@code sequence} arrived; {@code json} is exactly the text the server sent. */
        void event(long sequence, String json);

        /**
         * The events after the {@code since} asked for are no longer kept (or are from another run
         * of the watcher): the project should be read again; the live events after {@code last}
         * follow. {@code json} is the server's {@link StreamControl#RELOAD} message.
         */
        default void reload(long last, String json) {
        }
    }

    /** Why a stream ended. */
    public enum Reason {
        /** The server refused the connection: no or wrong token (HTTP 401), or another HTTP status. */
        REFUSED,
        /** The server could not be reached. */
        UNREACHABLE,
        /** The server cut this subscriber off: it fell too far behind. */
        TOO_SLOW,
        /** The server closed the stream (it stopped) or the connection broke. */
        LOST,
        /** {@link #close()} ended it. */
        CLOSED
    }

    /**
     * How a stream ended.
     *
     * @param reason  why
     * @param resume  the {@code since} to go on from without losing anything; empty when nothing
     *                arrived and none was asked for
     * @param stream  the stream those numbers belong to (the first part of the events' ids), to
     *                pass along with {@code resume}; empty when not known
     * @param message what happened, for a person (the server's reason, the HTTP status, the error)
     */
    public record Ending(Reason reason, OptionalLong resume, Optional<String> stream, String message) {
        public Ending {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(resume, "resume");
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(message, "message");
        }
    }

    private final Listener listener;
    private final CompletableFuture<Ending> ended = new CompletableFuture<>();
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile long last = -1;
    private volatile String stream;
    private volatile WebSocket socket;

    private EventClient(Listener listener, OptionalLong since, String stream) {
        this.listener = listener;
        this.last = since.orElse(-1);
        this.stream = stream;
    }

    /** {@link #connect(URI, OptionalLong, String, String, Listener)} without naming the stream of {@code since}. */
    public static EventClient connect(URI stream, OptionalLong since, String token, Listener listener) {
        return connect(stream, since, null, token, listener);
    }

    /**
     * Connects to {@code stream} ({@code ws://HOST:PORT/events}) and starts receiving; never
     * throws for the network: a refusal or an unreachable server ends the stream ({@link #ended()}).
     *
     * @param since    the last event already seen (its successors come first), or empty for the
     *                 events from now on
     * @param streamId the stream {@code since} counts in ({@link Ending#stream()}), or null; when it
     *                 is not the server's (the watcher was restarted), the server says to reload
     * @param token    the bearer token, or null to send none
     */
    public static EventClient connect(URI stream, OptionalLong since, String streamId, String token, Listener listener) {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(since, "since");
        EventClient client = new EventClient(Objects.requireNonNull(listener, "listener"), since, streamId);
        URI uri = stream;
        if (since.isPresent()) {
            uri = withQuery(uri, "since=" + since.getAsLong()
                    + (streamId == null ? "" : "&stream=" + URLEncoder.encode(streamId, StandardCharsets.UTF_8)));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        builder.buildAsync(uri, client.new Receiver()).whenComplete((socket, failure) -> {
            if (failure != null) {
                client.refusedOrUnreachable(failure);
            } else {
                client.socket = socket;
                if (client.ended.isDone()) {
                    socket.abort();
                } else {
                    client.opened.complete(null);
                }
            }
        });
        return client;
    }

    /**
     * Done once the server accepted the connection (the token and {@code since} were fine); never
     * done when the stream ended before that ({@link #ended()} says why: refused, unreachable).
     */
    public CompletableFuture<Void> opened() {
        return opened;
    }

    /** How the stream ended, once it has. */
    public CompletableFuture<Ending> ended() {
        return ended;
    }

    /** Waits until the stream ends. */
    public Ending await() throws InterruptedException {
        try {
            return ended.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Ends the stream (a normal close); {@link #ended()} then says {@link Reason#CLOSED}. */
    @Override
    public void close() {
        end(Reason.CLOSED, "closed");
        WebSocket open = socket;
        if (open != null && !open.isOutputClosed()) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "bye").whenComplete((s, e) -> open.abort());
        }
    }

    private void end(Reason reason, String message) {
        long seen = last;
        ended.complete(new Ending(reason, seen < 0 ? OptionalLong.empty() : OptionalLong.of(seen),
                Optional.ofNullable(stream), message));
    }

    private void refusedOrUnreachable(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof WebSocketHandshakeException refused) {
            int status = refused.getResponse().statusCode();
            end(Reason.REFUSED, status == 401
                    ? "refused (HTTP 401): no token, or not the server's token"
                    : "refused (HTTP " + status + ")" + body(refused));
        } else {
            end(Reason.UNREACHABLE, cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                    ? "cannot connect" : "cannot connect: " + cause);
        }
    }

    private static String body(WebSocketHandshakeException refused) {
        Object body = refused.getResponse().body();
        if (body instanceof byte[] bytes && bytes.length > 0) {
            return ": " + new String(bytes, StandardCharsets.UTF_8).strip();
        }
        return "";
    }

    private static URI withQuery(URI uri, String parameter) {
        String query = uri.getRawQuery();
        String s = uri.toString();
        int hash = s.indexOf('#');
        String base = hash < 0 ? s : s.substring(0, hash);
        return URI.create(base + (query == null ? "?" : "&") + parameter);
    }

    /** The JDK's listener: one message at a time (each asked for after the last is handled). */
    private final class Receiver implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean whole) {
            partial.append(data);
            if (whole) {
                String json = partial.toString();
                partial.setLength(0);
                handle(webSocket, json);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (statusCode == 1008) {
                end(Reason.TOO_SLOW, "cut off by the server as too slow");
            } else {
                end(Reason.LOST, "the server closed the stream (" + statusCode + (reason.isEmpty() ? "" : ": " + reason) + ")");
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            end(Reason.LOST, "the connection broke: " + error);
        }

        private void handle(WebSocket webSocket, String json) {
            if (ended.isDone()) {
                return;
            }
            try {
                JsonObject message = JsonParser.parseString(json).getAsJsonObject();
                String type = text(message.get("type"));
                if (StreamControl.RELOAD.equals(type)) {
                    JsonObject data = message.getAsJsonObject("data");
                    long newest = data.get("last").getAsLong();
                    last = newest;
                    stream = text(data.get("stream"));
                    listener.reload(newest, json);
                } else {
                    long sequence = message.get("sequence").getAsLong();
                    String id = message.get("id").getAsString();
                    String suffix = "-" + sequence;
                    last = sequence;
                    stream = id.endsWith(suffix) ? id.substring(0, id.length() - suffix.length()) : null;
                    listener.event(sequence, json);
                }
            } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
                end(Reason.LOST, "not an event of the stream: " + e.getMessage());
                webSocket.abort();
            }
        }

        private static String text(JsonElement element) {
            return element == null || element.isJsonNull() ? null : element.getAsString();
        }
    }
}
