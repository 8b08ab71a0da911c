package org.relsync.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: a URL setting that runs code is bad input (exit 2, one line naming it, nothing written,
 * nothing run), also when a project file already holds it; a password in a URL is refused and not
 * echoed; a relative H2 URL is the project's folder's wherever relsync runs (the product, in a
 * process whose own working directory is another folder).
 */
class UrlPolicyCommandsTest {

    @TempDir
    Path dir;

    @Test
    void codeRunningSettingsAndPasswordsInUrlsAreBadInput() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + project.resolve("db/shop") + ";USER=sa");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE CUSTOMER (ID INT PRIMARY KEY, NAME VARCHAR(50))");
        }
        assertEquals(0, Cli.run(project, "init", "p.relsync").exitCode());
        byte[] before = Files.readAllBytes(project.resolve("p.relsync"));
        Path marker = dir.resolve("ran.csv");

        Result init = Cli.run(project, "add-db", "p.relsync", "--id", "shop", "--driver", "h2", "--url",
                "jdbc:h2:./db/shop;USER=sa;INIT=CALL CSVWRITE('" + marker + "', 'SELECT 1')", "--sync-source", "Database");
        assertEquals(2, init.exitCode(), init::toString);
        assertEquals(1, init.errLines().size(), init::toString);
        assertTrue(init.err().startsWith("relsync: database shop: the URL setting INIT is not allowed (it runs SQL when "
                + "connecting); allowed: MODE,"), init::toString);
        Result password = Cli.run(project, "add-db", "p.relsync", "--id", "shop", "--driver", "postgresql", "--url",
                "jdbc:postgresql://127.0.0.1:1/shop?password=hunter22");
        assertEquals(2, password.exitCode(), password::toString);
        assertTrue(password.err().contains("--password-env VAR") && !password.err().contains("hunter22"), password::toString);
        assertArrayEquals(before, Files.readAllBytes(project.resolve("p.relsync")));

        // relative to the project's folder, while relsync runs in another one
        Result added = Product.run(dir, "add-db", "project/p.relsync", "--id", "shop", "--driver", "h2", "--url",
                "jdbc:h2:./db/shop;USER=sa", "--sync-source", "Database");
        assertEquals(0, added.exitCode(), added::toString);
        Result synced = Product.run(dir, "sync", "project/p.relsync", "--no-backup");
        assertEquals(0, synced.exitCode(), synced::toString);
        assertTrue(Files.readString(project.resolve("p.relsync")).contains("CUSTOMER"), "the database beside the project");
        assertFalse(Files.exists(dir.resolve("db")), "no database in the working folder");

        // a project file that a pull request changed
        Path file = project.resolve("p.relsync");
        Files.writeString(file, Files.readString(file).replace("jdbc:h2:./db/shop;USER=sa",
                "jdbc:h2:./db/shop;USER=sa;INIT=CALL CSVWRITE('" + marker + "', 'SELECT 1')"));
        byte[] tampered = Files.readAllBytes(file);
        Result dryRun = Cli.run(dir, "sync", "project/p.relsync", "--dry-run");
        assertEquals(2, dryRun.exitCode(), dryRun::toString);
        assertTrue(dryRun.err().contains("the URL setting INIT is not allowed"), dryRun::toString);
        assertFalse(Files.exists(marker), "the INIT did not run");
        assertArrayEquals(tampered, Files.readAllBytes(file));
    }
}
