package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.sync.tests.Fixture.field;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.ModelType;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.BackupException;
import org.relsync.sync.ProjectSync;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.SyncResult;
import org.relsync.sync.phase.DefaultAutoMapPhase;
import org.relsync.sync.phase.DefaultMigratePhase;
import org.relsync.sync.phase.DefaultModelSyncPhase;
import org.relsync.sync.phase.DefaultRefreshPhase;
import org.relsync.sync.report.ChangeReport;

/** SYNC-SPEC section 7: errors, backup, all-or-nothing, dry run and undo. */
class Section7_ErrorsBackupAndUndoTest extends Scenario {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:15:30.123Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final Database db = fixture.database("main", "ansi");
    private final Schema schema = Fixture.schema(db, "APP", SyncSource.MODEL);
    private final Schema live = Fixture.schema(db, "LIVE", SyncSource.DATABASE);

    {
        fixture.databaseTask(db);
        Database server = Fixture.newDatabase("main", "ansi");
        Fixture.table(Fixture.schema(server, "LIVE", SyncSource.DATABASE), "AUDIT", "ID INTEGER NOT NULL");
        catalogs.put("main", server);
        Entity customer = fixture.entity("Customer");
        field(customer, "Id", ModelType.INT32, "id");
        field(customer, "Name", ModelType.STRING);
        Fixture.table(schema, "Obsolete", "Id INTEGER NOT NULL");
    }

    private Path save() {
        Path file = dir.resolve("p.relsync");
        ProjectFiles.save(project(), file);
        return file;
    }

