package org.relsync.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.relsync.model.RelSyncModel;

/**
 * A cache of large project files in EMF's binary form, which loads about four times faster than
 * XMI: at 5,000 tables, the difference between a command that answers in one second and one that
 * takes three. The project file stays the one truth; an entry is used only when it was made from
 * exactly the bytes the file holds now (their length and two independent 32-bit checksums), by
 * the same metamodels, and is itself intact (a checksum of its own); anything else, a missing or
 * damaged entry included, means reading the XMI, as without a cache.
 * <p>
 * Entries are written when RelSync saves a large project (serialized while the project file is
 * forced to disk) or reads one it had no entry for, one per project file, the least recently used
 * dropped beyond {@link #MAX_ENTRIES}. Only files of at least {@link #MIN_PROJECT_BYTES} are cached:
 * below that, XMI loads in a fraction of a second. The folder is {@code $RELSYNC_CACHE_DIR}, else
 * {@code $XDG_CACHE_HOME/relsync}, else {@code ~/.cache/relsync}; {@code RELSYNC_CACHE_DIR=off}
 * turns the cache off. Deleting the folder at any time is safe.
 */
public final class ProjectCache {

    /** Files smaller than this are read from XMI: at 4 MiB (some 500 tables) that takes well under half a second. */
    public static final long MIN_PROJECT_BYTES = 4L << 20;

    /** The most entries kept; the least recently used go first. */
    public static final int MAX_ENTRIES = 16;

    private static final int MAGIC = 0x52534331; // "RSC1"
    private static final int BUFFER = 64 * 1024;
    /** EMF's binary format 1.1, enum values as numbers, with a buffer of its own (else EMF writes byte by byte). */
    private static final Map<Object, Object> FORMAT = Map.of(
            BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1,
            BinaryResourceImpl.OPTION_STYLE_BINARY_ENUMERATOR, Boolean.TRUE,
            BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, BUFFER);
    private static final ProjectCache NONE = new ProjectCache(null, Long.MAX_VALUE);
    private static volatile ProjectCache standard;

    private final Path folder;
    private final long minBytes;

    /** A cache in {@code folder} (none when {@code null}) for project files of at least {@code minBytes}. */
    public ProjectCache(Path folder, long minBytes) {
        this.folder = folder;
        this.minBytes = minBytes;
    }

    /** The cache the command line and the workbench use, from the environment (see the class comment). */
    public static ProjectCache standard() {
        ProjectCache cache = standard;
        if (cache == null) {
            cache = fromEnvironment(System.getenv());
            standard = cache;
        }
        return cache;
    }

    /** The cache that {@code environment} asks for. */
    public static ProjectCache fromEnvironment(Map<String, String> environment) {
        String dir = environment.get("RELSYNC_CACHE_DIR");
        if (dir != null && (dir.isBlank() || dir.equalsIgnoreCase("off"))) {
            return NONE;
        }
        Path folder;
        if (dir != null) {
            folder = Path.of(dir);
        } else if (environment.get("XDG_CACHE_HOME") != null && !environment.get("XDG_CACHE_HOME").isBlank()) {
            folder = Path.of(environment.get("XDG_CACHE_HOME"), "relsync");
        } else if (System.getProperty("user.home") != null) {
            folder = Path.of(System.getProperty("user.home"), ".cache", "relsync");
        } else {
            return NONE;
        }
        return new ProjectCache(folder.toAbsolutePath(), MIN_PROJECT_BYTES);
    }

    /** Makes {@code cache} the one {@link #standard()} returns (a test's own folder, the workbench's choice). */
    public static void setStandard(ProjectCache cache) {
        standard = cache;
    }

    /** A cache that keeps nothing. */
    public static ProjectCache none() {
        return NONE;
    }

    /** The cache's folder; {@code null} for a cache that keeps nothing. */
    public Path folder() {
        return folder;
    }

    boolean covers(long projectBytes) {
        return folder != null && projectBytes >= minBytes;
    }

