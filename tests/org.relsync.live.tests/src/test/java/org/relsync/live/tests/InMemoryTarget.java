package org.relsync.live.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.relsync.live.ChangeSummary;
import org.relsync.live.LiveTarget;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Table;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.report.ChangeReport;

/**
 * A project in memory, synced by the engine and never saved, as the workbench keeps one; notes
 * each sync ("main: 1 table field created") and the options it ran with.
 */
final class InMemoryTarget implements LiveTarget {

    final Project project;
    final List<String> synced = new CopyOnWriteArrayList<>();
    final List<SyncOptions> options = new CopyOnWriteArrayList<>();
    private final SyncEngine engine;
    private final boolean retries;

    InMemoryTarget(Path file, SyncEngine engine, boolean retries) {
        this.project = ProjectFiles.load(file);
        this.engine = engine;
        this.retries = retries;
    }

    @Override
    public Project project() {
        return project;
    }

    @Override
    public ChangeReport sync(String databases, SyncOptions with, Progress progress) {
        ChangeReport report = engine.run(project, with).report();
        options.add(with);
        synced.add(databases + ": " + ChangeSummary.of(report, 3));
        progress.synced(report); // the event: noted first, so a test that has it finds the note
        return report;
    }

    @Override
    public boolean retriesFirstSync() {
        return retries;
    }

    boolean hasColumn(String table, String column) {
        return project.getDatabases().get(0).getCatalogs().stream().flatMap(c -> c.getSchemas().stream())
                .flatMap(s -> s.getTables().stream()).filter(t -> t instanceof Table && t.getName().equals(table))
                .flatMap(t -> t.getFields().stream()).anyMatch(c -> c.getName().equals(column));
    }
}
