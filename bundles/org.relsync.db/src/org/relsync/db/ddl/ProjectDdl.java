package org.relsync.db.ddl;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;
import org.relsync.db.DatabaseKinds;
import org.relsync.model.io.ProjectFileException;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectLock;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectSettings;
import org.relsync.model.relational.Database;
import org.relsync.sync.Backup;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.validation.Validation;

/**
 * DDL on a project file, with its policy in one place for the command line and the workbench:
 * refuse while the model has validation errors (unless forced), write the create or update
 * script, and for an apply refuse statements that can lose data (unless allowed) and a script
 * computed against the baseline, back the project up, apply, then purge what was marked for
 * deletion, record the baseline and save. The outcome says how far it got; nothing is written
 * when it stops before the apply, and the backup goes with a failed apply.
 */
public final class ProjectDdl {

    /** What to do; {@code monitor} shows the progress (loading, reading the database, each statement applied, saving). */
    public record Options(String databaseId, DdlScript.Mode mode, boolean apply, boolean allowDestructive, boolean force,
            boolean backup, Path backupFolder, Monitor monitor) {

        public Options {
            Objects.requireNonNull(databaseId, "databaseId");
            Objects.requireNonNull(mode, "mode");
            monitor = monitor == null ? new BasicMonitor() : monitor;
        }

        public Options(String databaseId, DdlScript.Mode mode, boolean apply, boolean allowDestructive, boolean force,
                boolean backup, Path backupFolder) {
            this(databaseId, mode, apply, allowDestructive, force, backup, backupFolder, null);
        }
    }

    /** How far a run got. */
    public enum Status {
        /** The script was made; nothing was applied (none was asked for). */
        SCRIPT,
        /** The model has validation errors; no script was made. */
        REFUSED_ERRORS,
        /** The script has statements that can lose data and they were not allowed; nothing was applied. */
        REFUSED_DESTRUCTIVE,
        /** The script was applied, the model purged and the project saved. */
        APPLIED,
        /** The apply failed: rolled back, or stopped part-way (see the outcome); the project file is as it was. */
        APPLY_FAILED,
        /** The script was applied, but the project file could not be saved: the database and the file now differ. */
        APPLIED_NOT_SAVED
    }

    /**
     * One run's result.
     *
     * @param status   how far it got
     * @param script   the script, unless {@link Status#REFUSED_ERRORS}
     * @param errors   the validation errors behind {@link Status#REFUSED_ERRORS}
     * @param applied  the applier's outcome, after an apply
     * @param purged   how many elements marked for deletion were purged, after a successful apply
     * @param problem  why the project could not be saved, for {@link Status#APPLIED_NOT_SAVED}
     */
    public record Result(Status status, DdlScript script, List<Validation.Finding> errors, DdlApplier.Outcome applied,
            int purged, ProjectFileException problem) {
    }

    private final DdlService service;
    private final Clock clock;

    public ProjectDdl(DdlService service, Clock clock) {
        this.service = Objects.requireNonNull(service, "service");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs DDL on the project in {@code file}; an apply holds the file's {@link ProjectLock} from
     * load to save.
     *
     * @throws CatalogException when the database cannot be reached, or an apply is asked of a
     *         script computed against the baseline (the database could not be read)
     */
    public Result run(Path file, Options options) {
        if (!options.apply()) {
            return runLoaded(file, options);
        }
        try (ProjectLock lock = ProjectLock.acquire(file)) {
            return runLoaded(file, options);
        }
    }

    /**
     * The script of a project already in memory (the workbench's, unsaved edits included), with
     * the same validation gating as {@link #run}: {@link Status#SCRIPT} or
     * {@link Status#REFUSED_ERRORS}. It never applies (an apply saves, so it runs on the file:
     * {@link #run}) and never changes {@code project}; the database is read, so call it off the UI
     * thread, on a project nothing else changes meanwhile (a copy).
     *
     * @throws IllegalArgumentException when {@code options} ask for an apply
     * @throws CatalogException when the database cannot be reached and there is no baseline
     */
    public Result script(Project project, Options options) {
        if (options.apply()) {
            throw new IllegalArgumentException("an apply saves the project: it runs on the file (run(file, options))");
        }
        return plan(project, options);
    }

    /** Validation gating, then the script: {@link Status#SCRIPT} or {@link Status#REFUSED_ERRORS}. */
    private Result plan(Project project, Options options) {
        Monitor monitor = options.monitor();
        Database database = DdlService.database(project, options.databaseId());
        if (!options.force()) {
            monitor.subTask("Validating");
            List<Validation.Finding> errors = Validation.validate(project, DatabaseKinds.dialects()).stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                return new Result(Status.REFUSED_ERRORS, null, errors, null, 0, null);
            }
        }
        DdlScript script = options.mode() == DdlScript.Mode.CREATE ? service.create(database) : service.update(database, monitor);
        return new Result(Status.SCRIPT, script, List.of(), null, 0, null);
    }

    private Result runLoaded(Path file, Options options) {
        Monitor monitor = options.monitor();
        monitor.subTask("Loading " + file.getFileName());
        Project project = ProjectFiles.load(file);
        Result planned = plan(project, options);
        if (planned.status() != Status.SCRIPT || !options.apply()) {
            return planned;
        }
        Database database = DdlService.database(project, options.databaseId());
        DdlScript script = planned.script();
        if (!script.destructive().isEmpty() && !options.allowDestructive()) {
            return new Result(Status.REFUSED_DESTRUCTIVE, script, List.of(), null, 0, null);
        }
        if (script.computedAgainstBaseline()) {
            throw new CatalogException(options.databaseId() + ": cannot apply: " + script.against());
        }
        ProjectSettings settings = project.getSettings();
        Backup backup = options.backup() && (settings == null || settings.isCreateBackupBeforeSync())
                ? Backup.create(file, settings == null ? null : settings.getBackupFolder(), options.backupFolder(), clock)
                : null;
        int marked = DdlService.markedCount(database);
        DdlApplier.Outcome outcome;
        try {
            outcome = service.apply(database, script, monitor);
        } catch (RuntimeException | Error e) {
            discard(backup);
            throw e;
        }
        if (!outcome.succeeded()) {
            discard(backup);
            return new Result(Status.APPLY_FAILED, script, List.of(), outcome, 0, null);
        }
        if (backup != null) {
            backup.keep(); // the database has changed: the backup of the project before it stays, whatever follows
        }
        try {
            monitor.subTask("Saving " + file.getFileName());
            ProjectFiles.save(project, file);
        } catch (ProjectFileException e) {
            return new Result(Status.APPLIED_NOT_SAVED, script, List.of(), outcome, 0, e);
        }
        return new Result(Status.APPLIED, script, List.of(), outcome, marked, null);
    }

    private static void discard(Backup backup) {
        if (backup != null) {
            backup.discard();
        }
    }
}
