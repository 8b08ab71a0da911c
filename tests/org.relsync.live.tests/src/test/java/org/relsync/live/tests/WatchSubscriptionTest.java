package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relsync.live.Event;
import org.relsync.live.EventLog;
import org.relsync.live.EventServer;
import org.relsync.live.EventServerOptions;
import org.relsync.live.WatchListener;
import org.relsync.live.WatchOptions;
import org.relsync.live.WatchSubscription;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.report.ChangeReport;

/**
 * A subscriber of a running watch (LIVE-SPEC section 3) that syncs a project of its own, as the
 * workbench does: a real watcher saving the project file and serving its events, the database
 * changed with JDBC. Each event is synced in the schemas its report names; an event of a database
 * the project does not have is a notice; a lost stream is resumed without losing an event; a
 * watch started again (another stream) has the subscriber read everything again.
 */
class WatchSubscriptionTest extends WatcherScenario {

    private static final String TOKEN = "t0ken";
    private EventServer server;
    private Thread following;
    private WatchSubscription subscription;

    @Override
    LiveDb database() throws Exception {
        String path = dir.resolve("shop").toAbsolutePath().toString();
        LiveDb h2 = new LiveDb("h2", "jdbc:h2:" + path, null, null, true);
        h2.execute("CREATE TABLE CUSTOMER (ID INTEGER PRIMARY KEY, NAME VARCHAR(40))");
        return h2;
    }

    /** What the subscription told. */
    private static final class Told implements WatchListener {
        final List<String> said = new CopyOnWriteArrayList<>();

        @Override
        public void started(ChangeReport report, Event event) {
            said.add("started");
        }

        @Override
        public void changed(Event event, ChangeReport report) {
            said.add("changed #" + event.sequence() + " " + event.subject());
        }

        @Override
        public void trouble(String database, String message, long retryMillis) {
            said.add("trouble " + database + ": " + message);
        }

        @Override
        public void notice(String database, String message) {
            said.add("notice " + database + ": " + message);
        }

        @Override
        public void recovered(String database) {
            said.add("recovered " + database);
        }

        long count(String start) {
            return said.stream().filter(s -> s.startsWith(start)).count();
        }
    }

    @AfterEach
    void stopFollowing() throws InterruptedException {
        if (subscription != null) {
            subscription.stop();
        }
        if (following != null) {
            following.join(WAIT_MILLIS);
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eachEventIsSyncedInItsSchemasAndALostStreamResumesWithoutLosingOne() throws Exception {
        Running watch = reversedAndWatched();
        server = EventServer.start(watch.log(), EventServerOptions.loopback(0, TOKEN));
        int port = server.port();
        InMemoryTarget target = new InMemoryTarget(project, engine(), false);
        Told told = new Told();

        WatchSubscription wrong = new WatchSubscription(server.uri(), "not-it", target, told, WatchOptions.every(INTERVAL));
        Optional<String> refused = wrong.connect().get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        assertTrue(refused.orElse("").startsWith("refused (HTTP 401)"), refused::toString);

        subscription = new WatchSubscription(server.uri(), TOKEN, target, told, WatchOptions.every(INTERVAL));
        assertEquals(Optional.empty(), subscription.connect().get(WAIT_MILLIS, TimeUnit.MILLISECONDS));
        following = new Thread(subscription::run, "subscription");
        following.start();
        waitUntil(() -> told.count("started") == 1, "the first sync of every database");

        db.execute("ALTER TABLE CUSTOMER ADD COLUMN EMAIL VARCHAR(80)");
        waitUntil(() -> target.hasColumn("CUSTOMER", "EMAIL"), "the column synced from the event");
        waitUntil(() -> told.count("changed #") == 1, "the event told");
        SyncOptions change = target.options.getLast();
        assertEquals(Map.of("main", Set.of("public")), change.scope().schemas(), "only the schema the report names");
        assertEquals(Set.copyOf(target.project.getSyncTasks().stream().filter(t -> t.isEnabled()).map(t -> t.getName()).toList()),
                change.tasks(), "the database's tasks and the model tasks");

        // a database this project does not have: a notice, no sync
        int syncs = target.synced.size();
        watch.log().append(Event.SCHEMA_CHANGED, Instant.now(), "elsewhere", "{\"scopes\":[]}");
        waitUntil(() -> told.count("notice elsewhere: event #") == 1, "the event ignored with a notice");
        assertEquals(syncs, target.synced.size(), "nothing synced for it");

        // the stream lost; a change meanwhile; the same watch serves again: resumed, nothing lost
        server.close();
        waitUntil(() -> told.count("trouble " + "ws://127.0.0.1:" + port + "/events") >= 1, "the lost stream told");
        db.execute("ALTER TABLE CUSTOMER ADD COLUMN PHONE VARCHAR(20)");
        long changed = watch.log().last();
        assertTrue(watch.log().await(changed, WAIT_MILLIS) || watch.log().last() > changed, "the watch saw it");
        server = EventServer.start(watch.log(), EventServerOptions.loopback(port, TOKEN));
        waitUntil(() -> target.hasColumn("CUSTOMER", "PHONE"), "the change made while away, synced after resuming");
        assertTrue(told.said.contains("recovered ws://127.0.0.1:" + port + "/events"), told.said::toString);
        assertEquals(1, told.count("started"), "resumed from its number: no full sync");

        // a watch started again: another stream, whose numbers mean nothing to it: everything read again
        server.close();
        server = EventServer.start(new EventLog("urn:relsync:project:live.relsync", 16), EventServerOptions.loopback(port, TOKEN));
        waitUntil(() -> told.count("started") == 2, "a full sync after the reload message");
        assertEquals(Map.of(), target.options.getLast().scope().schemas(), "every schema read");
        assertTrue(told.said.stream().noneMatch(s -> s.startsWith("trouble main")), told.said::toString);
        stop(watch);
    }
}
