package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.sync.tests.Fixture.column;
import static org.relsync.sync.tests.Fixture.field;

import org.junit.jupiter.api.Test;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.ModelType;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.View;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.edit.EditException;
import org.relsync.sync.edit.ProjectEditor;

/**
 * SYNC-SPEC section 4 for a modeler's own marks (the diagram editor's context menu): marking by
 * hand follows the rule the orphan step follows, as an undoable command; only an orphan can be
 * removed as one.
 */
class Section4_MarkingByHandTest extends Scenario {

    private final ProjectEditor editor = new ProjectEditor(project());

    @Test
    void marksWhereTheSyncSourceAllowsItAndUndoTakesTheMarkBack() {
        Database db = fixture.database("main", "ansi");
        Table mixed = Fixture.table(Fixture.schema(db, "MIX", SyncSource.MIXED), "T", "Id INTEGER NOT NULL");
        Schema model = Fixture.schema(db, "MOD", SyncSource.MODEL);
        Sequence sequence = Fixture.sequence(model, "S");

        assertTrue(ProjectEditor.canMarkForDeletion(mixed), "a Mixed schema's table");
        assertTrue(ProjectEditor.canMarkForDeletion(sequence), "anything in a Model schema");
        editor.execute(editor.markForDeletion(mixed, true));
        assertTrue(mixed.isMarkedForDeletion());
        assertTrue(editor.undo());
        assertFalse(mixed.isMarkedForDeletion(), "undo unmarks");
        editor.execute(editor.markForDeletion(sequence, true));
        editor.execute(editor.markForDeletion(sequence, false));
        assertFalse(sequence.isMarkedForDeletion(), "unmark");
        assertThrows(EditException.class, () -> editor.markForDeletion(sequence, false), "not marked: nothing to unmark");
    }

    @Test
    void refusesWhereTheSyncSourceForbidsIt() {
        Database db = fixture.database("main", "ansi");
        Table database = Fixture.table(Fixture.schema(db, "DB", SyncSource.DATABASE), "T", "Id INTEGER NOT NULL");
        Schema mixed = Fixture.schema(db, "MIX", SyncSource.MIXED);
        View view = Fixture.view(mixed, "V", "Id INTEGER");
        Table table = Fixture.table(mixed, "T", "Id INTEGER NOT NULL");

        assertFalse(ProjectEditor.canMarkForDeletion(database), "nothing in a Database schema");
        assertFalse(ProjectEditor.canMarkForDeletion(view), "a Mixed schema's view");
        assertFalse(ProjectEditor.canMarkForDeletion(column(table, "Id")), "a Mixed schema's column");
        EditException refused = assertThrows(EditException.class, () -> editor.markForDeletion(database, true));
        assertTrue(refused.getMessage().contains("Database schema DB"), refused.getMessage());
        assertThrows(EditException.class, () -> editor.markForDeletion(view, true));
        assertFalse(database.isMarkedForDeletion());
        assertFalse(view.isMarkedForDeletion());
    }

    @Test
    void removesAnOrphanOnlyAndUndoBringsItBack() {
        Database db = fixture.database("main", "ansi");
        Schema schema = Fixture.schema(db, "APP", SyncSource.MIXED);
        Table mapped = Fixture.table(schema, "Customer", "Id INTEGER NOT NULL");
        Table orphan = Fixture.table(schema, "Legacy", "Id INTEGER NOT NULL");
        Entity customer = fixture.entity("Customer");
        DatabaseMappings m = DatabaseMappings.of(project(), db);
        m.map(m.map(customer, mapped), field(customer, "Id", ModelType.INT32, "id"), column(mapped, "Id"));

        assertFalse(editor.isOrphan(mapped));
        assertTrue(editor.isOrphan(orphan));
        assertThrows(EditException.class, () -> editor.removeOrphan(mapped), "a mapped table is no orphan");
        editor.execute(editor.removeOrphan(orphan));
        assertNull(orphan.eContainer(), "removed from its schema");
        assertEquals(1, schema.getTables().size());
        assertTrue(editor.undo());
        assertSame(schema, orphan.eContainer(), "undo brings it back");
    }
}
