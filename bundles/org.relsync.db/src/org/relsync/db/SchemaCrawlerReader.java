package org.relsync.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.catalog.SchemaRef;
import org.relsync.sync.dialect.Dialect;
import org.relsync.sync.edit.EditException;

import schemacrawler.inclusionrule.InclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.Index;
import schemacrawler.schemacrawler.InformationSchemaKey;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.MetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import schemacrawler.tools.options.Config;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * Reads a database with SchemaCrawler, for the kinds that have no reader of their own: tables,
 * views with their definitions, columns, keys with their rules, unique constraints, indexes and
 * sequences of the requested schemas, converted to RelSync's relational model by
 * {@link CatalogConverter}. Each kind gives SchemaCrawler's retrieval options for its server (its
 * plugin, where there is one) its own catalog SQL where the plugin lacks a view or reads it
 * wrongly, adjusts the conversion where its driver reports something its own way, and completes
 * the snapshot with what JDBC meta-data leaves out; {@link SequenceDefaults} comes last.
 */
public final class SchemaCrawlerReader implements CatalogReader {

    /** What a kind's driver reports its own way, put the way every database has it. */
    public interface Conversion {

        /** Nothing to adjust. */
        Conversion NONE = new Conversion() {
        };

        /** The query of a view, from the definition SchemaCrawler gives for a view of {@code schema}. */
        default String viewQuery(String definition, String schema) {
            return definition;
        }

        /** A column's default, from what the driver gives for a column of {@code schema}. */
        default String defaultValue(String value, String schema) {
            return value;
        }

        /** A column's size: its length, or the precision of a decimal type. */
        default int size(Column column) {
            return column.getSize();
        }

        /** Whether a unique index is all the database keeps of a unique constraint (whose name it forgot). */
        default boolean uniqueConstraintIndex(Index index) {
            return false;
        }
    }

    /** Reads what SchemaCrawler leaves out into the snapshot, after the conversion. */
    @FunctionalInterface
    public interface Completion {
        void complete(Connection connection, Database snapshot) throws SQLException;
    }

    /*
     * SchemaCrawler logs through java.util.logging at INFO; RelSync reports through its change
     * report. The loggers are held here: JUL keeps only weak references, and a collected logger
     * would forget its level.
     */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("schemacrawler"), Logger.getLogger("us.fatehi"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    /**
     * The retrieval strategy that catalog SQL for a key replaces: SQL given for one of these keys
     * reads for all tables at once what SchemaCrawler would otherwise ask JDBC meta-data table by table.
     */
    private static final Map<InformationSchemaKey, SchemaInfoMetadataRetrievalStrategy> STRATEGY = Map.of(
            InformationSchemaKey.TABLE_COLUMNS, SchemaInfoMetadataRetrievalStrategy.tableColumnsRetrievalStrategy,
            InformationSchemaKey.PRIMARY_KEYS, SchemaInfoMetadataRetrievalStrategy.primaryKeysRetrievalStrategy,
            InformationSchemaKey.FOREIGN_KEYS, SchemaInfoMetadataRetrievalStrategy.foreignKeysRetrievalStrategy,
            InformationSchemaKey.INDEXES, SchemaInfoMetadataRetrievalStrategy.indexesRetrievalStrategy);

    private final Dialect dialect;
    private final SchemaLayout layout;
    private final Map<InformationSchemaKey, String> catalogSql;
    private final Conversion conversion;
    private final List<Completion> completions;

    /**
     * @param catalogSql  the kind's SQL for SchemaCrawler's information-schema views, by key
     * @param completions what reads the rest, in order, after the conversion
     */
    public SchemaCrawlerReader(Dialect dialect, SchemaLayout layout, Map<InformationSchemaKey, String> catalogSql,
            Conversion conversion, List<Completion> completions) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.catalogSql = Map.copyOf(catalogSql);
        this.conversion = Objects.requireNonNull(conversion, "conversion");
        this.completions = List.copyOf(completions);
    }

