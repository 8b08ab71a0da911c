package org.relsync.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.model.common.Element;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityFactory;
import org.relsync.model.io.ProjectFileException;
import org.relsync.model.io.ProjectFileException.Problem;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.project.ModelSyncTask;
import org.relsync.model.project.OrphanAction;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectSettings;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Table;

/** Project files: defaults of a new project, stable ids, atomic writes, clear errors. */
class ProjectFilesTest {

    @TempDir
    Path dir;

    @Test
    void aNewProjectHasTheSpecDefaultsAndTheModelSyncTask() {
        Path file = dir.resolve("crm.relsync");
        ProjectFiles.create(file, "CRM");

        Project project = ProjectFiles.load(file);
        assertEquals("CRM", project.getName());
        assertNotNull(project.getEntityModel());
        ProjectSettings settings = project.getSettings();
        assertTrue(settings.isSyncRelationalModelDataElementNameWithTargetElementName());
        assertTrue(settings.isReflectNullabilityOfElementFieldInTargetField());
        assertTrue(settings.isReflectTypeOfElementFieldInTargetField());
        assertEquals(OrphanAction.MARK_FOR_DELETION, settings.getExcludableOrphanedElementDetectedAction());
        assertEquals(OrphanAction.RAISE_WARNING, settings.getNonExcludableOrphanedElementDetectedAction());
        assertTrue(settings.isCreateBackupBeforeSync());
        assertEquals(".relsync/backups", settings.getBackupFolder());
        assertEquals("{Entity}", settings.getNamingRules().getTableNamePattern());
        assertEquals("PK_{Table}", settings.getNamingRules().getPrimaryKeyPattern());
        assertEquals("FK_{Table}_{RefTable}", settings.getNamingRules().getForeignKeyPattern());
        assertEquals("UC_{Table}_{Fields}", settings.getNamingRules().getUniqueConstraintPattern());
        assertEquals("SEQ_{Table}", settings.getNamingRules().getSequencePattern());
        assertEquals(List.of("tbl_"), settings.getNamingRules().getStripPrefixes());
        assertEquals(List.of("_t"), settings.getNamingRules().getStripSuffixes());
        assertEquals(1, project.getSyncTasks().size());
        assertTrue(project.getSyncTasks().get(0) instanceof ModelSyncTask);
    }

