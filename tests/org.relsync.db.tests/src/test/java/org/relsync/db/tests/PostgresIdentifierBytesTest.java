package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.db.ddl.DdlApplier;
import org.relsync.db.ddl.DdlScript;
import org.relsync.db.ddl.DdlService;
import org.relsync.model.RelSyncModel;
import org.relsync.model.entity.ModelType;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.dialect.Dialect;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.edit.ProjectEditor.FieldSpec;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem;
import org.relsync.sync.report.ReportWriter;
import org.relsync.sync.validation.Validation;
import org.relsync.testing.PostgresServer;

/**
 * PostgreSQL keeps 63 bytes of an identifier, not 63 characters: two field names of 33 characters
 * (65 bytes in UTF-8) that share their first 63 bytes became one column name at apply time
 * ({@code column ... specified more than once}). Names are shortened by the database's own
 * measure, on a character boundary, and stay apart; the script applies on a real server.
 */
@ExtendWith(PostgresServer.class)
class PostgresIdentifierBytesTest {

    private static final String SHARED = "ä".repeat(32); // 32 characters, 64 bytes

    @Test
    void multibyteNamesThatShareTheirFirst63BytesStayTwoColumns() throws Exception {
        String url = PostgresServer.createDatabase("identifier_bytes");
        Project project = RelSyncModel.newProject("Bytes");
        Database database = new DatabaseSetup(Connections.fromEnvironment()).add(project, new DatabaseSetup.Spec("pg",
                "postgresql", url, "postgres", null, List.of("public"), SyncSource.MODEL));
        ProjectEditor editor = new ProjectEditor(project);
        editor.execute(editor.addEntity("Messung"));
        editor.execute(editor.addField("Messung.Id", new FieldSpec(ModelType.INT64, null, null, null, false, true, true, null,
                false, false, false)));
        for (String suffix : List.of("a", "b")) {
            editor.execute(editor.addField("Messung." + SHARED + suffix, new FieldSpec(ModelType.INT32, null, null, null,
                    true, null, null, null, false, false, false)));
        }
        DatabaseCatalogSource source = new DatabaseCatalogSource(Connections.fromEnvironment());
        SyncEngine engine = SyncEngine.builder().catalogSource(source).dialects(DatabaseKinds.dialects()).build();
        ChangeReport report = engine.run(project, SyncOptions.defaults()).report();
        assertEquals(0, report.count(Problem.Severity.ERROR), () -> ReportWriter.text(report));

        Table table = database.getCatalogs().get(0).getSchemas().get(0).getTables().get(0);
        List<String> names = table.getFields().stream().map(TableField::getName).filter(PostgresIdentifierBytesTest::shared).toList();
        assertEquals(2, names.size(), names::toString);
        assertNotEquals(names.get(0), names.get(1));
        for (String name : names) {
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 63, name + " fits in 63 bytes");
            assertTrue(name.toLowerCase().startsWith("ä".repeat(27)), name + " keeps the start that fits");
        }

        DdlService ddl = new DdlService(Connections.fromEnvironment(), source);
        DdlScript create = ddl.create(database);
        DdlApplier.Outcome outcome = ddl.apply(database, create);
        assertTrue(outcome.succeeded(), () -> outcome.summary() + "\n" + create.text());
        assertEquals(names.stream().sorted().toList(), columns(url).stream().filter(PostgresIdentifierBytesTest::shared).sorted().toList(),
                "the server has the two columns under the names the model holds");
        ChangeReport again = engine.run(project, SyncOptions.defaults()).report();
        assertEquals(0, again.count(Problem.Severity.ERROR), () -> ReportWriter.text(again));
        assertEquals(List.of(), ddl.update(database).statements(), "nothing left to change");
    }

    @Test
    void validationReportsNamesTheServerWouldCutBeforeAnyDdl() throws Exception {
        String url = PostgresServer.createDatabase("identifier_validation");
        Project project = RelSyncModel.newProject("Bytes");
        Database database = new DatabaseSetup(Connections.fromEnvironment()).add(project, new DatabaseSetup.Spec("pg",
                "postgresql", url, "postgres", null, List.of("public"), SyncSource.MODEL));
        ProjectEditor editor = new ProjectEditor(project);
        editor.execute(editor.addEntity("Messung"));
        editor.execute(editor.addField("Messung.Id", new FieldSpec(ModelType.INT64, null, null, null, false, true, true, null,
                false, false, false)));
        editor.execute(editor.addField("Messung.A", new FieldSpec(ModelType.INT32, null, null, null, true, null, null, null,
                false, false, false)));
        editor.execute(editor.addField("Messung.B", new FieldSpec(ModelType.INT32, null, null, null, true, null, null, null,
                false, false, false)));
        SyncEngine engine = SyncEngine.builder().catalogSource(new DatabaseCatalogSource(Connections.fromEnvironment()))
                .dialects(DatabaseKinds.dialects()).build();
        engine.run(project, SyncOptions.defaults());
        assertEquals(List.of(), codes(project, "identifier."));
        // names as a project file written by hand (or by an older RelSync) holds them: 65 bytes each, the first 63 alike
        Table table = database.getCatalogs().get(0).getSchemas().get(0).getTables().get(0);
        table.getFields().get(1).setName(SHARED + "a");
        table.getFields().get(2).setName(SHARED + "b");
        assertEquals(List.of("identifier.length", "identifier.length", "identifier.collision"), codes(project, "identifier."));
        var finding = Validation.validate(project, DatabaseKinds.dialects()).stream()
                .filter(f -> f.code().equals("identifier.length")).findFirst().orElseThrow();
        assertEquals("the name is 65 bytes long; the database takes at most 63", finding.message());
        assertTrue(finding.fixes().get(0).label().startsWith("rename it " + "ä".repeat(27) + "_"), finding.fixes().toString());
        database.setDriverId("mariadb"); // 64 characters: the same names fit
        assertEquals(List.of(), codes(project, "identifier."));
    }

    private static List<String> codes(Project project, String prefix) {
        return Validation.validate(project, DatabaseKinds.dialects()).stream().map(Validation.Finding::code)
                .filter(c -> c.startsWith(prefix)).toList();
    }

    @Test
    void shorteningCountsWhatEachDatabaseCounts() {
        Dialect postgres = DatabaseKinds.find("postgresql").orElseThrow().dialect();
        Dialect mariadb = DatabaseKinds.find("mariadb").orElseThrow().dialect();
        Naming pg = new Naming(RelSyncModel.newNamingRules(), postgres);
        Naming maria = new Naming(RelSyncModel.newNamingRules(), mariadb);
        String long64 = "ä".repeat(64);
        assertEquals(128, postgres.identifierLength(long64));
        assertEquals(64, mariadb.identifierLength(long64));
        assertEquals(long64, maria.shorten(long64), "MariaDB counts 64 characters");
        String shortened = pg.shorten(long64);
        assertTrue(shortened.getBytes(StandardCharsets.UTF_8).length <= 63, shortened);
        assertEquals("ä".repeat(27) + "_", shortened.substring(0, 28), "cut between characters");
        String emoji = "\uD83D\uDE00".repeat(20); // 20 characters, 80 bytes
        assertTrue(pg.shorten(emoji).codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), "no half surrogate pair");
        String unique = pg.unique("ä".repeat(31), n -> n.equals("ä".repeat(31)));
        assertTrue(unique.getBytes(StandardCharsets.UTF_8).length <= 63 && unique.endsWith("_2"), unique);
    }

    private static boolean shared(String name) {
        return name.toLowerCase().startsWith("ää");
    }

    private static List<String> columns(String url) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); PreparedStatement s = c.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY column_name");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
