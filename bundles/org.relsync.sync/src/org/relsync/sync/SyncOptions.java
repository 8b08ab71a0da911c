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
 */
public record SyncOptions(Set<String> tasks, boolean dryRun, boolean backup, Monitor monitor) {

    public SyncOptions {
        tasks = Set.copyOf(tasks);
        monitor = monitor == null ? new BasicMonitor() : monitor;
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

        public SyncOptions build() {
            return new SyncOptions(tasks, dryRun, backup, monitor);
        }
    }
}
