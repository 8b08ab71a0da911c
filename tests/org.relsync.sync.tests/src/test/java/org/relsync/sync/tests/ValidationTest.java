package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.sync.tests.Fixture.column;
import static org.relsync.sync.tests.Fixture.field;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.Relationship;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.validation.Fix;
import org.relsync.sync.validation.Validation;
import org.relsync.sync.validation.Validation.Finding;

/** Validation on EMF's Diagnostician: errors and warnings with element paths and executable fixes. */
class ValidationTest {

    private final Fixture fixture = Fixture.project("Valid");

    private List<Finding> findings(String code) {
        return Validation.validate(fixture.project).stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void aCleanSyncedProjectHasNoProblems() {
        Entity customer = fixture.entity("Customer");
        field(customer, "Id", ModelType.INT32, "id");
        Fixture.schema(fixture.database("main", "ansi"), "APP", SyncSource.MODEL);
        SyncEngine.builder().build().run(fixture.project, SyncOptions.defaults());
        assertEquals(List.of(), Validation.validate(fixture.project));
    }

    @Test
    void aReferenceToAnElementNoLongerInTheProjectIsStillAnError() {
        Entity customer = fixture.entity("Customer");
        field(customer, "Id", ModelType.INT32, "id");
        org.relsync.model.relational.Schema app = Fixture.schema(fixture.database("main", "ansi"), "APP", SyncSource.MODEL);
        SyncEngine.builder().build().run(fixture.project, SyncOptions.defaults());
        app.getTables().remove(0); // behind every command's back: the mapping now points at nothing in the project

        String dangling = "emf." + org.eclipse.emf.ecore.util.EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED;
        assertTrue(findings(dangling).stream().anyMatch(f -> f.severity() == Severity.ERROR),
                () -> Validation.validate(fixture.project).toString());
    }

    @Test
    void aRelationshipWithTheWrongNumberOfKeyFieldsIsAnErrorWithAFix() {
        Entity customer = fixture.entity("Customer");
        field(customer, "Id", ModelType.INT32, "id");
        field(customer, "Region", ModelType.INT32, "id");
        Entity order = fixture.entity("Order");
        field(order, "Id", ModelType.INT32, "id");
        Relationship broken = fixture.manyToOne("Buyer", order, customer, field(order, "CustomerId", ModelType.INT32));

        Finding finding = findings("relationship.fkFields").get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("entity model/Buyer", finding.toProblem().path());
        assertEquals(broken, finding.element());

        ProjectEditor editor = new ProjectEditor(fixture.project);
        editor.execute(finding.fixes().get(0).commandFor(editor));
        assertTrue(findings("relationship.fkFields").isEmpty(), "the fix solves the problem");
    }

    @Test
    void badFieldTypesAndDuplicateNamesAreErrors() {
        Entity customer = fixture.entity("Customer");
        EntityField id = field(customer, "Id", ModelType.INT32, "id");
        id.setLength(5);
        field(customer, "Name", ModelType.STRING);
        field(customer, "Name", ModelType.STRING);
        field(fixture.entity("Customer"), "Note", ModelType.STRING);

        assertEquals(1, findings("field.type").size());
        assertEquals(1, findings("field.duplicate").size());
        assertEquals(1, findings("entity.duplicate").size());
        assertEquals(1, findings("entity.identity").size(), "the second Customer has no identifying field: a warning");
        assertEquals(Severity.WARNING, findings("entity.identity").get(0).severity());
    }

    @Test
    void anEntityWithoutTableInADatabaseSourcedDatabaseIsAnError() {
        Database db = fixture.database("crm", "ansi");
        Schema live = Fixture.schema(db, "CRM", SyncSource.DATABASE);
        Table t = Fixture.table(live, "CUSTOMER", "ID INTEGER NOT NULL");
        Entity customer = fixture.entity("Customer");
        EntityField id = field(customer, "Id", ModelType.INT32, "id");
        EntityField extra = field(customer, "Extra", ModelType.STRING);
        DatabaseMappings m = DatabaseMappings.of(fixture.project, db);
        m.map(m.map(customer, t), id, column(t, "ID"));
        Entity lost = fixture.entity("Lost");
        field(lost, "Id", ModelType.INT32, "id");

        List<Finding> missing = findings("mapping.missing");
        assertEquals(2, missing.size(), missing.toString());
        assertTrue(missing.stream().allMatch(f -> f.severity() == Severity.ERROR));
        assertTrue(missing.stream().anyMatch(f -> f.element() == lost));
        assertTrue(missing.stream().anyMatch(f -> f.element() == extra));
    }

    @Test
    void orphanWarningsOfferMarkingOnlyWhereTheSpecAllowsIt() {
        Database db = fixture.database("main", "ansi");
        Table inModel = Fixture.table(Fixture.schema(db, "APP", SyncSource.MODEL), "A", "ID INTEGER");
        Table inMixed = Fixture.table(Fixture.schema(db, "MIX", SyncSource.MIXED), "B", "ID INTEGER");
        Table inDatabase = Fixture.table(Fixture.schema(db, "LIVE", SyncSource.DATABASE), "C", "ID INTEGER");
        DatabaseMappings.of(fixture.project, db); // the database has been synced once

        List<Finding> orphans = findings("orphan.table");
        assertEquals(3, orphans.size());
        for (Finding f : orphans) {
            boolean offersMark = f.fixes().stream().map(Fix::label).anyMatch(l -> l.contains("mark"));
            assertEquals(f.element() != inDatabase, offersMark, f.toProblem().toString());
        }
        Finding model = orphans.stream().filter(f -> f.element() == inModel).findFirst().orElseThrow();
        ProjectEditor editor = new ProjectEditor(fixture.project);
        editor.execute(model.fixes().get(0).commandFor(editor));
        assertTrue(inModel.isMarkedForDeletion());
        assertFalse(inMixed.isMarkedForDeletion());
    }
}
