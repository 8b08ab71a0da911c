package org.relsync.sync;

import java.util.Objects;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.relsync.sync.report.ChangeReport;

/**
 * The outcome of a sync run.
 *
 * @param report   what the run did and found
 * @param modified whether the model changed (false for a dry run, which puts everything back)
 * @param changes  the recorded changes of a real run, for undo ({@link ChangeDescription#applyAndReverse()}); null for a dry run
 */
public record SyncResult(ChangeReport report, boolean modified, ChangeDescription changes) {

    public SyncResult {
        Objects.requireNonNull(report, "report");
    }
}
