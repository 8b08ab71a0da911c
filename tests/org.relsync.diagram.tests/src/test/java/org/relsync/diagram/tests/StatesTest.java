package org.relsync.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.diagram.tests.Models.column;
import static org.relsync.diagram.tests.Models.named;
import static org.relsync.diagram.tests.SceneChecks.edge;
import static org.relsync.diagram.tests.SceneChecks.node;
import static org.relsync.diagram.tests.SceneChecks.nodeById;
import static org.relsync.diagram.tests.SceneChecks.row;
import static org.relsync.diagram.tests.SceneChecks.wellFormed;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.relsync.diagram.scene.ColumnDetail;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Highlight;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.SceneBuilder;
import org.relsync.diagram.scene.State;
import org.relsync.diagram.scene.SyncState;
import org.relsync.model.entity.Entity;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.project.OrphanAction;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.report.Problem.Severity;
import org.relsync.sync.validation.Validation;

/**
 * DIAGRAM-SPEC section 2 on a project built in code: marks, orphans with their kind and action,
 * unmapped entities and fields, validation problems, and the filters that fade what they do not ask for.
 */
class StatesTest {

    private final Project project = Models.project("States");
    private final Database db = Models.database(project, "main");
    private final Schema app = Models.schema(db, "APP", SyncSource.MODEL);
    private final Schema legacy = Models.schema(db, "LEGACY", SyncSource.DATABASE);
    private final Entity customer = Models.entity(project, "Customer", "Id Int32 key", "Name String(100)", "Email String(200)");
    private final Table customers = Models.table(app, "Customer", "Id INTEGER NOT NULL", "Name VARCHAR(100) NOT NULL",
            "Extra VARCHAR(10)", "Gone INTEGER");
    /** Unmapped, in a Model schema: an excludable orphan the next sync marks. */
    private final Table orphan = Models.table(app, "Orphan", "Id INTEGER NOT NULL");
    /** Unmapped and already marked. */
    private final Table dropped = Models.table(app, "Dropped", "Id INTEGER NOT NULL");
    /** Unmapped, in a Database schema: never marked, a warning. */
    private final Table old = Models.table(legacy, "Old", "Id INTEGER NOT NULL");
    /** Nothing backs it: a non-excludable orphan. */
    private final ForeignKey extraKey;

    StatesTest() {
        Models.primaryKey(customers, "Id");
        Models.primaryKey(orphan, "Id");
        extraKey = Models.foreignKey(customers, "Extra", orphan, "Id");
        DatabaseMappings mappings = DatabaseMappings.of(project, db);
        EntityMapping em = mappings.map(customer, customers);
        mappings.map(em, named(customer, "Id"), column(customers, "Id"));
        mappings.map(em, named(customer, "Name"), column(customers, "Name"));
        mappings.map(em, named(customer, "Email"), column(customers, "Gone"));
        dropped.setMarkedForDeletion(true);
        column(customers, "Gone").setMarkedForDeletion(true);
    }

    private Scene tables() {
        return wellFormed(SceneBuilder.build(project, DiagramScope.of(DiagramKind.TABLES), null));
    }

    private static DiagramScope only(DiagramKind kind, Highlight... highlights) {
        return new DiagramScope(kind, null, List.of(), List.of(), 0, ColumnDetail.ALL, Set.of(highlights));
    }

    /** How many findings validation, the one judge of problems, has on the element. */
    private long findings(EObject element, Severity severity) {
        return Validation.validate(project).stream().filter(f -> f.element() == element && f.severity() == severity).count();
    }

    @Test
    void markedElementsShowTheirMark() {
        Scene scene = tables();

        SyncState dropped = node(scene, "Dropped").state();
        assertTrue(dropped.has(State.MARKED));
        assertTrue(dropped.messages().contains("will be dropped"), () -> dropped.messages().toString());
        assertTrue(row(node(scene, "Customer"), "Gone").state().has(State.MARKED));
        assertFalse(node(scene, "Customer").state().has(State.MARKED));
        assertFalse(row(node(scene, "Customer"), "Name").state().has(State.MARKED));
        assertFalse(edge(scene, extraKey.getId()).state().has(State.MARKED));

        extraKey.setMarkedForDeletion(true);
        assertTrue(edge(tables(), extraKey.getId()).state().has(State.MARKED), "a marked foreign key's line");
    }

