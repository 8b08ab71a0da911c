package org.relsync.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.relsync.model.io.ProjectFileException;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectLock;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectSettings;

/**
 * Syncs a project file: locks it, loads it, backs it up (SYNC-SPEC section 7), runs the engine and
 * saves the result atomically. Any failure leaves the project file byte for byte as it was, and
 * no backup behind.
 */
public final class ProjectSync {

    private final SyncEngine engine;
    private final Clock clock;
    private final Path backupFolder;

    public ProjectSync(SyncEngine engine, Clock clock) {
        this(engine, clock, null);
    }

    /**
     * @param backupFolder where backups go instead of the project's backup folder (the user's
     *                     choice on the command line or in preferences), or {@code null}
     */
    public ProjectSync(SyncEngine engine, Clock clock, Path backupFolder) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backupFolder = backupFolder;
    }

    /**
     * Syncs the project in {@code file}. A real run holds the file's {@link ProjectLock} from
     * load to save, so another RelSync command waits for it rather than overwriting its work.
     *
     * @throws BackupException when the backup cannot be written (nothing else happened)
     * @throws ProjectFileException when the file cannot be read or the result cannot be saved
     */
    public SyncResult sync(Path file, SyncOptions options) {
        return sync(file, options, ProjectFiles::load);
    }

    /**
     * Syncs the project in {@code file} as {@link #sync(Path, SyncOptions)} does, the project
     * given by {@code load} (under the file's lock): {@link ProjectFiles#load} or, for a caller that
     * syncs the same file again and again ({@code relsync watch}), the project it kept from its
     * last run while the file has not changed since. After a failure the project {@code load} gave
     * may be half changed: the caller must load the file afresh.
     */
    public SyncResult sync(Path file, SyncOptions options, Function<Path, Project> load) {
        return sync(file, options, load, result -> {
        });
    }

    /**
     * Syncs the project in {@code file} as {@link #sync(Path, SyncOptions, Function)} does, and
     * calls {@code beforeSave} with the run's result once the project holds it, before it is saved
     * ({@code relsync watch} sends a change's event then: a client hears of it without waiting
     * for the file). Not called when the run fails; when it throws, nothing is saved.
     */
    public SyncResult sync(Path file, SyncOptions options, Function<Path, Project> load, Consumer<SyncResult> beforeSave) {
        Objects.requireNonNull(beforeSave, "beforeSave");
        if (options.dryRun()) {
            return run(file, options, load, beforeSave);
        }
        try (ProjectLock lock = ProjectLock.acquire(file)) {
            return run(file, options, load, beforeSave);
        }
    }

    private SyncResult run(Path file, SyncOptions options, Function<Path, Project> load, Consumer<SyncResult> beforeSave) {
        options.monitor().subTask("Loading " + file.getFileName());
        Project project = load.apply(file);
        engine.selectTasks(project, options); // an unknown task name stops here, before the backup
        Backup copy = backupBefore(file, project, options, backupFolder, clock);
        SyncResult result;
        try {
            result = engine.run(project, options);
            beforeSave.accept(result);
        } catch (RuntimeException | Error e) {
            discard(copy);
            throw e;
        }
        if (copy != null) {
            copy.keep(); // before the save: a signal after the save must not take the backup along
        }
        if (result.modified()) {
            try {
                options.monitor().subTask("Saving " + file.getFileName());
                ProjectFiles.save(project, file);
            } catch (RuntimeException | Error e) {
                discard(copy);
                throw e;
            }
        }
        return result;
    }

    /**
     * The backup of {@code file} (as last saved) that a run with {@code options} makes first
     * (SYNC-SPEC section 7): none for a dry run, when the options say no, or when the project's
     * settings turn backups off; {@code override} is the user's own backup folder, or {@code null}.
     * The caller keeps it once the run succeeded and discards it when the run failed.
     *
     * @throws BackupException when the backup cannot be written
     */
    public static Backup backupBefore(Path file, Project project, SyncOptions options, Path override, Clock clock) {
        ProjectSettings settings = project.getSettings();
        if (!options.backup() || options.dryRun() || (settings != null && !settings.isCreateBackupBeforeSync())) {
            return null;
        }
        return Backup.create(file, settings == null ? null : settings.getBackupFolder(), override, clock);
    }

    private static void discard(Backup copy) {
        if (copy != null) {
            copy.discard();
        }
    }
}
