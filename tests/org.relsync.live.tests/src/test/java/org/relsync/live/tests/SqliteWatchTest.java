package org.relsync.live.tests;

import org.junit.jupiter.api.Test;

/** The watcher on a SQLite file, polled through {@code PRAGMA schema_version}. */
class SqliteWatchTest extends WatcherScenario {

    @Override
    LiveDb database() throws Exception {
        LiveDb sqlite = new LiveDb("sqlite", "jdbc:sqlite:" + dir.resolve("shop.db").toAbsolutePath(), null, null, false);
        sqlite.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(40))");
        return sqlite;
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
