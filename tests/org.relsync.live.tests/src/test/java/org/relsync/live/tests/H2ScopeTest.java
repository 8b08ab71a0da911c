package org.relsync.live.tests;

/** Only the affected schemas read again, on an embedded H2 file database, polled (per-schema fingerprints). */
class H2ScopeTest extends ScopeScenario {

    @Override
    LiveDb database() throws Exception {
        LiveDb h2 = new LiveDb("h2", "jdbc:h2:" + dir.resolve("shop").toAbsolutePath(), null, null, true);
        createSchemas(h2);
        return h2;
    }
}
