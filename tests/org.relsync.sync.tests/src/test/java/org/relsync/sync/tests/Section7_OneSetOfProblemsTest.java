package org.relsync.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.sync.tests.Fixture.field;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.ModelType;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.Problem;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.report.ReportWriter;
import org.relsync.sync.validation.Validation;
import org.relsync.sync.validation.Validation.Finding;

/**
 * SYNC-SPEC section 7 (issue 10, items 3 and 4): one source of truth for problems. A sync's report
 * ends with the project's validation, so {@code sync} and {@code validate} show the same problems;
 * orphans are judged as the run leaves the model; an entity without fields is an error.
 */
class Section7_OneSetOfProblemsTest extends Scenario {

    private final Database db = fixture.database("crm", "ansi");
    private final Schema live = Fixture.schema(db, "CRM", SyncSource.DATABASE);

    /** The database as it is now: what the catalog source serves. */
    private final Database server = Fixture.newDatabase("crm", "ansi");
    private final Schema serverSchema = Fixture.schema(server, "CRM", SyncSource.DATABASE);

    {
        fixture.databaseTask(db);
        catalogs.put("crm", server);
    }

    private Table serverCustomers() {
        Table t = Fixture.table(serverSchema, "CUSTOMERS", "ID INTEGER NOT NULL", "NAME VARCHAR(100) NOT NULL");
        Fixture.primaryKey(t, "PK_CUSTOMERS", "ID");
        return t;
    }

    private Entity customers() {
        Entity customers = fixture.entity("Customers");
        field(customers, "Id", ModelType.INT32, "id");
        field(customers, "Name", ModelType.STRING, "len=100");
        return customers;
    }

    /** What validation finds now, as reports show it. */
    private Set<Problem> validation() {
        Set<Problem> problems = new HashSet<>();
        for (Finding f : Validation.validate(project(), dialects)) {
            problems.add(f.toProblem());
        }
        return problems;
    }

    @Test
    void afterAMappingIsLostEverySyncReportsTheErrorThatValidateReports() {
        Table table = serverCustomers();
        customers();
        sync();
        serverSchema.getTables().remove(table);

        ChangeReport losing = sync();
        assertEquals(1, problems(losing, "mapping.lost").size(), () -> ReportWriter.text(losing));
        assertTrue(problems(losing, "mapping.missing").isEmpty(), "the run's own 'lost' stands for validation's 'missing'");

        ChangeReport next = sync();
        assertEquals(List.of(), next.changes());
        List<Problem> missing = problems(next, "mapping.missing");
        assertEquals(1, missing.size(), () -> ReportWriter.text(next));
        assertEquals(Severity.ERROR, missing.get(0).severity());
        assertEquals("entity model/Customers", missing.get(0).path());
        assertTrue(next.count(Severity.ERROR) > 0, "the sync after the loss must exit 1 like validate");
        assertEquals(validation(), new HashSet<>(next.problems()));
    }

    @Test
    void orphanedForeignKeysAreReportedBySyncAndValidateWithTheSameFixes() {
        Table customers = serverCustomers();
        Table orders = Fixture.table(serverSchema, "ORDERS", "ID INTEGER NOT NULL", "CUSTOMER_ID INTEGER NOT NULL");
        Fixture.primaryKey(orders, "PK_ORDERS", "ID");
        Fixture.foreignKey(orders, "FK_ORDERS_CUSTOMERS", "CUSTOMER_ID", customers, "ID");
        customers();
        Entity order = fixture.entity("Orders");
        field(order, "Id", ModelType.INT32, "id");
        field(order, "CustomerId", ModelType.INT32);

        ChangeReport report = sync();
        List<Problem> orphans = problems(report, "orphan.foreignKey");
        assertEquals(1, orphans.size(), () -> ReportWriter.text(report));
        assertEquals("crm/DB/CRM/ORDERS.FK_ORDERS_CUSTOMERS", orphans.get(0).path());
        assertEquals(List.of("add a relationship for it"), orphans.get(0).fixes());
        assertEquals(validation(), new HashSet<>(report.problems()),
                "sync and validate show the same problems, messages and fixes");
    }

    @Test
    void whatTheRunAutoMapsIsNoOrphan() {
        serverCustomers();
        Entity customers = customers();

        ChangeReport first = sync();
        assertChange(first, ChangeKind.CREATED, "EntityMapping", "Customers");
        assertEquals(List.of(), first.problems(), () -> "mapped in this run, so no orphan:\n" + ReportWriter.text(first));

        Table table = Fixture.table(server, "CRM", "CUSTOMERS");
        Fixture.table(serverSchema, "X", "ID INTEGER"); // an unmapped table stays an orphan
        table.getFields().add(org.relsync.model.relational.RelationalFactory.eINSTANCE.createTableField());
        table.getFields().get(2).setName("EMAIL");
        table.getFields().get(2).setDataType("VARCHAR");
        table.getFields().get(2).setLength(200);
        table.getFields().get(2).setNullable(true);
        field(customers, "Email", ModelType.STRING, "len=200", "optional");

        ChangeReport second = sync();
        assertChange(second, ChangeKind.CREATED, "FieldMapping", "Customers.Email");
        assertTrue(problems(second, "orphan.field").isEmpty(), () -> "EMAIL was auto-mapped in this run:\n"
                + ReportWriter.text(second));
        assertEquals(List.of("crm/DB/CRM/X"), problems(second, "orphan.table").stream().map(Problem::path).toList());
        assertEquals(validation(), new HashSet<>(second.problems()));
    }

