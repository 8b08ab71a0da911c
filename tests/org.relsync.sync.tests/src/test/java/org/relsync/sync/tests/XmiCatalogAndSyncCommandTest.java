package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.ModelType;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.ReferentialAction;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.edit.SyncRunCommand;

/** A catalog read from an XMI fixture, and a whole sync run as one undoable command. */
class XmiCatalogAndSyncCommandTest extends Scenario {

    private final Database db = fixture.database("crm", "ansi");
    private final Schema live = Fixture.schema(db, "CRM", SyncSource.DATABASE);

    {
        fixture.databaseTask(db);
        catalogs.putXmi("crm", Path.of(System.getProperty("relsync.repo", "../.."))
                .resolve("tests/org.relsync.sync.tests/src/test/resources/catalogs/crm.xmi"));
    }

    @Test
    void aCatalogSnapshotFromXmiIsReadWithItsKeysAndSequences() {
        Entity customer = fixture.entity("Customers");
        Fixture.field(customer, "Id", ModelType.INT32, "id");

        sync();

        Table orders = Fixture.table(db, "CRM", "ORDERS");
        Table customers = Fixture.table(db, "CRM", "CUSTOMERS");
        ForeignKey fk = orders.getForeignKeys().get(0);
        assertSame(customers, fk.getReferencedTable(), "references point into the model, not the snapshot");
        assertSame(customers.getFields().get(0), fk.getReferencedFields().get(0));
        assertEquals(ReferentialAction.CASCADE, fk.getOnDelete());
        assertEquals(1000, live.getSequences().get(0).getStartValue());
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(project()).isEmpty());
        assertTrue(org.relsync.sync.DatabaseMappings.of(project(), db).target(customer).isPresent());
    }

    @Test
    void aWholeSyncRunIsOneUndoableCommand() {
        Fixture.field(fixture.entity("Customers"), "Id", ModelType.INT32, "id");
        Project before = EcoreUtil.copy(project());
        ProjectEditor editor = new ProjectEditor(project());
        SyncRunCommand run = new SyncRunCommand(engine(), project(), SyncOptions.defaults());

        editor.execute(run);
        assertTrue(run.result().modified());
        assertFalse(EcoreUtil.equals(before, project()));
        Project after = EcoreUtil.copy(project());

        editor.undo();
        assertTrue(EcoreUtil.equals(before, project()), "undo puts back the whole run");
        ((BasicCommandStack) editor.domain().getCommandStack()).redo();
        assertTrue(EcoreUtil.equals(after, project()), "redo makes it again");
    }
}
