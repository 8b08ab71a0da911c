package org.relsync.live;

import java.nio.file.Path;
import java.util.Objects;

import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.sync.ProjectSync;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.report.ChangeReport;

/**
 * {@code relsync watch}'s target: each sync reads the project file and runs through
 * {@link ProjectSync} (locked, saved atomically, nothing saved when nothing changed).
 */
public final class ProjectFileTarget implements LiveTarget {

    private final Path file;
    private final ProjectSync sync;

    public ProjectFileTarget(Path file, ProjectSync sync) {
        this.file = Objects.requireNonNull(file, "file");
        this.sync = Objects.requireNonNull(sync, "sync");
    }

    @Override
    public Project project() {
        return ProjectFiles.load(file);
    }

    @Override
    public ChangeReport sync(String databases, SyncOptions options) {
        return sync.sync(file, options).report();
    }
}
