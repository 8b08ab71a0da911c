package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.sync.tests.Fixture.field;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.TypedView;
import org.relsync.model.mapping.TypedViewMapping;
import org.relsync.model.project.Project;
import org.relsync.model.project.SyncTask;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.edit.EditException;
import org.relsync.sync.edit.MappingEditor;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.edit.TaskEditor;

/** What the command line could not say before (issue 10, item 5): tasks enabled, disabled and moved; typed views mapped by hand. */
class TaskAndMappingEditorTest {

    private final Fixture fixture = Fixture.project("Edit");
    private final ProjectEditor editor = new ProjectEditor(fixture.project);
    private final Database db = fixture.database("main", "ansi");

    {
        Entity customer = fixture.entity("Customer");
        field(customer, "Id", ModelType.INT32, "id");
        field(customer, "FullName", ModelType.STRING, "len=100");
        Fixture.schema(db, "APP", SyncSource.MODEL);
        fixture.databaseTask(db);
        SyncEngine.builder().build().run(fixture.project, SyncOptions.defaults()); // makes table Customer (Id, FullName)
    }

    private List<String> taskNames() {
        return fixture.project.getSyncTasks().stream().map(SyncTask::getName).toList();
    }

    @Test
    void aTaskIsDisabledByNameOrByItsDatabaseAndUndone() {
        Project before = EcoreUtil.copy(fixture.project);
        editor.execute(new TaskEditor(editor).setEnabled("main", false));
        assertFalse(fixture.project.getSyncTasks().get(1).isEnabled());
        assertTrue(editor.undo());
        assertTrue(EcoreUtil.equals(before, fixture.project));
        editor.execute(new TaskEditor(editor).setEnabled("Sync with the model", false));
        assertFalse(fixture.project.getSyncTasks().get(0).isEnabled());
    }

    @Test
    void aTaskMovesToAPositionCountedFromOne() {
        assertEquals(List.of("Sync with the model", "Sync with database main"), taskNames());
        editor.execute(new TaskEditor(editor).move("Sync with database main", 1));
        assertEquals(List.of("Sync with database main", "Sync with the model"), taskNames());
        assertTrue(editor.undo());
        assertEquals(List.of("Sync with the model", "Sync with database main"), taskNames());
        EditException e = assertThrows(EditException.class, () -> new TaskEditor(editor).move("main", 3));
        assertTrue(e.getMessage().contains("between 1 and 2, not 3"), e.getMessage());
        EditException unknown = assertThrows(EditException.class, () -> new TaskEditor(editor).setEnabled("Nope", true));
        assertTrue(unknown.getMessage().contains("no sync task named 'Nope'"), unknown.getMessage());
    }

    @Test
    void aTypedViewMapsOntoATableFieldByFieldAndTheMappingCanBeUndoneOrReplaced() {
        editor.execute(editor.addTypedView("Names", List.of("Id:Int32", "fullname:String")));
        TypedView view = editor.typedView("Names");
        Project before = EcoreUtil.copy(fixture.project);

        editor.execute(new MappingEditor(editor).mapTypedView("Names", "main", "APP.Customer", DialectRegistry.ansi()));

        List<TypedViewMapping> mappings = fixture.project.getMappings().get(0).getTypedViewMappings();
        assertEquals(1, mappings.size());
        assertEquals("Customer", mappings.get(0).getTarget().getName());
        assertEquals(List.of("Id", "FullName"), mappings.get(0).getFieldMappings().stream().map(m -> m.getTarget().getName()).toList(),
                "exact name first, then ignoring case");
        assertEquals(view, mappings.get(0).getTypedView());

        editor.execute(new MappingEditor(editor).mapTypedView("Names", "main", "Customer", DialectRegistry.ansi()));
        assertEquals(1, fixture.project.getMappings().get(0).getTypedViewMappings().size(), "mapping again replaces");

        editor.execute(new MappingEditor(editor).unmapTypedView("Names", "main"));
        assertEquals(0, fixture.project.getMappings().get(0).getTypedViewMappings().size());
        editor.undo();
        editor.undo();
        editor.undo();
        assertTrue(EcoreUtil.equals(before, fixture.project));
    }

    @Test
    void aTypedViewWhoseFieldsMatchNoColumnIsRefusedWithTheColumnsNamed() {
        editor.execute(editor.addTypedView("Odd", List.of("Id:Int32", "Email:String")));
        Project before = EcoreUtil.copy(fixture.project);
        EditException e = assertThrows(EditException.class,
                () -> new MappingEditor(editor).mapTypedView("Odd", "main", "APP.Customer", DialectRegistry.ansi()));
        assertEquals("typed view Odd: Email matches no column of Customer (its columns: [Id, FullName])", e.getMessage());
        EditException table = assertThrows(EditException.class,
                () -> new MappingEditor(editor).mapTypedView("Odd", "main", "APP.Nope", DialectRegistry.ansi()));
        assertTrue(table.getMessage().contains("has no table or view named 'Nope'"), table.getMessage());
        assertTrue(EcoreUtil.equals(before, fixture.project));
    }
}
