package org.relsync.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Files that exist only while a command runs (temporary files of an atomic write, a backup made
 * before a sync that has not succeeded yet), deleted if the process is stopped before they are
 * either renamed into place or kept.
 * <p>
 * SIGTERM, SIGINT and a normal exit run the JVM's shutdown hooks, and the hook of this class
 * deletes every file still pending, so only SIGKILL (or a crash of the JVM itself) can leave one
 * behind. Once the hook has started, no new pending file can be created: a write racing a signal
 * fails instead of leaving a file after the hook has run. A process that stops on a signal between
 * two steps of its own ({@code relsync watch}) has the hook wait for the step under way first
 * ({@link #finishFirst}), so that the write in it is renamed into place rather than lost.
 */
public final class PendingFiles {

    private static final Set<Path> PENDING = new LinkedHashSet<>();
    private static boolean hookInstalled;
    private static boolean shuttingDown;
    /** What the hook waits for before it deletes anything, and for how long at most; null: nothing. */
    private static volatile java.util.concurrent.Future<?> first;
    private static volatile long firstMillis;

    private PendingFiles() {
    }

    /**
     * Creates {@code file} (which must not exist) with the default permissions and registers it
     * as pending, both under the registry's lock, so a signal cannot fall between the two.
     *
     * @throws IOException when the file cannot be created, or when the process is stopping
     */
    public static void create(Path file) throws IOException {
        synchronized (PENDING) {
            if (shuttingDown) {
                throw new IOException("the process is stopping; nothing more is written");
            }
            installHook();
            Files.createFile(file);
            PENDING.add(file);
        }
    }

    /** Registers an existing file as pending: it is deleted unless {@link #keep(Path)} is called before exit. */
    public static void register(Path file) throws IOException {
        synchronized (PENDING) {
            if (shuttingDown) {
                throw new IOException("the process is stopping; nothing more is written");
            }
            installHook();
            PENDING.add(file);
        }
    }

    /** The file is final (renamed into place, or a backup of a command that succeeded): never delete it. */
    public static void keep(Path file) {
        synchronized (PENDING) {
            PENDING.remove(file);
        }
    }

    /** Deletes {@code file} now, if it exists, and forgets it. */
    public static void discard(Path file) {
        synchronized (PENDING) {
            PENDING.remove(file);
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort: the file is hidden or a stamped backup; nothing depends on it
            }
        }
    }

    private static void installHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(PendingFiles::deleteAll, "relsync-pending-files"));
            hookInstalled = true;
        }
    }

    /**
     * Has the shutdown hook wait up to {@code max} for {@code work} (the process's own stop: the
     * step under way finishing) before it deletes the pending files, so that a write in that step
     * completes (its file renamed into place, no longer pending) instead of losing its temporary
     * file under it. Files still pending after the wait are deleted as always.
     */
    public static void finishFirst(java.util.concurrent.Future<?> work, java.time.Duration max) {
        firstMillis = max.toMillis();
        first = java.util.Objects.requireNonNull(work, "work");
    }

    private static void deleteAll() {
        java.util.concurrent.Future<?> work = first;
        if (work != null) {
            try {
                work.get(firstMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                    | java.util.concurrent.CancellationException e) {
                // over, failed or too long: what is still pending goes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (PENDING) {
            shuttingDown = true;
            java.util.List<Path> newestFirst = new java.util.ArrayList<>(PENDING);
            java.util.Collections.reverse(newestFirst); // a backup before the folders made for it
            for (Path file : newestFirst) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // nothing more can be done while the process stops
                }
            }
            PENDING.clear();
        }
    }
}
