package org.relsync.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.diagram.tests.SceneChecks.edge;
import static org.relsync.diagram.tests.SceneChecks.edges;
import static org.relsync.diagram.tests.SceneChecks.node;
import static org.relsync.diagram.tests.SceneChecks.row;
import static org.relsync.diagram.tests.SceneChecks.wellFormed;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relsync.diagram.scene.ColumnDetail;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Edge;
import org.relsync.diagram.scene.EdgeKind;
import org.relsync.diagram.scene.Group;
import org.relsync.diagram.scene.Marker;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.NodeKind;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.SceneBuilder;
import org.relsync.diagram.scene.State;
import org.relsync.model.mapping.DatabaseMapping;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.project.Project;

/** The three kinds of diagram (DIAGRAM-SPEC section 1) of the repository's sample project, examples/shop. */
class ShopScenesTest {

    private final Project shop = Models.shop();

    private static DiagramScope scope(DiagramKind kind, ColumnDetail columns) {
        return new DiagramScope(kind, null, List.of(), List.of(), 0, columns, Set.of());
    }

    @Test
    void entities_fieldsAreTypedByModelTypeWithTheirMarkers() {
        Scene scene = wellFormed(SceneBuilder.build(shop, DiagramScope.of(DiagramKind.ENTITIES), null));

        assertEquals(List.of("Customer", "Product", "Order", "OrderLine", "CustomerTotal"),
                scene.nodes().stream().map(Node::name).toList(), "model order: entities, then typed views");
        assertEquals(NodeKind.TYPED_VIEW, node(scene, "CustomerTotal").kind(), "drawn read-only");
        Node customer = node(scene, "Customer");
        assertEquals("customer", customer.id());
        assertEquals("Int32", row(customer, "Id").type());
        assertEquals(Set.of(Marker.KEY, Marker.IDENTITY), row(customer, "Id").markers());
        assertEquals("String(100)", row(customer, "Name").type());
        assertEquals(Set.of(Marker.UNIQUE), row(customer, "Email").markers());
        assertEquals("Decimal(10,2)", row(node(scene, "Product"), "Price").type());
        Node order = node(scene, "Order");
        assertEquals(Set.of(Marker.FOREIGN_KEY), row(order, "CustomerId").markers());
        assertEquals(Set.of(Marker.OPTIONAL), row(order, "Note").markers());
        assertEquals(Set.of(Marker.KEY, Marker.FOREIGN_KEY), row(node(scene, "OrderLine"), "OrderId").markers());
    }

    @Test
    void entities_relationshipsHaveCardinalitiesAtBothEndsAndNavigatorsAsLabels() {
        Scene scene = wellFormed(SceneBuilder.build(shop, DiagramScope.of(DiagramKind.ENTITIES), null));

        assertEquals(3, edges(scene, EdgeKind.RELATIONSHIP).size());
        // many-to-one Order -> Customer, the key on Order.CustomerId
        Edge orderCustomer = edge(scene, "rel.order.customer");
        assertEquals("OrderCustomer", orderCustomer.label());
        assertEquals("order", orderCustomer.source().node());
        assertEquals("order.customerId", orderCustomer.source().row(), "starts at the foreign-key field");
        assertEquals("*", orderCustomer.source().cardinality());
        assertEquals("Orders", orderCustomer.source().label(), "Customer.Orders leads to the Order end");
        assertEquals("customer", orderCustomer.target().node());
        assertNull(orderCustomer.target().row());
        assertEquals("1", orderCustomer.target().cardinality());
        assertEquals("Customer", orderCustomer.target().label(), "Order.Customer leads to the Customer end");
        // one-to-many Order -> OrderLine, the key on the end
        Edge lines = edge(scene, "rel.order.lines");
        assertEquals("1", lines.source().cardinality());
        assertNull(lines.source().row());
        assertEquals("*", lines.target().cardinality());
        assertEquals("orderLine.orderId", lines.target().row());
        assertEquals("Lines", lines.target().label());
    }

    @Test
    void tables_aGroupPerSchemaLabelledWithItsSyncSourceAndForeignKeysFromTheirRow() {
        Scene scene = wellFormed(SceneBuilder.build(shop, DiagramScope.of(DiagramKind.TABLES), null));

        assertEquals(List.of(new Group("main.public", "PUBLIC", "Model", scene.groups().get(0).state()),
                new Group("main.reporting", "REPORTING", "Database", scene.groups().get(1).state())), scene.groups());
        assertEquals("main.reporting", node(scene, "CUSTOMER_TOTALS").group());
        assertEquals(NodeKind.VIEW, node(scene, "CUSTOMER_TOTALS").kind());
        assertEquals("VARCHAR(100)", row(node(scene, "Customer"), "Name").type());
        assertEquals(Set.of(Marker.KEY, Marker.FOREIGN_KEY), row(node(scene, "OrderLine"), "OrderId").markers());
        assertEquals(Set.of(Marker.OPTIONAL), row(node(scene, "Order"), "Note").markers());

        List<Edge> keys = edges(scene, EdgeKind.FOREIGN_KEY);
        assertEquals(List.of("t.order.fk.customer", "t.orderLine.fk.order", "t.orderLine.fk.product"),
                keys.stream().map(Edge::id).toList());
        Edge toProduct = edge(scene, "t.orderLine.fk.product");
        assertEquals("t.orderLine", toProduct.source().node());
        assertEquals("t.orderLine.productId", toProduct.source().row());
        assertEquals("t.product", toProduct.target().node());
        assertNull(toProduct.target().row(), "to the referenced table");
        assertEquals("FK_OrderLine_Product", toProduct.label());
    }

