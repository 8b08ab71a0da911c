package org.relsync.live.tests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relsync.testing.MariaDbServer;

/** The watcher on a real MariaDB server (embedded), polled through its {@code INFORMATION_SCHEMA}. */
@ExtendWith(MariaDbServer.class)
class MariaDbWatchTest extends WatcherScenario {

    @Override
    LiveDb database() throws Exception {
        LiveDb mariadb = new LiveDb("mariadb", MariaDbServer.createDatabase("live_watch"), "root", null, false);
        mariadb.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(40))");
        return mariadb;
    }

    @Test
    void eachChange() throws Exception {
        eachChangeBecomesOneEventAndTheFileFollows();
    }
}
