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
 * fails instead of leaving a file after the hook has run.
 */
public final class PendingFiles {

    private static final Set<Path> PENDING = new LinkedHashSet<>();
    private static boolean hookInstalled;
    private static boolean shuttingDown;

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

    private static void deleteAll() {
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
