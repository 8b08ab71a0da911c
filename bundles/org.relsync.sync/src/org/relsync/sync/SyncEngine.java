package org.relsync.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.project.ModelSyncTask;
import org.relsync.model.project.Project;
import org.relsync.model.project.SyncTask;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.phase.DefaultAutoMapPhase;
import org.relsync.sync.phase.DefaultMigratePhase;
import org.relsync.sync.phase.DefaultModelSyncPhase;
import org.relsync.sync.phase.DefaultRefreshPhase;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.validation.Validation;

/**
 * The sync engine: runs a project's sync tasks in the three phases of SYNC-SPEC section 2
 * (refresh, migrate, model sync), then each database task's auto-map step. The report ends with
 * the project's validation as the run leaves it ({@link Validation#appendTo}), so a sync reports
 * exactly the problems {@code relsync validate} would find next.
 * <p>
 * A run is all or nothing: every change is recorded, and when a phase fails the model is put back
 * exactly as it was before the exception is passed on. A dry run does the whole run and then puts
 * the model back too. The same engine serves the CLI, the workbench (where the recorded changes
 * make a run one undoable command) and embedders. Assemble one with {@link #builder()}.
 */
public final class SyncEngine {

    private final CatalogSource catalogSource;
    private final DialectRegistry dialects;
    private final RefreshPhase refresh;
    private final MigratePhase migrate;
    private final ModelSyncPhase modelSync;
    private final AutoMapPhase autoMap;

    private SyncEngine(Builder builder) {
        this.catalogSource = builder.catalogSource;
        this.dialects = builder.dialects;
        this.refresh = builder.refresh;
        this.migrate = builder.migrate;
        this.modelSync = builder.modelSync;
        this.autoMap = builder.autoMap;
    }

    public static Builder builder() {
        return new Builder();
    }

    public DialectRegistry dialects() {
        return dialects;
    }

    /**
     * Runs the sync tasks of {@code project} chosen by {@code options}.
     *
     * @throws SyncException when a task named in the options does not exist
     * @throws RuntimeException whatever a phase throws (a {@link org.relsync.sync.catalog.CatalogException}
     *         for a database that cannot be read); the model is then as it was
     */
    public SyncResult run(Project project, SyncOptions options) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(options, "options");
        List<SyncTask> tasks = selectTasks(project, options);
        ChangeReport report = new ChangeReport(project.getName());
        report.setDryRun(options.dryRun());
        tasks.forEach(t -> report.addTask(t.getName()));
        SyncContext context = new SyncContext(project, tasks, report, dialects, options.monitor(), options.scope());