    @Test
    void everyElementGetsAUniqueIdThatSurvivesSaveAndLoad() throws IOException {
        Path file = Files.copy(Examples.shop(), dir.resolve("shop.relsync"));
        Project project = ProjectFiles.load(file);
        Entity added = EntityFactory.eINSTANCE.createEntity();
        added.setName("Invoice");
        project.getEntityModel().getEntities().add(added);
        assertNotNull(added.getId(), "an element gets its id as it enters the project");
        ProjectFiles.save(project, file);

        Project reloaded = ProjectFiles.load(file);
        Set<String> ids = new HashSet<>();
        for (TreeIterator<EObject> it = reloaded.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element element) {
                assertNotNull(element.getId(), () -> "no id on " + element);
                assertTrue(ids.add(element.getId()), () -> "duplicate id " + element.getId());
            }
        }
        Entity invoice = reloaded.getEntityModel().getEntities().stream()
                .filter(e -> "Invoice".equals(e.getName())).findFirst().orElseThrow();
        assertEquals(added.getId(), invoice.getId());
    }

    @Test
    void loadingAndSavingWithoutChangesRewritesTheSameBytes() throws IOException {
        Path file = Files.copy(Examples.shop(), dir.resolve("shop.relsync"));
        byte[] before = Files.readAllBytes(file);
        ProjectFiles.save(ProjectFiles.load(file), file);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void renamingAReferencedElementChangesOneLineOfTheFile() throws IOException {
        Path file = Files.copy(Examples.shop(), dir.resolve("shop.relsync"));
        List<String> before = Files.readAllLines(file);
        Project project = ProjectFiles.load(file);
        Table customer = project.getMappings().get(0).getEntityMappings().stream()
                .map(EntityMapping::getTarget).filter(t -> "Customer".equals(t.getName()))
                .map(Table.class::cast).findFirst().orElseThrow();
        customer.setName("Customers");
        ProjectFiles.save(project, file);

        List<String> after = Files.readAllLines(file);
        assertEquals(before.size(), after.size());
        long changed = Stream.iterate(0, i -> i + 1).limit(before.size())
                .filter(i -> !before.get(i).equals(after.get(i))).count();
        assertEquals(1, changed, "references by id: only the table's own line changes");
    }

    @Test
    void createRefusesToOverwriteAnExistingFile() throws IOException {
        Path file = dir.resolve("taken.relsync");
        Files.writeString(file, "precious");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.create(file, "X"));
        assertEquals(Problem.ALREADY_EXISTS, e.problem());
        assertEquals("precious", Files.readString(file));
    }

    @Test
    void createRefusesANameWithoutTheProjectExtensionOrAMissingFolder() {
        assertEquals(Problem.BAD_PATH, assertThrows(ProjectFileException.class,
                () -> ProjectFiles.create(dir.resolve("model.xmi"), "X")).problem());
        assertEquals(Problem.BAD_PATH, assertThrows(ProjectFileException.class,
                () -> ProjectFiles.create(dir.resolve("no/such/folder/a.relsync"), "X")).problem());
        assertEquals(List.of(), list(dir));
    }

    @Test
    void aSaveThatCannotSerializeLeavesTheOldFileByteForByte() throws IOException {
        Path file = Files.copy(Examples.shop(), dir.resolve("shop.relsync"));
        byte[] before = Files.readAllBytes(file);
        Project project = ProjectFiles.load(file);
        // a reference to a table that is in no resource: EMF refuses to write a dangling reference
        Table stray = RelationalFactory.eINSTANCE.createTable();
        project.getMappings().get(0).getEntityMappings().get(0).setTarget(stray);

        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.save(project, file));
        assertEquals(Problem.WRITE_FAILED, e.problem());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file.getFileName().toString()), list(dir), "no temporary file is left behind");
    }

    @Test
    void aSaveWhoseRenameFailsLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = Files.createDirectories(dir.resolve("occupied.relsync"));
        Files.writeString(target.resolve("keep.txt"), "x");
        Project project = ProjectFiles.load(Examples.shop());

        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.save(project, target));
        assertEquals(Problem.WRITE_FAILED, e.problem());
        assertEquals("x", Files.readString(target.resolve("keep.txt")));
        assertEquals(List.of("occupied.relsync"), list(dir));
    }

    @Test
    void aMissingFileIsReportedAsSuch() {
        Path file = dir.resolve("absent.relsync");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(file));
        assertEquals(Problem.NOT_FOUND, e.problem());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void aTruncatedFileIsCorruptWithTheReasonOnOneLine() throws IOException {
        Path file = dir.resolve("cut.relsync");
        byte[] full = Files.readAllBytes(Examples.shop());
        Files.write(file, java.util.Arrays.copyOf(full, full.length / 2));
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(file));
        assertEquals(Problem.CORRUPT, e.problem());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void anUnknownAttributeIsAnErrorNotASilentLoss() throws IOException {
        Path file = dir.resolve("future.relsync");
        String content = Files.readString(Examples.shop(), StandardCharsets.UTF_8)
                .replace("name=\"Customer\">", "name=\"Customer\" colour=\"red\">");
        Files.writeString(file, content);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(file));
        assertEquals(Problem.CORRUPT, e.problem());
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void anEmptyFileOrPlainTextIsCorrupt() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.relsync"), "");
        Path text = Files.writeString(dir.resolve("text.relsync"), "hello, world\n");
        assertEquals(Problem.CORRUPT, assertThrows(ProjectFileException.class, () -> ProjectFiles.load(empty)).problem());
        assertEquals(Problem.CORRUPT, assertThrows(ProjectFileException.class, () -> ProjectFiles.load(text)).problem());
    }

    @Test
    void aFileWhoseRootIsNoProjectIsRefused() throws IOException {
        Path file = dir.resolve("entity.relsync");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <entity:EntityModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:entity="http://relsync.org/model/entity/1.0" id="m" name="M"/>
                """);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(file));
        assertEquals(Problem.NOT_A_PROJECT, e.problem());
        assertTrue(e.getMessage().contains("EntityModel"), e.getMessage());
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
