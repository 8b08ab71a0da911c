package org.relsync.sync.phase;

import java.util.List;
import java.util.Objects;

import org.relsync.model.relational.Database;
import org.relsync.sync.ModelSyncPhase;
import org.relsync.sync.SyncContext;

/**
 * Runs the steps of "Sync with the model" in the order of SYNC-SPEC section 3.2, database by
 * database: steps 1 to 6 where a database has a Model or Mixed schema, the orphan step everywhere
 * (Database schemas get warnings, never marks).
 */
public class DefaultModelSyncPhase implements ModelSyncPhase {

    private final List<ModelSyncStep> steps;

    public DefaultModelSyncPhase() {
        this(defaultSteps());
    }

    public DefaultModelSyncPhase(List<ModelSyncStep> steps) {
        this.steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    /** Steps 1 to 7, in the spec's order. */
    public static List<ModelSyncStep> defaultSteps() {
        return List.of(new AutoMapEntitiesStep(), new AutoMapFieldsStep(), new SyncNamesStep(), new SyncNullabilityStep(),
                new SyncTypesStep(), new AdjustMetadataStep(), new OrphanStep());
    }

    public List<ModelSyncStep> steps() {
        return steps;
    }

    @Override
    public void synchronize(SyncContext context) {
        for (Database database : context.project().getDatabases()) {
            boolean modelDriven = !Schemas.modelDrivenSchemas(database).isEmpty();
            for (ModelSyncStep step : steps) {
                if (step.needsModelDrivenSchema() && !modelDriven) {
                    continue;
                }
                long start = System.nanoTime();
                context.monitor().subTask(step.name() + " in " + database.getName());
                step.run(context, database);
                context.report().recordPhase("model sync: " + step.name(), (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
