package org.relsync.model.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.relsync.model.io.ProjectFileException.Problem;

/**
 * An exclusive lock on a project file, held while a command reads, changes and writes it, so two
 * RelSync processes (the command line, the workbench, {@code relsync watch}) never overwrite each
 * other's work: the second one waits until the first has saved, then reads what it saved.
 * <p>
 * The lock is the operating system's advisory lock ({@code fcntl}) on the file itself, so it
 * leaves no lock file behind and dies with its process. Because a save replaces the file by a
 * rename, the lock is taken on whatever the path names at that moment and checked to still be
 * that file once held (else taken again); and a save made while the lock is held locks the new
 * file before renaming it into place, so the path never names an unlocked file while a command
 * holds it. Symbolic links are followed: the lock is on the link's target.
 * <p>
 * Within one process, the thread holding a lock may take it again (the count is kept); another
 * thread waits like another process would.
 */
public final class ProjectLock implements AutoCloseable {

    /** How long {@link #acquire(Path)} waits for another program, unless {@code RELSYNC_LOCK_TIMEOUT} (seconds) says otherwise. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(120);

    /** A wait shorter than this (another command saving) is not worth a word. */
    private static final Duration NOTICE_AFTER = Duration.ofSeconds(1);

    private static final Map<Path, ProjectLock> HELD = new ConcurrentHashMap<>();

    /** How the current thread waits, when it runs under {@link #waiting(Waiting, Supplier)}. */
    private static final ThreadLocal<Waiting> WAITING = new ThreadLocal<>();

    private final Path target;
    private final Thread owner;
    private FileChannel channel;
    private FileLock lock;
    private int count = 1;