    @Test
    void tables_aTypedViewStandsForTheViewItIsMappedOnto() {
        Scene scene = wellFormed(SceneBuilder.build(shop,
                new DiagramScope(DiagramKind.TABLES, "main", List.of(), List.of("CustomerTotal", "Product"), 1, null, Set.of()),
                null));
        assertEquals(List.of("Product", "OrderLine", "CUSTOMER_TOTALS"), scene.nodes().stream().map(Node::name).toList(),
                "Product with OrderLine, which references it; the view has no foreign keys");
        assertEquals(List.of("PUBLIC", "REPORTING"), scene.groups().stream().map(Group::label).toList());
    }

    @Test
    void mappings_everyMappedEntityHasItsMappingEdgeAndInDetailEveryFieldItsColumn() {
        Scene scene = wellFormed(SceneBuilder.build(shop, DiagramScope.of(DiagramKind.MAPPINGS), null));
        DatabaseMapping mappings = shop.getMappings().get(0);

        assertEquals(List.of("model", "main"), scene.groups().stream().map(Group::id).toList(), "two sides");
        for (EntityMapping em : mappings.getEntityMappings()) {
            Edge e = edge(scene, em.getId());
            assertEquals(EdgeKind.ENTITY_MAPPING, e.kind());
            assertEquals(em.getEntity().getId(), e.source().node());
            assertEquals(em.getTarget().getId(), e.target().node());
            for (FieldMapping fm : em.getFieldMappings()) {
                Edge f = edge(scene, fm.getId());
                assertEquals(EdgeKind.FIELD_MAPPING, f.kind());
                assertEquals(fm.getField().getId(), f.source().row());
                assertEquals(fm.getTarget().getId(), f.target().row());
            }
        }
        assertEquals("v.customerTotals", edge(scene, "map.customerTotals").target().node(), "typed view onto its view");
        Edge orderLines = edge(scene, "map.rel.order.lines");
        assertEquals(EdgeKind.RELATIONSHIP_MAPPING, orderLines.kind());
        assertEquals("orderLine", orderLines.source().node(), "from the entity on the foreign-key side");
        assertEquals("t.orderLine", orderLines.target().node());
        assertEquals("t.orderLine.orderId", orderLines.target().row());
        assertEquals(3, edges(scene, EdgeKind.RELATIONSHIP_MAPPING).size());
        for (Node n : scene.nodes()) {
            assertEquals(n.kind() == NodeKind.ENTITY || n.kind() == NodeKind.TYPED_VIEW ? "model" : "main", n.group());
        }
    }

    @Test
    void mappings_withKeysOnlyThereAreNoFieldEdgesAndTheHiddenRowsAreCounted() {
        Scene scene = wellFormed(SceneBuilder.build(shop, scope(DiagramKind.MAPPINGS, ColumnDetail.KEYS), null));

        assertTrue(edges(scene, EdgeKind.FIELD_MAPPING).isEmpty(), "field → column only in detail mode");
        assertEquals(5, edges(scene, EdgeKind.ENTITY_MAPPING).size());
        Node order = SceneChecks.nodeById(scene, "order");
        assertEquals(List.of("Id", "CustomerId"), order.rows().stream().map(r -> r.name()).toList());
        assertEquals(2, order.hiddenRows());
        Node orderTable = SceneChecks.nodeById(scene, "t.order");
        assertEquals(List.of("Id", "CustomerId"), orderTable.rows().stream().map(r -> r.name()).toList());
        assertEquals(2, orderTable.hiddenRows());
    }

    @ParameterizedTest
    @EnumSource(ColumnDetail.class)
    void rowsHiddenByTheColumnDetailAreNeverNamedByAnEdge(ColumnDetail detail) {
        for (DiagramKind kind : DiagramKind.values()) {
            Scene scene = wellFormed(SceneBuilder.build(shop, scope(kind, detail), null));
            int rows = scene.nodes().stream().mapToInt(n -> n.rows().size() + n.hiddenRows()).sum();
            assertTrue(rows > 0, kind + ": the shop has fields and columns");
            if (detail == ColumnDetail.NONE) {
                assertTrue(scene.nodes().stream().allMatch(n -> n.rows().isEmpty()), kind + ": header-only nodes");
                assertTrue(scene.edges().stream().allMatch(e -> e.source().row() == null && e.target().row() == null));
            }
        }
    }

    @Test
    void statesAndMarkersIterateInEnumOrderWhateverTheJvm() {
        Scene scene = SceneBuilder.build(shop, DiagramScope.of(DiagramKind.ENTITIES), null);
        // Set.copyOf would iterate these in an order salted per JVM run: an export could differ between runs
        assertEquals(List.of(Marker.KEY, Marker.IDENTITY), List.copyOf(row(node(scene, "Customer"), "Id").markers()));
        assertEquals(List.of(Marker.KEY, Marker.FOREIGN_KEY), List.copyOf(row(node(scene, "OrderLine"), "OrderId").markers()));
        var state = new org.relsync.diagram.scene.SyncState(Set.of(State.FADED, State.CHANGED, State.MARKED, State.ORPHAN),
                null, null, 0, 0, List.of());
        assertEquals(List.of(State.MARKED, State.ORPHAN, State.CHANGED, State.FADED), List.copyOf(state.states()));
    }

    @Test
    void theSameProjectAndScopeGiveAnEqualScene() {
        for (DiagramKind kind : DiagramKind.values()) {
            Scene first = SceneBuilder.build(Models.shop(), DiagramScope.of(kind), null);
            Scene second = SceneBuilder.build(Models.shop(), DiagramScope.of(kind), null);
            assertEquals(first, second, kind.name());
            assertEquals(first.toString(), second.toString(), kind + ": the same order too");
            assertFalse(first.nodes().isEmpty());
        }
    }
}
