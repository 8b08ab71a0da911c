package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DdlEvents;
import org.relsync.db.DdlEvents.Affected;
import org.relsync.testing.PostgresServer;

/**
 * PostgreSQL's event trigger names the schema and the relation (table, view, sequence) of each
 * object a DDL statement touched (quoted names included): a column, key, index, trigger or default
 * names its table; a dropped index, whose table the catalog no longer knows, names its schema
 * only; a statement whose objects do not fit one notification, or a schema itself, names none, so
 * that the watcher reads everything. Payloads of the older function (schema and object identity)
 * still name their schemas.
 */
@ExtendWith(PostgresServer.class)
class PostgresDdlEventsTest {

    @Test
    void notificationsNameTheRelationsOrTheSchemasOrSayTheyCannot() throws Exception {
        PostgresServer.createDatabase("ddl_events");
        DdlEvents events = DatabaseKinds.find("postgresql").orElseThrow().ddlEvents().orElseThrow();
        try (Connection listening = PostgresServer.connect("ddl_events");
                Connection other = PostgresServer.connect("ddl_events"); Statement s = other.createStatement()) {
            events.install(listening);
            events.install(listening); // a second install replaces the function
            assertTrue(events.installed(listening));
            events.listen(listening);

            s.execute("CREATE SCHEMA \"Odd \"\"schema\"\"\"");
            assertEquals(List.of(Affected.UNKNOWN), awaitSome(events, listening), "a schema has no schema of its own");

            s.execute("CREATE TABLE \"Odd \"\"schema\"\"\".\"My Table\" (id serial PRIMARY KEY)");
            assertEquals(Set.of(relation("Odd \"schema\"", "My Table"), relation("Odd \"schema\"", "My Table_id_seq")),
                    distinct(awaitSome(events, listening)), "the table (its index too) and its sequence");

            s.execute("CREATE TABLE public.parent (id integer PRIMARY KEY, code varchar(10))");
            s.execute("CREATE TABLE public.child (id integer PRIMARY KEY, parent_id integer)");
            awaitSome(events, listening);
            s.execute("ALTER TABLE public.child ADD COLUMN note text");
            assertEquals(Set.of(relation("public", "child")), distinct(awaitSome(events, listening)), "a column: its table");
            s.execute("ALTER TABLE public.child ADD CONSTRAINT child_parent FOREIGN KEY (parent_id) REFERENCES public.parent (id)");
            assertEquals(Set.of(relation("public", "child")), distinct(awaitSome(events, listening)),
                    "a foreign key: the table it is on");
            s.execute("CREATE INDEX child_note ON public.child (note)");
            assertEquals(Set.of(relation("public", "child")), distinct(awaitSome(events, listening)), "an index: its table");
            s.execute("ALTER TABLE public.parent ADD CONSTRAINT parent_code UNIQUE (code)");
            assertEquals(Set.of(relation("public", "parent")), distinct(awaitSome(events, listening)));
            s.execute("ALTER TABLE public.parent DROP CONSTRAINT parent_code");
            assertEquals(Set.of(relation("public", "parent")), distinct(awaitSome(events, listening)),
                    "a dropped constraint: its table (its index goes with it)");
            s.execute("ALTER TABLE public.child DROP COLUMN note");
            assertEquals(Set.of(relation("public", "child")), distinct(awaitSome(events, listening)),
                    "a dropped column: its table (and its index goes with it)");
            s.execute("ALTER TABLE public.child ALTER COLUMN parent_id SET DEFAULT 0");
            assertEquals(Set.of(relation("public", "child")), distinct(awaitSome(events, listening)), "a default: its table");
            s.execute("ALTER TABLE public.child ALTER COLUMN parent_id DROP DEFAULT");
            assertEquals(Set.of(relation("public", "child")), distinct(awaitSome(events, listening)));
            s.execute("CREATE SEQUENCE public.child_seq");
            awaitSome(events, listening);
            s.execute("ALTER SEQUENCE public.child_seq OWNED BY public.child.id");
            assertEquals(Set.of(relation("public", "child_seq"), relation("public", "child")), distinct(awaitSome(events, listening)),
                    "a sequence and the table owning it");
                        s.execute("CREATE INDEX parent_code_index ON public.parent (code)");
            awaitSome(events, listening);
            s.execute("DROP INDEX public.parent_code_index");
            assertEquals(List.of(new Affected("public", "public.parent_code_index")), awaitSome(events, listening),
                    "a dropped index: its schema only (its table is gone from the catalog)");
            s.execute("CREATE VIEW public.parents AS SELECT id FROM public.parent");
            assertEquals(Set.of(relation("public", "parents")), distinct(awaitSome(events, listening)));
            s.execute("DROP TABLE public.parent CASCADE");
            assertEquals(Set.of(relation("public", "parent"), relation("public", "parents"), relation("public", "child")),
                    distinct(awaitSome(events, listening)), "the table, the view and the foreign key CASCADE dropped");
            s.execute("ALTER TABLE public.child RENAME TO kid");
            assertEquals(Set.of(relation("public", "kid")), distinct(awaitSome(events, listening)), "a rename: the new name");

            List<String> tables = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                tables.add("public.a_table_with_a_rather_long_name_to_fill_the_payload_" + i);
                s.execute("CREATE TABLE " + tables.get(i) + " (id integer PRIMARY KEY)");
            }
            List<Affected> created = awaitSome(events, listening);
            assertEquals(150, created.size(), "each table once (its primary key's index is the table's)");
            assertTrue(created.stream().allMatch(a -> a.schema().equals("public") && !a.relation().isEmpty()), "all in public");

            s.execute("DROP TABLE " + String.join(", ", tables));
            assertEquals(List.of(Affected.UNKNOWN), awaitSome(events, listening), "too many objects for 8,000 bytes");
        }
    }

    /** Payloads as the function of an older RelSync sent them still name their schemas; cut ones name nothing. */
    @Test
    void payloadsOfTheOlderFunctionStillNameTheirSchemas() throws Exception {
        PostgresServer.createDatabase("ddl_payloads");
        DdlEvents events = DatabaseKinds.find("postgresql").orElseThrow().ddlEvents().orElseThrow();
        try (Connection listening = PostgresServer.connect("ddl_payloads");
                Connection other = PostgresServer.connect("ddl_payloads")) {
            events.listen(listening);
            notify(other, "public public.orders\n\"Odd \"\"schema\"\"\" orders_pkey on \"Odd \"\"schema\"\"\".orders\n");
            assertEquals(List.of(new Affected("public", "public.orders"),
                    new Affected("Odd \"schema\"", "orders_pkey on \"Odd \"\"schema\"\"\".orders")), awaitSome(events, listening));
            notify(other, "public :orders\n\"Odd \"\"schema\"\"\" :\"My \"\"Table\"\"\"\nsales :\"x y\"\n");
            assertEquals(List.of(relation("public", "orders"), relation("Odd \"schema\"", "My \"Table\""), relation("sales", "x y")),
                    awaitSome(events, listening), "the new lines");
            notify(other, "public :orders trailing\n public.x\n");
            assertEquals(List.of(new Affected("public", ":orders trailing"), Affected.UNKNOWN), awaitSome(events, listening),
                    "not a relation line: the schema; no schema: everything");
            notify(other, "public public.orders");
            assertEquals(List.of(Affected.UNKNOWN), awaitSome(events, listening), "cut (no newline at the end)");
            notify(other, "");
            assertEquals(List.of(Affected.UNKNOWN), awaitSome(events, listening), "empty: too much to name");
        }
    }

    private static Affected relation(String schema, String relation) {
        return new Affected(schema, relation, "");
    }

    private static Set<Affected> distinct(List<Affected> affected) {
        return new LinkedHashSet<>(affected);
    }

    private static void notify(Connection connection, String payload) throws Exception {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_notify('relsync_ddl', ?)")) {
            s.setString(1, payload);
            s.execute();
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