    /** Runs the real phase, then fails, so that there is something to roll back. */
    private static <T> T failingAfter(T phase, Class<T> type) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    method.invoke(phase, args);
                    throw new IllegalStateException("injected failure in " + type.getSimpleName());
                }));
    }

    @ParameterizedTest(name = "failure in {0}")
    @ValueSource(strings = {"refresh", "migrate", "model sync", "auto-map"})
    void aFailureInAnyPhaseLeavesModelAndFileByteForByte(String phase) throws IOException {
        Path file = save();
        byte[] before = Files.readAllBytes(file);
        SyncEngine.Builder builder = SyncEngine.builder().catalogSource(catalogs);
        switch (phase) {
            case "refresh" -> builder.refresh(failingAfter(new DefaultRefreshPhase(), org.relsync.sync.RefreshPhase.class));
            case "migrate" -> builder.migrate(failingAfter(new DefaultMigratePhase(), org.relsync.sync.MigratePhase.class));
            case "model sync" -> builder.modelSync(failingAfter(new DefaultModelSyncPhase(), org.relsync.sync.ModelSyncPhase.class));
            default -> builder.autoMap(failingAfter(new DefaultAutoMapPhase(), org.relsync.sync.AutoMapPhase.class));
        }
        SyncEngine engine = builder.build();

        Project inMemory = ProjectFiles.load(file);
        Project pristine = EcoreUtil.copy(inMemory);
        assertThrows(IllegalStateException.class, () -> engine.run(inMemory, SyncOptions.defaults()));
        assertTrue(EcoreUtil.equals(pristine, inMemory), "the model is as it was");

        Throwable thrown = assertThrows(Throwable.class,
                () -> new ProjectSync(engine, CLOCK).sync(file, SyncOptions.builder().backup(false).build()));
        assertTrue(thrown.getMessage().contains("injected failure") || String.valueOf(thrown.getCause()).contains("injected"),
                thrown.toString());
        assertArrayEquals(before, Files.readAllBytes(file), "the file is as it was");
    }

    @ParameterizedTest(name = "failure in {0}")
    @ValueSource(strings = {"refresh", "auto-map"})
    void aFailedSyncLeavesNoBackupAndNoBackupFolderBehind(String phase) throws IOException {
        Path file = save();
        SyncEngine.Builder builder = SyncEngine.builder().catalogSource(catalogs);
        if (phase.equals("refresh")) {
            builder.refresh(failingAfter(new DefaultRefreshPhase(), org.relsync.sync.RefreshPhase.class));
        } else {
            builder.autoMap(failingAfter(new DefaultAutoMapPhase(), org.relsync.sync.AutoMapPhase.class));
        }
        assertThrows(IllegalStateException.class, () -> new ProjectSync(builder.build(), CLOCK).sync(file, SyncOptions.defaults()));
        assertFalse(Files.exists(dir.resolve(".relsync")), "the folder is as the sync found it");
    }

    @Test
    void aFailedSyncKeepsTheBackupsOfEarlierRunsAndAFolderThatWasThere() throws IOException {
        Path file = save();
        new ProjectSync(engine(), CLOCK).sync(file, SyncOptions.defaults());
        Path earlier = dir.resolve(".relsync/backups/p-20261121-101530-123.relsync");
        assertTrue(Files.isRegularFile(earlier));
        SyncEngine failing = SyncEngine.builder().catalogSource(catalogs)
                .refresh(failingAfter(new DefaultRefreshPhase(), org.relsync.sync.RefreshPhase.class)).build();
        Clock later = Clock.fixed(Instant.parse("2026-11-21T10:20:00Z"), ZoneOffset.UTC);
        assertThrows(IllegalStateException.class, () -> new ProjectSync(failing, later).sync(file, SyncOptions.defaults()));
        try (var files = Files.list(dir.resolve(".relsync/backups"))) {
            assertEquals(java.util.List.of(earlier), files.toList());
        }
    }

    @Test
    void aBackupHasTheModeOfItsProject() throws IOException {
        Path file = save();
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        new ProjectSync(engine(), CLOCK).sync(file, SyncOptions.defaults());
        Path backup = dir.resolve(".relsync/backups/p-20261121-101530-123.relsync");
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @ParameterizedTest(name = "backupFolder={0}")
    @ValueSource(strings = {"../elsewhere", "/tmp/relsync-test-elsewhere", "backups/../../elsewhere"})
    void aProjectCannotSendItsBackupsOutOfItsFolder(String setting) throws IOException {
        project().getSettings().setBackupFolder(setting);
        Path file = save();
        byte[] before = Files.readAllBytes(file);
        BackupException e = assertThrows(BackupException.class,
                () -> new ProjectSync(engine(), CLOCK).sync(file, SyncOptions.defaults()));
        assertTrue(e.getMessage().contains("leads outside the project's folder"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolveSibling("elsewhere")));
        assertFalse(Files.exists(Path.of("/tmp/relsync-test-elsewhere")));
    }

    @Test
    void aBackupFolderThatIsALinkOutOfTheProjectIsRefused() throws IOException {
        Path outside = Files.createTempDirectory("relsync-outside");
        try {
            Files.createSymbolicLink(dir.resolve("bk"), outside);
            project().getSettings().setBackupFolder("bk");
            Path file = save();
            BackupException e = assertThrows(BackupException.class,
                    () -> new ProjectSync(engine(), CLOCK).sync(file, SyncOptions.defaults()));
            assertTrue(e.getMessage().contains("leads outside the project's folder"), e.getMessage());
            try (var files = Files.list(outside)) {
                assertEquals(0, files.count());
            }
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void theUsersOwnBackupFolderMayBeAnywhere() throws IOException {
        Path file = save();
        Path mine = Files.createTempDirectory("relsync-mine");
        try {
            new ProjectSync(engine(), CLOCK, mine).sync(file, SyncOptions.defaults());
            assertTrue(Files.isRegularFile(mine.resolve("p-20261121-101530-123.relsync")));
            assertFalse(Files.exists(dir.resolve(".relsync")));
        } finally {
            Files.deleteIfExists(mine.resolve("p-20261121-101530-123.relsync"));
            Files.deleteIfExists(mine);
        }
    }

    @Test
    void aBackupIsMadeBeforeTheFirstTask() throws IOException {
        Path file = save();
        byte[] before = Files.readAllBytes(file);
        new ProjectSync(engine(), CLOCK).sync(file, SyncOptions.defaults());

        Path backup = dir.resolve(".relsync/backups/p-20261121-101530-123.relsync");
        assertTrue(Files.isRegularFile(backup), "timestamped copy in the backup folder");
        assertArrayEquals(before, Files.readAllBytes(backup));
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the project itself was synced");
    }

    @Test
    void noBackupWhenTheSettingOrTheOptionSaysSo() throws IOException {
        Path file = save();
        new ProjectSync(engine(), CLOCK).sync(file, SyncOptions.builder().backup(false).build());
        assertFalse(Files.exists(dir.resolve(".relsync")));

        project().getSettings().setCreateBackupBeforeSync(false);
        Path other = dir.resolve("q.relsync");
        ProjectFiles.save(project(), other);
        new ProjectSync(engine(), CLOCK).sync(other, SyncOptions.defaults());
        assertFalse(Files.exists(dir.resolve(".relsync")));
    }

    @Test
    void aFailedBackupStopsTheSyncBeforeAnythingChanges() throws IOException {
        project().getSettings().setBackupFolder("blocked/backups");
        Path file = save();
        Files.writeString(dir.resolve("blocked"), "a file where the folder should be");
        byte[] before = Files.readAllBytes(file);

        BackupException e = assertThrows(BackupException.class,
                () -> new ProjectSync(engine(), CLOCK).sync(file, SyncOptions.defaults()));

        assertTrue(e.getMessage().contains("cannot back up"), e.getMessage());
        assertTrue(e.getMessage().contains("a file is in the way: " + dir.resolve("blocked") + " is a file"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDryRunReportsEverythingAndChangesNothing() throws IOException {
        Path file = save();
        byte[] before = Files.readAllBytes(file);
        Project pristine = EcoreUtil.copy(project());

        SyncResult result = new ProjectSync(engine(), CLOCK).sync(file, SyncOptions.builder().dryRun(true).build());
        ChangeReport dry = engine().run(project(), SyncOptions.builder().dryRun(true).build()).report();

        assertTrue(result.report().dryRun());
        assertFalse(result.modified());
        assertTrue(result.report().hasChanges());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve(".relsync")), "no backup for a dry run");
        assertTrue(EcoreUtil.equals(pristine, project()));
        ChangeReport real = sync();
        assertEquals(dry.changes(), real.changes(), "a dry run reports what a real run does");
    }

    @Test
    void aRunCanBeUndoneAsOneChange() {
        Project pristine = EcoreUtil.copy(project());
        SyncResult result = engine().run(project(), SyncOptions.defaults());
        assertTrue(result.modified());
        result.changes().apply();
        assertTrue(EcoreUtil.equals(pristine, project()), "undo puts back the model as it was");
    }

    @Test
    void aModelWithErrorsStillSyncsWhatItCanAndReportsTheRest() {
        Entity customer = project().getEntityModel().getEntities().get(0);
        Entity order = fixture.entity("Order");
        field(order, "Id", ModelType.INT32, "id");
        EntityField a = field(order, "A", ModelType.INT32);
        EntityField b = field(order, "B", ModelType.INT32);
        fixture.manyToOne("Broken", order, customer, a, b); // two FK fields for one identifying field

        ChangeReport report = sync();

        assertEquals(1, problems(report, "relationship.foreignKey").size(), "the broken relationship is reported");
        assertTrue(Fixture.table(db, "APP", "Order").getForeignKeys().isEmpty());
        assertTrue(Fixture.table(db, "APP", "Customer").getPrimaryKey() != null, "the rest is synced");
    }

    @Test
    void anUnknownTaskNameIsRefusedBeforeAnythingRuns() {
        Project pristine = EcoreUtil.copy(project());
        assertThrows(org.relsync.sync.SyncException.class,
                () -> engine().run(project(), SyncOptions.builder().task("No such task").build()));
        assertTrue(EcoreUtil.equals(pristine, project()));
    }
}
