package org.relsync.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityFactory;
import org.relsync.model.io.ProjectFileException;
import org.relsync.model.io.ProjectFileException.Problem;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectLock;
import org.relsync.model.project.Project;

/**
 * What keeps a project file from being lost: saves that notice another writer, locks, links and
 * permissions kept, and files that cannot be projects refused on load with one clear line.
 * (Full disks, signals and concurrent processes are tested through the product in the CLI tests.)
 */
class ProjectFileSafetyTest {

    @TempDir
    Path dir;

    private Path project(String name) {
        Path file = dir.resolve(name);
        ProjectFiles.create(file, "P");
        return file;
    }

    private static void addEntity(Project project, String name) {
        Entity entity = EntityFactory.eINSTANCE.createEntity();
        entity.setName(name);
        project.getEntityModel().getEntities().add(entity);
    }

    @Test
    void aSaveRefusesWhenAnotherProgramWroteTheFileSinceItWasLoaded() throws IOException {
        Path file = project("p.relsync");
        Project mine = ProjectFiles.load(file);
        Project theirs = ProjectFiles.load(file);
        addEntity(theirs, "Theirs");
        ProjectFiles.save(theirs, file);
        byte[] afterTheirs = Files.readAllBytes(file);

        addEntity(mine, "Mine");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.save(mine, file));

