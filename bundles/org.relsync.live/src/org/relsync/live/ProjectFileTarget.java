package org.relsync.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.sync.ProjectSync;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.SyncResult;
import org.relsync.sync.report.ChangeReport;

/**
 * {@code relsync watch}'s target: each sync runs through {@link ProjectSync} (locked, saved
 * atomically, nothing saved when nothing changed), telling {@link Progress#synced} before the save
 * and {@link Progress#saved} after it. The project is kept loaded between syncs while
 * the file stays as the last sync left it (same file, size and modification time; a save replaces
 * the file, so another program's save is seen): loading a 1,000-table project took 63-71 ms of each
 * change. Anything else (the file changed, a failed sync) loads the file afresh.
 */
public final class ProjectFileTarget implements LiveTarget {

    /** What identifies one state of the file: a save makes a new file (atomic move), a write changes its time or size. */
    private record Stamp(Object key, FileTime modified, long size) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(a.fileKey(), a.lastModifiedTime(), a.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Path file;
    private final ProjectSync sync;
    private Project kept;
    private Stamp keptStamp;

    public ProjectFileTarget(Path file, ProjectSync sync) {
        this.file = Objects.requireNonNull(file, "file");
        this.sync = Objects.requireNonNull(sync, "sync");
    }

    @Override
    public Project project() {
        return ProjectFiles.load(file);
    }

    @Override
    public ChangeReport sync(String databases, SyncOptions options, Progress progress) {
        Project[] used = {null};
        try {
            SyncResult result = sync.sync(file, options, path -> used[0] = load(path), run -> progress.synced(run.report()));
            kept = used[0];
            keptStamp = Stamp.of(file); // as saved by this run, or as it was when nothing changed
            if (result.modified() && !options.dryRun()) {
                progress.saved();
            }
            return result.report();
        } catch (RuntimeException | Error e) {
            kept = null; // may be half changed
            keptStamp = null;
            throw e;
        }
    }

    /** The project kept from the last sync while the file is as that sync left it, else the file's. */
    private Project load(Path path) {
        if (kept != null && Stamp.of(path).equals(keptStamp)) {
            return kept;
        }
        kept = null;
        return ProjectFiles.load(path);
    }
}