    @Test
    void aRunReportsTheProblemsOfTheModelItLeavesNotOfTheOneItFound() {
        // the engine validates the model it found on a second core while it reads and merges, and may keep
        // that result only for a run that changed nothing: here the second run changes nothing, the third
        // removes the orphan the model started with
        serverCustomers();
        customers();
        Table x = Fixture.table(serverSchema, "X", "ID INTEGER");
        sync();
        ChangeReport unchanged = sync();
        assertEquals(List.of(), unchanged.changes());
        assertEquals(List.of("crm/DB/CRM/X"), problems(unchanged, "orphan.table").stream().map(Problem::path).toList());
        assertEquals(validation(), new HashSet<>(unchanged.problems()));

        serverSchema.getTables().remove(x);
        ChangeReport removing = sync();
        assertFalse(removing.changes().isEmpty(), () -> ReportWriter.text(removing));
        assertEquals(List.of(), problems(removing, "orphan.table"), () -> ReportWriter.text(removing));
        assertEquals(validation(), new HashSet<>(removing.problems()));
    }

    @Test
    void aCancelledRunStopsAndLeavesTheModelAsItWas() {
        serverCustomers();
        customers();
        org.eclipse.emf.ecore.EObject before = org.eclipse.emf.ecore.util.EcoreUtil.copy(project());
        org.eclipse.emf.common.util.BasicMonitor cancelled = new org.eclipse.emf.common.util.BasicMonitor();
        cancelled.setCanceled(true); // the workbench's Cancel, pressed while the database was read
        org.junit.jupiter.api.Assertions.assertThrows(org.relsync.sync.SyncCancelledException.class,
                () -> engine().run(project(), org.relsync.sync.SyncOptions.builder().monitor(cancelled).build()));
        assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(before, project()), "all or nothing: nothing merged, nothing mapped");
        assertTrue(sync().hasChanges(), "the next run, not cancelled, does the work");
    }

    @Test
    void anEntityWithoutFieldsIsAnErrorOfSyncAndValidateWithTheFixToRemoveIt() {
        Fixture.schema(db, "APP", SyncSource.MODEL);
        fixture.entity("Empty");

        ChangeReport report = sync();
        List<Problem> errors = problems(report, "entity.fields");
        assertEquals(1, errors.size(), () -> ReportWriter.text(report));
        assertEquals(Severity.ERROR, errors.get(0).severity());
        assertEquals(List.of("remove the entity"), errors.get(0).fixes());
        assertTrue(ReportWriter.summary(report).endsWith("1 error."), ReportWriter.summary(report));
        assertEquals(validation(), new HashSet<>(report.problems()));

        Finding finding = Validation.validate(project(), dialects).stream().filter(f -> f.code().equals("entity.fields"))
                .findFirst().orElseThrow();
        ProjectEditor editor = new ProjectEditor(project());
        editor.execute(finding.fixes().get(0).commandFor(editor));
        assertFalse(project().getEntityModel().getEntities().stream().anyMatch(e -> e.getName().equals("Empty")));
        assertTrue(problems(sync(), "entity.fields").isEmpty());
    }

    @Test
    void aRelationshipWhoseKeyCannotBeMadeIsOneErrorThatSyncAndValidateBothReport() {
        Fixture.schema(db, "APP", SyncSource.MODEL);
        Entity customer = fixture.entity("Customer");
        field(customer, "Id", ModelType.INT32, "id");
        Entity order = fixture.entity("Order");
        field(order, "Id", ModelType.INT32, "id");
        fixture.manyToOne("Broken", order, customer, field(order, "A", ModelType.INT32), field(order, "B", ModelType.INT32));
        Entity tag = fixture.entity("Tag");
        field(tag, "Label", ModelType.STRING, "len=20"); // no identifying field: no link table can be made
        fixture.manyToMany("OrderTags", order, tag);

        ChangeReport report = sync();
        List<Problem> broken = report.problems().stream().filter(p -> p.path().equals("entity model/Broken")).toList();
        assertEquals(1, broken.size(), () -> "one error for one problem:\n" + ReportWriter.text(report));
        assertEquals(1, problems(report, "relationship.linkTable").size(), () -> ReportWriter.text(report));
        Set<String> validated = new HashSet<>();
        for (Problem p : validation()) {
            validated.add(p.severity() + " " + p.path());
        }
        Set<String> reported = new HashSet<>();
        for (Problem p : report.problems()) {
            reported.add(p.severity() + " " + p.path());
        }
        assertEquals(validated, reported, "the same problems, element by element");
    }

    @Test
    void aDryRunReportsTheProblemsOfTheModelItWouldLeave() {
        serverCustomers();
        customers();
        Fixture.table(serverSchema, "X", "ID INTEGER");

        ChangeReport dry = sync(org.relsync.sync.SyncOptions.builder().dryRun(true).build());
        assertEquals(List.of("crm/DB/CRM/X"), problems(dry, "orphan.table").stream().map(Problem::path).toList(),
                () -> ReportWriter.text(dry));
        assertTrue(live.getTables().isEmpty(), "a dry run puts the model back");
        sync();
    }
}
