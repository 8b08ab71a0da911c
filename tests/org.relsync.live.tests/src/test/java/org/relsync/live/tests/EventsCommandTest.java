package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.live.Event;
import org.relsync.live.StreamControl;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code relsync watch --port} and {@code relsync events} in-process on an H2 file database: the
 * stream's line, the events as JSON lines, the exit codes of {@code events}, and the refusals of
 * both, which write nothing.
 */
class EventsCommandTest {

    private static final String TOKEN = "s3cret-token-for-the-events-test";
    private static final Map<String, String> ENV = Map.of("RELSYNC_TEST_TOKEN", TOKEN, "RELSYNC_WRONG_TOKEN", TOKEN + "x",
            "RELSYNC_EMPTY_TOKEN", "");
    private static final Pattern STREAM = Pattern.compile("(?m)^events: (ws://127\\.0\\.0\\.1:\\d+/events) \\(token from \\$RELSYNC_TEST_TOKEN\\)$");

    @TempDir
    Path dir;
    private Cli.Run watch;

    @AfterEach
    void stopWatch() throws InterruptedException {
        if (watch != null && watch.thread.isAlive()) {
            watch.thread.interrupt();
            watch.thread.join(10_000);
        }
    }

    /** Starts {@code relsync watch --port 0} and returns the stream's address from its line. */
    private String watch() throws Exception {
        watch = Cli.start(dir, ENV, "watch", "shop.relsync", "--interval", "50", "--port", "0", "--token-env", "RELSYNC_TEST_TOKEN");
        WatcherScenario.waitUntil(() -> watch.out().contains("watching (polling every 50 ms"), "watching: " + watch);
        Matcher m = STREAM.matcher(watch.out());
        assertTrue(m.find(), watch::toString);
        return m.group(1);
    }

    @Test
    void eventsPrintsEachEventOfTheWatchAsAJsonLine() throws Exception {
        LiveDb h2 = WatchCommandTest.reversed(dir);
        String url = watch();
        Cli.Run events = Cli.start(dir, ENV, "events", url, "--since", "0", "--token-env", "RELSYNC_TEST_TOKEN");
        Cli.Run changes = Cli.start(dir, ENV, "events", url, "--since", "0", "--database", "main", "--type",
                "org.relsync.schema.changed", "--token-env", "RELSYNC_TEST_TOKEN");
        h2.execute("ALTER TABLE CUSTOMER ADD COLUMN EMAIL VARCHAR(80)");
        WatcherScenario.waitUntil(() -> events.out().lines().count() == 2, "two lines: " + events);
        List<String> lines = events.out().lines().toList();
        JsonObject event = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals(1, event.get("sequence").getAsLong());
        assertEquals(Event.SCHEMA_CHANGED, event.get("type").getAsString());
        assertEquals("main", event.get("subject").getAsString());
        assertTrue(event.getAsJsonObject("data").toString().contains("EMAIL"), event::toString);
        JsonObject saved = JsonParser.parseString(lines.get(1)).getAsJsonObject();
        assertEquals(2, saved.get("sequence").getAsLong());
        assertEquals(Event.PROJECT_SAVED, saved.get("type").getAsString());
        assertEquals(1, saved.getAsJsonObject("data").get("change").getAsLong(), saved::toString);
        // asked for the changes of main only: the change, not its save
        WatcherScenario.waitUntil(() -> changes.out().lines().count() == 1, "one line: " + changes);
        Thread.sleep(200);
        assertEquals(List.of(lines.get(0)), changes.out().lines().toList(), changes::toString);
        changes.thread.interrupt();
        changes.thread.join(10_000);
        assertEquals(0, changes.exitCode, changes::toString);

        events.thread.interrupt(); // Ctrl-C in the product (a shutdown hook there)
        events.thread.join(10_000);
        assertEquals(0, events.exitCode, events::toString);
        assertEquals("", events.err(), events::toString);

        // the watcher stops: a subscriber is told where to resume
        Cli.Run resumed = Cli.start(dir, ENV, "events", url, "--since", "2", "--token-env", "RELSYNC_TEST_TOKEN");
        Thread.sleep(500);
        watch.thread.interrupt();
        watch.thread.join(10_000);
        assertEquals(0, watch.exitCode, watch::toString);
        resumed.thread.join(10_000);
        assertEquals(8, resumed.exitCode, resumed::toString);
        assertEquals("", resumed.out(), resumed::toString);
        assertTrue(resumed.err().matches("relsync: events: the server closed the stream \\(1001: server stopping; resume "
                + "with since=2\\); resume with --since 2\n"), resumed::toString); // it saw no event: no stream to name
        for (Cli.Run run : List.of(watch, events, resumed)) {
            assertFalse(run.out().contains(TOKEN) || run.err().contains(TOKEN), "the token is never shown");
        }
    }