    /**
     * Loads the entry of {@code target} into {@code resource} when it was made from {@code content};
     * returns whether it did. On {@code false} the resource is empty and the XMI must be read.
     */
    boolean load(Path target, byte[] content, Resource resource) {
        if (!covers(content.length)) {
            return false;
        }
        Path entry = entry(target);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry);
        } catch (IOException | RuntimeException e) {
            return false; // no entry (the usual miss), or one that cannot be read: the XMI it is
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(stamp()) || in.readLong() != content.length
                    || in.readLong() != crc32c(content) || in.readLong() != crc32(content)) {
                return false;
            }
            long bodyCrc = in.readLong();
            int headerLength = bytes.length - in.available();
            CRC32C crc = new CRC32C();
            crc.update(bytes, headerLength, bytes.length - headerLength);
            if (crc.getValue() != bodyCrc) {
                discard(entry);
                return false;
            }
            resource.load(new ByteArrayInputStream(bytes, headerLength, bytes.length - headerLength), Map.of(
                    ProjectResource.OPTION_BINARY, Boolean.TRUE,
                    BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, BUFFER)); // else EMF reads byte by byte
            touch(entry);
            return true;
        } catch (IOException | RuntimeException e) {
            discard(entry); // the caller reads the XMI into a new resource
            return false;
        }
    }

    /** Serializes {@code resource} in binary form; {@code null} when the cache does not cover a file of {@code projectBytes}. */
    byte[] serialize(Resource resource, long projectBytes) {
        if (!covers(projectBytes)) {
            return null;
        }
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(projectBytes / 2, 64L << 20));
            BinaryResourceImpl.EObjectOutputStream out = new BinaryResourceImpl.EObjectOutputStream(body, FORMAT);
            out.saveResource(resource);
            out.flush();
            return body.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null; // the cache is an optimization: a project that cannot be cached is read from XMI
        }
    }

    /** Stores {@code body} (from {@link #serialize}) as the entry of {@code target}, made from {@code content}. */
    void store(Path target, byte[] content, byte[] body) {
        if (body == null || !covers(content.length)) {
            return;
        }
        Path temp = null;
        try {
            Files.createDirectories(folder);
            trySetOwnerOnly(folder, "rwx------");
            ByteArrayOutputStream header = new ByteArrayOutputStream(128);
            try (DataOutputStream out = new DataOutputStream(header)) {
                out.writeInt(MAGIC);
                out.writeUTF(stamp());
                out.writeLong(content.length);
                out.writeLong(crc32c(content));
                out.writeLong(crc32(content));
                CRC32C crc = new CRC32C();
                crc.update(body);
                out.writeLong(crc.getValue());
            }
            Path entry = entry(target);
            temp = folder.resolve("." + entry.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (var channel = Files.newOutputStream(temp)) {
                trySetOwnerOnly(temp, "rw-------");
                channel.write(header.toByteArray());
                channel.write(body);
            }
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            evict();
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written (read-only home, full disk) only costs the next load its speed
        } finally {
            if (temp != null) {
                discard(temp);
            }
        }
    }

    /** Drops the entry of {@code target}, if any. */
    void forget(Path target) {
        if (folder != null) {
            discard(entry(target));
        }
    }

    /** The entry file of the project file {@code target}: a digest of its real path. */
    Path entry(Path target) {
        Path real;
        try {
            real = target.toRealPath();
        } catch (IOException e) {
            real = target.toAbsolutePath().normalize();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".bin");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void evict() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, "*.bin")) {
            all.forEach(entries::add);
        }
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        entries.sort((a, b) -> lastUsed(b).compareTo(lastUsed(a)));
        for (Path old : entries.subList(MAX_ENTRIES, entries.size())) {
            discard(old);
        }
    }

    private static FileTime lastUsed(Path entry) {
        try {
            return Files.getLastModifiedTime(entry);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // only the eviction order suffers
        }
    }

    private static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            // left for the next store's eviction
        }
    }

    private static void trySetOwnerOnly(Path path, String permissions) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    private static long crc32c(byte[] content) {
        return ProjectFiles.checksum(content);
    }

    private static long crc32(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    private static volatile String stamp;

    /**
     * What an entry's binary form depends on: EMF's binary format version and every class,
     * feature (name, type, multiplicity, containment) and enum literal of RelSync's metamodels,
     * as a digest. A changed metamodel makes every entry a miss.
     */
    static String stamp() {
        String s = stamp;
        if (s == null) {
            StringBuilder text = new StringBuilder("emf-binary-1.1-enums-as-numbers");
            for (EPackage ePackage : RelSyncModel.packages()) {
                text.append('|').append(ePackage.getNsURI());
                for (EClassifier classifier : ePackage.getEClassifiers()) {
                    text.append(';').append(classifier.getName());
                    if (classifier instanceof EClass eClass) {
                        eClass.getESuperTypes().forEach(t -> text.append('<').append(t.getName()));
                        for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                            text.append(',').append(feature.getName()).append(':').append(feature.getEType().getName())
                                    .append(feature.getUpperBound()).append(feature.isTransient() ? 't' : '-')
                                    .append(feature instanceof org.eclipse.emf.ecore.EReference r && r.isContainment() ? 'c' : '-');
                        }
                    } else if (classifier instanceof EEnum eEnum) {
                        for (EEnumLiteral literal : eEnum.getELiterals()) {
                            text.append(',').append(literal.getLiteral()).append('=').append(literal.getValue());
                        }
                    }
                }
            }
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
                s = HexFormat.of().formatHex(digest, 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            stamp = s;
        }
        return s;
    }
}
