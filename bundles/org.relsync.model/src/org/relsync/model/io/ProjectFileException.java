package org.relsync.model.io;

import java.nio.file.Path;
import java.util.Objects;

import org.relsync.model.RelSyncException;

/** A project file could not be read or written. The message names the file and the problem. */
public class ProjectFileException extends RelSyncException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently to each. */
    public enum Problem {
        /** There is no file at the path. */
        NOT_FOUND,
        /** The file exists but cannot be read (permissions, a folder, ...). */
        UNREADABLE,
        /** The file is not well-formed XMI of the RelSync metamodels. */
        CORRUPT,
        /** The file is valid XMI, but its root is not a project. */
        NOT_A_PROJECT,
        /** A new project would overwrite an existing file. */
        ALREADY_EXISTS,
        /** The path cannot name a project file (wrong extension, missing folder). */
        BAD_PATH,
        /** Writing failed; the previous file, if any, is unchanged. */
        WRITE_FAILED,
        /** The file cannot be opened for writing (its mode, or its folder's); nothing was written. */
        READ_ONLY,
        /** Another program has been writing the file for longer than the wait allows; nothing was written. */
        BUSY,
        /** The file changed on disk since it was read (another program wrote it); nothing was written. */
        CHANGED
    }

    private final transient Path file;
    private final Problem problem;

    public ProjectFileException(Path file, Problem problem, String detail) {
        this(file, problem, detail, null);
    }

    public ProjectFileException(Path file, Problem problem, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }
}
