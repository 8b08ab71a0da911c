package org.relsync.diagram.render.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.relsync.model.RelSyncModel;
import org.relsync.model.io.ProjectResource;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.reverse.ReverseEngineer;

/**
 * Generated projects for the diagram benchmark: one database {@code db} with {@code tables} tables
 * over one schema a 400 tables (or another number) ({@code Database} source), 3 to 9 columns each, a primary key, about
 * one foreign key a table to a recent table of its schema, one table in ten alone. The same
 * arguments give the same project.
 */
public final class GeneratedProjects {

    private static final RelationalFactory R = RelationalFactory.eINSTANCE;

    private GeneratedProjects() {
    }

    public static Project tables(int tables, long seed) {
        return tables(tables, 400, seed);
    }

    /** As {@link #tables(int, long)} with {@code perSchema} tables a schema. */
    public static Project tables(int tables, int perSchema, long seed) {
        return tables(tables, perSchema, seed, false);
    }

    /**
     * As {@link #tables(int, int, long)}, the tables then reversed to as many entities, with their
     * relationships and mappings, as {@code relsync reverse} makes them after reading the tables.
     */
    public static Project mapped(int tables, int perSchema, long seed) {
        Project project = tables(tables, perSchema, seed);
        Database database = project.getDatabases().get(0);
        new ReverseEngineer(project, database, Naming.of(project, database, DialectRegistry.ansi()),
                new ChangeReport(project.getName())).reverse(schema -> true);
        return project;
    }

    /**
     * A dense variant: one schema, every table after the first with two foreign keys to any
     * earlier table (long edges across the whole graph, one connected part).
     */
    public static Project dense(int tables, long seed) {
        return tables(tables, tables, seed, true);
    }

    private static Project tables(int tables, int perSchema, long seed, boolean dense) {
        Project project = RelSyncModel.newProject("generated");
        new ProjectResource(URI.createURI("memory:/generated-" + tables + ".relsync")).getContents().add(project);
        Database database = R.createDatabase();
        database.setName("db");
        database.setDriverId("ansi");
        Catalog catalog = R.createCatalog();
        catalog.setName("DB");
        database.getCatalogs().add(catalog);
        project.getDatabases().add(database);
        int schemas = Math.max(1, (tables + perSchema - 1) / perSchema);
        List<List<Table>> bySchema = new ArrayList<>();
        for (int s = 0; s < schemas; s++) {
            Schema schema = R.createSchema();
            schema.setName("schema_" + s);
            schema.setSyncSource(SyncSource.DATABASE);
            catalog.getSchemas().add(schema);
            if (database.getDefaultSchema() == null) {
                database.setDefaultSchema(schema);
            }
            bySchema.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        for (int t = 0; t < tables; t++) {
            int s = t % schemas;
            Schema schema = catalog.getSchemas().get(s);
            Table table = R.createTable();
            table.setName("table_" + t);
            schema.getTables().add(table);
            TableField id = column(table, "id", "BIGINT", false);
            PrimaryKey pk = R.createPrimaryKey();
            pk.setName("pk_table_" + t);
            pk.getFields().add(id);
            table.setPrimaryKey(pk);
            List<Table> earlier = bySchema.get(s);
            boolean alone = !dense && random.nextInt(10) == 0;
            int fks = alone || earlier.isEmpty() ? 0 : dense ? 2 : random.nextInt(3);
            List<Table> targets = new ArrayList<>();
            for (int f = 0; f < fks; f++) {
                Table target = dense ? earlier.get(random.nextInt(earlier.size()))
                        : earlier.get(Math.max(0, earlier.size() - 1 - random.nextInt(Math.min(earlier.size(), 40))));
                if (!targets.contains(target)) {
                    targets.add(target);
                }
            }
            for (Table target : targets) {
                TableField column = column(table, target.getName() + "_id", "BIGINT", true);
                ForeignKey fk = R.createForeignKey();
                fk.setName("fk_" + table.getName() + "_" + target.getName());
                fk.getFields().add(column);
                fk.setReferencedTable(target);
                fk.getReferencedFields().add(target.getFields().get(0));
                table.getForeignKeys().add(fk);
            }
            int columns = 3 + random.nextInt(7);
            while (table.getFields().size() < columns) {
                int c = table.getFields().size();
                column(table, "column_" + c, c % 3 == 0 ? "VARCHAR" : c % 3 == 1 ? "INTEGER" : "TIMESTAMP", c % 2 == 0);
            }
            earlier.add(table);
        }
        return project;
    }

    private static TableField column(Table table, String name, String type, boolean nullable) {
        TableField field = R.createTableField();
        field.setName(name);
        field.setDataType(type);
        if (type.equals("VARCHAR")) {
            field.setLength(200);
        }
        field.setNullable(nullable);
        field.setOrdinal(table.getFields().size() + 1);
        table.getFields().add(field);
        return field;
    }
}