    @Override
    public Database read(Connection connection, Database project, List<SchemaRef> schemas) throws SQLException {
        try {
            Catalog catalog = crawl(connection, schemas);
            Database snapshot = new CatalogConverter(dialect, layout.schemaless(), conversion, project).convert(catalog, schemas);
            for (Completion completion : completions) {
                completion.complete(connection, snapshot);
            }
            SequenceDefaults.link(snapshot);
            return snapshot;
        } catch (CatalogException | EditException e) {
            throw e; // a database that cannot be reached, a URL the policy refuses (bad input)
        } catch (RuntimeException e) {
            throw new CatalogException(project.getName() + ": reading the catalog failed: " + Connections.reason(e), e);
        }
    }

    private Catalog crawl(Connection connection, List<SchemaRef> schemas) {
        DatabaseConnectionSource source = DatabaseConnectionSources.fromConnection(connection);
        SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(LimitOptionsBuilder.builder().includeSchemas(schemaRule(schemas))
                        // plain, partitioned (PostgreSQL) and H2's "BASE TABLE" tables, views, materialized views
                        .tableTypes("TABLE", "BASE TABLE", "PARTITIONED TABLE", "VIEW", "MATERIALIZED VIEW")
                        .includeAllSequences().toOptions())
                .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(SchemaInfoLevelBuilder.builder()
                        .fromOptions(SchemaInfoLevelBuilder.standard())
                        .setRetrieveTableConstraints(true)
                        .setRetrieveTableConstraintInformation(true)
                        .setRetrieveViewInformation(true)
                        .setRetrieveAdditionalTableAttributes(true)
                        .setRetrieveSequenceInformation(true)
                        .setRetrieveIndexes(true)
                        .setRetrieveIndexInformation(false)
                        .setRetrieveRoutines(false)
                        .setRetrieveRoutineInformation(false)
                        .setRetrieveTriggerInformation(false)
                        .setRetrieveTablePrivileges(false)
                        .setRetrieveTableColumnPrivileges(false)
                        .setRetrieveDatabaseUsers(false)
                        .toOptions()).toOptions());
        return SchemaCrawlerUtility.getCatalog(source, retrievalOptions(source, connection), options, new Config());
    }

    /** SchemaCrawler's options for the server behind {@code source}, completed with the kind's catalog SQL. */
    private SchemaRetrievalOptions retrievalOptions(DatabaseConnectionSource source, Connection connection) {
        SchemaRetrievalOptions matched = SchemaCrawlerUtility.matchSchemaRetrievalOptions(source);
        if (catalogSql.isEmpty()) {
            return matched;
        }
        InformationSchemaViewsBuilder views = InformationSchemaViewsBuilder.builder(matched.getInformationSchemaViews());
        catalogSql.forEach(views::withSql);
        // fromConnnection: a rebuilt options object must learn the server's table types again
        // (H2 2.x calls its tables "BASE TABLE"), or SchemaCrawler reads only the views
        SchemaRetrievalOptionsBuilder builder = SchemaRetrievalOptionsBuilder.builder(matched).fromConnnection(connection)
                .withInformationSchemaViews(views.toOptions());
        for (InformationSchemaKey key : catalogSql.keySet()) {
            if (STRATEGY.containsKey(key)) {
                builder.with(STRATEGY.get(key), MetadataRetrievalStrategy.data_dictionary_all);
            }
        }
        return builder.toOptions();
    }

    /** Accepts a schema's full name (as SchemaCrawler quotes it) when it is one of those asked for. */
    private InclusionRule schemaRule(List<SchemaRef> schemas) {
        if (layout.schemaless()) {
            return fullName -> true;
        }
        Set<String> wanted = new HashSet<>();
        for (SchemaRef ref : schemas) {
            wanted.add(ref.catalog().isEmpty() ? ref.schema() : ref.catalog() + "." + ref.schema());
            wanted.add(ref.schema());
        }
        return fullName -> fullName != null && wanted.contains(fullName.replace("\"", "").replace("`", ""));
    }
}
