package org.relsync.diagram.render.tests;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.Edge;
import org.relsync.diagram.scene.EdgeKind;
import org.relsync.diagram.scene.End;
import org.relsync.diagram.scene.Group;
import org.relsync.diagram.scene.Marker;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.NodeKind;
import org.relsync.diagram.scene.Row;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.State;
import org.relsync.diagram.scene.SyncState;

/** Small hand-built scenes, one per kind, with every state somewhere. */
final class SampleScenes {

    static final SyncState CREATED = new SyncState(Set.of(State.CREATED), null, null, 0, 0, List.of());
    static final SyncState MARKED = new SyncState(Set.of(State.MARKED), null, null, 0, 0, List.of());
    static final SyncState ORPHAN_WARNING = new SyncState(Set.of(State.ORPHAN), "excludable", "warning", 0, 0, List.of());
    static final SyncState ORPHAN_MARK = new SyncState(Set.of(State.ORPHAN), "non-excludable", "mark", 0, 0, List.of());
    static final SyncState UNMAPPED = new SyncState(Set.of(State.UNMAPPED), null, null, 0, 0, List.of());
    static final SyncState LOST = new SyncState(Set.of(State.LOST_MAPPING), null, null, 0, 0, List.of());
    static final SyncState PROBLEMS = new SyncState(Set.of(State.ERROR, State.WARNING), null, null, 2, 1,
            List.of("Customer: two fields are named \"email\"", "Customer.email: no column type", "Customer: <no description>"));
    static final SyncState FADED = new SyncState(Set.of(State.FADED, State.RENAMED), null, null, 0, 0, List.of());

    private SampleScenes() {
    }

    static Row row(String id, String name, String type, Marker... markers) {
        return new Row(id, name, type, markers.length == 0 ? Set.of() : EnumSet.of(markers[0], markers), SyncState.NONE);
    }

    static List<Scene.LegendEntry> legend() {
        return List.of(new Scene.LegendEntry("marked", "marked for deletion (will be dropped)"),
                new Scene.LegendEntry("orphan", "orphan (badge: warning or mark)"),
                new Scene.LegendEntry("created", "created by the last sync"),
                new Scene.LegendEntry("faded", "outside the filter"));
    }

    static Scene entities() {
        Node customer = new Node("e1", NodeKind.ENTITY, "Customer", null, List.of(row("e1.f1", "id", "Long", Marker.KEY),
                row("e1.f2", "name", "String"), row("e1.f3", "email", "String", Marker.OPTIONAL)), 0, PROBLEMS);
        Node order = new Node("e2", NodeKind.ENTITY, "Order", null, List.of(row("e2.f1", "id", "Long", Marker.KEY),
                row("e2.f2", "placed", "Timestamp"), new Row("e2.f3", "total", "Decimal", Set.of(), CREATED)), 0, CREATED);
        Node product = new Node("e3", NodeKind.ENTITY, "Product", null, List.of(row("e3.f1", "sku", "String", Marker.KEY)), 2,
                UNMAPPED);
        Node summary = new Node("v1", NodeKind.TYPED_VIEW, "OrderSummary", null, List.of(), 0, FADED);
        Edge places = new Edge("r1", EdgeKind.RELATIONSHIP, new End("e1", null, "1", "customer"), new End("e2", null, "*", "orders"),
                "Customer places Order", SyncState.NONE);
        Edge contains = new Edge("r2", EdgeKind.RELATIONSHIP, new End("e2", null, "*", null), new End("e3", null, "0..1", "product"),
                "Order contains Product", SyncState.NONE);
        return new Scene(DiagramKind.ENTITIES, "Shop: entities", List.of(), List.of(customer, order, product, summary),
                List.of(places, contains), legend());
    }

    static Scene tables() {
        Group shop = new Group("s1", "shop", "Mixed", SyncState.NONE);
        Group legacy = new Group("s2", "legacy", "Database", SyncState.NONE);
        Node customer = new Node("t1", NodeKind.TABLE, "customer", "s1", List.of(row("t1.c1", "id", "bigint", Marker.KEY),
                row("t1.c2", "name", "varchar(80)"), new Row("t1.c3", "fax", "varchar(20)", Set.of(Marker.OPTIONAL), MARKED)), 0,
                SyncState.NONE);
        Node order = new Node("t2", NodeKind.TABLE, "order", "s1", List.of(row("t2.c1", "id", "bigint", Marker.KEY),
                row("t2.c2", "customer_id", "bigint", Marker.FOREIGN_KEY)), 0, CREATED);
        Node old = new Node("t3", NodeKind.TABLE, "old_orders", "s1", List.of(row("t3.c1", "id", "bigint", Marker.KEY)), 0, MARKED);
        Node seq = new Node("q1", NodeKind.SEQUENCE, "order_seq", "s1", List.of(), 0, SyncState.NONE);
        Node audit = new Node("t4", NodeKind.TABLE, "audit_log", "s2", List.of(row("t4.c1", "at", "timestamp")), 0, ORPHAN_WARNING);
        Node report = new Node("w1", NodeKind.VIEW, "sales_report", "s2", List.of(), 3, ORPHAN_MARK);
        Edge fk = new Edge("k1", EdgeKind.FOREIGN_KEY, End.of("t2", "t2.c2"), End.of("t1"), "fk_order_customer", SyncState.NONE);
        Edge uses = new Edge("u1", EdgeKind.SEQUENCE_USE, End.of("t2", "t2.c1"), End.of("q1"), "order.id uses order_seq",
                SyncState.NONE);
        return new Scene(DiagramKind.TABLES, "Shop: tables of db1", List.of(shop, legacy),
                List.of(customer, order, old, seq, audit, report), List.of(fk, uses), legend());
    }

    static Scene mappings() {
        Group entities = new Group("side-entities", "Entities", null, SyncState.NONE);
        Group tables = new Group("side-tables", "db1", null, SyncState.NONE);
        Node customer = new Node("e1", NodeKind.ENTITY, "Customer", "side-entities",
                List.of(row("e1.f1", "id", "Long", Marker.KEY), row("e1.f2", "name", "String")), 0, SyncState.NONE);
        Node order = new Node("e2", NodeKind.ENTITY, "Order", "side-entities", List.of(row("e2.f1", "id", "Long", Marker.KEY)), 0,
                LOST);
        Node t1 = new Node("t1", NodeKind.TABLE, "customer", "side-tables",
                List.of(row("t1.c1", "id", "bigint", Marker.KEY), row("t1.c2", "name", "varchar(80)")), 0, SyncState.NONE);
        Node t2 = new Node("t4", NodeKind.TABLE, "audit_log", "side-tables", List.of(), 1, ORPHAN_WARNING);
        Edge m1 = new Edge("m1", EdgeKind.ENTITY_MAPPING, End.of("e1"), End.of("t1"), "Customer → customer", SyncState.NONE);
        Edge f1 = new Edge("m1.f1", EdgeKind.FIELD_MAPPING, End.of("e1", "e1.f1"), End.of("t1", "t1.c1"), "id → id", SyncState.NONE);
        Edge f2 = new Edge("m1.f2", EdgeKind.FIELD_MAPPING, End.of("e1", "e1.f2"), End.of("t1", "t1.c2"), "name → name",
                SyncState.NONE);
        return new Scene(DiagramKind.MAPPINGS, "Shop: mappings to db1", List.of(entities, tables), List.of(customer, order, t1, t2),
                List.of(m1, f1, f2), legend());
    }
}
