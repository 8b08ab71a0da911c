package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.eclipse.emf.common.util.BasicMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.db.SequenceDefaults;
import org.relsync.db.ddl.DdlApplier;
import org.relsync.db.ddl.DdlScript;
import org.relsync.db.ddl.DdlService;
import org.relsync.db.ddl.DdlStatement;
import org.relsync.model.RelSyncModel;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.catalog.SchemaRef;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem;
import org.relsync.sync.report.ReportWriter;
import org.relsync.sync.reverse.ReverseEngineer;
import org.relsync.sync.validation.Validation;
import org.relsync.testing.MariaDbServer;
import org.relsync.testing.PostgresServer;
import org.relsync.testing.SqlScript;
import org.relsync.testing.Samples;

/**
 * Issue 10, item 1: a column whose default draws from a sequence ({@code DEFAULT nextval('seq')}
 * on PostgreSQL without {@code OWNED BY}, perhaps shared by several tables; {@code NEXT VALUE FOR}
 * on H2; {@code NEXTVAL} on MariaDB) is linked to that sequence by every reader, is never called an
 * orphan's reason, keeps its default through {@code ddl --update} (a lost default is set again,
 * never replaced by a new identity), and a sequence such a column uses cannot be dropped quietly.
 */
@ExtendWith({MariaDbServer.class, PostgresServer.class})
class SequenceDefaultsTest {

    @TempDir
    Path dir;

    private final Connections connections = Connections.fromEnvironment();
    private final DatabaseCatalogSource source = new DatabaseCatalogSource(connections);
    private final SyncEngine engine = SyncEngine.builder().catalogSource(source).dialects(DatabaseKinds.dialects()).build();
    private final DdlService ddl = new DdlService(connections, source);

    private static final List<String> POSTGRESQL_SHOP = List.of(
            "CREATE SEQUENCE shared_seq",
            "CREATE SEQUENCE \"Odd Seq\" START WITH 50",
            "CREATE TABLE invoice (id integer DEFAULT nextval('shared_seq') PRIMARY KEY, note varchar(40))",
            "CREATE TABLE credit_note (id bigint DEFAULT nextval('public.shared_seq'::regclass) NOT NULL PRIMARY KEY)",
            "CREATE TABLE odd (id integer DEFAULT nextval('\"Odd Seq\"') PRIMARY KEY)",
            "CREATE TABLE owned (id serial PRIMARY KEY)",
            "INSERT INTO invoice (note) VALUES ('a'), ('b'), ('c')");

    /** The one rule's reading of defaults, in each database's spelling; anything else draws from no sequence. */
    @Test
    void theSequenceADefaultDrawsFrom() {
        assertEquals(List.of("public", "actor_actor_id_seq"),
                SequenceDefaults.sequenceName("nextval('public.actor_actor_id_seq'::regclass)"));
        assertEquals(List.of("Odd Seq"), SequenceDefaults.sequenceName("nextval('\"Odd Seq\"'::regclass)"));
        assertEquals(List.of("it's"), SequenceDefaults.sequenceName("nextval('\"it''s\"'::regclass)"));
        assertEquals(List.of("s"), SequenceDefaults.sequenceName("nextval(('s'::text)::regclass)"));
        assertEquals(List.of("PUBLIC", "TICKET_SEQ"), SequenceDefaults.sequenceName("NEXT VALUE FOR \"PUBLIC\".\"TICKET_SEQ\""));
        assertEquals(List.of("ticket_seq"), SequenceDefaults.sequenceName("nextval(`ticket_seq`)"));
        assertEquals(List.of("shop", "ticket_seq"), SequenceDefaults.sequenceName("NEXTVAL(shop.ticket_seq)"));
        for (String other : new String[] {null, "0", "'nextval(''s'')'", "now()", "nextval('s'::regclass) + 1",
            "CURRENT_TIMESTAMP", "lastval()", "NEXT VALUE FOR S + 1", "nextval(s) * 2"}) {
            assertEquals(null, SequenceDefaults.sequenceName(other), other);
        }
    }

