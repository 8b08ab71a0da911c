package org.relsync.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.diagram.tests.Models.column;
import static org.relsync.diagram.tests.Models.named;
import static org.relsync.diagram.tests.SceneChecks.edge;
import static org.relsync.diagram.tests.SceneChecks.edges;
import static org.relsync.diagram.tests.SceneChecks.node;
import static org.relsync.diagram.tests.SceneChecks.nodeById;
import static org.relsync.diagram.tests.SceneChecks.row;
import static org.relsync.diagram.tests.SceneChecks.wellFormed;

import org.junit.jupiter.api.Test;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.EdgeKind;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.SceneBuilder;
import org.relsync.diagram.scene.State;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.catalog.SnapshotCatalogSource;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.report.ChangeReport;

/** What the last sync's report adds to a scene: created, renamed and changed elements, lost mappings. */
class LastSyncTest {

    private final Project project = Models.project("LastSync");
    private final SnapshotCatalogSource catalogs = new SnapshotCatalogSource();

    private ChangeReport sync() {
        return SyncEngine.builder().catalogSource(catalogs).dialects(DialectRegistry.ansi()).build()
                .run(project, SyncOptions.defaults()).report();
    }

    private Scene scene(DiagramKind kind, ChangeReport report) {
        return wellFormed(SceneBuilder.build(project, DiagramScope.of(kind), report));
    }

    @Test
    void whatTheModelSyncCreatedAndRenamedIsAccentedUntilTheNextSync() {
        Database db = Models.database(project, "main");
        Models.schema(db, "APP", SyncSource.MODEL);
        Entity customer = Models.entity(project, "Customer", "Id Int32 key identity", "Name String(100)");

        ChangeReport created = sync();
        Scene tables = scene(DiagramKind.TABLES, created);
        Node table = node(tables, "Customer");
        assertTrue(table.state().has(State.CREATED), () -> table.state().toString());
        assertFalse(table.state().has(State.CHANGED), "its primary key, made with it, is part of making it");
        assertTrue(created.changes().stream().anyMatch(c -> c.elementKind().equals("PrimaryKey")), "the premise");
        assertTrue(row(table, "Name").state().has(State.CREATED));
        Scene mappings = scene(DiagramKind.MAPPINGS, created);
        String mappingId = DatabaseMappings.of(project, db).entityMapping(customer).orElseThrow().getId();
        assertTrue(edge(mappings, mappingId).state().has(State.CREATED), "the new entity → table mapping");
        assertFalse(scene(DiagramKind.TABLES, null).nodes().stream().anyMatch(n -> n.state().has(State.CREATED)),
                "without a report, no accent");

        customer.setName("Client");
        named(customer, "Name").setName("FullName");
        Models.field(customer, "Email String(200)");
        ChangeReport renamed = sync();
        Scene after = scene(DiagramKind.TABLES, renamed);
        Node client = node(after, "Client");
        assertEquals(table.id(), client.id(), "the same table, renamed");
        assertTrue(client.state().has(State.RENAMED), () -> client.state().toString());
        assertFalse(client.state().has(State.CREATED), "created by the sync before");
        assertFalse(row(client, "Id").state().has(State.CREATED));
        assertEquals(java.util.Set.of(State.RENAMED), row(client, "FullName").state().states());
        assertEquals(java.util.Set.of(State.CREATED), row(client, "Email").state().states(),
                "the report names it Customer.Email: made before its table was renamed");
    }

    @Test
    void anEntityWhoseTableVanishedShowsTheLostMappingAndSoDoesItsRelationship() {
        Database db = Models.database(project, "crm");
        Models.task(project, db);
        Schema live = Models.schema(db, "CRM", SyncSource.DATABASE);
        Table customers = Models.table(live, "CUSTOMERS", "ID INTEGER NOT NULL");
        Models.primaryKey(customers, "ID");
        Table legacyTable = Models.table(live, "LEGACY", "ID INTEGER NOT NULL", "CUSTOMER_ID INTEGER NOT NULL");
        ForeignKey key = Models.foreignKey(legacyTable, "CUSTOMER_ID", customers, "ID");
        Entity customer = Models.entity(project, "Customer", "Id Int32 key");
        Entity legacy = Models.entity(project, "Legacy", "Id Int32 key", "CustomerId Int32");
        var relationship = Models.relationship(project, "LegacyCustomer", RelationshipKind.MANY_TO_ONE, legacy, customer,
                RelationshipEnd.START, "Customer", "Legacies", named(legacy, "CustomerId"));
        DatabaseMappings m = DatabaseMappings.of(project, db);
        m.map(m.map(customer, customers), named(customer, "Id"), column(customers, "ID"));
        var em = m.map(legacy, legacyTable);
        m.map(em, named(legacy, "Id"), column(legacyTable, "ID"));
        m.map(em, named(legacy, "CustomerId"), column(legacyTable, "CUSTOMER_ID"));
        m.map(relationship, key);
        // the database now: CUSTOMERS only
        Database server = Models.database(Models.project("server"), "crm");
        Schema serverSchema = Models.schema(server, "CRM", SyncSource.DATABASE);
        Models.primaryKey(Models.table(serverSchema, "CUSTOMERS", "ID INTEGER NOT NULL"), "ID");
        catalogs.put("crm", server);

        ChangeReport report = sync();
        assertTrue(report.problems().stream().anyMatch(p -> p.code().equals("mapping.lost")), "the premise");

        Scene entities = scene(DiagramKind.ENTITIES, report);
        Node legacyNode = nodeById(entities, legacy.getId());
        assertTrue(legacyNode.state().has(State.LOST_MAPPING), () -> legacyNode.state().toString());
        assertTrue(legacyNode.state().has(State.UNMAPPED));
        assertTrue(legacyNode.state().has(State.ERROR), "validation: no table in a Database schema");
        assertFalse(nodeById(entities, customer.getId()).state().has(State.LOST_MAPPING));
        assertTrue(edge(entities, relationship.getId()).state().has(State.LOST_MAPPING), "its foreign key went with the table");
        assertFalse(scene(DiagramKind.ENTITIES, null).nodes().stream().anyMatch(n -> n.state().has(State.LOST_MAPPING)),
                "only the report knows what was lost");
        assertEquals(1, edges(scene(DiagramKind.MAPPINGS, report), EdgeKind.ENTITY_MAPPING).size(), "Customer's only");
    }
}
