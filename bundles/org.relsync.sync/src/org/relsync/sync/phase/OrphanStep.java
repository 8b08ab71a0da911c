package org.relsync.sync.phase;

import org.relsync.model.project.OrphanAction;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.Schema;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncContext;
import org.relsync.sync.report.ChangeKind;

/**
 * Step 7 (SYNC-SPEC section 4): finds orphans in every schema of the database by {@link Orphans}
 * and marks them for deletion where the configured action and the schema's sync source allow it;
 * unmarks marked elements that are mapped or backed again.
 * <p>
 * It raises no warnings itself: a run's report ends with the project's validation, which reports
 * every orphan left at the end of the run (after the database tasks' auto-map step) by the same
 * rules, so the report, {@code relsync validate} and the workbench show the same orphans, and no
 * element is both auto-mapped and reported as an orphan.
 */
public class OrphanStep implements ModelSyncStep {

    @Override
    public String name() {
        return "orphans";
    }

    @Override
    public boolean needsModelDrivenSchema() {
        return false;
    }

    @Override
    public void run(SyncContext context, Database database) {
        Orphans.visit(database, context.mappings(database), context.settings(),
                (schema, element, backed, configured, code, why, advice) -> apply(context, schema, element, backed,
                        configured, why));
    }

    private static void apply(SyncContext context, Schema schema, RelationalElement element, boolean backed,
            OrphanAction configured, String why) {
        String scope = Elements.path(schema);
        if (backed) {
            if (element.isMarkedForDeletion()) {
                element.setMarkedForDeletion(false);
                context.report().change(ChangeKind.UNMARKED, scope, element.eClass().getName(),
                        Elements.localPath(element), "mapped again");
            }
            return;
        }
        if (element.isMarkedForDeletion()) {
            return; // waits for the DDL script that drops it
        }
        if (OrphanPolicy.effective(configured, schema.getSyncSource(), element.eClass()) == OrphanAction.MARK_FOR_DELETION) {
            element.setMarkedForDeletion(true);
            context.report().change(ChangeKind.MARKED, scope, element.eClass().getName(), Elements.localPath(element), why);
        }
    }
}