    @Test
    void exitCodesOfEvents() throws Exception {
        WatchCommandTest.reversed(dir);
        String url = watch();
        Cli.Run wrong = Cli.run(dir, ENV, "events", url, "--token-env", "RELSYNC_WRONG_TOKEN");
        assertEquals(7, wrong.exitCode, wrong::toString);
        assertEquals("relsync: events: " + url + " refused (HTTP 401): no token, or not the server's token\n", wrong.err());
        assertEquals("", wrong.out());
        Cli.Run none = Cli.run(dir, ENV, "events", url);
        assertEquals(7, none.exitCode, none::toString);

        Cli.Run ahead = Cli.run(dir, ENV, "events", url, "--since", "5", "--token-env", "RELSYNC_TEST_TOKEN");
        assertEquals(9, ahead.exitCode, ahead::toString);
        JsonObject reload = JsonParser.parseString(ahead.out().strip()).getAsJsonObject();
        assertEquals(StreamControl.RELOAD, reload.get("type").getAsString());
        assertEquals(0, reload.getAsJsonObject("data").get("last").getAsLong());
        String stream = reload.getAsJsonObject("data").get("stream").getAsString();
        assertEquals("relsync: events: the events after 5 are no longer kept (or are another run's of the watcher): read "
                + "the project again, then resume with --since 0 --stream " + stream + "\n", ahead.err());
        Cli.Run resumed = Cli.start(dir, ENV, "events", url, "--since", "0", "--stream", stream, "--token-env", "RELSYNC_TEST_TOKEN");
        Cli.Run otherRun = Cli.run(dir, ENV, "events", url, "--since", "0", "--stream", "an-earlier-run", "--token-env",
                "RELSYNC_TEST_TOKEN");
        assertEquals(9, otherRun.exitCode, otherRun::toString);
        Thread.sleep(300);
        assertTrue(resumed.thread.isAlive(), resumed::toString); // the same stream: no reload, it waits for events
        resumed.thread.interrupt();
        resumed.thread.join(10_000);
        assertEquals(0, resumed.exitCode, resumed::toString);

        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Cli.Run unreachable = Cli.run(dir, ENV, "events", "ws://127.0.0.1:" + closed + "/events", "--since", "3");
        assertEquals(8, unreachable.exitCode, unreachable::toString);
        assertEquals("relsync: events: cannot connect to ws://127.0.0.1:" + closed + "/events; resume with --since 3\n",
                unreachable.err());

        for (String[] bad : List.of(new String[] {"events", "http://127.0.0.1/events"}, new String[] {"events", url, "--since", "-1"},
                new String[] {"events", url, "--token-env", "RELSYNC_UNSET_TOKEN"}, new String[] {"events"},
                new String[] {"events", url, "--stream", "x"})) {
            Cli.Run run = Cli.run(dir, ENV, bad);
            assertEquals(2, run.exitCode, run::toString);
            assertEquals("", run.out(), run::toString);
        }
    }

    @Test
    void aStreamBeyondLoopbackIsWarnedAbout() throws Exception {
        WatchCommandTest.reversed(dir);
        watch = Cli.start(dir, ENV, "watch", "shop.relsync", "--interval", "50", "--port", "0", "--bind", "0.0.0.0",
                "--token-env", "RELSYNC_TEST_TOKEN");
        WatcherScenario.waitUntil(() -> watch.out().contains("watching (polling every 50 ms"), "watching: " + watch);
        Matcher m = Pattern.compile("(?m)^events: ws://0\\.0\\.0\\.0:(\\d+)/events \\(token from \\$RELSYNC_TEST_TOKEN\\)$")
                .matcher(watch.out());
        assertTrue(m.find(), watch::toString);
        assertEquals("relsync: watch: warning: the event stream listens on 0.0.0.0, beyond this machine, without TLS: put "
                + "a reverse proxy with TLS in front (nginx, Caddy; see the README)\n", watch.err());
        Cli.Run wrong = Cli.run(dir, ENV, "events", "ws://127.0.0.1:" + m.group(1) + "/events", "--token-env", "RELSYNC_WRONG_TOKEN");
        assertEquals(7, wrong.exitCode, wrong::toString); // listening, and the token still required
    }

    @Test
    void watchRefusesAStreamWithoutItsTokenAndWritesNothing() throws Exception {
        WatchCommandTest.reversed(dir);
        byte[] before = Files.readAllBytes(dir.resolve("shop.relsync"));
        record Refusal(List<String> args, String message) {
        }
        for (Refusal r : List.of(
                new Refusal(List.of("--port", "0"), "relsync: watch: --port needs --token-env VAR, the environment variable "
                        + "with the token every subscriber presents"),
                new Refusal(List.of("--port", "0", "--token-env", "RELSYNC_UNSET_TOKEN"), "relsync: watch: the environment "
                        + "variable RELSYNC_UNSET_TOKEN named by --token-env is not set; it holds the event stream's token"),
                new Refusal(List.of("--port", "0", "--token-env", "RELSYNC_EMPTY_TOKEN"), "relsync: watch: the environment "
                        + "variable RELSYNC_EMPTY_TOKEN named by --token-env is empty; it holds the event stream's token"),
                new Refusal(List.of("--token-env", "RELSYNC_TEST_TOKEN"), "relsync: watch: --token-env goes with --port"),
                new Refusal(List.of("--bind", "0.0.0.0"), "relsync: watch: --bind goes with --port"),
                new Refusal(List.of("--port", "70000", "--token-env", "RELSYNC_TEST_TOKEN"),
                        "relsync: watch: --port is between 0 and 65535, not 70000"))) {
            List<String> args = new java.util.ArrayList<>(List.of("watch", "shop.relsync"));
            args.addAll(r.args());
            Cli.Run run = Cli.run(dir, ENV, args.toArray(String[]::new));
            assertEquals(2, run.exitCode, run::toString);
            assertEquals("", run.out(), run::toString);
            assertEquals(r.message(), run.err().lines().findFirst().orElse(""), run::toString);
        }
        // a port that is taken
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Cli.Run run = Cli.run(dir, ENV, "watch", "shop.relsync", "--port", String.valueOf(taken.getLocalPort()),
                    "--token-env", "RELSYNC_TEST_TOKEN");
            assertEquals(2, run.exitCode, run::toString);
            assertTrue(run.err().startsWith("relsync: watch: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "),
                    run::toString);
        }
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("shop.relsync")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("shop.mv.db", "shop.relsync"),
                    files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList());
        }
    }
}
