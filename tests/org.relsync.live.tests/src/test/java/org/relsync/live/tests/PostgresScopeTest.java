package org.relsync.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relsync.live.WatchOptions;
import org.relsync.testing.PostgresServer;

/**
 * Only the affected schemas read again, on PostgreSQL with the event trigger: its notifications
 * name the schemas; one that cannot (more objects than a notification carries) makes the watcher
 * read everything.
 */
@ExtendWith(PostgresServer.class)
class PostgresScopeTest extends ScopeScenario {

    @Override
    LiveDb database() throws Exception {
        PostgresServer.createDatabase("live_scope");
        LiveDb pg = new LiveDb("postgresql", "jdbc:postgresql://localhost:" + PostgresServer.port() + "/live_scope",
                "postgres", null, false);
        createSchemas(pg);
        return pg;
    }

    @Override
    WatchOptions options() {
        return WatchOptions.every(Duration.ofSeconds(2)).installTrigger(true);
    }

    @Test
    void aNotificationTooLongToNameItsObjectsReadsEverything() throws Exception {
        Running r = reversedAndWatched();
        List<String> tables = new ArrayList<>();
        List<String> creates = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            tables.add("sales.bulk_table_with_a_long_name_" + i);
            creates.add("CREATE TABLE " + tables.get(i) + " (id INTEGER PRIMARY KEY, name VARCHAR(40))");
        }
        db.execute(creates.toArray(String[]::new)); // one notification per statement: each names its table
        awaitEvent(r, first + 1, System.nanoTime());
        // one statement: too many objects for 8,000 bytes
        byte[] before = change(r, 2, "DROP TABLE " + String.join(", ", tables));
        assertEquals(List.of(new ReadLog.Read("main", List.of("sales", "stock"))), reads.reads(),
                "everything read (nothing refers to sales: a named scope would have been sales alone)");
        assertSameAsFullSync(before);
        stopUntroubled(r);
    }
}