    @Test
    void bothPostgresqlReadersLinkColumnsToTheSequenceTheirDefaultDrawsFrom() throws Exception {
        String url = postgres("seq_readers", POSTGRESQL_SHOP);
        Project p = RelSyncModel.newProject("readers");
        Database project = new DatabaseSetup(connections).add(p, new DatabaseSetup.Spec("db", "postgresql", url, "postgres", null,
                List.of("public"), SyncSource.DATABASE));
        List<SchemaRef> schemas = List.of(new SchemaRef("seq_readers", "public"));
        for (Database snapshot : List.of(source.read(project, schemas, new BasicMonitor()),
                new PostgresSchemaCrawlerSource(connections).read(project, schemas, new BasicMonitor()))) {
            Schema schema = Elements.schemas(snapshot).get(0);
            Sequence shared = sequence(schema, "shared_seq");
            for (String table : List.of("invoice", "credit_note")) {
                TableField id = column(schema, table, "id");
                assertSame(shared, id.getSequence(), table + ".id draws from shared_seq");
                assertFalse(id.isOwnsSequence(), table + ".id does not own shared_seq");
                assertTrue(id.isIdentity(), table + ".id is an identity column");
            }
            assertSame(sequence(schema, "Odd Seq"), column(schema, "odd", "id").getSequence());
            TableField serial = column(schema, "owned", "id");
            assertSame(sequence(schema, "owned_id_seq"), serial.getSequence());
            assertTrue(serial.isOwnsSequence(), "a serial column owns its sequence");
            assertEquals(null, column(schema, "invoice", "note").getSequence());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pagila, pagila-schema.sql", "sakila, postgres-sakila-schema.sql"})
    void samplesWithSequencesInDefaultsHaveNoOrphanedSequence(String sample, String file) throws Exception {
        String url = PostgresServer.createDatabase("seq_" + sample);
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            SqlScript.run(c, Samples.file(sample, file), SqlScript.INTO_A_TEST_DATABASE);
        }
        Project project = RelSyncModel.newProject(sample);
        Database database = readAndReverse(project, "postgresql", url, "postgres", List.of("public"));
        ChangeReport report = engine.run(project, SyncOptions.defaults()).report();
        assertEquals(List.of(), codes(report, "orphan.sequence"), () -> ReportWriter.text(report));
        long linked = Elements.schemas(database).get(0).getTables().stream().flatMap(t -> t.getFields().stream())
                .filter(f -> f.getSequence() != null).count();
        assertTrue(linked >= 13, "columns linked to their sequences: " + linked);
    }

    /**
     * The default of a Model schema's column disappears from the database: the update sets it
     * again, from the same sequence, so new rows continue after the existing ones.
     */
    @Test
    void postgresqlUpdateRestoresALostDefaultFromTheSameSequence() throws Exception {
        String url = postgres("seq_lost", POSTGRESQL_SHOP);
        Project project = RelSyncModel.newProject("lost");
        Database database = readAndReverse(project, "postgresql", url, "postgres", List.of("public"));
        Elements.schemas(database).forEach(s -> s.setSyncSource(SyncSource.MODEL));
        assertTrue(ddl.update(database).statements().isEmpty(), () -> ddl.update(database).text());

        sql(url, "postgres", "ALTER TABLE invoice ALTER COLUMN id DROP DEFAULT");
        DdlScript update = ddl.update(database);
        List<String> statements = update.statements().stream().map(DdlStatement::sql).toList();
        assertEquals(List.of("ALTER TABLE public.invoice ALTER COLUMN id SET DEFAULT nextval('shared_seq'::regclass)"),
                statements, update::text);
        DdlApplier.Outcome outcome = ddl.apply(database, update);
        assertTrue(outcome.succeeded(), outcome::summary);
        sql(url, "postgres", "INSERT INTO invoice (note) VALUES ('d')");
        assertEquals(4, scalar(url, "postgres", "SELECT max(id) FROM invoice"), "the next row continues shared_seq");
        assertTrue(ddl.update(database).statements().isEmpty(), () -> ddl.update(database).text());

        // and the model still links the column to the sequence it draws from, after further syncs
        Elements.schemas(database).forEach(s -> s.setSyncSource(SyncSource.DATABASE));
        for (int run = 1; run <= 2; run++) {
            ChangeReport report = engine.run(project, SyncOptions.defaults()).report();
            Schema schema = Elements.schemas(database).get(0);
            assertSame(sequence(schema, "shared_seq"), column(schema, "invoice", "id").getSequence(), "run " + run);
            assertEquals(List.of(), codes(report, "orphan.sequence"), () -> ReportWriter.text(report));
        }
    }

    /** A sequence a column draws from, marked for deletion: validation says so, and the drop is destructive. */
    @Test
    void droppingASequenceAColumnUsesIsAnErrorAndDestructive() throws Exception {
        String url = postgres("seq_drop", POSTGRESQL_SHOP);
        Project project = RelSyncModel.newProject("drop");
        Database database = readAndReverse(project, "postgresql", url, "postgres", List.of("public"));
        Elements.schemas(database).forEach(s -> s.setSyncSource(SyncSource.MODEL));
        sequence(Elements.schemas(database).get(0), "shared_seq").setMarkedForDeletion(true);

        List<String> errors = Validation.validate(project, DatabaseKinds.dialects()).stream()
                .filter(f -> f.severity() == Problem.Severity.ERROR).map(f -> f.code() + " " + f.message()).toList();
        assertEquals(List.of("sequence.inUse draws its values from sequence shared_seq, which is marked for deletion",
                "sequence.inUse draws its values from sequence shared_seq, which is marked for deletion"), errors);
        DdlScript update = ddl.update(database);
        assertEquals(1, update.destructive().size(), update::text);
        assertTrue(update.destructive().get(0).sql().startsWith("DROP SEQUENCE"), update::text);
        assertTrue(update.destructive().get(0).risk().contains("which column"), update::text);
    }

    /** H2's {@code NEXT VALUE FOR}: linked, no orphan, a lost default set again. */
    @Test
    void h2NextValueForDefaults() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("h2").resolve("seq") + ";USER=sa";
        sql(url, null, "CREATE SEQUENCE TICKET_SEQ START WITH 100",
                "CREATE TABLE TICKET (ID BIGINT DEFAULT NEXT VALUE FOR TICKET_SEQ PRIMARY KEY, NOTE VARCHAR(20))",
                "CREATE TABLE REFUND (ID BIGINT DEFAULT NEXT VALUE FOR TICKET_SEQ NOT NULL PRIMARY KEY)",
                "INSERT INTO TICKET (NOTE) VALUES ('a'), ('b')");
        Project project = RelSyncModel.newProject("h2");
        Database database = readAndReverse(project, "h2", url, null, List.of("PUBLIC"));
        Schema schema = Elements.schemas(database).get(0);
        for (String table : List.of("TICKET", "REFUND")) {
            TableField id = column(schema, table, "ID");
            assertSame(sequence(schema, "TICKET_SEQ"), id.getSequence(), table);
            assertFalse(id.isOwnsSequence());
            assertTrue(id.isIdentity());
        }
        ChangeReport report = engine.run(project, SyncOptions.defaults()).report();
        assertEquals(List.of(), codes(report, "orphan.sequence"), () -> ReportWriter.text(report));

        Elements.schemas(database).forEach(s -> s.setSyncSource(SyncSource.MODEL));
        assertTrue(ddl.update(database).statements().isEmpty(), () -> ddl.update(database).text());
        sql(url, null, "ALTER TABLE TICKET ALTER COLUMN ID DROP DEFAULT");
        DdlScript update = ddl.update(database);
        assertEquals(List.of("ALTER TABLE PUBLIC.TICKET ALTER COLUMN ID SET DEFAULT NEXT VALUE FOR \"PUBLIC\".\"TICKET_SEQ\""),
                update.statements().stream().map(DdlStatement::sql).toList(), update::text);
        assertTrue(ddl.apply(database, update).succeeded());
        sql(url, null, "INSERT INTO TICKET (NOTE) VALUES ('c')");
        assertEquals(102, scalar(url, null, "SELECT MAX(ID) FROM TICKET"));
        assertTrue(ddl.update(database).statements().isEmpty(), () -> ddl.update(database).text());
    }

