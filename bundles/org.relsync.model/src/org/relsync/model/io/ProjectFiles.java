package org.relsync.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.relsync.model.RelSyncModel;
import org.relsync.model.io.ProjectFileException.Problem;
import org.relsync.model.project.Project;

/**
 * Reads and writes {@code .relsync} project files.
 * <p>
 * Writing is atomic: the new content goes to a temporary file in the same folder, is forced to
 * disk, and then renamed over the old file. A failure at any point leaves the old file exactly
 * as it was.
 */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** A resource set that knows the RelSync metamodels and the project file format. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        RelSyncModel.registerPackages(resourceSet.getPackageRegistry());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(RelSyncModel.FILE_EXTENSION, new ProjectResourceFactory());
        return resourceSet;
    }

    /** Loads the project in {@code file}, in a resource set of its own. */
    public static Project load(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] content = read(file);
        Resource resource = newResourceSet().createResource(uriOf(file));
        try {
            resource.load(new ByteArrayInputStream(content), null);
        } catch (IOException | RuntimeException e) {
            throw new ProjectFileException(file, Problem.CORRUPT, "not a readable project file: " + reason(e), e);
        }
        if (resource.getContents().isEmpty()) {
            throw new ProjectFileException(file, Problem.NOT_A_PROJECT, "the file holds no project");
        }
        EObject root = resource.getContents().get(0);
        if (!(root instanceof Project project)) {
            throw new ProjectFileException(file, Problem.NOT_A_PROJECT,
                    "not a project: its root element is " + root.eClass().getName() + ", not Project");
        }
        return project;
    }

    /**
     * Creates a new project file; fails if {@code file} already exists.
     *
     * @return the new project, attached to a resource for {@code file}
     */
    public static Project create(Path file, String name) {
        checkPath(file);
        Project project = RelSyncModel.newProject(name);
        newResourceSet().createResource(uriOf(file)).getContents().add(project);
        try {
            Files.createFile(file); // claims the name atomically: two concurrent inits cannot both win
        } catch (FileAlreadyExistsException e) {
            throw new ProjectFileException(file, Problem.ALREADY_EXISTS, "already exists; not overwritten", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, Problem.WRITE_FAILED, "cannot create: " + reason(e), e);
        }
        try {
            save(project, file);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return project;
    }

    /** Saves {@code project} to {@code file}, atomically. */
    public static void save(Project project, Path file) {
        Objects.requireNonNull(project, "project");
        checkPath(file);
        Resource resource = project.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(uriOf(file));
            resource.getContents().add(project);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            resource.save(bytes, ProjectResource.saveOptions());
        } catch (IOException | RuntimeException e) {
            throw new ProjectFileException(file, Problem.WRITE_FAILED, "cannot serialize the project: " + reason(e), e);
        }
        if (bytes.size() > 0 && bytes.toByteArray()[bytes.size() - 1] != '\n') {
            bytes.write('\n'); // a final newline, as every text file in version control should have
        }
        writeAtomically(file, bytes.toByteArray());
    }

    /** Replaces the content of {@code file} with {@code content}, all or nothing. */
    public static void writeAtomically(Path file, byte[] content) {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(content));
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new ProjectFileException(file, Problem.WRITE_FAILED, "cannot write: " + reason(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; the real file is untouched
                }
            }
        }
    }

    private static byte[] read(Path file) {
        if (Files.isDirectory(file)) {
            throw new ProjectFileException(file, Problem.UNREADABLE, "is a folder, not a project file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, Problem.NOT_FOUND, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(file, Problem.UNREADABLE, "permission denied", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, Problem.UNREADABLE, "cannot read: " + reason(e), e);
        }
    }

    private static void checkPath(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!name.endsWith("." + RelSyncModel.FILE_EXTENSION) || name.length() == RelSyncModel.FILE_EXTENSION.length() + 1) {
            throw new ProjectFileException(file, Problem.BAD_PATH,
                    "a project file name must end with ." + RelSyncModel.FILE_EXTENSION);
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ProjectFileException(file, Problem.BAD_PATH, "folder " + folder + " does not exist");
        }
    }

    private static URI uriOf(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    /** The most specific one-line reason in a chain of causes. */
    static String reason(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() != null ? deepest.getMessage() : deepest.getClass().getSimpleName();
        if (deepest instanceof org.eclipse.emf.ecore.xmi.XMIException xmi && xmi.getLine() > 0
                && !message.contains(", " + xmi.getLine() + ", ")) {
            message += " (line " + xmi.getLine() + ")";
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
