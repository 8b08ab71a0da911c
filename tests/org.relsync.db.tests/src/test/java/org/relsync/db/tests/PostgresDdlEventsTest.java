package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DdlEvents;
import org.relsync.db.DdlEvents.Affected;
import org.relsync.testing.PostgresServer;

/**
 * PostgreSQL's event trigger names the schema of each object a DDL statement touched (quoted
 * names included); a statement whose objects do not fit one notification, or a schema itself,
 * names none, so that the watcher reads everything.
 */
@ExtendWith(PostgresServer.class)
class PostgresDdlEventsTest {

    @Test
    void notificationsNameTheSchemasOrSayTheyCannot() throws Exception {
        PostgresServer.createDatabase("ddl_events");
        DdlEvents events = DatabaseKinds.find("postgresql").orElseThrow().ddlEvents().orElseThrow();
        try (Connection listening = PostgresServer.connect("ddl_events");
                Connection other = PostgresServer.connect("ddl_events"); Statement s = other.createStatement()) {
            events.install(listening);
            assertTrue(events.installed(listening));
            events.listen(listening);

            s.execute("CREATE SCHEMA \"Odd \"\"schema\"\"\"");
            assertEquals(List.of(Affected.UNKNOWN), awaitSome(events, listening), "a schema has no schema of its own");

            s.execute("CREATE TABLE \"Odd \"\"schema\"\"\".t (id integer)");
            assertEquals(List.of(new Affected("Odd \"schema\"", "\"Odd \"\"schema\"\"\".t")), awaitSome(events, listening));

            List<String> tables = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                tables.add("public.a_table_with_a_rather_long_name_" + i);
                s.execute("CREATE TABLE " + tables.get(i) + " (id integer PRIMARY KEY)");
            }
            List<Affected> created = awaitSome(events, listening);
            assertEquals(300, created.size(), "each table and its primary key's index");
            assertTrue(created.stream().allMatch(a -> a.schema().equals("public")), "all in public");

            s.execute("DROP TABLE " + String.join(", ", tables));
            assertEquals(List.of(Affected.UNKNOWN), awaitSome(events, listening), "too many objects for 8,000 bytes");
        }
    }

    /** What the notifications of the last statements name, once they have stopped coming. */
    private static List<Affected> awaitSome(DdlEvents events, Connection listening) throws Exception {
        List<Affected> all = new ArrayList<>(events.await(listening, 5_000));
        List<Affected> more;
        while (!(more = events.await(listening, 200)).isEmpty()) {
            all.addAll(more);
        }
        return all;
    }
}