    /** MariaDB's sequences (10.3+) and {@code DEFAULT NEXTVAL(seq)}: read, linked, no orphan, a lost default set again. */
    @Test
    void mariadbNextvalDefaults() throws Exception {
        String url = MariaDbServer.createDatabase("seq_maria");
        sql(url, "root", "CREATE SEQUENCE ticket_seq START WITH 100 INCREMENT BY 1",
                "CREATE TABLE ticket (id BIGINT NOT NULL DEFAULT NEXTVAL(ticket_seq) PRIMARY KEY, note VARCHAR(20))",
                "CREATE TABLE refund (id BIGINT NOT NULL DEFAULT NEXT VALUE FOR ticket_seq PRIMARY KEY)",
                "INSERT INTO ticket (note) VALUES ('a'), ('b')");
        Project project = RelSyncModel.newProject("maria");
        Database database = readAndReverse(project, "mariadb", url, "root", List.of("seq_maria"));
        Schema schema = Elements.schemas(database).get(0);
        Sequence sequence = sequence(schema, "ticket_seq");
        assertEquals(100, sequence.getStartValue());
        assertTrue(schema.getTables().stream().noneMatch(t -> t.getName().equals("ticket_seq")), "a sequence is no table");
        for (String table : List.of("ticket", "refund")) {
            TableField id = column(schema, table, "id");
            assertSame(sequence, id.getSequence(), table + " " + id.getDefaultValue());
            assertFalse(id.getDefaultValue().contains("seq_maria"), "a copy of the database draws from its own: "
                    + id.getDefaultValue());
            assertFalse(id.isOwnsSequence());
            assertTrue(id.isIdentity());
        }
        ChangeReport report = engine.run(project, SyncOptions.defaults()).report();
        assertEquals(List.of(), codes(report, "orphan.sequence"), () -> ReportWriter.text(report));

        Elements.schemas(database).forEach(s -> s.setSyncSource(SyncSource.MODEL));
        assertTrue(ddl.update(database).statements().isEmpty(), () -> ddl.update(database).text());
        sql(url, "root", "ALTER TABLE ticket ALTER COLUMN id DROP DEFAULT");
        DdlScript update = ddl.update(database);
        List<String> statements = update.statements().stream().map(DdlStatement::sql).toList();
        assertEquals(1, statements.size(), update::text);
        assertTrue(statements.get(0).contains("DEFAULT nextval(") && !statements.get(0).contains("AUTO_INCREMENT"),
                update::text);
        assertTrue(ddl.apply(database, update).succeeded());
        sql(url, "root", "INSERT INTO ticket (note) VALUES ('c')");
        assertEquals(102, scalar(url, "root", "SELECT MAX(id) FROM ticket"));
        assertTrue(ddl.update(database).statements().isEmpty(), () -> ddl.update(database).text());
    }

