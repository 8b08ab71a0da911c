package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.ReadScope;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.catalog.CatalogSource;
import org.relsync.sync.catalog.SchemaRef;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;

/**
 * LIVE-SPEC section 1 in the engine: a run with a {@link ReadScope} reads the schemas the scope
 * names and those with a foreign key onto them, and leaves every other schema as it was. The
 * database served here has lost ARCHIVE's table, so a read of ARCHIVE shows (it removes it).
 */
class ReadScopeTest extends Scenario {

    private final Database db = fixture.database("crm", "ansi");
    private final Schema crm = Fixture.schema(db, "CRM", SyncSource.DATABASE);
    private final Schema archive = Fixture.schema(db, "ARCHIVE", SyncSource.DATABASE);
    private final Table old = Fixture.table(archive, "OLD_CUSTOMERS", "ID INTEGER NOT NULL");
    private final Database server = Fixture.newDatabase("crm", "ansi");
    private final List<List<SchemaRef>> asked = new ArrayList<>();

    {
        fixture.databaseTask(db);
        Fixture.table(crm, "CUSTOMERS", "ID INTEGER NOT NULL");
        Fixture.table(Fixture.schema(server, "CRM", SyncSource.DATABASE), "CUSTOMERS", "ID INTEGER NOT NULL",
                "EMAIL VARCHAR(80)");
        Fixture.schema(server, "ARCHIVE", SyncSource.DATABASE);
        catalogs.put("crm", server);
    }

    private ChangeReport run(ReadScope scope) {
        CatalogSource noting = (database, schemas, monitor) -> {
            asked.add(schemas);
            return catalogs.read(database, schemas, monitor);
        };
        return SyncEngine.builder().catalogSource(noting).build().run(project(), SyncOptions.builder().scope(scope).build())
                .report();
    }

    @Test
    void aScopedRunReadsItsSchemasAndLeavesTheOthersAsTheyWere() {
        ChangeReport report = run(ReadScope.everything().limit("crm", Set.of("crm")));

        assertEquals(List.of(List.of(new SchemaRef("DB", "CRM"))), asked, "names compare without case");
        assertChange(report, ChangeKind.CREATED, "TableField", "CUSTOMERS.EMAIL");
        assertSame(old, archive.getTables().get(0), "ARCHIVE, not read, keeps its table");
        assertFalse(old.isMarkedForDeletion());
    }

    @Test
    void aSchemaWithAForeignKeyOntoAScopedOneIsReadToo() {
        Fixture.primaryKey(Fixture.table(db, "CRM", "CUSTOMERS"), "PK_CUSTOMERS", "ID");
        Fixture.table(archive, "ORDERS", "CUSTOMER_ID INTEGER");
        Fixture.foreignKey(Fixture.table(db, "ARCHIVE", "ORDERS"), "FK_ORDERS", "CUSTOMER_ID",
                Fixture.table(db, "CRM", "CUSTOMERS"), "ID");

        ChangeReport report = run(ReadScope.everything().limit("crm", Set.of("CRM")));

        assertEquals(List.of(List.of(new SchemaRef("DB", "CRM"), new SchemaRef("DB", "ARCHIVE"))), asked);
        assertChange(report, ChangeKind.REMOVED, "Table", "OLD_CUSTOMERS");
    }

    @Test
    void aScopeOfOtherSchemasReadsNothingAndAnotherDatabaseIsReadWhole() {
        ChangeReport report = run(ReadScope.everything().limit("crm", Set.of("public")));
        assertEquals(List.of(), asked);
        assertEquals(List.of(), report.changes());

        run(ReadScope.everything().limit("elsewhere", Set.of("public")));
        assertEquals(List.of(List.of(new SchemaRef("DB", "CRM"), new SchemaRef("DB", "ARCHIVE"))), asked);
        assertEquals(List.of(), archive.getTables(), "a full read: ARCHIVE's table is gone");
    }
}