    private ProjectLock(Path target, FileChannel channel, FileLock lock) {
        this.target = target;
        this.owner = Thread.currentThread();
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * How a thread waits for a lock another program holds: at most {@code limit}, and
     * {@code listener} is told once per wait, with the project file, when that has lasted a second.
     */
    public record Waiting(Duration limit, Consumer<Path> listener) {

        public Waiting {
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(listener, "listener");
        }
    }

    /**
     * Runs {@code work} with {@code waiting} for the locks the current thread takes meanwhile
     * without a wait of their own (those of the services a command calls): one command line's
     * wait limit and message, whatever other threads of the process do.
     */
    public static <T> T waiting(Waiting waiting, Supplier<T> work) {
        Waiting before = WAITING.get();
        WAITING.set(Objects.requireNonNull(waiting, "waiting"));
        try {
            return work.get();
        } finally {
            if (before == null) {
                WAITING.remove();
            } else {
                WAITING.set(before);
            }
        }
    }

    /**
     * Locks {@code file}, waiting for another holder as the current thread's {@link Waiting} says,
     * else at most {@code RELSYNC_LOCK_TIMEOUT} seconds of the process's environment (see
     * {@link #waitLimit(String)}).
     */
    public static ProjectLock acquire(Path file) {
        Waiting waiting = WAITING.get();
        return acquire(file, waiting != null ? waiting.limit() : waitLimit(System.getenv("RELSYNC_LOCK_TIMEOUT")));
    }

    /**
     * Locks {@code file} (an existing project file), waiting at most {@code wait} for another
     * holder.
     *
     * @throws ProjectFileException {@link Problem#BUSY} when the wait ran out, {@link Problem#READ_ONLY}
     *         when the file cannot be opened for writing, or the problem of reading it
     */
    public static ProjectLock acquire(Path file, Duration wait) {
        Path target = ProjectFiles.target(file);
        long start = System.nanoTime();
        long deadline = start + wait.toNanos();
        boolean told = false;
        while (true) {
            ProjectLock held = HELD.get(target);
            if (held != null && held.owner == Thread.currentThread()) {
                held.count++;
                return held;
            }
            if (held == null) {
                ProjectLock taken = tryLock(file, target);
                if (taken != null) {
                    return taken;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new ProjectFileException(file, Problem.BUSY, "another program has been writing it for "
                        + wait.toSeconds() + " s (another relsync command, or the workbench); nothing was written. "
                        + "Run the command again when it is done");
            }
            if (!told && System.nanoTime() - start > NOTICE_AFTER.toNanos()) {
                Waiting waiting = WAITING.get();
                if (waiting != null) {
                    waiting.listener().accept(file);
                }
                told = true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProjectFileException(file, Problem.BUSY, "interrupted while waiting for another program to finish writing it");
            }
        }
    }

    /** The lock this thread holds on {@code file}, if any. */
    static ProjectLock heldByCurrentThread(Path target) {
        ProjectLock held = HELD.get(target);
        return held != null && held.owner == Thread.currentThread() ? held : null;
    }

    private static ProjectLock tryLock(Path file, Path target) {
        Object before = ProjectFiles.regularFile(file, target).fileKey();
        FileChannel channel;
        try {
            channel = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(file, Problem.READ_ONLY, "is read-only (or its folder is); nothing was written", e);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, Problem.NOT_FOUND, "no such file", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, Problem.UNREADABLE, "cannot open: " + ProjectFiles.reason(e), e);
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
            if (lock != null && before != null && before.equals(fileKey(file, target))) {
                ProjectLock taken = new ProjectLock(target, channel, lock);
                if (HELD.putIfAbsent(target, taken) == null) {
                    return taken;
                }
            }
        } catch (OverlappingFileLockException e) {
            // another thread of this process holds it: wait like another process
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProjectFileException(file, Problem.UNREADABLE, "cannot lock: " + ProjectFiles.reason(e), e);
        }
        // not ours, or the file was replaced between opening and locking it: let go and try again
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
        return null;
    }

    private static Object fileKey(Path file, Path target) {
        try {
            return Files.readAttributes(target, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, Problem.NOT_FOUND, "no such file", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, Problem.UNREADABLE, "cannot read: " + ProjectFiles.reason(e), e);
        }
    }

    /**
     * A save is renaming {@code replacement} (open in {@code replacementChannel}) over the locked
     * file: lock the replacement first, so the path never names an unlocked file; the old lock
     * goes once the rename is done ({@link #replaced()}).
     */
    FileLock lockReplacement(FileChannel replacementChannel) throws IOException {
        FileLock replacementLock = replacementChannel.tryLock();
        if (replacementLock == null) {
            throw new IOException("cannot lock the new file before renaming it into place");
        }
        return replacementLock;
    }

    /** The rename took place: from now on the lock is the one on the new file. */
    void replaced(FileChannel newChannel, FileLock newLock) {
        FileChannel oldChannel = channel;
        channel = newChannel;
        lock = newLock;
        closeQuietly(oldChannel);
    }

    /**
     * The locked file's content, read through the lock's own channel: opening the file a second
     * time and closing it would release the lock (POSIX drops all of a process's locks on a file
     * when any of its descriptors for that file is closed).
     */
    byte[] read(Path file) {
        try {
            return ProjectFiles.readBounded(file, channel.position(0));
        } catch (IOException e) {
            throw new ProjectFileException(file, Problem.UNREADABLE, "cannot read: " + ProjectFiles.reason(e), e);
        }
    }

    /** The file this lock is on (the target of any symbolic link). */
    public Path target() {
        return target;
    }

    @Override
    public void close() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a project lock is released by the thread that took it");
        }
        if (--count > 0) {
            return;
        }
        HELD.remove(target, this);
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    /**
     * The wait limit a {@code RELSYNC_LOCK_TIMEOUT} setting gives: that many seconds when it is a
     * whole number, else {@link #DEFAULT_WAIT}.
     */
    public static Duration waitLimit(String value) {
        if (value != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
            } catch (NumberFormatException ignored) {
                // fall back to the default
            }
        }
        return DEFAULT_WAIT;
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }
}
