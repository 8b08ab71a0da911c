package org.relsync.live.tests;

import org.junit.jupiter.api.Test;

/** Only the affected schemas read again, on an embedded H2 file database, polled (per-schema fingerprints). */
class H2ScopeTest extends ScopeScenario {

    @Override
    LiveDb database() throws Exception {
        LiveDb h2 = new LiveDb("h2", "jdbc:h2:" + dir.resolve("shop").toAbsolutePath(), null, null, true);
        createSchemas(h2);
        return h2;
    }

    @Test
    void aChangeInOneSchema() throws Exception {
        aChangeInOneSchemaReadsThatSchema();
    }

    @Test
    void aDroppedAndARenamedTable() throws Exception {
        aDroppedAndARenamedTableAsAFullSyncSeesThem();
    }

    @Test
    void aDroppedSchema() throws Exception {
        aScopedReadThatFailsLeavesTheFileAsItWas();
    }
}
