package org.relsync.sync;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.relsync.model.RelSyncModel;
import org.relsync.model.io.PendingFiles;
import org.relsync.model.io.ProjectFileException;
import org.relsync.model.io.ProjectFiles;
import org.relsync.sync.edit.EditException;

/**
 * A copy of a project file made before a command changes it (SYNC-SPEC section 7), kept only
 * when the command succeeds: {@link #keep()} once it has, {@link #discard()} when it failed. A
 * backup neither kept nor discarded is deleted when the process ends (a signal included), so a
 * failed or stopped command leaves the folder as it found it, created folders and all.
 * <p>
 * The backup folder comes from the project's {@code backupFolder} setting, which must stay inside
 * the project's folder (a project file from elsewhere must not make RelSync write anywhere else),
 * or from the user's own choice on the command line, which may be anywhere.
 */
public final class Backup {

    /** Where backups go when the project does not say. */
    public static final String DEFAULT_FOLDER = ".relsync/backups";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final List<Path> createdFolders;

    private Backup(Path file, List<Path> createdFolders) {
        this.file = file;
        this.createdFolders = List.copyOf(createdFolders);
    }

    /** The copy. */
    public Path file() {
        return file;
    }

    /** The command succeeded: the backup stays. */
    public void keep() {
        PendingFiles.keep(file);
        createdFolders.forEach(PendingFiles::keep);
    }

    /** The command failed: the backup goes, and the folders made for it if they are empty. */
    public void discard() {
        PendingFiles.discard(file);
        createdFolders.forEach(PendingFiles::discard); // deepest first; a folder that holds anything stays
    }

    /**
     * Checks a {@code backupFolder} setting: a relative path that stays inside the project's folder.
     *
     * @throws EditException when it is absolute or climbs out with {@code ..}
     */
    public static void checkSetting(String setting) {
        if (setting == null || setting.isBlank()) {
            return;
        }
        Path path;
        try {
            path = Path.of(setting);
        } catch (RuntimeException e) {
            throw new EditException("backupFolder: '" + setting + "' is not a path");
        }
        if (path.isAbsolute() || path.normalize().startsWith("..")) {
            throw new EditException("backupFolder: '" + setting + "' leads outside the project's folder; a project keeps "
                    + "its backups in a folder of its own folder (the default is " + DEFAULT_FOLDER
                    + "); to back up elsewhere, give --backup-folder on the command line");
        }
    }

    /**
     * Copies {@code projectFile} into the backup folder under a name stamped with {@code clock}'s
     * time: {@code override} (the user's own choice, relative to the current folder) when given,
     * else the project's {@code setting} (relative to the project's folder), else {@link #DEFAULT_FOLDER}.
     * The copy has the project file's permissions.
     *
     * @throws BackupException when the copy cannot be written, or the setting leads outside the
     *         project's folder; nothing is left behind then
     */
    public static Backup create(Path projectFile, String setting, Path override, Clock clock) {
        Objects.requireNonNull(projectFile, "projectFile");
        Path projectFolder = projectFile.toAbsolutePath().getParent();
        Path folder;
        if (override != null) {
            folder = override.toAbsolutePath();
        } else {
            String relative = setting == null || setting.isBlank() ? DEFAULT_FOLDER : setting;
            try {
                checkSetting(relative);
            } catch (EditException e) {
                throw new BackupException("cannot back up " + projectFile + ": the project's " + e.getMessage(), e);
            }
            folder = projectFolder.resolve(relative).normalize();
        }
        String name = projectFile.getFileName().toString();
        String base = name.endsWith("." + RelSyncModel.FILE_EXTENSION)
                ? name.substring(0, name.length() - RelSyncModel.FILE_EXTENSION.length() - 1) : name;
        Path copy = folder.resolve(base + "-" + STAMP.format(clock.instant()) + "." + RelSyncModel.FILE_EXTENSION);
        List<Path> created = new ArrayList<>();
        try {
            createFolders(folder, created);
            if (override == null && !folder.toRealPath().startsWith(projectFolder.toRealPath())) {
                throw new BackupException("cannot back up " + projectFile + ": the backup folder " + folder
                        + " is a link that leads outside the project's folder; give --backup-folder to back up there", null);
            }
            byte[] content = ProjectFiles.readAll(projectFile);
            ProjectFiles.writeAtomically(copy, content, projectFile);
            PendingFiles.register(copy);
            return new Backup(copy, created);
        } catch (IOException | ProjectFileException | BackupException e) {
            created.forEach(PendingFiles::discard);
            if (e instanceof BackupException backup) {
                throw backup;
            }
            throw new BackupException("cannot back up " + projectFile + " into " + folder + ": " + why(e), e);
        }
    }

    /** Creates {@code folder} and the missing folders above it, recording each (deepest first) as pending. */
    private static void createFolders(Path folder, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path f = folder; f != null && !Files.isDirectory(f); f = f.getParent()) {
            if (Files.exists(f) || Files.isSymbolicLink(f)) {
                throw new FileAlreadyExistsException(f.toString(), null,
                        "a file is in the way: " + f + " is a file, where the backup folder needs a folder");
            }
            missing.add(f);
        }
        for (int i = missing.size() - 1; i >= 0; i--) {
            Path f = missing.get(i);
            Files.createDirectory(f);
            PendingFiles.register(f);
            created.add(0, f);
        }
    }

    private static String why(Exception e) {
        if (e instanceof FileAlreadyExistsException exists && exists.getReason() != null) {
            return exists.getReason();
        }
        if (e instanceof ProjectFileException) {
            return e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
