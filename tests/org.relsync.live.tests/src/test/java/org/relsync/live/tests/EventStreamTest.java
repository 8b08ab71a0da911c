package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relsync.live.Event;
import org.relsync.live.EventClient;
import org.relsync.live.EventClient.Ending;
import org.relsync.live.EventClient.Reason;
import org.relsync.live.EventLog;
import org.relsync.live.EventServer;
import org.relsync.live.EventServerOptions;
import org.relsync.live.StreamControl;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * LIVE-SPEC section 3 on real parts: the Jetty event server on an ephemeral loopback port, the
 * JDK's WebSocket client through {@link EventClient} (and a raw socket for a client that stops
 * reading), and, for the first test, a real watcher on a real H2 database.
 */
class EventStreamTest extends WatcherScenario {

    private static final String TOKEN = "test-token-5f1d2c";
    private final List<AutoCloseable> open = new ArrayList<>();

    @Override
    LiveDb database() throws Exception {
        return H2WatchTest.shop(dir);
    }

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(open);
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    /** What one client received: the events' JSON by arrival, their sequence numbers, reload messages. */
    static class Received implements EventClient.Listener {
        final List<Long> sequences = new CopyOnWriteArrayList<>();
        final List<String> json = new CopyOnWriteArrayList<>();
        final List<Long> reloads = new CopyOnWriteArrayList<>();
        final Map<Long, Long> arrivedNanos = new ConcurrentHashMap<>();

        @Override
        public void event(long sequence, String text) {
            arrivedNanos.put(sequence, System.nanoTime());
            sequences.add(sequence);
            json.add(text);
        }

        @Override
        public void reload(long last, String text) {
            reloads.add(last);
            json.add(text);
        }
    }

    private EventServer serve(EventLog log, EventServerOptions options) throws IOException {
        EventServer server = EventServer.start(log, options);
        open.add(server);
        return server;
    }

    private EventServer serve(EventLog log) throws IOException {
        return serve(log, EventServerOptions.loopback(0, TOKEN));
    }

    private EventClient connect(EventServer server, OptionalLong since, String token, Received received) {
        EventClient client = EventClient.connect(server.uri(), since, token, received);
        open.add(client);
        return client;
    }

    /** Connects and waits until the server counts the subscriber (it then gets every later event). */
    private EventClient subscribe(EventServer server, OptionalLong since, Received received) throws InterruptedException {
        int before = server.subscribers();
        EventClient client = connect(server, since, TOKEN, received);
        waitUntil(() -> server.subscribers() > before || client.ended().isDone(), "subscribed");
        assertTrue(!client.ended().isDone(), () -> "connected: " + client.ended().join());
        return client;
    }

    private static void append(EventLog log, int count) {
        for (int i = 0; i < count; i++) {
            log.append(Event.SCHEMA_CHANGED, Instant.now(), "main", "{\"n\":" + (log.last() + 1) + "}");
        }
    }

