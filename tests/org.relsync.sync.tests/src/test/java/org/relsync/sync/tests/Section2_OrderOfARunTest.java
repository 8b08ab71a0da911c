package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.sync.tests.Fixture.column;
import static org.relsync.sync.tests.Fixture.field;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.ModelType;
import org.relsync.model.project.ModelSyncTask;
import org.relsync.model.project.SyncTask;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.phase.DefaultAutoMapPhase;
import org.relsync.sync.phase.DefaultMigratePhase;
import org.relsync.sync.phase.DefaultModelSyncPhase;
import org.relsync.sync.phase.DefaultRefreshPhase;
import org.relsync.sync.report.ChangeReport;

/** SYNC-SPEC section 2: refresh, migrate, model sync, then auto-map, whatever the order of the tasks. */
class Section2_OrderOfARunTest extends Scenario {

    private final Database warehouse = fixture.database("warehouse", "ansi");
    private final Schema dw = Fixture.schema(warehouse, "DW", SyncSource.DATABASE);
    private final Database app = fixture.database("app", "ansi");
    private final Schema appSchema = Fixture.schema(app, "APP", SyncSource.MODEL);
    private final Database server = Fixture.newDatabase("warehouse", "ansi");
    private final Schema serverDw = Fixture.schema(server, "DW", SyncSource.DATABASE);

    {
        fixture.databaseTask(warehouse);
        catalogs.put("warehouse", server);
        // the model task first in the list: the phases must not care
        SyncTask model = project().getSyncTasks().stream().filter(t -> t instanceof ModelSyncTask).findFirst().orElseThrow();
        project().getSyncTasks().move(0, model);
    }

    @Test
    void phasesRunInTheSpecsOrderWhateverTheOrderOfTheTasks() {
        List<String> calls = new ArrayList<>();
        SyncEngine engine = SyncEngine.builder().catalogSource(catalogs)
                .refresh((c, t, s) -> {
                    calls.add("refresh");
                    return new DefaultRefreshPhase().refresh(c, t, s);
                })
                .migrate((c, r) -> {
                    calls.add("migrate");
                    new DefaultMigratePhase().migrate(c, r);
                })
                .modelSync(c -> {
                    calls.add("model sync");
                    new DefaultModelSyncPhase().synchronize(c);
                })
                .autoMap((c, t) -> {
                    calls.add("auto-map");
                    new DefaultAutoMapPhase().autoMap(c, t);
                })
                .build();
        Fixture.table(serverDw, "SALES", "ID INTEGER NOT NULL");

        engine.run(project(), SyncOptions.defaults());

        assertEquals(List.of("refresh", "migrate", "model sync", "auto-map"), calls);
    }

    @Test
    void theDatabaseSourcedDatabaseLeadsAndTheModelSourcedOneFollowsInOneRun() {
        // the warehouse has a new table; the model has the matching new entity
        Table salesOnServer = Fixture.table(serverDw, "SALE", "ID INTEGER NOT NULL", "AMOUNT DECIMAL(10,2) NOT NULL");
        Fixture.primaryKey(salesOnServer, "PK_SALE", "ID");
        Entity sale = fixture.entity("Sale");
        EntityField id = field(sale, "Id", ModelType.INT32, "id");
        field(sale, "Amount", ModelType.DECIMAL, "prec=10", "scale=2");

        ChangeReport report = sync();

        Table inWarehouse = Fixture.table(warehouse, "DW", "SALE");
        assertSame(inWarehouse, DatabaseMappings.of(project(), warehouse).target(sale).orElseThrow(),
                "refreshed first, then auto-mapped onto the database's table");
        assertSame(column(inWarehouse, "ID"), DatabaseMappings.of(project(), warehouse).target(id).orElseThrow());
        Table inApp = Fixture.table(app, "APP", "Sale");
        assertSame(inApp, DatabaseMappings.of(project(), app).target(sale).orElseThrow(), "the model-sourced one follows");
        assertEquals("DECIMAL", column(inApp, "Amount").getDataType());
        assertTrue(report.changes().size() > 4);
        assertTrue(dw.getTables().contains(inWarehouse));
        assertTrue(appSchema.getTables().contains(inApp));
    }

    @Test
    void aColumnDroppedInTheLeaderIsReportedAndTheFollowerKeepsTheField() {
        Table onServer = Fixture.table(serverDw, "SALE", "ID INTEGER NOT NULL", "NOTE VARCHAR(20)");
        Entity sale = fixture.entity("Sale");
        field(sale, "Id", ModelType.INT32, "id");
        EntityField note = field(sale, "Note", ModelType.STRING, "optional");
        sync();
        assertTrue(DatabaseMappings.of(project(), warehouse).target(note).isPresent());

        onServer.getFields().remove(1); // the column is dropped in the warehouse
        ChangeReport report = sync();

        assertTrue(DatabaseMappings.of(project(), warehouse).target(note).isEmpty());
        assertEquals("entity model/Sale.Note", problems(report, "mapping.lost").get(0).path());
        assertTrue(DatabaseMappings.of(project(), app).target(note).isPresent(), "the entity field stays, and so does its column in the follower");
    }
}
