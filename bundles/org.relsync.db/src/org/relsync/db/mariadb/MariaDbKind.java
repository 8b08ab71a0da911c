package org.relsync.db.mariadb;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.relsync.db.AbstractDatabaseKind;
import org.relsync.db.CatalogReader;
import org.relsync.db.SchemaCrawlerReader;
import org.relsync.db.SchemaLayout;
import org.relsync.db.ddl.SqlWriter;

import schemacrawler.schemacrawler.InformationSchemaKey;

/** MariaDB and MySQL, read through SchemaCrawler and its MySQL plugin. */
public final class MariaDbKind extends AbstractDatabaseKind {

    static final String ID = "mariadb";

    private final SchemaLayout layout = new MariaDbLayout();

    public MariaDbKind() {
        super(ID, "MariaDB", new MariaDbDialect(), "org.mariadb.jdbc.Driver", "org.mariadb.jdbc", new MariaDbUrls());
    }

    /** MySQL is served by the MariaDB dialect and driver. */
    @Override
    public List<String> aliases() {
        return List.of("mysql");
    }

    /**
     * Ten seconds to reach the server (Connector/J counts in milliseconds); and no
     * {@code LOAD DATA LOCAL}, which Connector/J allows by default: a hostile server could ask
     * for any local file.
     */
    @Override
    public void connectionProperties(Properties properties) {
        properties.setProperty("connectTimeout", "10000");
        properties.setProperty("allowLocalInfile", "false");
    }

    @Override
    public SchemaLayout schemaLayout() {
        return layout;
    }

    /**
     * SchemaCrawler's MySQL plugin asks for {@code TABLE_CONSTRAINTS.ENFORCED}, which MySQL 8 has
     * and MariaDB lacks: RelSync gives it a constraint-column query without it. Enum and set
     * values, {@code ON UPDATE} and sequences, which JDBC meta-data leaves out, are read after.
     */
    @Override
    public CatalogReader catalogReader() {
        return new SchemaCrawlerReader(dialect(), layout, Map.of(InformationSchemaKey.CONSTRAINT_COLUMN_USAGE, """
                SELECT tc.CONSTRAINT_SCHEMA AS CONSTRAINT_CATALOG, NULL AS CONSTRAINT_SCHEMA,
                  tc.CONSTRAINT_NAME, tc.TABLE_SCHEMA AS TABLE_CATALOG, NULL AS TABLE_SCHEMA,
                  tc.TABLE_NAME, kcu.COLUMN_NAME, kcu.ORDINAL_POSITION, tc.CONSTRAINT_TYPE, 'YES' AS ENFORCED
                FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
                JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE kcu
                  ON kcu.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND kcu.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                  AND kcu.TABLE_SCHEMA = tc.TABLE_SCHEMA AND kcu.TABLE_NAME = tc.TABLE_NAME
                """), new Conversion(), List.of(MariaDbColumns::complete, MariaDbSequences::read));
    }

    @Override
    public SqlWriter sqlWriter() {
        return new MariaDbWriter(dialect());
    }

    /** MariaDB's DDL commits each statement by itself: a script runs statement by statement. */
    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /**
     * MariaDB qualifies every name in a view's query, and the sequence of a {@code nextval}
     * default, by the database it lives in: that qualifier is taken out, so that the query and
     * the default read the same in a copy of the database under another name.
     */
    private static final class Conversion implements SchemaCrawlerReader.Conversion {
        @Override
        public String viewQuery(String definition, String schema) {
            return unqualified(definition, schema);
        }

        @Override
        public String defaultValue(String value, String schema) {
            return unqualified(value, schema);
        }

        private static String unqualified(String text, String schema) {
            return schema == null || schema.isEmpty() ? text : text.replace("`" + schema.replace("`", "``") + "`.", "");
        }
    }

    /** One schema per connection: the fingerprint's rows do not name it. */
    @Override
    public boolean fingerprintRowsNameTheirSchema() {
        return false;
    }

    /** The connected database's tables, columns (with their full types), constraints and indexes. */
    @Override
    public List<String> schemaFingerprintQueries() {
        return List.of(
                "SELECT TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1",
                "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA"
                        + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1, 2",
                "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                        + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1, 2, 3",
                "SELECT TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME FROM INFORMATION_SCHEMA.STATISTICS"
                        + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1, 2, 3");
    }
}