    private static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    @Test
    void aSchemaChangeReachesASubscriberAsTheEventsJson() throws Exception {
        reverse();
        Running watcher = start();
        EventServer server = serve(watcher.log());
        assertTrue(server.port() > 0);
        assertEquals(URI.create("ws://127.0.0.1:" + server.port() + "/events"), server.uri());
        Received received = new Received();
        subscribe(server, OptionalLong.empty(), received);

        List<Long> latencies = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            long t = System.nanoTime();
            db.execute("ALTER TABLE CUSTOMER ADD COLUMN C" + i + " VARCHAR(20)");
            long change = watcher.changeEvent(i);
            waitUntil(() -> received.sequences.contains(change), "event #" + change + " at the client; trouble: " + trouble);
            latencies.add((received.arrivedNanos.get(change) - t) / 1_000_000);
            waitUntil(() -> received.sequences.contains(change + 1), "its saved event #" + (change + 1));
        }
        System.out.println("EventStreamTest: H2 DDL commit -> event at the client (polling every " + INTERVAL.toMillis()
                + " ms): " + latencies + " ms");
        assertEquals(range(1, 6), received.sequences, "each change, then its save");
        List<String> expected = watcher.log().since(0).events().stream().map(Event::toJson).toList();
        assertEquals(expected, received.json, "each frame is exactly the event's JSON");
        for (int i = 0; i < 6; i++) {
            JsonObject event = JsonParser.parseString(received.json.get(i)).getAsJsonObject();
            assertEquals(i % 2 == 0 ? Event.SCHEMA_CHANGED : Event.PROJECT_SAVED, event.get("type").getAsString(), event::toString);
        }
        JsonObject first = JsonParser.parseString(received.json.get(0)).getAsJsonObject();
        assertTrue(first.getAsJsonObject("data").toString().contains("C1"), first::toString);
        JsonObject saved = JsonParser.parseString(received.json.get(1)).getAsJsonObject();
        assertEquals(1, saved.getAsJsonObject("data").get("change").getAsLong(), saved::toString);
        stop(watcher);
    }

    /**
     * Subscriptions by database and by type: the events kept and the live ones alike, with the
     * stream's own numbers (skipping the others), and a resume from the last one received.
     */
    @Test
    void aSubscriberGetsOnlyTheDatabasesAndTypesItAskedFor() throws Exception {
        EventLog log = new EventLog("urn:relsync:project:t", 64);
        log.append(Event.SCHEMA_CHANGED, Instant.now(), "main", "{}"); // 1
        log.append(Event.PROJECT_SAVED, Instant.now(), "main", "{\"change\":1}"); // 2
        log.append(Event.SCHEMA_CHANGED, Instant.now(), "other", "{}"); // 3
        EventServer server = serve(log);
        Received mainOnly = new Received();
        Received changesOnly = new Received();
        Received otherChanges = new Received();
        Received nothing = new Received();
        open.add(EventClient.connect(URI.create(server.uri() + "?database=main"), OptionalLong.of(0), TOKEN, mainOnly));
        open.add(EventClient.connect(URI.create(server.uri() + "?type=org.relsync.schema.changed"), OptionalLong.of(0),
                TOKEN, changesOnly));
        open.add(EventClient.connect(URI.create(server.uri() + "?database=other,elsewhere&type=org.relsync.schema.changed"),
                OptionalLong.of(0), TOKEN, otherChanges));
        open.add(EventClient.connect(URI.create(server.uri() + "?database=elsewhere"), OptionalLong.of(0), TOKEN, nothing));
        waitUntil(() -> server.subscribers() == 4, "four subscribers");
        log.append(Event.SCHEMA_CHANGED, Instant.now(), "main,other", "{}"); // 4: a change of both
        log.append(Event.PROJECT_SAVED, Instant.now(), "main,other", "{\"change\":4}"); // 5
        waitUntil(() -> mainOnly.sequences.size() == 4 && changesOnly.sequences.size() == 3
                && otherChanges.sequences.size() == 2, "the events asked for");
        Thread.sleep(200); // nothing else comes
        assertEquals(List.of(1L, 2L, 4L, 5L), mainOnly.sequences);
        assertEquals(List.of(1L, 3L, 4L), changesOnly.sequences);
        assertEquals(List.of(3L, 4L), otherChanges.sequences);
        assertEquals(List.of(), nothing.sequences);

        // resuming from the last event received loses nothing of what was asked for
        log.append(Event.SCHEMA_CHANGED, Instant.now(), "other", "{}"); // 6
        log.append(Event.SCHEMA_CHANGED, Instant.now(), "main", "{}"); // 7
        Received resumed = new Received();
        open.add(EventClient.connect(URI.create(server.uri() + "?type=org.relsync.schema.changed&database=main"),
                OptionalLong.of(4), TOKEN, resumed));
        waitUntil(() -> resumed.sequences.size() == 1, "the one event after 4 asked for");
        assertEquals(List.of(7L), resumed.sequences);
    }

    @Test
    void noTokenOrAWrongOneIsRefusedWith401AndGetsNothing() throws Exception {
        EventLog log = new EventLog("urn:relsync:project:t", 64);
        append(log, 3);
        EventServer server = serve(log);
        for (String token : new String[] {null, "", "test-token-5f1d2d", TOKEN + "x", TOKEN.substring(1)}) {
            Received received = new Received();
            EventClient client = connect(server, OptionalLong.of(0), token, received);
            Ending ending = client.ended().get(10, TimeUnit.SECONDS);
            assertEquals(Reason.REFUSED, ending.reason(), ending::toString);
            assertTrue(ending.message().contains("HTTP 401"), ending::toString);
            assertEquals(List.of(), received.json);
        }
        // a browser, which cannot set headers, puts the token in the query
        for (String query : new String[] {"?access_token=wrong", "?since=0&access_token=" + TOKEN}) {
            Received received = new Received();
            EventClient client = EventClient.connect(URI.create(server.uri() + query), OptionalLong.empty(), null, received);
            open.add(client);
            if (query.contains("wrong")) {
                assertEquals(Reason.REFUSED, client.ended().get(10, TimeUnit.SECONDS).reason());
                assertEquals(List.of(), received.json);
            } else {
                waitUntil(() -> received.sequences.size() == 3, "the kept events with the query's token");
            }
        }
        assertEquals(1, server.subscribers());
    }

    @Test
    void withoutSinceOnlyTheEventsFromNowOn() throws Exception {
        EventLog log = new EventLog("urn:relsync:project:t", 64);
        append(log, 5);
        EventServer server = serve(log);
        Received received = new Received();
        subscribe(server, OptionalLong.empty(), received);
        append(log, 2);
        waitUntil(() -> received.sequences.size() == 2, "two live events");
        assertEquals(List.of(6L, 7L), received.sequences);
    }

    @Test
    void resumingWithSinceLosesNothingAndDoublesNothing() throws Exception {
        EventLog log = new EventLog("urn:relsync:project:t", 100_000);
        EventServer server = serve(log);
        Received first = new Received();
        EventClient one = subscribe(server, OptionalLong.of(0), first);
        append(log, 50);
        waitUntil(() -> first.sequences.size() == 50, "50 events");
        one.close();
        assertEquals(Reason.CLOSED, one.ended().get(5, TimeUnit.SECONDS).reason());
        long resume = one.ended().get().resume().getAsLong();
        assertEquals(50, resume);
        assertEquals(log.stream(), one.ended().get().stream().orElseThrow());

        // events while it is away, and events while it connects again: none lost, none twice
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 2000; i++) {
                append(log, 1);
                if (i % 100 == 0) {
                    Thread.onSpinWait();
                }
            }
        });
        append(log, 25);
        writer.start();
        List<Received> again = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // several reconnects at different moments of the writing
            Received r = new Received();
            again.add(r);
            connect(server, OptionalLong.of(resume), TOKEN, r);
            Thread.sleep(3);
        }
        writer.join();
        long last = log.last();
        assertEquals(2075, last);
        for (Received r : again) {
            waitUntil(() -> r.sequences.size() >= last - resume, "all events after " + resume);
            assertEquals(range(resume + 1, last), r.sequences);
        }
    }

    @Test
    void aSinceNoLongerKeptGetsTheReloadMessageThenTheLiveEvents() throws Exception {
        EventLog log = new EventLog("urn:relsync:project:t", 4);
        append(log, 10); // 7..10 kept
        EventServer server = serve(log);
        for (long since : new long[] {2, 5, 99}) {
            Received received = new Received();
            subscribe(server, OptionalLong.of(since), received);
            waitUntil(() -> received.reloads.size() == 1, "the reload message");
            JsonObject reload = JsonParser.parseString(received.json.get(0)).getAsJsonObject();
            assertEquals(StreamControl.RELOAD, reload.get("type").getAsString());
            assertEquals("1.0", reload.get("specversion").getAsString());
            assertEquals(10, reload.getAsJsonObject("data").get("last").getAsLong());
            assertEquals(since, reload.getAsJsonObject("data").get("since").getAsLong());
            assertTrue(!reload.has("sequence"), "a control message is no event of the stream");
            assertEquals(List.of(10L), received.reloads);
            assertEquals(List.of(), received.sequences);
        }
        Received otherRun = new Received(); // 7..10 are kept, but these numbers are another run's
        open.add(EventClient.connect(server.uri(), OptionalLong.of(8), "an-earlier-run", TOKEN, otherRun));
        waitUntil(() -> otherRun.reloads.size() == 1, "the reload message for another stream");
        assertEquals(List.of(), otherRun.sequences);

        Received kept = new Received();
        open.add(EventClient.connect(server.uri(), OptionalLong.of(6), log.stream(), TOKEN, kept)); // no reload
        waitUntil(() -> server.subscribers() == 5, "subscribed");
        waitUntil(() -> kept.sequences.size() == 4, "7..10");
        append(log, 1);
        waitUntil(() -> kept.sequences.size() == 5, "7..11");
        assertEquals(range(7, 11), kept.sequences);
        assertEquals(List.of(), kept.reloads);
    }

    @Test
    void aStalledSubscriberIsCutOffWithItsResumePointWhileAnotherKeepsReceiving() throws Exception {
        EventLog log = new EventLog("urn:relsync:project:t", 100_000);
        EventServer server = serve(log, EventServerOptions.loopback(0, TOKEN).queue(16).grace(Duration.ofSeconds(20)));
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
            String status = handshake(stalled, server.port());
            assertTrue(status.startsWith("HTTP/1.1 101"), status);
            waitUntil(() -> server.subscribers() == 1, "the stalled one subscribed");
            // an EventClient whose listener is stuck on its first event: the JDK client then reads no more
            java.util.concurrent.CountDownLatch unstuck = new java.util.concurrent.CountDownLatch(1);
            Received stuck = new Received() {
                @Override
                public void event(long sequence, String text) {
                    super.event(sequence, text);
                    try {
                        unstuck.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            EventClient slowClient = subscribe(server, OptionalLong.empty(), stuck);
            Received fast = new Received();
            subscribe(server, OptionalLong.empty(), fast);

            // 32 KiB events until the stalled one's socket and queue are full
            String pad = "x".repeat(32 * 1024);
            Map<Long, Long> appended = new ConcurrentHashMap<>();
            int count = 0;
            while (server.subscribers() > 1 && count < 5000) {
                Event e = log.append(Event.SCHEMA_CHANGED, Instant.now(), "main", "{\"pad\":\"" + pad + "\"}");
                appended.put(e.sequence(), System.nanoTime());
                count++;
                Thread.sleep(1);
            }
            assertEquals(1, server.subscribers(), "the stalled subscribers are cut off after " + count + " events");
            append(log, 10); // the fast one goes on
            long last = log.last();
            waitUntil(() -> fast.sequences.size() == last, "the fast subscriber has every event");
            assertEquals(range(1, last), fast.sequences);
            List<Long> latencies = appended.entrySet().stream()
                    .map(e -> (fast.arrivedNanos.get(e.getKey()) - e.getValue()) / 1_000_000).sorted().toList();
            long p50 = latencies.get(latencies.size() / 2);
            long max = latencies.get(latencies.size() - 1);
            System.out.println("EventStreamTest: with a stalled subscriber, " + count + " events of 32 KiB: the other's "
                    + "latency p50 " + p50 + " ms, max " + max + " ms");
            assertTrue(max < 1000, () -> "the fast subscriber is not held up: max " + max + " ms");

            // the stalled one reads at last: every event up to its resume point, then the close that names it
            Frames frames = read(stalled.getInputStream());
            assertEquals(1008, frames.closeCode, frames::toString);
            long resume = frames.sequences.isEmpty() ? 0 : frames.sequences.get(frames.sequences.size() - 1);
            assertEquals("too slow; resume with since=" + resume, frames.closeReason);
            assertEquals(range(1, resume), frames.sequences);
            assertTrue(resume < count, "it was behind");

            unstuck.countDown(); // the stuck client goes on: what it gets, then the end with its resume point
            Ending ending = slowClient.ended().get(30, TimeUnit.SECONDS);
            assertEquals(Reason.TOO_SLOW, ending.reason(), ending::toString);
            long slowResume = ending.resume().getAsLong();
            assertEquals(range(1, slowResume), stuck.sequences);
            assertEquals(log.stream(), ending.stream().orElseThrow());
            assertTrue(slowResume < count, "it was behind");
        }
    }

    @Test
    void aHundredSubscribersGetTheSameEventsInOrder() throws Exception {
        EventLog log = new EventLog("urn:relsync:project:t", 1024);
        EventServer server = serve(log);
        List<Received> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Received r = new Received();
            all.add(r);
            connect(server, OptionalLong.of(0), TOKEN, r);
        }
        waitUntil(() -> server.subscribers() == 100, "100 subscribers");
        long t = System.nanoTime();
        append(log, 500);
        for (Received r : all) {
            waitUntil(() -> r.sequences.size() == 500, "500 events at each");
        }
        System.out.println("EventStreamTest: 500 events to 100 subscribers in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        List<String> expected = log.since(0).events().stream().map(Event::toJson).toList();
        for (Received r : all) {
            assertEquals(range(1, 500), r.sequences);
            assertEquals(expected, r.json);
        }
    }

    // a raw WebSocket client, to stop reading altogether

    private static String handshake(Socket socket, int port) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + "Authorization: Bearer " + TOKEN + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) { // byte by byte: nothing of the first frame is read
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** The frames a server sent: its text frames' sequence numbers, and its close. */
    record Frames(List<Long> sequences, int closeCode, String closeReason) {
    }

    private static Frames read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        List<Long> sequences = new ArrayList<>();
        while (true) {
            int first = in.read();
            if (first < 0) {
                return new Frames(sequences, -1, "(no close frame)");
            }
            int opcode = first & 0x0F;
            long length = in.readUnsignedByte() & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = in.readNBytes((int) length);
            if (opcode == 1) {
                JsonObject json = JsonParser.parseString(new String(payload, StandardCharsets.UTF_8)).getAsJsonObject();
                sequences.add(json.get("sequence").getAsLong());
            } else if (opcode == 8) {
                int code = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
                return new Frames(sequences, code, new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8));
            }
        }
    }
}