    /**
     * A model-first table with an identity key, created by an apply and read back in a Mixed
     * schema: the sequence its identity makes is linked to the model's column, and no orphan.
     */
    @Test
    void aModelFirstTableReadBackInAMixedSchemaHasNoOrphanedSequence() throws Exception {
        String url = PostgresServer.createDatabase("seq_mixed");
        sql(url, "postgres", "CREATE TABLE legacy (id INTEGER PRIMARY KEY)");
        Project project = RelSyncModel.newProject("mixed");
        Database database = new DatabaseSetup(connections).add(project, new DatabaseSetup.Spec("db", "postgresql", url,
                "postgres", null, List.of("public"), SyncSource.MIXED));
        org.relsync.sync.edit.ProjectEditor editor = new org.relsync.sync.edit.ProjectEditor(project);
        editor.execute(editor.addEntity("Customer"));
        editor.execute(editor.addField("Customer.Id", new org.relsync.sync.edit.ProjectEditor.FieldSpec(
                org.relsync.model.entity.ModelType.INT64, null, null, null, false, true, true, null, false, false, false)));
        editor.execute(editor.addField("Customer.Name", new org.relsync.sync.edit.ProjectEditor.FieldSpec(
                org.relsync.model.entity.ModelType.STRING, 100, null, null, false, null, null, null, false, false, false)));
        ChangeReport first = engine.run(project, SyncOptions.defaults()).report();
        assertEquals(0, first.count(Problem.Severity.ERROR), () -> ReportWriter.text(first));
        DdlScript update = ddl.update(database);
        DdlApplier.Outcome outcome = ddl.apply(database, update);
        assertTrue(outcome.succeeded(), () -> outcome.summary() + "\n" + update.text());

        for (int run = 1; run <= 2; run++) {
            ChangeReport report = engine.run(project, SyncOptions.defaults()).report();
            assertEquals(List.of(), codes(report, "orphan.sequence"), () -> ReportWriter.text(report));
        }
    }

    // ---- helpers

    private Database readAndReverse(Project project, String driver, String url, String user, List<String> schemas) {
        Database database = new DatabaseSetup(connections).add(project, new DatabaseSetup.Spec("db", driver, url, user, null,
                schemas, SyncSource.DATABASE));
        ChangeReport read = engine.run(project, SyncOptions.builder().task(DatabaseSetup.taskName("db")).build()).report();
        assertEquals(0, read.count(Problem.Severity.ERROR), () -> ReportWriter.text(read));
        ChangeReport reversed = new ChangeReport("reverse");
        new ReverseEngineer(project, database, Naming.of(project, database, DatabaseKinds.dialects()), reversed).reverse(s -> true);
        return database;
    }

    private static List<String> codes(ChangeReport report, String code) {
        return report.problems().stream().filter(p -> p.code().equals(code)).map(p -> p.path() + ": " + p.message()).toList();
    }

    private static String postgres(String name, List<String> statements) throws Exception {
        String url = PostgresServer.createDatabase(name);
        sql(url, "postgres", statements.toArray(String[]::new));
        return url;
    }

    private static void sql(String url, String user, String... statements) throws Exception {
        try (Connection c = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static long scalar(String url, String user, String query) throws Exception {
        try (Connection c = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private static TableField column(Schema schema, String table, String column) {
        Table t = schema.getTables().stream().filter(x -> x.getName().equals(table)).findFirst().orElseThrow(() ->
                new AssertionError("no table " + table));
        return t.getFields().stream().filter(f -> f.getName().equals(column)).findFirst().orElseThrow(() ->
                new AssertionError("no column " + table + "." + column));
    }

    private static Sequence sequence(Schema schema, String name) {
        Sequence sequence = schema.getSequences().stream().filter(s -> s.getName().equals(name)).findFirst().orElse(null);
        assertNotNull(sequence, "sequence " + name);
        return sequence;
    }
}
