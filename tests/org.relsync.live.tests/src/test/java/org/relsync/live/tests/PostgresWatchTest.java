package org.relsync.live.tests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relsync.testing.PostgresServer;

/** The watcher on a real PostgreSQL server (embedded), polled through {@code pg_catalog}. */
@ExtendWith(PostgresServer.class)
class PostgresWatchTest extends WatcherScenario {

    @Override
    LiveDb database() throws Exception {
        String url = PostgresServer.createDatabase("live_watch");
        LiveDb pg = new LiveDb("postgresql", "jdbc:postgresql://localhost:" + PostgresServer.port() + "/live_watch",
                "postgres", false);
        pg.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(40))");
        return url == null ? null : pg;
    }

    @Test
    void eachChange() throws Exception {
        eachChangeBecomesOneEventAndTheFileFollows();
    }
}
