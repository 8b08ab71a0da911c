package org.relsync.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.common.util.Monitor;
import org.relsync.model.relational.Database;
import org.relsync.sync.catalog.CatalogException;
import org.relsync.sync.edit.EditException;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.catalog.SchemaRef;

import schemacrawler.inclusionrule.InclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.tools.options.Config;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * Reads database meta-data with SchemaCrawler (SYNC-SPEC section 3.1 step R): tables, views with
 * their definitions, columns, keys with their rules, unique constraints, indexes and sequences of
 * the requested schemas, converted to RelSync's relational model by {@link CatalogConverter}.
 * <p>
 * Each database gets SchemaCrawler's retrieval options for its server (its plugin, where there is
 * one), plus RelSync's own catalog SQL where the plugin lacks a view ({@link CatalogSql}).
 */
public final class SchemaCrawlerCatalogSource implements CatalogSource {

    /*
     * SchemaCrawler logs through java.util.logging at INFO; RelSync reports through its change
     * report. The loggers are held here: JUL keeps only weak references, and a collected logger
     * would forget its level.
     */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("schemacrawler"), Logger.getLogger("us.fatehi"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    private final Connections connections;

    public SchemaCrawlerCatalogSource(Connections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public Database read(Database database, List<SchemaRef> schemas, Monitor monitor) {
        DriverInfo driver = DriverInfo.find(database.getDriverId()).orElseThrow(() -> new CatalogException(
                database.getName() + ": unknown driver '" + database.getDriverId() + "'; one of " + DriverInfo.ids()));
        try (Connection connection = connections.open(database)) {
            Catalog catalog = crawl(connection, driver, schemas);
            Database snapshot = new CatalogConverter(driver, database).convert(catalog, schemas);
            StableIds.assign(connection, driver, snapshot);
            StableIds.linkSequences(connection, driver, snapshot);
            PostgresTypes.complete(connection, driver, snapshot);
            MariaDbColumns.complete(connection, driver, snapshot);
            MariaDbSequences.read(connection, driver, snapshot);
            SequenceDefaults.link(snapshot);
            return snapshot;
        } catch (SQLException e) {
            throw new CatalogException(database.getName() + ": " + Connections.reason(e), e);
        } catch (CatalogException | EditException e) {
            throw e; // a database that cannot be reached, a URL the policy refuses (bad input)
        } catch (RuntimeException e) {
            throw new CatalogException(database.getName() + ": reading the catalog failed: " + Connections.reason(e), e);
        }
    }

    private static Catalog crawl(Connection connection, DriverInfo driver, List<SchemaRef> schemas) {
        DatabaseConnectionSource source = DatabaseConnectionSources.fromConnection(connection);
        SchemaRetrievalOptions retrieval = CatalogSql.retrievalOptions(driver, source, connection);
        SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(LimitOptionsBuilder.builder().includeSchemas(schemaRule(schemas, driver))
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
        return SchemaCrawlerUtility.getCatalog(source, retrieval, options, new Config());
    }

    /** Accepts a schema's full name (as SchemaCrawler quotes it) when it is one of those asked for. */
    private static InclusionRule schemaRule(List<SchemaRef> schemas, DriverInfo driver) {
        if (driver.schemaless()) {
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
