package org.relsync.db.h2;

import java.util.List;
import java.util.Map;

import org.relsync.db.AbstractDatabaseKind;
import org.relsync.db.CatalogReader;
import org.relsync.db.SchemaCrawlerReader;
import org.relsync.db.SchemaLayout;
import org.relsync.db.ddl.SqlWriter;

import schemacrawler.schemacrawler.InformationSchemaKey;

/** H2 2.x, embedded (a file or memory) or a server, read through SchemaCrawler. */
public final class H2Kind extends AbstractDatabaseKind {

    static final String ID = "h2";

    public H2Kind() {
        super(ID, "H2", new H2Dialect(), "org.h2.Driver", "org.h2", new H2Urls());
    }

    /**
     * SchemaCrawler has no plugin for H2 on Maven Central: its sequences, view definitions and
     * named unique constraints come from H2's INFORMATION_SCHEMA through RelSync's catalog SQL.
     */
    @Override
    public CatalogReader catalogReader() {
        return new SchemaCrawlerReader(dialect(), SchemaLayout.STANDARD, Map.of(
                InformationSchemaKey.SEQUENCES, "SELECT * FROM INFORMATION_SCHEMA.SEQUENCES",
                InformationSchemaKey.VIEWS, "SELECT * FROM INFORMATION_SCHEMA.VIEWS",
                InformationSchemaKey.TABLE_CONSTRAINTS, "SELECT * FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS",
                InformationSchemaKey.CONSTRAINT_COLUMN_USAGE, "SELECT * FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"),
                SchemaCrawlerReader.Conversion.NONE, List.of());
    }

    @Override
    public SqlWriter sqlWriter() {
        return new H2Writer(dialect());
    }

    /**
     * Every {@code CREATE}, {@code ALTER} and {@code DROP} commits the open transaction in H2, so
     * scripts run statement by statement there, whatever one might expect of an embedded database.
     */
    @Override
    public boolean transactionalDdl() {
        return false;
    }
}
