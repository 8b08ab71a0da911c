package org.relsync.db.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.relsync.db.AbstractDatabaseKind;
import org.relsync.db.CatalogReader;
import org.relsync.db.SchemaCrawlerReader;
import org.relsync.db.SchemaLayout;
import org.relsync.db.ddl.ScriptGuard;
import org.relsync.db.ddl.SqlWriter;

import schemacrawler.schema.Column;
import schemacrawler.schema.Index;

/** SQLite: a database file is one schema, {@code main}; read through SchemaCrawler and its SQLite plugin. */
public final class SqliteKind extends AbstractDatabaseKind {

    static final String ID = "sqlite";

    /** One schema per file, with no catalog above it. */
    private static final SchemaLayout LAYOUT = new SchemaLayout() {
        @Override
        public boolean schemaless() {
            return true;
        }

        @Override
        public String catalog(Connection connection) {
            return "";
        }

        @Override
        public String defaultSchema(Connection connection) {
            return "main";
        }

        @Override
        public List<String> schemas(Connection connection) {
            return List.of("main");
        }
    };

    /**
     * Foreign-key enforcement off while the script runs (a table rebuild drops and renames tables
     * others reference), and {@code PRAGMA foreign_key_check} before the commit.
     */
    private static final ScriptGuard FOREIGN_KEYS = new ScriptGuard() {
        @Override
        public void before(Statement statement) throws SQLException {
            statement.execute("PRAGMA foreign_keys = OFF");
        }

        @Override
        public String veto(Statement statement) throws SQLException {
            try (ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
                return broken.next() ? "rows of " + broken.getString(1) + " reference rows that are not there after the change"
                        : null;
            }
        }

        @Override
        public void after(Statement statement) throws SQLException {
            statement.execute("PRAGMA foreign_keys = ON");
        }
    };

    public SqliteKind() {
        super(ID, "SQLite", new SqliteDialect(), "org.sqlite.JDBC", "org.sqlite", new SqliteUrls());
    }

    @Override
    public SchemaLayout schemaLayout() {
        return LAYOUT;
    }

    @Override
    public CatalogReader catalogReader() {
        return new SchemaCrawlerReader(dialect(), LAYOUT, Map.of(), new Conversion(), List.of());
    }

    @Override
    public SqlWriter sqlWriter() {
        return new SqliteWriter(dialect());
    }

    /** SQLite's DDL rolls back: a script runs in one transaction. */
    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public ScriptGuard scriptGuard() {
        return FOREIGN_KEYS;
    }

    /** What SQLite and its JDBC driver report their own way. */
    private static final class Conversion implements SchemaCrawlerReader.Conversion {

        /** {@code CREATE [TEMP] VIEW [IF NOT EXISTS] name AS}, the name quoted or not, without a column list. */
        private static final Pattern VIEW_HEAD = Pattern.compile("(?is)CREATE\\s+(?:TEMP(?:ORARY)?\\s+)?VIEW\\s+"
                + "(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:\"(?:[^\"]|\"\")*\"|\\[[^\\]]*]|`(?:[^`]|``)*`|[^\\s(\"\\[`]+)"
                + "(?:\\.(?:\"(?:[^\"]|\"\")*\"|\\[[^\\]]*]|`(?:[^`]|``)*`|[^\\s(\"\\[`]+))?\\s+AS\\s+");

        /** What SQLite's JDBC driver reports as the size of a column whose declared type has none. */
        private static final int NO_SIZE = 2_000_000_000;

        /**
         * SQLite keeps the whole statement that made a view, of which the query is what follows
         * {@code AS} (unless the view names its columns).
         */
        @Override
        public String viewQuery(String definition, String schema) {
            Matcher head = VIEW_HEAD.matcher(definition);
            return head.lookingAt() ? definition.substring(head.end()).strip() : definition;
        }

        /**
         * The driver reports {@code NUMERIC(p,s)} with size p + s, the declared precision being
         * what round-trips, and a type declared without a size with its stand-in size of
         * 2,000,000,000, which is no size at all.
         */
        @Override
        public int size(Column column) {
            int size = column.getSize();
            if (size == NO_SIZE) {
                return 0;
            }
            return column.getDecimalDigits() > 0 && size > column.getDecimalDigits() ? size - column.getDecimalDigits() : size;
        }

        /** SQLite keeps a UNIQUE constraint only as the index it makes for it, and forgets its name. */
        @Override
        public boolean uniqueConstraintIndex(Index index) {
            return index.isUnique() && index.getName().startsWith("sqlite_autoindex_");
        }
    }

    /** One schema per connection: the fingerprint's rows do not name it. */
    @Override
    public boolean fingerprintRowsNameTheirSchema() {
        return false;
    }

    /** SQLite counts every schema change in the file's header: one integer, read without touching a table. */
    @Override
    public List<String> schemaFingerprintQueries() {
        return List.of("PRAGMA schema_version");
    }
}