    @Test
    void orphansCarryTheirKindAndTheActionTheSettingsGiveInTheirSchema() {
        Scene scene = tables();

        SyncState orphanTable = node(scene, "Orphan").state();
        assertTrue(orphanTable.has(State.ORPHAN));
        assertEquals("excludable", orphanTable.orphanKind());
        assertEquals("mark", orphanTable.orphanAction(), "MarkForDeletion, the default, in a Model schema");
        SyncState oldTable = node(scene, "Old").state();
        assertEquals("excludable", oldTable.orphanKind());
        assertEquals("warning", oldTable.orphanAction(), "a Database schema never marks: MarkForDeletion becomes a warning");
        SyncState extra = row(node(scene, "Customer"), "Extra").state();
        assertTrue(extra.has(State.ORPHAN));
        assertEquals("non-excludable", extra.orphanKind());
        assertEquals("warning", extra.orphanAction());
        SyncState key = edge(scene, extraKey.getId()).state();
        assertTrue(key.has(State.ORPHAN), "an orphan foreign key's line");
        assertEquals("non-excludable", key.orphanKind());
        assertTrue(node(scene, "Dropped").state().has(State.ORPHAN), "marked, and still nothing backs it");
        assertFalse(node(scene, "Customer").state().has(State.ORPHAN));
        assertFalse(row(node(scene, "Customer"), "Name").state().has(State.ORPHAN));
    }

    @Test
    void aPartWithoutAShapeOfItsOwnGivesItsOrphanWarningToItsTable() {
        org.relsync.model.relational.UniqueConstraint uc = org.relsync.model.relational.RelationalFactory.eINSTANCE
                .createUniqueConstraint();
        uc.setName("UC_Customer_Name");
        uc.getFields().add(column(customers, "Name"));
        customers.getUniqueConstraints().add(uc);
        Scene scene = tables();

        Node table = node(scene, "Customer");
        assertFalse(table.state().has(State.ORPHAN), "the table itself is mapped");
        assertTrue(table.state().messages().stream().anyMatch(m -> m.startsWith("unique constraint UC_Customer_Name: orphan")),
                () -> table.state().messages().toString());
        assertEquals(1, findings(uc, Severity.WARNING), "the premise: validation warns about the constraint");
        assertEquals(findings(customers, Severity.WARNING) + 1, table.state().warnings(), "counted on its table");
        assertTrue(table.state().has(State.WARNING));
        assertTrue(row(table, "Name").markers().contains(org.relsync.diagram.scene.Marker.UNIQUE));
        assertFalse(row(table, "Name").state().has(State.ORPHAN), "the column is mapped");
    }

    @Test
    void aMappingDiagramShowsTheOrphansOnItsTableSideWithoutAMappingEdge() {
        Scene scene = wellFormed(SceneBuilder.build(project, DiagramScope.of(DiagramKind.MAPPINGS), null));

        Node orphanNode = nodeById(scene, orphan.getId());
        assertTrue(orphanNode.state().has(State.ORPHAN));
        assertEquals("mark", orphanNode.state().orphanAction());
        assertTrue(scene.edges().stream().noneMatch(e -> e.target().node().equals(orphan.getId())));
        assertTrue(row(nodeById(scene, customers.getId()), "Extra").state().has(State.ORPHAN));
        assertEquals(1, SceneChecks.edges(scene, org.relsync.diagram.scene.EdgeKind.ENTITY_MAPPING).size());
    }

    @Test
    void theOrphanActionFollowsTheSettings() {
        project.getSettings().setNonExcludableOrphanedElementDetectedAction(OrphanAction.DO_NOTHING);
        project.getSettings().setExcludableOrphanedElementDetectedAction(OrphanAction.RAISE_WARNING);
        Scene scene = tables();

        SyncState extra = row(node(scene, "Customer"), "Extra").state();
        assertTrue(extra.has(State.ORPHAN), "still nothing backs it");
        assertEquals("none", extra.orphanAction());
        assertFalse(extra.has(State.WARNING), "DoNothing: validation raises no warning");
        assertEquals("warning", node(scene, "Orphan").state().orphanAction());
    }

