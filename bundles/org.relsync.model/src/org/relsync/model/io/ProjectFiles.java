package org.relsync.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
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
 * Reading is bounded and strict: only regular files of at most {@link #MAX_PROJECT_BYTES} are
 * read, and a file that is no well-formed project (no entity model, two elements with one id, a
 * reference into another file) is refused with one line that says why.
 * <p>
 * Writing is atomic: the new content goes to a temporary file beside the file it replaces, is
 * written completely, forced to disk and checked, takes the replaced file's permissions, and is
 * then renamed over it (through a symbolic link, onto its target). A failure at any point, a full
 * disk included, leaves the old file exactly as it was and no temporary file; so does SIGTERM or
 * SIGINT ({@link PendingFiles}).
 * <p>
 * A project saved after being loaded is saved only if the file still holds what was loaded
 * (else {@link Problem#CHANGED}), under a {@link ProjectLock}, so that two programs never
 * overwrite each other's work unseen.
 */
public final class ProjectFiles {

    /** The largest project file RelSync reads: far above any real project, far below what would exhaust memory. */
    public static final long MAX_PROJECT_BYTES = 256L * 1024 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();

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

    /**
     * Loads the project in {@code file}, in a resource set of its own. When this thread holds the
     * file's {@link ProjectLock}, the file is read through it.
     */
    public static Project load(Path file) {
        Objects.requireNonNull(file, "file");
        Path target = target(file);
        byte[] content = readAll(file);
        Resource resource = newResourceSet().createResource(uriOf(file));
        ProjectCache cache = ProjectCache.standard();
        expectElementsOf(resource, content);
        boolean cached = resource instanceof ProjectResource && cache.load(target, content, resource);
        if (!cached) {
            resource = newResourceSet().createResource(uriOf(file)); // nothing of a failed cache load stays
            expectElementsOf(resource, content);
            try {
                resource.load(new ByteArrayInputStream(content), null);
            } catch (IOException | RuntimeException e) {
                throw new ProjectFileException(file, Problem.CORRUPT, "not a readable project file: " + reason(e), e);
            }
        }
        if (resource.getContents().isEmpty()) {
            throw new ProjectFileException(file, Problem.NOT_A_PROJECT, "the file holds no project");
        }
        EObject root = resource.getContents().get(0);
        if (!(root instanceof Project project)) {
            throw new ProjectFileException(file, Problem.NOT_A_PROJECT,
                    "not a project: its root element is " + root.eClass().getName() + ", not Project");
        }
        ProjectStructure.check(file, resource, project, !cached); // a cache entry was checked in full when it was made
        if (resource instanceof ProjectResource projectResource) {
            projectResource.loadedFrom(target, content.length, checksum(content));
        }
        if (!cached) {
            cache.store(target, content, cache.serialize(resource, content.length));
        }
        return project;
    }

    /** A project file holds about one element per 100 bytes (a line each, ids included). */
    private static void expectElementsOf(Resource resource, byte[] content) {
        if (resource instanceof ProjectResource projectResource) {
            projectResource.expect(content.length / 100);
        }
    }

    /**
     * The bytes of the project file {@code file}: a regular file (a symbolic link to one is
     * followed) of at most {@link #MAX_PROJECT_BYTES}; through this thread's lock when it holds one.
     */
    public static byte[] readAll(Path file) {
        Path target = target(file);
        regularFile(file, target);
        ProjectLock lock = ProjectLock.heldByCurrentThread(target);
        if (lock != null) {
            return lock.read(file);
        }
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ)) {
            return readBounded(file, channel);
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(file, Problem.UNREADABLE, "permission denied", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, Problem.UNREADABLE, "cannot read: " + reason(e), e);
        }
    }

    /**
     * Checks that {@code target} (what {@code file} names, links followed) is a regular file that
     * a project can be, with the same one-line reasons wherever a project file is opened.
     */
    static BasicFileAttributes regularFile(Path file, Path target) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, Problem.NOT_FOUND, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(file, Problem.UNREADABLE, "permission denied", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, Problem.UNREADABLE, "cannot read: " + reason(e), e);
        }
        if (attributes.isDirectory()) {
            throw new ProjectFileException(file, Problem.UNREADABLE, "is a folder, not a project file");
        }
        if (!attributes.isRegularFile()) {
            throw new ProjectFileException(file, Problem.UNREADABLE,
                    "is not a regular file (a pipe, a device or a socket); RelSync reads projects from regular files only");
        }
        if (attributes.size() > MAX_PROJECT_BYTES) {
            throw tooLarge(file, attributes.size());
        }
        return attributes;
    }

    /** Reads {@code channel} to its end, refusing more than {@link #MAX_PROJECT_BYTES} (a file may grow while it is read). */
    static byte[] readBounded(Path file, ReadableByteChannel channel) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        while (channel.read(buffer) >= 0) {
            buffer.flip();
            if (out.size() + buffer.remaining() > MAX_PROJECT_BYTES) {
                throw tooLarge(file, out.size() + (long) buffer.remaining());
            }
            out.write(buffer.array(), 0, buffer.remaining());
            buffer.clear();
        }
        return out.toByteArray();
    }

    private static ProjectFileException tooLarge(Path file, long size) {
        return new ProjectFileException(file, Problem.UNREADABLE, "is larger than a project file can be ("
                + (size >> 20) + " MiB read; at most " + (MAX_PROJECT_BYTES >> 20) + " MiB)");
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

    /**
     * Takes {@code content}, which {@code file} holds now, as what {@code project} was last read
     * from or saved to: another program wrote a change the project in memory follows already (a
     * {@code relsync watch} of the same databases, which the workbench syncs itself), so a
     * {@link #save} no longer refuses it as changed on disk.
     */
    public static void adopt(Project project, Path file, byte[] content) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(content, "content");
        if (project.eResource() instanceof ProjectResource resource) {
            resource.loadedFrom(target(file), content.length, checksum(content));
        }
    }

    /**
     * Saves {@code project} to {@code file}, atomically, under the file's {@link ProjectLock}
     * (held by this thread already, or taken for the save).
     *
     * @throws ProjectFileException {@link Problem#CHANGED} when the project was loaded from this
     *         file and the file no longer holds what was loaded; nothing is written then
     */
    public static void save(Project project, Path file) {
        Objects.requireNonNull(project, "project");
        checkPath(file);
        Resource resource = project.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(uriOf(file));
            resource.getContents().add(project);
        }
        // the binary form for the cache is made on a second thread while this one writes the XMI and
        // forces it to disk: both only read the project, whose metamodels are fully initialized first
        BinaryForm binary = BinaryForm.start(file, resource, estimatedBytes(resource));
        try {
            save(project, file, resource, binary);
        } finally {
            binary.join(); // also when the save failed: the caller may change the project next
        }
    }

    /** About 100 bytes of XMI per element: enough to tell whether the {@link ProjectCache} wants the project. */
    private static long estimatedBytes(Resource resource) {
        long known = resource instanceof ProjectResource pr && pr.diskState() != null ? pr.diskState().length() : 0;
        long byElements = resource instanceof org.eclipse.emf.ecore.resource.impl.ResourceImpl r
                && r.getIntrinsicIDToEObjectMap() != null ? 100L * r.getIntrinsicIDToEObjectMap().size() : 0;
        return Math.max(known, byElements);
    }

    private static void save(Project project, Path file, Resource resource, BinaryForm binary) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            resource.save(bytes, ProjectResource.saveOptions());
        } catch (IOException | RuntimeException e) {
            throw new ProjectFileException(file, Problem.WRITE_FAILED, "cannot serialize the project: " + reason(e), e);
        }
        if (bytes.size() > 0 && bytes.toByteArray()[bytes.size() - 1] != '\n') {
            bytes.write('\n'); // a final newline, as every text file in version control should have
        }
        byte[] content = bytes.toByteArray();
        Path target = target(file);
        ProjectResource.DiskState loaded = resource instanceof ProjectResource pr ? pr.diskState() : null;
        boolean checkUnchanged = loaded != null && loaded.file().equals(target);
        ProjectLock held = ProjectLock.heldByCurrentThread(target);
        ProjectLock lock = held;
        try {
            if (lock == null && Files.isRegularFile(target)) {
                lock = ProjectLock.acquire(file);
            }
            if (checkUnchanged && (!Files.exists(target) || lock == null)) {
                // gone, or no longer a regular file (a pipe or a folder put in its place): not what was read
                throw new ProjectFileException(file, Problem.CHANGED, "was deleted, moved or replaced since it was read; "
                        + "nothing was written");
            }
            if (checkUnchanged && !loaded.holds(lock.read(file))) {
                throw new ProjectFileException(file, Problem.CHANGED, "changed on disk since it was read (another relsync "
                        + "command, the workbench or an editor wrote it); nothing was written. Run the command again");
            }
            write(file, target, content, lock, target);
        } finally {
            if (held == null && lock != null) {
                lock.close();
            }
        }
        if (resource instanceof ProjectResource projectResource) {
            projectResource.loadedFrom(target, content.length, checksum(content));
        }
        ProjectCache.standard().store(target, content, binary.join());
    }

    /** The project's binary form for the {@link ProjectCache}, made on a thread of its own. */
    private static final class BinaryForm {
        private final Thread thread;
        private byte[] result;

        private BinaryForm(Path file, Resource resource, long projectBytes) {
            ProjectCache cache = ProjectCache.standard();
            if (resource instanceof ProjectResource && cache.covers(projectBytes)) {
                initializeMetamodels();
                thread = new Thread(() -> {
                    try {
                        // only a project that a load would accept goes into the cache: a load from it skips part of the check
                        ProjectStructure.check(file, resource, (Project) resource.getContents().get(0), true);
                        result = cache.serialize(resource, projectBytes);
                    } catch (RuntimeException e) { // a ProjectFileException from the check among them
                        result = null;
                    }
                }, "relsync-project-cache");
                thread.setDaemon(true);
                thread.start();
            } else {
                thread = null;
            }
        }

        private static volatile boolean metamodelsInitialized;

        /**
         * EMF computes what a class knows of its features on first use; two threads reading a
         * project at once must find it computed, so it is, here, before the second one starts.
         */
        private static void initializeMetamodels() {
            if (metamodelsInitialized) {
                return;
            }
            for (org.eclipse.emf.ecore.EPackage ePackage : org.relsync.model.RelSyncModel.packages()) {
                for (org.eclipse.emf.ecore.EClassifier classifier : ePackage.getEClassifiers()) {
                    if (classifier instanceof org.eclipse.emf.ecore.EClass eClass) {
                        eClass.getEAllSuperTypes();
                        eClass.getEAllAttributes();
                        eClass.getEAllReferences();
                        eClass.getEAllContainments();
                        eClass.getEIDAttribute();
                        eClass.getFeatureCount();
                        for (org.eclipse.emf.ecore.EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                            eClass.getFeatureID(feature);
                            eClass.getEStructuralFeature(feature.getName());
                            feature.getEType();
                            feature.isMany();
                            if (feature instanceof org.eclipse.emf.ecore.EReference reference) {
                                reference.getEReferenceType();
                                reference.getEOpposite();
                                reference.isResolveProxies();
                            }
                        }
                    }
                }
            }
            metamodelsInitialized = true;
        }

        static BinaryForm start(Path file, Resource resource, long projectBytes) {
            return new BinaryForm(file, resource, projectBytes);
        }

        byte[] join() {
            if (thread == null) {
                return null;
            }
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return result;
        }
    }

    /**
     * Replaces the content of {@code file} with {@code content}, all or nothing; a replaced file
     * keeps its permissions, a new one gets the default ones.
     */
    public static void writeAtomically(Path file, byte[] content) {
        Path target = target(file);
        write(file, target, content, null, target);
    }

    /** As {@link #writeAtomically(Path, byte[])}, giving a new file the permissions of {@code modeOf} (a backup, those of its project). */
    public static void writeAtomically(Path file, byte[] content, Path modeOf) {
        write(file, target(file), content, null, target(modeOf));
    }

    private static void write(Path file, Path target, byte[] content, ProjectLock lock, Path modeOf) {
        Path folder = target.getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        FileChannel channel = null;
        boolean renamed = false;
        try {
            PosixFileAttributes mode = posixAttributes(modeOf);
            PendingFiles.create(temp);
            channel = FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE); // read too: it may become the locked file
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer); // a short write (a full disk, a file size limit) loops until it fails
            }
            channel.force(true);
            if (channel.size() != content.length) {
                throw new IOException("only " + channel.size() + " of " + content.length + " bytes reached the disk");
            }
            if (mode != null) {
                keepOwnerAndMode(temp, mode);
            }
            FileLock newLock = lock == null ? null : lock.lockReplacement(channel);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            renamed = true;
            PendingFiles.keep(temp);
            if (lock != null) {
                lock.replaced(channel, newLock);
                channel = null;
            }
            syncFolder(folder);
        } catch (IOException e) {
            throw new ProjectFileException(file, Problem.WRITE_FAILED, "cannot write: " + reason(e)
                    + "; the file is as it was", e);
        } finally {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the data was forced to disk before the rename, or the temporary file goes below
                }
            }
            if (!renamed) {
                PendingFiles.discard(temp);
            }
        }
    }

    private static PosixFileAttributes posixAttributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, PosixFileAttributes.class);
        } catch (NoSuchFileException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** The replacement takes the replaced file's mode, and its owner and group where this process may set them. */
    private static void keepOwnerAndMode(Path temp, PosixFileAttributes old) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.group().equals(old.group())) {
                view.setGroup(old.group());
            }
            if (!now.owner().equals(old.owner())) {
                view.setOwner(old.owner());
            }
        } catch (IOException ignored) {
            // only the owner (or root) may give a file away; the mode below is what matters
        }
        view.setPermissions(old.permissions());
    }

    /** Forces the rename itself to disk (best effort: not every file system can open a folder). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // the rename is atomic either way; only its durability across a power cut depends on this
        }
    }

    /**
     * The file that a write to {@code file} replaces: the target of a symbolic link (followed
     * however deep, even when it does not exist yet), else the file itself; absolute.
     */
    static Path target(Path file) {
        Path path = file.toAbsolutePath();
        try {
            if (Files.exists(path)) {
                return path.toRealPath();
            }
            for (int hops = 0; hops < 40 && Files.isSymbolicLink(path); hops++) {
                path = path.getParent().resolve(Files.readSymbolicLink(path)).normalize();
            }
        } catch (IOException e) {
            throw new ProjectFileException(file, Problem.UNREADABLE, "cannot resolve: " + reason(e), e);
        }
        return path;
    }

    /**
     * A checksum to tell whether a file changed: CRC-32C (hardware-assisted, a few milliseconds for
     * a large project where SHA-256 took hundreds in a JVM without C2) beside the length; it guards
     * against an accidental overwrite, not an adversary.
     */
    static long checksum(byte[] content) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(content);
        return crc.getValue();
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
        if (message.contains("DOCTYPE is disallowed")) {
            message = "it declares a DOCTYPE, which a project file never has (entity declarations are refused)";
        }
        if (deepest instanceof org.eclipse.emf.ecore.xmi.XMIException xmi && xmi.getLine() > 0
                && !message.contains(", " + xmi.getLine() + ", ")) {
            message += " (line " + xmi.getLine() + ")";
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
