package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.relsync.model.project.Project;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.SyncResult;
import org.relsync.sync.catalog.SnapshotCatalogSource;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.report.Change;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem;
import org.relsync.sync.report.ReportWriter;

/**
 * Base of the scenario tests: a project fixture, databases served from snapshots, and, after
 * every scenario, the check that a second sync reports no change (idempotence).
 */
abstract class Scenario {

    protected Fixture fixture = Fixture.project("Scenario");
    protected final SnapshotCatalogSource catalogs = new SnapshotCatalogSource();
    protected DialectRegistry dialects = DialectRegistry.ansi();
    private boolean synced;

    protected Project project() {
        return fixture.project;
    }

    protected SyncEngine engine() {
        return SyncEngine.builder().catalogSource(catalogs).dialects(dialects).build();
    }

    protected ChangeReport sync() {
        return sync(SyncOptions.defaults());
    }

    protected ChangeReport sync(SyncOptions options) {
        SyncResult result = engine().run(project(), options);
        synced = true;
        return result.report();
    }

    @AfterEach
    void aSecondSyncChangesNothing() {
        if (!synced) {
            return;
        }
        ChangeReport again = engine().run(project(), SyncOptions.defaults()).report();
        assertEquals(List.of(), again.changes(), () -> "a second sync must change nothing:\n" + ReportWriter.text(again));
    }

    // ---- report queries

    protected static List<Change> changes(ChangeReport report, ChangeKind kind, String elementKind) {
        return report.changes().stream().filter(c -> c.kind() == kind && c.elementKind().equals(elementKind)).toList();
    }

    protected static void assertChange(ChangeReport report, ChangeKind kind, String elementKind, String path) {
        assertTrue(report.changes().stream().anyMatch(c -> c.kind() == kind && c.elementKind().equals(elementKind)
                && c.path().equals(path)), () -> "expected " + kind.label() + " " + elementKind + " " + path + " in\n"
                        + ReportWriter.text(report));
    }

    protected static void assertNoChange(ChangeReport report, String elementKind, String path) {
        assertFalse(report.changes().stream().anyMatch(c -> c.elementKind().equals(elementKind) && c.path().equals(path)),
                () -> "expected no change of " + elementKind + " " + path + " in\n" + ReportWriter.text(report));
    }

    protected static List<Problem> problems(ChangeReport report, String code) {
        return report.problems().stream().filter(p -> p.code().equals(code)).toList();
    }
}