    @Test
    void warningsAndErrorsAreCountedAsValidationFindsThem() {
        Entity empty = Models.entity(project, "Empty");
        Scene tables = tables();
        Scene entities = wellFormed(SceneBuilder.build(project, DiagramScope.of(DiagramKind.ENTITIES), null));

        for (Table table : List.of(orphan, old, customers)) {
            Node node = nodeById(tables, table.getId());
            assertEquals(findings(table, Severity.WARNING), node.state().warnings(), table.getName());
            assertEquals(findings(table, Severity.WARNING) > 0, node.state().has(State.WARNING), table.getName());
        }
        assertEquals(1, findings(orphan, Severity.WARNING), "the orphan the next sync marks is reported until then");
        Node emptyNode = node(entities, "Empty");
        assertEquals(1, emptyNode.state().errors());
        assertTrue(emptyNode.state().has(State.ERROR));
        assertTrue(emptyNode.state().messages().stream().anyMatch(m -> m.startsWith("error: ") && m.contains("no fields")),
                () -> emptyNode.state().messages().toString());
        assertEquals(0, node(entities, "Customer").state().errors());
        assertTrue(emptyNode.state().has(State.UNMAPPED), "and no table maps it");
    }

    @Test
    void unmappedEntitiesAndFieldsShowInTheEntityAndTheMappingDiagrams() {
        Models.entity(project, "Invoice", "Id Int32 key");
        Models.field(customer, "Phone String(20)");
        for (DiagramKind kind : List.of(DiagramKind.ENTITIES, DiagramKind.MAPPINGS)) {
            Scene scene = wellFormed(SceneBuilder.build(project, DiagramScope.of(kind), null));
            Node invoice = nodeById(scene, project.getEntityModel().getEntities().get(1).getId());
            assertTrue(invoice.state().has(State.UNMAPPED), kind.name());
            Node customerNode = nodeById(scene, customer.getId());
            assertFalse(customerNode.state().has(State.UNMAPPED), kind.name());
            assertTrue(row(customerNode, "Phone").state().has(State.UNMAPPED), kind.name());
            assertFalse(row(customerNode, "Name").state().has(State.UNMAPPED), kind.name());
        }
    }

    @Test
    void aFilterFadesWhatItDoesNotAskForAndHidesNothing() {
        Scene all = tables();
        Scene marked = wellFormed(SceneBuilder.build(project, only(DiagramKind.TABLES, Highlight.MARKED), null));

        assertEquals(all.nodes().stream().map(Node::id).toList(), marked.nodes().stream().map(Node::id).toList(),
                "nothing hidden");
        assertFalse(node(marked, "Dropped").state().has(State.FADED));
        assertFalse(node(marked, "Customer").state().has(State.FADED), "its column Gone is marked");
        assertTrue(node(marked, "Orphan").state().has(State.FADED));
        assertTrue(node(marked, "Old").state().has(State.FADED));
        assertTrue(edge(marked, extraKey.getId()).state().has(State.FADED), "an orphan key, not marked");
        assertTrue(node(marked, "Orphan").state().has(State.ORPHAN), "a faded element keeps its own states");

        Scene orphans = wellFormed(SceneBuilder.build(project, only(DiagramKind.TABLES, Highlight.ORPHANS), null));
        assertFalse(node(orphans, "Old").state().has(State.FADED));
        assertFalse(edge(orphans, extraKey.getId()).state().has(State.FADED));
        assertFalse(all.nodes().stream().anyMatch(n -> n.state().has(State.FADED)), "no filter, nothing faded");

        Models.entity(project, "Invoice", "Id Int32 key");
        Scene problems = wellFormed(SceneBuilder.build(project, only(DiagramKind.ENTITIES, Highlight.PROBLEMS), null));
        assertFalse(node(problems, "Invoice").state().has(State.FADED), "unmapped");
        assertTrue(node(problems, "Customer").state().has(State.FADED), () -> "mapped, valid: " + node(problems, "Customer"));
    }
}
