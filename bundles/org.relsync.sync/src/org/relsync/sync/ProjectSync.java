package org.relsync.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.relsync.model.RelSyncModel;
import org.relsync.model.io.ProjectFileException;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectSettings;

/**
 * Syncs a project file: loads it, backs it up (SYNC-SPEC section 7), runs the engine and saves
 * the result atomically. Any failure leaves the project file byte for byte as it was.
 */
public final class ProjectSync {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final SyncEngine engine;
    private final Clock clock;

    public ProjectSync(SyncEngine engine, Clock clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Syncs the project in {@code file}.
     *
     * @throws BackupException when the backup cannot be written (nothing else happened)
     * @throws ProjectFileException when the file cannot be read or the result cannot be saved
     */
    public SyncResult sync(Path file, SyncOptions options) {
        Project project = ProjectFiles.load(file);
        engine.selectTasks(project, options); // an unknown task name stops here, before the backup
        ProjectSettings settings = project.getSettings();
        boolean backup = options.backup() && !options.dryRun() && (settings == null || settings.isCreateBackupBeforeSync());
        if (backup) {
            backup(file, settings == null ? null : settings.getBackupFolder());
        }
        SyncResult result = engine.run(project, options);
        if (result.modified()) {
            ProjectFiles.save(project, file);
        }
        return result;
    }

    /** Copies {@code file} into the backup folder under a timestamped name; returns the copy. */
    public Path backup(Path file, String folderSetting) {
        return backup(file, folderSetting, clock);
    }

    /**
     * Copies {@code file} into the backup folder ({@code folderSetting}, relative to the file's
     * folder; {@code .relsync/backups} when unset) under a name stamped with {@code clock}'s time.
     *
     * @throws BackupException when the copy cannot be written
     */
    public static Path backup(Path file, String folderSetting, Clock clock) {
        String setting = folderSetting == null || folderSetting.isBlank() ? ".relsync/backups" : folderSetting;
        Path folder = file.toAbsolutePath().getParent().resolve(setting);
        String name = file.getFileName().toString();
        String base = name.endsWith("." + RelSyncModel.FILE_EXTENSION)
                ? name.substring(0, name.length() - RelSyncModel.FILE_EXTENSION.length() - 1) : name;
        Path copy = folder.resolve(base + "-" + STAMP.format(clock.instant()) + "." + RelSyncModel.FILE_EXTENSION);
        try {
            Files.createDirectories(folder);
            ProjectFiles.writeAtomically(copy, Files.readAllBytes(file));
            return copy;
        } catch (IOException | ProjectFileException e) {
            throw new BackupException("cannot back up " + file + " into " + folder + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
