package org.relsync.sync;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;

/**
 * How to run a sync.
 *
 * @param tasks    names of the tasks to run; empty runs every enabled task
 * @param dryRun   compute the full report, then put the model back as it was and save nothing
 * @param backup   copy the project file into the backup folder first (when the project's
 *                 {@code createBackupBeforeSync} setting also says so)
 * @param monitor  progress and cancellation
 * @param validate end the report with the project's validation (the default); off only for a caller
 *                 that changes the model further and validates afterwards (reverse engineering)
 * @param scope    which schemas the database tasks read again (default: all of them); a live
 *                 change names those it touched
 */
public record SyncOptions(Set<String> tasks, boolean dryRun, boolean backup, Monitor monitor, boolean validate,
        ReadScope scope) {

    public SyncOptions {
        tasks = Set.copyOf(tasks);
        monitor = monitor == null ? new BasicMonitor() : monitor;
        scope = scope == null ? ReadScope.everything() : scope;
    }

    public SyncOptions(Set<String> tasks, boolean dryRun, boolean backup, Monitor monitor) {
        this(tasks, dryRun, backup, monitor, true, null);
    }

    public static SyncOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SyncOptions}. */
    public static final class Builder {
        private final Set<String> tasks = new LinkedHashSet<>();
        private boolean dryRun;
        private boolean backup = true;
        private Monitor monitor;
        private boolean validate = true;
        private ReadScope scope;

        public Builder task(String name) {
            tasks.add(name);
            return this;
        }

        public Builder dryRun(boolean value) {
            dryRun = value;
            return this;
        }

        public Builder backup(boolean value) {
            backup = value;
            return this;
        }

        public Builder monitor(Monitor value) {
            monitor = value;
            return this;
        }

        /** Whether the report ends with the project's validation (default: yes). */
        public Builder validate(boolean value) {
            validate = value;
            return this;
        }

        /** Which schemas the database tasks read again (default: all of them). */
        public Builder scope(ReadScope value) {
            scope = value;
            return this;
        }

        public SyncOptions build() {
            return new SyncOptions(tasks, dryRun, backup, monitor, validate, scope);
        }
    }
}
