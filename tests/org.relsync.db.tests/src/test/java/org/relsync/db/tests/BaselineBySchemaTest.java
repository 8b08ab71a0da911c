package org.relsync.db.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseSetup;
import org.relsync.db.ddl.DdlScript;
import org.relsync.db.ddl.DdlService;
import org.relsync.model.RelSyncModel;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.Elements;

/**
 * The baseline says what RelSync made, schema by schema: a column it made in {@code A.ORDERS} does
 * not make a same-named column that someone else added to {@code B.ORDERS} one of its own, so an
 * update leaves that one alone instead of dropping it (issue 10).
 */
class BaselineBySchemaTest {

    @TempDir
    Path dir;

    private static Table orders(Schema schema, String... columns) {
        Table table = RelationalFactory.eINSTANCE.createTable();
        table.setName("ORDERS");
        for (String name : columns) {
            TableField column = RelationalFactory.eINSTANCE.createTableField();
            column.setName(name);
            column.setDataType("INTEGER");
            column.setNullable(true);
            table.getFields().add(column);
        }
        schema.getTables().add(table);
        return table;
    }

    @Test
    void aColumnMadeInOneSchemaIsNotOwnedInAnother() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("shop") + ";USER=sa";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA A");
            s.execute("CREATE SCHEMA B");
        }
        Project project = RelSyncModel.newProject("P");
        Database database = new DatabaseSetup(Connections.fromEnvironment()).add(project,
                new DatabaseSetup.Spec("shop", "h2", url, null, null, List.of("A", "B"), SyncSource.MODEL));
        List<Schema> schemas = Elements.schemas(database);
        orders(schemas.get(0), "ID", "NOTE");
        orders(schemas.get(1), "ID");
        DdlService ddl = new DdlService(Connections.fromEnvironment(), new DatabaseCatalogSource(Connections.fromEnvironment()));
        assertTrue(ddl.apply(database, ddl.create(database)).succeeded());

        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE B.ORDERS ADD COLUMN NOTE VARCHAR(100)"); // theirs, with their data
        }
        DdlScript update = ddl.update(database);

        assertEquals(List.of(), update.statements(), update::text);
        assertTrue(update.notes().stream().anyMatch(n -> n.startsWith("column ORDERS.NOTE") && n.contains("left alone")),
                update::text);
    }
}
