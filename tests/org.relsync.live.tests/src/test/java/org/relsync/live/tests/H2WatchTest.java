package org.relsync.live.tests;

import org.junit.jupiter.api.Test;

/** The watcher on an embedded H2 file database, polled. */
class H2WatchTest extends WatcherScenario {

    @Override
    LiveDb database() throws Exception {
        return shop(dir);
    }

    /** An H2 file database in {@code dir} with one table, {@code CUSTOMER (ID, NAME)}. */
    static LiveDb shop(java.nio.file.Path dir) throws Exception {
        LiveDb h2 = new LiveDb("h2", "jdbc:h2:" + dir.resolve("shop").toAbsolutePath(), null, null, true);
        h2.execute("CREATE TABLE CUSTOMER (ID INTEGER PRIMARY KEY, NAME VARCHAR(40))");
        return h2;
    }

    @Test
    void eachChange() throws Exception {
        eachChangeBecomesOneEventAndTheFileFollows();
    }

    @Test
    void restart() throws Exception {
        aRestartedWatcherPicksUpWhatChangedMeanwhile();
    }
}
