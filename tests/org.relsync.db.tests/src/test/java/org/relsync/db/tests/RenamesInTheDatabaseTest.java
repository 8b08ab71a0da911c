package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.model.RelSyncModel;
import org.relsync.model.common.CaseStyle;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.ReportWriter;
import org.relsync.sync.reverse.ReverseEngineer;
import org.relsync.testing.PostgresServer;

/**
 * SYNC-SPEC 3.1 M on real refreshes: a table or column renamed in the database keeps its mappings,
 * by the database's identity where it has one (PostgreSQL), by position and type as a reported
 * guess elsewhere (H2). A rename is never reported as a drop and an add.
 */
@ExtendWith(PostgresServer.class)
class RenamesInTheDatabaseTest {

    @TempDir
    Path dir;

    private final SyncEngine engine = SyncEngine.builder()
            .catalogSource(new DatabaseCatalogSource(Connections.fromEnvironment())).dialects(DatabaseKinds.dialects()).build();

    private Project reversed(String driver, String url, String user, String schema) {
        Project project = RelSyncModel.newProject("Renames");
        if (driver.equals("h2")) {
            project.getSettings().getNamingRules().setTableCaseStyle(CaseStyle.UPPER_SNAKE);
            project.getSettings().getNamingRules().setFieldCaseStyle(CaseStyle.UPPER_SNAKE);
        }
        Database database = new DatabaseSetup(Connections.fromEnvironment()).add(project,
                new DatabaseSetup.Spec("db", driver, url, user, null, List.of(schema), SyncSource.DATABASE));
        ChangeReport report = engine.run(project, SyncOptions.builder().task(DatabaseSetup.taskName("db")).build()).report();
        new ReverseEngineer(project, database, Naming.of(project, database, DatabaseKinds.dialects()), report).reverse(s -> true);
        return project;
    }

    private ChangeReport refresh(Project project) {
        return engine.run(project, SyncOptions.builder().task(DatabaseSetup.taskName("db")).build()).report();
    }

    private static Entity entity(Project project, String name) {
        return project.getEntityModel().getEntities().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void postgresqlRenamesAreFollowedByTheirOids() throws Exception {
        String url = PostgresServer.createDatabase("renames");
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE client (id integer PRIMARY KEY, first_name varchar(40) NOT NULL, city text)");
        }
        Project project = reversed("postgresql", url, "postgres", "public");
        Database database = project.getDatabases().get(0);
        Entity client = entity(project, "Client");
        EntityField firstName = client.getFields().get(1);
        TableOrView table = DatabaseMappings.of(project, database).target(client).orElseThrow();

        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE client RENAME TO customer");
            s.execute("ALTER TABLE customer RENAME COLUMN first_name TO given_name");
        }
        ChangeReport report = refresh(project);

        assertSame(table, DatabaseMappings.of(project, database).target(client).orElseThrow(), "the same table object");
        assertEquals("customer", table.getName());
        assertEquals("given_name", DatabaseMappings.of(project, database).target(firstName).orElseThrow().getName());
        assertTrue(report.changes().stream().noneMatch(c -> c.kind() == ChangeKind.REMOVED || c.kind() == ChangeKind.CREATED),
                () -> ReportWriter.text(report));
        assertEquals(2, report.changes().stream().filter(c -> c.kind() == ChangeKind.RENAMED).count(),
                () -> ReportWriter.text(report));
        assertTrue(report.problems().isEmpty(), () -> ReportWriter.text(report));
    }

    @Test
    void elsewhereAColumnRenameIsGuessedFromPositionAndTypeAndSaidToBeAGuess() throws Exception {
        String url = H2Shop.build(dir);
        Project project = reversed("h2", url, null, "PUBLIC");
        Database database = project.getDatabases().get(0);
        EntityField note = entity(project, "Order").getFields().get(3);

        H2Shop.execute(url, "ALTER TABLE \"ORDER\" ALTER COLUMN NOTE RENAME TO REMARK");
        ChangeReport report = refresh(project);

        assertEquals("REMARK", DatabaseMappings.of(project, database).target(note).orElseThrow().getName());
        var rename = report.changes().stream().filter(c -> c.kind() == ChangeKind.RENAMED).findFirst().orElseThrow();
        assertTrue(rename.detail().contains("a guess"), rename.toString());
        assertTrue(report.changes().stream().noneMatch(c -> c.kind() == ChangeKind.REMOVED), () -> ReportWriter.text(report));
    }
}
