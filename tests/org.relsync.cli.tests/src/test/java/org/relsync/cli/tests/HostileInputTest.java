package org.relsync.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


/**
 * The hostile-input corpus of issue 9, run as a user (or an attacker) would: full disks,
 * concurrent writers, links, modes, signals, files that are no projects, and bad values. Each
 * case checks the exit code, the one-line message and that every file is as it was (or, for a
 * command that succeeded, that nothing was lost). What takes processes (a file size limit, signals,
 * two commands at once, a lock another program holds) runs the built product; the rest in-process.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private Result ok(String... args) {
        Result result = Cli.run(dir, args);
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }

    private Result fails(int code, String... args) {
        Result result = Cli.run(dir, args);
        assertEquals(code, result.exitCode(), result::toString);
        assertEquals(1, result.errLines().stream().filter(l -> l.startsWith("relsync:")).count(), result::toString);
        return result;
    }

    /** A project of {@code entities} entities with ten fields each, written as XMI directly (fast at any size). */
    private Path bigProject(String name, int entities) throws IOException {
        StringBuilder xml = new StringBuilder(entities * 700);
        xml.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <project:Project xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:project="http://relsync.org/model/project/1.0" id="p" name="Big">
                  <entityModel id="model" name="Big">
                """);
        for (int e = 0; e < entities; e++) {
            xml.append("    <entities id=\"e").append(e).append("\" name=\"Entity").append(e).append("\">\n");
            for (int f = 0; f < 10; f++) {
                xml.append("      <fields id=\"e").append(e).append('f').append(f).append("\" name=\"Field").append(f)
                        .append("\" type=\"Int32\"/>\n");
            }
            xml.append("    </entities>\n");
        }
        xml.append("  </entityModel>\n</project:Project>\n");
        Path file = dir.resolve(name);
        Files.writeString(file, xml);
        return file;
    }

    /** Every file under {@code dir} with its bytes, to compare a folder before and after a command. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                String key = dir.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    files.put(key, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p)) {
                    files.put(key, Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(p))) + " "
                            + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                } else if (Files.isDirectory(p)) {
                    files.put(key + "/", "folder");
                } else {
                    files.put(key, "special");
                }
            }
        }
        return files;
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    // ---- data loss

    @Test
    void aWriteCutShortByAFileSizeLimitFailsAndLeavesTheProjectAsItWas() throws IOException {
        Path file = bigProject("p.relsync", 20); // about 14 KB
        assertEquals(0, Product.run(dir, "info", "p.relsync").exitCode()); // the product's first start unpacks its libraries; later starts write nothing of their own
        Map<String, String> before = snapshot();

        Result result = Product.start(dir, Map.of(), "ulimit -f 8", "entity", "p.relsync", "add", "Zed").await();

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("p.relsync: cannot write: File too large; the file is as it was"), result::toString);
        assertEquals(before, snapshot(), "the project is byte for byte as it was, with no temporary file beside it");
        assertFalse(Files.readString(file).contains("Zed"));
    }

    @Test
    void aBackupCutShortFailsCleanly() throws IOException {
        bigProject("p.relsync", 20);
        assertEquals(0, Product.run(dir, "info", "p.relsync").exitCode());
        Map<String, String> before = snapshot();
        Result sync = Product.start(dir, Map.of(), "ulimit -f 8", "sync", "p.relsync").await();
        assertEquals(2, sync.exitCode(), sync::toString);
        assertTrue(sync.err().contains("cannot back up"), sync::toString);
        assertEquals(before, snapshot(), "no backup folder, no partial backup");
    }

    @Test
    void aFullDiskFailsAndLeavesTheProjectAsItWas() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        Process mounting = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mounting.waitFor() == 0, "mounting a small tmpfs needs root (CI and this project's machines run as root)");
        try {
            Path project = Files.copy(bigProject("p.relsync", 20), mount.resolve("p.relsync"));
            byte[] before = Files.readAllBytes(project);
            // fill the disk up to the last few bytes
            try (FileChannel fill = FileChannel.open(mount.resolve("filler"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(1024);
                while (true) {
                    block.clear();
                    if (fill.write(block) < 1024) {
                        break;
                    }
                }
            } catch (IOException full) {
                // the disk is full
            }
            Result result = Cli.run(mount, "entity", "p.relsync", "add", "Zed");
            assertEquals(2, result.exitCode(), result::toString);
            assertTrue(result.err().contains("No space left on device"), result::toString);
            assertArrayEquals(before, Files.readAllBytes(project));
            try (Stream<Path> files = Files.list(mount)) {
                assertEquals(List.of("filler", "p.relsync"), files.map(p -> p.getFileName().toString()).sorted().toList());
            }
            assertEquals(0, Cli.run(mount, "info", "p.relsync").exitCode(), "the project still loads");
        } finally {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }

    @Test
    void concurrentEditsAllLand() throws IOException {
        ok("init", "p.relsync");
        for (int round = 0; round < 3; round++) {
            Product.Running a = Product.start(dir, "entity", "p.relsync", "add", "A" + round);
            Product.Running b = Product.start(dir, "entity", "p.relsync", "add", "B" + round);
            Result ra = a.await();
            Result rb = b.await();
            assertEquals(0, ra.exitCode(), ra::toString);
            assertEquals(0, rb.exitCode(), rb::toString);
        }
        String list = ok("entity", "p.relsync", "list").out();
        for (int round = 0; round < 3; round++) {
            assertTrue(list.contains("A" + round + " ("), list);
            assertTrue(list.contains("B" + round + " ("), list);
        }
    }

    @Test
    void aLongSyncNextToAnEditLosesNeitherOfThem() throws IOException {
        ok("demo", "demo");
        Path demo = dir.resolve("demo");
        Product.Running sync = Product.start(demo, "sync", "shop.relsync");
        Product.Running edit = Product.start(demo, "field", "shop.relsync", "add", "Customer.Nickname", "String", "--length", "40",
                "--optional");
        Result s = sync.await();
        Result e = edit.await();
        assertEquals(0, s.exitCode(), s::toString);
        assertEquals(0, e.exitCode(), e::toString);
        assertTrue(Cli.run(demo, "entity", "shop.relsync", "list").out().contains("Nickname"));
    }

    @Test
    void aProjectLockedByAnotherProgramIsWaitedForThenExit5() throws IOException {
        ok("init", "p.relsync");
        byte[] before = Files.readAllBytes(dir.resolve("p.relsync"));
        try (FileChannel channel = FileChannel.open(dir.resolve("p.relsync"), StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            Result busy = Product.run(dir, Map.of("RELSYNC_LOCK_TIMEOUT", "2"), "entity", "p.relsync", "add", "Late");
            assertEquals(5, busy.exitCode(), busy::toString);
            assertTrue(busy.err().contains("waiting for another program to finish writing p.relsync"), busy::toString);
            assertTrue(busy.err().contains("another program has been writing it for 2 s"), busy::toString);
            assertTrue(busy.err().contains("nothing was written"), busy::toString);
            assertArrayEquals(before, Files.readAllBytes(dir.resolve("p.relsync")));
            assertTrue(Product.run(dir, "info", "p.relsync").exitCode() == 0, "reading needs no lock");
        }
        ok("entity", "p.relsync", "add", "Late");
    }

    @Test
    void aSymbolicLinkStaysALinkAndModesAreKept() throws IOException {
        Files.createDirectories(dir.resolve("shared"));
        ok("init", "shared/p.relsync");
        Files.setPosixFilePermissions(dir.resolve("shared/p.relsync"), PosixFilePermissions.fromString("rw-rw-r--"));
        Files.createSymbolicLink(dir.resolve("p.relsync"), Path.of("shared/p.relsync"));

        ok("entity", "p.relsync", "add", "ThroughTheLink");
        ok("field", "p.relsync", "add", "ThroughTheLink.Id", "Int32", "--identifying");
        ok("sync", "p.relsync");

        assertTrue(Files.isSymbolicLink(dir.resolve("p.relsync")));
        assertTrue(Files.readString(dir.resolve("shared/p.relsync")).contains("ThroughTheLink"));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("shared/p.relsync"))));
        try (Stream<Path> backups = Files.list(dir.resolve(".relsync/backups"))) {
            for (Path backup : backups.toList()) {
                assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)), backup.toString());
            }
        }
    }

    @Test
    void aSyncThatCannotReachItsDatabaseLeavesTheFolderAsItFoundIt() throws IOException {
        ok("demo", "demo");
        Path demo = dir.resolve("demo");
        Path project = demo.resolve("shop.relsync");
        Files.writeString(project, Files.readString(project).replaceFirst("url=\"[^\"]*\"", "url=\"jdbc:h2:tcp://127.0.0.1:1/nothing\""));
        Map<String, String> before = snapshot();
        Result result = Cli.run(demo, "sync", "shop.relsync");
        assertEquals(3, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Connection refused"), result::toString);
        assertEquals(before, snapshot(), "no new backup, no temporary file");
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalDuringASaveLeavesNoTemporaryFileAndAWholeProject(String signal) throws Exception {
        Path file = bigProject("p.relsync", 25_000); // about 17 MB: its save takes long enough to be caught in the act
        byte[] before = Files.readAllBytes(file);
        Product.Running edit = Product.start(dir, Map.of("RELSYNC_JAVA_OPTS", "-Xmx2g"), null, "entity", "p.relsync", "add", "Zed");
        boolean caught = false;
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (edit.isAlive() && System.nanoTime() < deadline) {
            if (!temporaryFiles().isEmpty()) {
                edit.signal(signal);
                caught = true;
                break;
            }
            Thread.onSpinWait();
        }
        Result result = edit.await();
        assertTrue(caught, () -> "the save's temporary file was never seen: " + result);
        assertEquals(List.of(), temporaryFiles(), "the temporary file went with the signal");
        byte[] after = Files.readAllBytes(file);
        if (!java.util.Arrays.equals(before, after)) { // the rename won the race: the new project is whole
            assertEquals(0, Cli.run(dir, "info", "p.relsync").exitCode());
            assertTrue(Files.readString(file).contains("Zed"));
        }
    }

    // ---- inputs that hang or crash

    @Test
    void aPipeADeviceAndAFolderAreRefusedAtOnce() throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", dir.resolve("pipe.relsync").toString()).start().waitFor());
        Files.createSymbolicLink(dir.resolve("zero.relsync"), Path.of("/dev/zero"));
        Files.createDirectories(dir.resolve("folder.relsync"));
        for (String file : List.of("pipe.relsync", "/dev/zero", "zero.relsync")) {
            Result info = fails(2, "info", file);
            assertTrue(info.err().contains("is not a regular file"), info::toString);
            Result edit = fails(2, "entity", file, "add", "X");
            assertTrue(edit.err().contains("is not a regular file"), edit::toString);
        }
        Result folder = fails(2, "entity", "folder.relsync", "add", "X");
        assertTrue(folder.err().contains("is a folder"), folder::toString);
        assertTrue(Files.isSymbolicLink(dir.resolve("zero.relsync")));
    }

    @Test
    void aHugeFileIsRefusedWithoutRunningOutOfMemory() throws IOException {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(dir.resolve("huge.relsync").toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024); // sparse
        }
        Result result = fails(2, "info", "huge.relsync");
        assertTrue(result.err().contains("is larger than a project file can be"), result::toString);
    }

    @Test
    void anExternalEntityIsNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Files.writeString(dir.resolve("xxe.relsync"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE project:Project [<!ENTITY e SYSTEM "%s">]>
                <project:Project xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:project="http://relsync.org/model/project/1.0" id="p" name="P">
                  <entityModel id="m"/>
                  <settings id="s"><namingRules id="n"><stripPrefixes>&e;</stripPrefixes></namingRules></settings>
                </project:Project>
                """.formatted(secret.toUri()));
        Result result = fails(2, "settings", "xxe.relsync", "naming.stripPrefixes");
        assertTrue(result.err().contains("declares a DOCTYPE"), result::toString);
        assertFalse(result.out().contains("TOP-SECRET") || result.err().contains("TOP-SECRET"), result::toString);
    }

    @Test
    void anArgumentThatStartsWithAnAtSignIsNeverReadAsAFileOfArguments() throws IOException {
        ok("init", "p.relsync");
        Path secret = Files.writeString(dir.resolve("secret"), "TOP-SECRET");
        Result result = fails(2, "settings", "p.relsync", "@" + secret);
        assertTrue(result.err().contains("@" + secret), result::toString);
        assertFalse(result.out().contains("TOP-SECRET") || result.err().contains("TOP-SECRET"), result::toString);
    }

    @Test
    void filesThatCannotBeProjectsAreRefusedOnLoadWithOneLine() throws IOException {
        String header = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project:Project xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:project="http://relsync.org/model/project/1.0" id="p" name="P\"""";
        Files.writeString(dir.resolve("nomodel.relsync"), header + "/>\n");
        Files.writeString(dir.resolve("dupes.relsync"), header + """
                >
                  <entityModel id="m">
                    <entities id="x" name="Customer"/>
                    <entities id="x" name="Order"/>
                  </entityModel>
                </project:Project>
                """);
        Files.writeString(dir.resolve("elsewhere.relsync"), header + """
                >
                  <entityModel id="m">
                    <entities id="o" name="Order"/>
                    <relationships id="r" name="OrderCustomer" start="o">
                      <end href="other.relsync#c"/>
                    </relationships>
                  </entityModel>
                </project:Project>
                """);
        Map<String, String> before = snapshot();
        Result noModel = fails(2, "entity", "nomodel.relsync", "add", "X");
        assertTrue(noModel.err().contains("the project has no entity model"), noModel::toString);
        Result dupes = fails(2, "validate", "dupes.relsync");
        assertTrue(dupes.err().contains("two elements have the id 'x': Entity 'Customer' and Entity 'Order'"), dupes::toString);
        Result elsewhere = fails(2, "sync", "elsewhere.relsync", "--dry-run");
        assertTrue(elsewhere.err().contains("Relationship 'OrderCustomer' refers (end) to an element of another file 'other.relsync#c'"),
                elsewhere::toString);
        assertEquals(before, snapshot());
    }

    @Test
    void hostileReservedAndUnicodeNamesReachTheDatabaseAsNamesNeverAsSql() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db/shop") + ";USER=sa";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
            // creates the empty database, so that add-db can check its schema
        }
        ok("init", "p.relsync");
        ok("add-db", "p.relsync", "--id", "shop", "--driver", "h2", "--url", url, "--sync-source", "Model");
        List<String> names = List.of("Order", "Select", "Ünïcødé_名前", "X\"; DROP TABLE \"Order\"; --", "Y'); DELETE FROM Order; --");
        for (String name : names) {
            ok("entity", "p.relsync", "add", name);
            ok("field", "p.relsync", "add", name + ".Id", "Int64", "--identifying", "--identity");
        }
        ok("sync", "p.relsync", "--no-backup");
        ok("ddl", "p.relsync", "--db", "shop", "--create", "--apply", "--no-backup");

        List<String> tables = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                java.sql.ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertEquals(names.size(), tables.size(), tables::toString);
        assertTrue(tables.contains("Order"), tables::toString);
        assertTrue(tables.contains("Ünïcødé_名前"), tables::toString);
        assertTrue(tables.stream().anyMatch(t -> t.contains("DROP TABLE")), "the hostile name is a table name: " + tables);
        Result again = ok("ddl", "p.relsync", "--db", "shop", "--update");
        assertTrue(again.out().contains("-- 0 statements, none can lose data"), again::toString);
    }

    // ---- backups

    @Test
    void aProjectCannotSendItsBackupsOutOfItsFolderButTheUserCan() throws IOException {
        ok("init", "p.relsync");
        Result refused = fails(2, "settings", "p.relsync", "backupFolder=/tmp/relsync-hostile");
        assertTrue(refused.err().contains("leads outside the project's folder"), refused::toString);

        Path project = dir.resolve("p.relsync");
        Path outside = dir.resolveSibling(dir.getFileName() + "-outside");
        Files.writeString(project, Files.readString(project)
                .replace("<settings ", "<settings backupFolder=\"../" + outside.getFileName() + "\" "));
        assertTrue(Files.readString(project).contains("backupFolder=\"../"), "the tampered setting is in the file");
        Map<String, String> before = snapshot();
        Result sync = fails(2, "sync", "p.relsync");
        assertTrue(sync.err().contains("the project's backupFolder: '../" + outside.getFileName() + "' leads outside"), sync::toString);
        assertEquals(before, snapshot());
        assertFalse(Files.exists(outside));

        Path mine = dir.resolve("my-backups");
        Result chosen = ok("sync", "p.relsync", "--backup-folder", mine.toString());
        try (Stream<Path> backups = Files.list(mine)) {
            assertEquals(1, backups.count(), chosen::toString);
        }
    }

    @Test
    void aBackupBlockedByAFileSaysSo() throws IOException {
        ok("init", "p.relsync");
        Files.writeString(dir.resolve(".relsync"), "a file where the backup folder goes");
        Map<String, String> before = snapshot();
        Result result = fails(2, "sync", "p.relsync");
        assertTrue(result.err().contains("a file is in the way: " + dir.resolve(".relsync") + " is a file"), result::toString);
        assertEquals(before, snapshot());
    }

    // ---- smaller, same spirit

    @Test
    void badValuesAreRefusedWhenGivenAndChangeNothing() throws IOException {
        ok("init", "p.relsync");
        ok("entity", "p.relsync", "add", "Customer");
        Map<String, String> before = snapshot();
        List<String> messages = new ArrayList<>();
        messages.add(fails(2, "settings", "p.relsync", "naming.tableNamePattern={Bogus}").err());
        messages.add(fails(2, "entity", "p.relsync", "add", "a.b").err());
        messages.add(fails(2, "field", "p.relsync", "add", "Customer.Name", "String", "--length", "99999999999").err());
        messages.add(fails(2, "field", "p.relsync", "add", "Customer.Name", "String", "--length", "ten").err());
        assertEquals(before, snapshot());
        assertTrue(messages.get(0).contains("'{Bogus}' in '{Bogus}' is no placeholder of this rule; it knows {Entity}"), messages.get(0));
        assertTrue(messages.get(1).contains("contains a dot"), messages.get(1));
        assertTrue(messages.get(2).contains("--length 99999999999 is too large; at most 2147483647"), messages.get(2));
        assertTrue(messages.get(3).contains("--length takes a whole number, not 'ten'"), messages.get(3));
    }
}