        assertEquals(Problem.CHANGED, e.problem());
        assertTrue(e.getMessage().contains("changed on disk since it was read"), e.getMessage());
        assertArrayEquals(afterTheirs, Files.readAllBytes(file), "their work is kept");
        assertNoTemporaryFiles();
    }

    @Test
    void consecutiveSavesOfOneLoadedProjectAreNoConflict() {
        Path file = project("p.relsync");
        Project project = ProjectFiles.load(file);
        addEntity(project, "A");
        ProjectFiles.save(project, file);
        addEntity(project, "B");
        ProjectFiles.save(project, file);
        assertEquals(2, ProjectFiles.load(file).getEntityModel().getEntities().size());
    }

    @Test
    void aSaveOfAProjectThatWasDeletedMeanwhileWritesNothing() throws IOException {
        Path file = project("p.relsync");
        Project project = ProjectFiles.load(file);
        Files.delete(file);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.save(project, file));
        assertEquals(Problem.CHANGED, e.problem());
        assertFalse(Files.exists(file));
    }

    @Test
    void aSaveOfAProjectReplacedByAFolderMeanwhileWritesNothing() throws IOException {
        Path file = project("p.relsync");
        Project project = ProjectFiles.load(file);
        Files.delete(file);
        Files.createDirectory(file);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.save(project, file));
        assertEquals(Problem.CHANGED, e.problem());
        assertTrue(Files.isDirectory(file));
    }

    @Test
    void twoThreadsEditingUnderTheLockLoseNothing() throws Exception {
        Path file = project("p.relsync");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String name = "E" + i;
                done.add(pool.submit(() -> {
                    start.await();
                    try (ProjectLock lock = ProjectLock.acquire(file)) {
                        Project project = ProjectFiles.load(file);
                        addEntity(project, name);
                        ProjectFiles.save(project, file);
                        addEntity(project, name + "b"); // a second save under the same lock
                        ProjectFiles.save(project, file);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2 * writers, ProjectFiles.load(file).getEntityModel().getEntities().size());
    }

    @Test
    void aLockHeldElsewhereMakesTheWaitRunOutWithBusy() throws Exception {
        Path file = project("p.relsync");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (ProjectLock lock = ProjectLock.acquire(file)) {
                held.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        holder.start();
        held.await();
        try {
            ProjectFileException e = assertThrows(ProjectFileException.class,
                    () -> ProjectLock.acquire(file, Duration.ofMillis(300)));
            assertEquals(Problem.BUSY, e.problem());
            assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
        } finally {
            release.countDown();
            holder.join();
        }
        try (ProjectLock lock = ProjectLock.acquire(file, Duration.ofSeconds(5))) {
            assertEquals(file.toRealPath(), lock.target());
        }
    }

    @Test
    void aSaveThroughASymbolicLinkWritesTheTargetAndKeepsTheLinkAndTheMode() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("p.relsync");
        ProjectFiles.create(real, "P");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw-r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link.relsync"), Path.of("real/p.relsync"));

        Project project = ProjectFiles.load(link);
        addEntity(project, "ThroughTheLink");
        ProjectFiles.save(project, link);

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(1, ProjectFiles.load(real).getEntityModel().getEntities().size(), "the target got the change");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        assertNoTemporaryFiles();
    }

    @Test
    void aDanglingLinkIsWrittenThroughToWhereItPoints() throws IOException {
        Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link.relsync"), Path.of("real/new.relsync"));
        ProjectFiles.writeAtomically(link, "x\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("x\n", Files.readString(dir.resolve("real/new.relsync")));
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewFileGetsTheDefaultNotPrivateOnly() throws IOException {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        ProjectFiles.writeAtomically(file, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        Path fresh = dir.resolve("fresh.txt");
        ProjectFiles.writeAtomically(fresh, "new".getBytes(StandardCharsets.UTF_8));
        Path reference = Files.createFile(dir.resolve("reference.txt")); // what the umask gives any new file
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(fresh));

        Path copy = dir.resolve("copy.relsync");
        ProjectFiles.writeAtomically(copy, "x".getBytes(StandardCharsets.UTF_8), file);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)),
                "a copy made from a file (a backup) takes that file's mode");
    }

    @Test
    void aPipeIsRefusedInsteadOfWaitedFor() throws Exception {
        Path fifo = dir.resolve("pipe.relsync");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(fifo));
        assertEquals(Problem.UNREADABLE, e.problem());
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertThrows(ProjectFileException.class, () -> ProjectLock.acquire(fifo, Duration.ZERO));
    }

    @Test
    void anEndlessDeviceAndAHugeFileAreRefusedWithoutReadingThem() throws IOException {
        ProjectFileException zero = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(Path.of("/dev/zero")));
        assertTrue(zero.getMessage().contains("not a regular file"), zero.getMessage());

        Path huge = dir.resolve("huge.relsync");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ProjectFiles.MAX_PROJECT_BYTES + 1); // sparse: takes no disk
        }
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(huge));
        assertTrue(e.getMessage().contains("larger than a project file can be"), e.getMessage());
    }

    @Test
    void aProjectWithoutAnEntityModelIsRefusedOnLoad() throws IOException {
        Path file = writeProject("""
                <?xml version="1.0" encoding="UTF-8"?>
                <project:Project xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:project="http://relsync.org/model/project/1.0" id="p1" name="P"/>
                """);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(file));
        assertEquals(Problem.NOT_A_PROJECT, e.problem());
        assertTrue(e.getMessage().contains("no entity model"), e.getMessage());
    }

    @Test
    void twoElementsWithOneIdAreRefusedOnLoad() throws IOException {
        Path file = writeProject("""
                <?xml version="1.0" encoding="UTF-8"?>
                <project:Project xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:project="http://relsync.org/model/project/1.0" id="p1" name="P">
                  <entityModel id="m1">
                    <entities id="same" name="Customer"/>
                    <entities id="same" name="Order"/>
                  </entityModel>
                </project:Project>
                """);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(file));
        assertEquals(Problem.CORRUPT, e.problem());
        assertTrue(e.getMessage().contains("two elements have the id 'same': Entity 'Customer' and Entity 'Order'"),
                e.getMessage());
    }

    @Test
    void aReferenceIntoAnotherFileIsRefusedWithoutLoadingThatFile() throws IOException {
        Path other = dir.resolve("other.relsync");
        Path file = writeProject("""
                <?xml version="1.0" encoding="UTF-8"?>
                <project:Project xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:project="http://relsync.org/model/project/1.0" id="p1" name="P">
                  <entityModel id="m1">
                    <entities id="e1" name="Customer"/>
                    <relationships id="r1" name="Rel" kind="ManyToOne" fkSide="Start">
                      <start href="other.relsync#e9"/>
                      <end href="#e1"/>
                    </relationships>
                  </entityModel>
                </project:Project>
                """);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(file));
        assertEquals(Problem.CORRUPT, e.problem());
        assertTrue(e.getMessage().contains("Relationship 'Rel' refers (start) to an element of another file"), e.getMessage());
        assertTrue(e.getMessage().contains("other.relsync#e9"), e.getMessage());
        assertFalse(Files.exists(other));
    }

    @Test
    void theSameProjectWithItsReferencesInsideLoads() throws IOException {
        Path file = writeProject("""
                <?xml version="1.0" encoding="UTF-8"?>
                <project:Project xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:project="http://relsync.org/model/project/1.0" id="p1" name="P">
                  <entityModel id="m1">
                    <entities id="e1" name="Customer"/>
                    <entities id="e2" name="Order"/>
                    <relationships id="r1" name="Rel" kind="ManyToOne" fkSide="Start" start="e2" end="e1"/>
                  </entityModel>
                </project:Project>
                """);
        Project project = ProjectFiles.load(file);
        assertEquals("Order", project.getEntityModel().getRelationships().get(0).getStart().getName());
    }

    @Test
    void externalEntitiesAndEntityBombsAreRefusedWithoutBeingExpanded() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "do not read me");
        Path xxe = writeProject("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE project:Project [<!ENTITY e SYSTEM "%s">]>
                <project:Project xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:project="http://relsync.org/model/project/1.0" id="p1" name="P">
                  <entityModel id="m1"/>
                  <settings id="s"><namingRules id="n"><stripPrefixes>&e;</stripPrefixes></namingRules></settings>
                </project:Project>
                """.formatted(secret.toUri()));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(xxe));
        assertEquals(Problem.CORRUPT, e.problem());
        assertTrue(e.getMessage().contains("declares a DOCTYPE, which a project file never has"), e.getMessage());

        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE p [\n <!ENTITY l0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            bomb.append(" <!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<project:Project xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:project=\"http://relsync.org/model/project/1.0\" id=\"p\" name=\"&l9;\"><entityModel id=\"m\"/></project:Project>\n");
        Path bombFile = writeProject(bomb.toString());
        ProjectFileException b = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(bombFile));
        assertTrue(b.getMessage().contains("declares a DOCTYPE"), b.getMessage());
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFileAndTheOldContent() throws IOException {
        Path file = project("p.relsync");
        byte[] before = Files.readAllBytes(file);
        Files.createDirectory(dir.resolve("p2.relsync")); // a folder in the way of the rename
        Project project = ProjectFiles.load(file);
        assertThrows(ProjectFileException.class, () -> ProjectFiles.save(project, dir.resolve("p2.relsync")));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertNoTemporaryFiles();
    }

    private Path writeProject(String xml) throws IOException {
        Path file = dir.resolve("p.relsync");
        Files.writeString(file, xml);
        return file;
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> temps = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), temps, "temporary files left behind");
        }
    }
}
