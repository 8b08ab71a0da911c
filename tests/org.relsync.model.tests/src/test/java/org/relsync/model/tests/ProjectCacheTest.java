package org.relsync.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.model.common.Element;
import org.relsync.model.io.ProjectCache;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectResource;
import org.relsync.model.project.Project;

/**
 * The cache of large projects in binary form: used only for exactly the bytes it was made from,
 * and what it gives is the project the XMI holds.
 */
class ProjectCacheTest {

    @TempDir
    Path dir;

    private Path cacheDir;
    private Path file;

    @BeforeEach
    void cacheEveryProject() throws IOException {
        cacheDir = dir.resolve("cache");
        ProjectCache.setStandard(new ProjectCache(cacheDir, 0)); // every project, however small
        file = dir.resolve("shop.relsync");
        Files.copy(Examples.shop(), file);
    }

    @AfterEach
    void standardCacheAgain() {
        ProjectCache.setStandard(ProjectCache.none());
    }

    private static boolean fromCache(Project project) {
        return ((ProjectResource) project.eResource()).loadedFromCache();
    }

    private long entries() throws IOException {
        try (Stream<Path> all = Files.list(cacheDir)) {
            return all.filter(p -> p.toString().endsWith(".bin")).count();
        }
    }

    @Test
    void aProjectLoadedFromTheCacheSavesToTheSameBytesAndKeepsEveryId() throws IOException {
        byte[] original = Files.readAllBytes(file);
        assertFalse(fromCache(ProjectFiles.load(file)), "the first load reads the XMI");
        Project cached = ProjectFiles.load(file);
        assertTrue(fromCache(cached), "the second load takes the entry the first made");

        ProjectCache.setStandard(ProjectCache.none());
        Project xmi = ProjectFiles.load(file);
        assertTrue(EcoreUtil.equals(xmi, cached), "the cache gives the project the XMI holds");
        int elements = 1;
        for (var all = cached.eAllContents(); all.hasNext();) {
            EObject element = all.next();
            if (element instanceof Element e) {
                elements++;
                assertSame(element, ((ResourceImpl) cached.eResource()).getIntrinsicIDToEObjectMap().get(e.getId()),
                        "in the resource's id map, as after reading the XMI: " + e.getId());
            }
        }
        assertEquals(elements, ((ResourceImpl) cached.eResource()).getIntrinsicIDToEObjectMap().size());
        Path copy = dir.resolve("copy.relsync");
        ProjectFiles.save(cached, copy);
        assertArrayEquals(original, Files.readAllBytes(copy));
    }

    @Test
    void aSaveMakesTheEntryTheNextLoadUses() {
        Project project = ProjectFiles.load(file);
        project.setName("Shop 2");
        ProjectFiles.save(project, file);
        Project again = ProjectFiles.load(file);
        assertTrue(fromCache(again));
        assertEquals("Shop 2", again.getName());
    }

    @Test
    void aFileChangedBehindRelSyncsBackIsReadFromItsXmiEvenAtTheSameLength() throws IOException {
        ProjectFiles.load(file); // makes the entry
        String xmi = Files.readString(file, StandardCharsets.UTF_8);
        String edited = xmi.replace("name=\"Customer\"", "name=\"Client00\"");
        assertEquals(xmi.length(), edited.length());
        Files.writeString(file, edited, StandardCharsets.UTF_8);

        Project project = ProjectFiles.load(file);
        assertFalse(fromCache(project));
        assertTrue(project.getEntityModel().getEntities().stream().anyMatch(e -> e.getName().equals("Client00")));
        assertTrue(fromCache(ProjectFiles.load(file)), "and the entry follows the file again");
    }

    @Test
    void aProjectThatALoadWouldRefuseIsNeverCachedSoItIsStillRefused() throws IOException {
        Project project = ProjectFiles.load(file);
        Files.delete(entryOf());
        var entities = project.getEntityModel().getEntities();
        entities.get(1).setId(entities.get(0).getId()); // what no command does, but a bug or a plug-in might
        ProjectFiles.save(project, file);

        assertEquals(0, entries(), "no entry for a project with two elements of one id");
        var refused = org.junit.jupiter.api.Assertions.assertThrows(org.relsync.model.io.ProjectFileException.class,
                () -> ProjectFiles.load(file));
        assertTrue(refused.getMessage().contains("two elements have the id"), refused::getMessage);
    }

    private Path entryOf() throws IOException {
        try (Stream<Path> all = Files.list(cacheDir)) {
            return all.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
    }

    @Test
    void aDamagedEntryIsDroppedAndTheXmiRead() throws IOException {
        ProjectFiles.load(file);
        Path entry;
        try (Stream<Path> all = Files.list(cacheDir)) {
            entry = all.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 10] ^= 0x55; // in the body: the header still matches the file
        Files.write(entry, bytes);

        Project project = ProjectFiles.load(file);
        assertFalse(fromCache(project));
        ProjectCache.setStandard(ProjectCache.none());
        assertTrue(EcoreUtil.equals(ProjectFiles.load(file), project));
    }

    @Test
    void anUnwritableCacheFolderOnlyCostsSpeed() throws IOException {
        Files.writeString(cacheDir, "a file where the folder should be");
        Project project = ProjectFiles.load(file);
        project.setName("Still saved");
        ProjectFiles.save(project, file);
        assertEquals("Still saved", ProjectFiles.load(file).getName());
    }

    @Test
    void theLeastRecentlyUsedEntriesGoBeyondTheLimit() throws IOException {
        for (int i = 0; i < ProjectCache.MAX_ENTRIES + 4; i++) {
            Path other = dir.resolve("p" + i + ".relsync");
            Files.copy(Examples.shop(), other);
            ProjectFiles.load(other);
        }
        assertEquals(ProjectCache.MAX_ENTRIES, entries());
    }

    @Test
    void theEnvironmentChoosesTheFolderOrTurnsTheCacheOff() {
        assertSame(ProjectCache.none(), ProjectCache.fromEnvironment(Map.of("RELSYNC_CACHE_DIR", "off")));
        assertEquals(null, ProjectCache.none().folder());
        assertEquals(dir.resolve("mine"), ProjectCache.fromEnvironment(Map.of("RELSYNC_CACHE_DIR", dir.resolve("mine").toString(),
                "XDG_CACHE_HOME", dir.toString())).folder());
        assertEquals(dir.resolve("relsync"), ProjectCache.fromEnvironment(Map.of("XDG_CACHE_HOME", dir.toString())).folder());
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "relsync"), ProjectCache.fromEnvironment(Map.of()).folder());
    }

    @Test
    void smallProjectsAreNotCachedByDefault() {
        ProjectCache.setStandard(ProjectCache.fromEnvironment(Map.of("RELSYNC_CACHE_DIR", cacheDir.toString())));
        ProjectFiles.load(file);
        assertFalse(Files.exists(cacheDir), "a 10 KB project loads from XMI in no time");
    }
}
