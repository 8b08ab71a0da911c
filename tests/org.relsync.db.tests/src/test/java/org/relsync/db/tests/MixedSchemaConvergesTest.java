package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.db.ProjectReverse;
import org.relsync.model.RelSyncModel;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.ProjectSync;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.SyncResult;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.ReportWriter;
import org.relsync.testing.PostgresServer;
import org.relsync.testing.SqlScript;
import org.relsync.testing.Samples;

/**
 * Issue 10, item 2: a Mixed schema reversed from a snake_case database, with the default naming
 * rules, settles: the syncs after the first report no change and leave the project file byte for
 * byte. Done as the CLI does it: {@code add-db --sync-source Mixed} ({@link DatabaseSetup}),
 * {@code reverse} ({@link ProjectReverse}: the database task, then reverse engineering), then {@code sync}
 * ({@link ProjectSync}) three times.
 */
@ExtendWith(PostgresServer.class)
class MixedSchemaConvergesTest {

    @TempDir
    Path dir;

    @Test
    void sakilaOnSqliteReversedIntoAMixedSchemaSettles() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("sakila.db");
        try (Connection c = DriverManager.getConnection(url)) {
            SqlScript.run(c, Samples.file("sakila", "sqlite-sakila-schema.sql"), sql -> true);
        }
        ChangeReport first = settles("sqlite", url, null, List.of());
        // reversing took the database's style (lower_snake), so the first sync keeps every table's and column's name
        assertEquals(List.of(), first.changes().stream().filter(c -> c.kind() == ChangeKind.RENAMED
                && (c.elementKind().equals("Table") || c.elementKind().equals("TableField"))).toList(),
                () -> ReportWriter.text(first));
    }

    @Test
    void pagilaOnPostgresqlReversedIntoAMixedSchemaSettles() throws Exception {
        String url = PostgresServer.createDatabase("mixed_pagila");
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            SqlScript.run(c, Samples.file("pagila", "pagila-schema.sql"), SqlScript.INTO_A_TEST_DATABASE);
        }
        settles("postgresql", url, "postgres", List.of("public"));
    }

    /** Adds the database as Mixed, reverses it, syncs three times; returns the first sync's report. */
    private ChangeReport settles(String driver, String url, String user, List<String> schemas) throws Exception {
        Path file = dir.resolve("mixed.relsync");
        Project project = RelSyncModel.newProject("Mixed");
        new DatabaseSetup(Connections.fromEnvironment()).add(project,
                new DatabaseSetup.Spec("db", driver, url, user, null, schemas, SyncSource.MIXED));
        ProjectFiles.save(project, file);

        // reverse, as relsync reverse does it
        DatabaseCatalogSource source = new DatabaseCatalogSource(Connections.fromEnvironment());
        SyncEngine engine = SyncEngine.builder().catalogSource(source).dialects(DatabaseKinds.dialects()).build();
        new ProjectReverse(source).reverse(file, "db", List.of(), new org.eclipse.emf.common.util.BasicMonitor());
        assertFalse(ProjectFiles.load(file).getEntityModel().getEntities().isEmpty());

        ProjectSync sync = new ProjectSync(engine, Clock.systemUTC());
        SyncOptions options = SyncOptions.builder().backup(false).build();
        ChangeReport first = sync.sync(file, options).report();
        byte[] afterFirst = Files.readAllBytes(file);
        for (int run = 2; run <= 3; run++) {
            SyncResult result = sync.sync(file, options);
            ChangeReport report = result.report();
            int n = run;
            assertEquals(List.of(), report.changes(), () -> "sync " + n + ":\n" + ReportWriter.text(report));
            assertFalse(result.modified(), "sync " + run + " changed the model");
            assertArrayEquals(afterFirst, Files.readAllBytes(file), "sync " + run + " rewrote the project file");
        }
        return first;
    }
}