        EarlyValidation.Recorder recorder = new EarlyValidation.Recorder(project);
        // the validation of the model as found runs on the second core while the databases are read
        // (which reads the model only), and is finished before the first phase that writes it: EMF
        // objects are not safe to read on one thread while another writes them (a list made lazily
        // on both threads loses what one of them adds)
        EarlyValidation[] early = {options.validate() ? EarlyValidation.start(project, dialects) : null};
        Runnable afterRefresh = () -> {
            if (early[0] != null) {
                early[0].awaitFinished();
            }
        };
        try {
            context.monitor().beginTask("Syncing " + project.getName(), progressUnits(tasks, options));
            runPhases(context, tasks, afterRefresh);
        } catch (RuntimeException | Error e) {
            if (early[0] != null) {
                early[0].stop();
                early[0].awaitFinished(); // before the model is put back
            }
            ChangeDescription partial = recorder.endRecording();
            recorder.dispose();
            partial.apply(); // all or nothing: put the model back as it was
            throw e;
        }
        ChangeDescription changes = recorder.endRecording();
        recorder.dispose();
        if (options.validate()) {
            // the model as the run leaves it (before a dry run puts it back)
            context.monitor().subTask("Validating");
            List<Validation.Finding> findings = early[0] == null ? null : early[0].take(recorder);
            Validation.appendTo(report, findings != null ? findings : Validation.validate(project, dialects));
            context.monitor().worked(1);
        }
        if (options.dryRun()) {
            changes.apply();
            return new SyncResult(report, false, null);
        }
        return new SyncResult(report, !isEmpty(changes), changes);
    }

    private void runPhases(SyncContext context, List<SyncTask> tasks, Runnable afterRefresh) {
        List<DatabaseSyncTask> databaseTasks = new ArrayList<>();
        boolean modelTask = false;
        for (SyncTask task : tasks) {
            if (task instanceof DatabaseSyncTask dbTask) {
                databaseTasks.add(dbTask);
            } else if (task instanceof ModelSyncTask) {
                modelTask = true;
            }
        }
        long start = System.nanoTime();
        List<RefreshedDatabase> refreshed = refresh.refresh(context, databaseTasks, catalogSource);
        stopIfCancelled(context);
        afterRefresh.run();
        context.monitor().worked(databaseTasks.size());
        start = lap(context, "refresh", start);
        for (RefreshedDatabase database : refreshed) {
            context.monitor().subTask("Merging what " + database.database().getName() + " holds: "
                    + count(database.snapshot()) + " tables");
            migrate.migrate(context, database);
            stopIfCancelled(context);
        }
        context.monitor().worked(databaseTasks.size());
        start = lap(context, "migrate", start);
        if (modelTask) {
            modelSync.synchronize(context);
            context.monitor().worked(1);
            stopIfCancelled(context);
        }
        start = lap(context, "model sync", start);
        for (DatabaseSyncTask task : databaseTasks) {
            context.monitor().subTask("Auto-mapping " + task.getName());
            autoMap.autoMap(context, task);
        }
        context.monitor().worked(databaseTasks.size());
        lap(context, "auto-map", start);
    }

    /** Between steps: a cancelled monitor ends the run, which then puts the model back as it was. */
    private static void stopIfCancelled(SyncContext context) {
        if (context.monitor().isCanceled()) {
            throw new SyncCancelledException();
        }
    }

    /** What a run shows progress in: reading, merging and auto-mapping each database, model sync, validation. */
    private static int progressUnits(List<SyncTask> tasks, SyncOptions options) {
        int databases = (int) tasks.stream().filter(DatabaseSyncTask.class::isInstance).count();
        boolean model = tasks.stream().anyMatch(ModelSyncTask.class::isInstance);
        return 3 * databases + (model ? 1 : 0) + (options.validate() ? 1 : 0);
    }

    private static String count(org.relsync.model.relational.Database snapshot) {
        int tables = 0;
        for (org.relsync.model.relational.Catalog catalog : snapshot.getCatalogs()) {
            for (org.relsync.model.relational.Schema schema : catalog.getSchemas()) {
                tables += schema.getTables().size();
            }
        }
        return String.format("%,d", tables);
    }

    private static long lap(SyncContext context, String phase, long start) {
        long now = System.nanoTime();
        context.report().recordPhase(phase, (now - start) / 1_000_000);
        return now;
    }

    /**
     * The tasks a run with {@code options} executes, in project order.
     *
     * @throws SyncException when a task named in the options does not exist
     */
    public List<SyncTask> selectTasks(Project project, SyncOptions options) {
        List<SyncTask> tasks = new ArrayList<>();
        for (String name : options.tasks()) {
            if (project.getSyncTasks().stream().noneMatch(t -> name.equals(t.getName()))) {
                throw new SyncException("no sync task named '" + name + "' in project " + project.getName());
            }
        }
        for (SyncTask task : project.getSyncTasks()) {
            boolean chosen = options.tasks().isEmpty() ? task.isEnabled() : options.tasks().contains(task.getName());
            if (chosen) {
                tasks.add(task);
            }
        }
        return tasks;
    }

    private static boolean isEmpty(ChangeDescription changes) {
        return changes.getObjectChanges().isEmpty() && changes.getObjectsToAttach().isEmpty()
                && changes.getObjectsToDetach().isEmpty() && changes.getResourceChanges().isEmpty();
    }

    /** Assembles an engine; every phase has a default. */
    public static final class Builder {
        private CatalogSource catalogSource = CatalogSource.none();
        private DialectRegistry dialects = DialectRegistry.ansi();
        private RefreshPhase refresh = new DefaultRefreshPhase();
        private MigratePhase migrate = new DefaultMigratePhase();
        private ModelSyncPhase modelSync = new DefaultModelSyncPhase();
        private AutoMapPhase autoMap = new DefaultAutoMapPhase();

        public Builder catalogSource(CatalogSource value) {
            catalogSource = Objects.requireNonNull(value, "catalogSource");
            return this;
        }

        public Builder dialects(DialectRegistry value) {
            dialects = Objects.requireNonNull(value, "dialects");
            return this;
        }

        public Builder refresh(RefreshPhase value) {
            refresh = Objects.requireNonNull(value, "refresh");
            return this;
        }

        public Builder migrate(MigratePhase value) {
            migrate = Objects.requireNonNull(value, "migrate");
            return this;
        }

        public Builder modelSync(ModelSyncPhase value) {
            modelSync = Objects.requireNonNull(value, "modelSync");
            return this;
        }

        public Builder autoMap(AutoMapPhase value) {
            autoMap = Objects.requireNonNull(value, "autoMap");
            return this;
        }

        public SyncEngine build() {
            return new SyncEngine(this);
        }
    }
}
