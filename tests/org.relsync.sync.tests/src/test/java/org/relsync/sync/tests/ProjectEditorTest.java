package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.sync.tests.Fixture.field;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.project.OrphanAction;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.edit.EditException;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.edit.ProjectEditor.FieldSpec;
import org.relsync.sync.edit.Settings;

/** Model editing as EMF commands: each edit works, each can be undone, and bad input changes nothing. */
class ProjectEditorTest {

    private final Fixture fixture = Fixture.project("Edit");
    private final ProjectEditor editor = new ProjectEditor(fixture.project);
    private final Entity customer = fixture.entity("Customer");

    {
        field(customer, "Id", ModelType.INT32, "id");
        field(customer, "Name", ModelType.STRING, "len=100");
        Entity order = fixture.entity("Order");
        field(order, "Id", ModelType.INT64, "id");
        Database db = fixture.database("main", "ansi");
        Fixture.schema(db, "APP", SyncSource.MODEL);
        SyncEngine.builder().build().run(fixture.project, SyncOptions.defaults()); // mappings exist, as in real projects
    }

    private static FieldSpec spec(ModelType type) {
        return new FieldSpec(type, null, null, null, null, null, null, null, false, false, false);
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("add entity", (Function<ProjectEditor, Command>) e -> e.addEntity("Invoice")),
                Arguments.of("rename entity", (Function<ProjectEditor, Command>) e -> e.renameEntity("Customer", "Client")),
                Arguments.of("remove entity", (Function<ProjectEditor, Command>) e -> e.removeEntity("Customer")),
                Arguments.of("add field", (Function<ProjectEditor, Command>) e -> e.addField("Customer.Email",
                        new FieldSpec(ModelType.STRING, 200, null, null, true, null, null, null, false, false, false))),
                Arguments.of("set field", (Function<ProjectEditor, Command>) e -> e.setField("Customer.Name",
                        new FieldSpec(ModelType.CHAR, null, null, null, true, null, null, null, true, false, false))),
                Arguments.of("rename field", (Function<ProjectEditor, Command>) e -> e.renameField("Customer.Name", "FullName")),
                Arguments.of("remove field", (Function<ProjectEditor, Command>) e -> e.removeField("Customer.Name")),
                Arguments.of("add relationship", (Function<ProjectEditor, Command>) e -> e.addRelationship("Buyer", "Order",
                        "Customer", RelationshipKind.MANY_TO_ONE, null, List.of(), "Customer", "Orders")),
                Arguments.of("add unique constraint", (Function<ProjectEditor, Command>) e -> e.addUniqueConstraint("Customer",
                        "UniqueName", List.of("Name"))),
                Arguments.of("add typed view", (Function<ProjectEditor, Command>) e -> e.addTypedView("Names",
                        List.of("Name:String", "Count:Int32"))),
                Arguments.of("rename relationship", (Function<ProjectEditor, Command>) e -> {
                    e.execute(e.addRelationship("Buyer", "Order", "Customer", RelationshipKind.MANY_TO_ONE, null, List.of(),
                            null, null));
                    return e.renameRelationship("Buyer", "Purchaser");
                }),
                Arguments.of("rename unique constraint", (Function<ProjectEditor, Command>) e -> {
                    e.execute(e.addUniqueConstraint("Customer", "UniqueName", List.of("Name")));
                    return e.renameUniqueConstraint("Customer", "UniqueName", "NameIsUnique");
                }),
                Arguments.of("rename typed view", (Function<ProjectEditor, Command>) e -> {
                    e.execute(e.addTypedView("Names", List.of("Name:String")));
                    return e.renameTypedView("Names", "AllNames");
                }),
                Arguments.of("set sync source", (Function<ProjectEditor, Command>) e -> e.setSyncSource("main", "APP",
                        SyncSource.MIXED)),
                Arguments.of("change a setting", (Function<ProjectEditor, Command>) e -> e.setSetting(
                        "excludableOrphanedElementDetectedAction", "RaiseWarning")),
                Arguments.of("change a naming rule", (Function<ProjectEditor, Command>) e -> e.setSetting(
                        "naming.stripPrefixes", "tbl_,t_")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void everyEditChangesTheModelAndCanBeUndone(String name, Function<ProjectEditor, Command> edit) {
        Command command = edit.apply(editor); // building a command changes nothing (the renames prepare an element first)
        Project before = EcoreUtil.copy(fixture.project);
        editor.execute(command);
        assertFalse(EcoreUtil.equals(before, fixture.project), name + " changed nothing");
        assertTrue(editor.undo());
        assertTrue(EcoreUtil.equals(before, fixture.project), name + " was not undone completely");
    }

    @Test
    void removingAnEntityTakesItsRelationshipsAndMappingsAlong() {
        Entity order = editor.entity("Order");
        editor.execute(editor.addRelationship("Buyer", "Order", "Customer", RelationshipKind.MANY_TO_ONE, null, List.of(),
                null, null));
        editor.execute(editor.removeEntity("Customer"));
        assertTrue(fixture.project.getEntityModel().getRelationships().isEmpty());
        Database db = fixture.project.getDatabases().get(0);
        assertTrue(DatabaseMappings.of(fixture.project, db).container().getEntityMappings().stream()
                .noneMatch(m -> m.getEntity() == null || m.getEntity() == customer));
        assertEquals(2, order.getFields().size(), "the FK field CustomerId made for the relationship stays");
    }

    @Test
    void aNewRelationshipGetsForeignKeyFieldsNamedAfterTheOtherSide() {
        editor.execute(editor.addRelationship("Buyer", "Order", "Customer", RelationshipKind.MANY_TO_ONE, null, List.of(),
                null, null));
        Relationship buyer = editor.relationship("Buyer");
        EntityField fk = buyer.getFkFields().get(0);
        assertEquals("CustomerId", fk.getName());
        assertEquals(ModelType.INT32, fk.getType());
        assertEquals(RelationshipEnd.START, buyer.getFkSide());
    }

    @Test
    void aManyToManyRelationshipHasNoForeignKeyFieldsAndNeedsNoSide() {
        editor.execute(editor.addRelationship("Favourites", "Customer", "Order", RelationshipKind.MANY_TO_MANY, null, List.of(),
                "Orders", "Customers"));
        Relationship favourites = editor.relationship("Favourites");
        assertEquals(RelationshipKind.MANY_TO_MANY, favourites.getKind());
        assertTrue(favourites.getFkFields().isEmpty(), "its link table holds the keys");
        EditException sided = assertThrows(EditException.class, () -> editor.addRelationship("Other", "Customer", "Order",
                RelationshipKind.MANY_TO_MANY, RelationshipEnd.START, List.of(), null, null));
        assertTrue(sided.getMessage().contains("no foreign-key side"), sided.getMessage());
    }

    @Test
    void settingsParseTheirValues() {
        editor.execute(editor.setSetting("nonExcludableOrphanedElementDetectedAction", "markfordeletion"));
        editor.execute(editor.setSetting("naming.maxIdentifierLength", "30"));
        editor.execute(editor.setSetting("naming.tableNamePattern", "T_{Entity}"));
        editor.execute(editor.setSetting("naming.foreignKeyPattern", "FK_{Table}"));
        editor.execute(editor.setSetting("backupFolder", "backups/relsync"));
        assertEquals("T_{Entity}", fixture.project.getSettings().getNamingRules().getTableNamePattern());
        assertEquals("backups/relsync", fixture.project.getSettings().getBackupFolder());
        assertEquals(OrphanAction.MARK_FOR_DELETION, fixture.project.getSettings().getNonExcludableOrphanedElementDetectedAction());
        assertEquals("30", Settings.of(fixture.project).get("naming.maxIdentifierLength"));
    }

    static Stream<Arguments> badEdits() {
        return Stream.of(
                Arguments.of("unknown entity", (Function<ProjectEditor, Command>) e -> e.renameEntity("Nope", "X"), "no entity named 'Nope'"),
                Arguments.of("duplicate entity", (Function<ProjectEditor, Command>) e -> e.addEntity("Order"), "already exists"),
                Arguments.of("empty name", (Function<ProjectEditor, Command>) e -> e.addEntity(" "), "must not be empty"),
                Arguments.of("bad type", (Function<ProjectEditor, Command>) e -> e.addField("Customer.X", spec(ProjectEditor.modelType("Text"))), "unknown model type"),
                Arguments.of("length on an integer", (Function<ProjectEditor, Command>) e -> e.setField("Customer.Id",
                        new FieldSpec(null, 10, null, null, null, null, null, null, false, false, false)), "has no length"),
                Arguments.of("scale above precision", (Function<ProjectEditor, Command>) e -> e.addField("Customer.Price",
                        new FieldSpec(ModelType.DECIMAL, null, 4, 6, null, null, null, null, false, false, false)), "exceeds the precision"),
                Arguments.of("identity string", (Function<ProjectEditor, Command>) e -> e.setField("Customer.Name",
                        new FieldSpec(null, null, null, null, null, null, true, null, false, false, false)), "only integer fields"),
                Arguments.of("unknown field", (Function<ProjectEditor, Command>) e -> e.removeField("Customer.Nope"), "has no field named 'Nope'"),
                Arguments.of("wrong fk side", (Function<ProjectEditor, Command>) e -> e.addRelationship("R", "Order", "Customer",
                        RelationshipKind.MANY_TO_ONE, RelationshipEnd.END, List.of(), null, null), "foreign key on the start"),
                Arguments.of("unknown schema", (Function<ProjectEditor, Command>) e -> e.setSyncSource("main", "NOPE", SyncSource.MODEL), "no schema named 'NOPE'"),
                Arguments.of("unknown setting", (Function<ProjectEditor, Command>) e -> e.setSetting("colour", "red"), "unknown setting 'colour'"),
                Arguments.of("bad boolean", (Function<ProjectEditor, Command>) e -> e.setSetting("createBackupBeforeSync", "maybe"), "not true or false"),
                Arguments.of("bad enum", (Function<ProjectEditor, Command>) e -> e.setSetting("excludableOrphanedElementDetectedAction", "Delete"), "is not one of"),
                // hostile-input corpus (issue 9): names the command line cannot address, patterns that would rename everything alike
                Arguments.of("dot in an entity name", (Function<ProjectEditor, Command>) e -> e.addEntity("a.b"), "contains a dot"),
                Arguments.of("dot in a rename", (Function<ProjectEditor, Command>) e -> e.renameEntity("Order", "Sales.Order"), "contains a dot"),
                Arguments.of("dot in a typed view name", (Function<ProjectEditor, Command>) e -> e.addTypedView("v.w", List.of()), "contains a dot"),
                Arguments.of("line break in a field name", (Function<ProjectEditor, Command>) e -> e.addField("Customer.A\nB", spec(ModelType.INT32)), "control character"),
                Arguments.of("direction override in a name", (Function<ProjectEditor, Command>) e -> e.addEntity("Admin\u202Etxt"), "direction override"),
                Arguments.of("unknown placeholder", (Function<ProjectEditor, Command>) e -> e.setSetting("naming.tableNamePattern", "{Bogus}"), "'{Bogus}' in '{Bogus}' is no placeholder of this rule"),
                Arguments.of("placeholder of another rule", (Function<ProjectEditor, Command>) e -> e.setSetting("naming.primaryKeyPattern", "PK_{Entity}"), "no placeholder of this rule; it knows {Table}"),
                Arguments.of("pattern without its placeholder", (Function<ProjectEditor, Command>) e -> e.setSetting("naming.tableNamePattern", "TABLE"), "lacks {Entity}"),
                Arguments.of("unbalanced brace", (Function<ProjectEditor, Command>) e -> e.setSetting("naming.sequencePattern", "SEQ_{Table"), "no placeholder"),
                Arguments.of("absolute backup folder", (Function<ProjectEditor, Command>) e -> e.setSetting("backupFolder", "/etc/relsync"), "leads outside the project's folder"),
                Arguments.of("backup folder above the project", (Function<ProjectEditor, Command>) e -> e.setSetting("backupFolder", "../backups"), "leads outside the project's folder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEdits")
    void badInputIsRefusedWithAClearMessageAndChangesNothing(String name, Function<ProjectEditor, Command> edit, String message) {
        Project before = EcoreUtil.copy(fixture.project);
        EditException e = assertThrows(EditException.class, () -> editor.execute(edit.apply(editor)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(EcoreUtil.equals(before, fixture.project));
        assertNull(e.getCause());
    }

    /** What the workbench's Properties view calls: the dedicated commands' rules for one feature set. */
    @Test
    void settingAFeatureAsAPropertySheetDoesFollowsTheRulesOfTheDedicatedCommands() {
        var name = org.relsync.model.common.CommonPackage.Literals.NAMED_ELEMENT__NAME;
        EditException taken = assertThrows(EditException.class, () -> editor.set(customer, name, "Order"));
        assertTrue(taken.getMessage().contains("already exists"), taken.getMessage());
        editor.execute(editor.set(customer, name, "Client"));
        assertEquals("Client", customer.getName());

        if (fixture.project.getSettings() == null) {
            editor.execute(editor.setSetting("createBackupBeforeSync", "true"));
        }
        var settings = fixture.project.getSettings();
        var backupFolder = settings.eClass().getEStructuralFeature("backupFolder");
        EditException outside = assertThrows(EditException.class, () -> editor.set(settings, backupFolder, "/tmp/elsewhere"));
        assertTrue(outside.getMessage().contains("outside the project's folder"), outside.getMessage());
        editor.execute(editor.set(settings, backupFolder, "backups"));
        assertEquals("backups", settings.eGet(backupFolder));
        assertTrue(editor.undo());
        assertTrue(!"backups".equals(settings.eGet(backupFolder)), "undoable like every edit");
    }
}
