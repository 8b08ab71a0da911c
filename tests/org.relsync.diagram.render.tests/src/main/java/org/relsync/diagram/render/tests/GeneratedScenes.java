package org.relsync.diagram.render.tests;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
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

/**
 * Generated table diagrams for the tests and the benchmark: {@code tables} tables over
 * {@code schemas} schemas, 3 to 9 columns each, about 1.2 foreign keys a table (to earlier tables of
 * the same schema, a few across schemas), one table in ten alone; some states sprinkled. The same
 * arguments give the same scene.
 */
public final class GeneratedScenes {

    private GeneratedScenes() {
    }

    public static Scene tables(int tables, int schemas, long seed) {
        return tables(tables, schemas, seed, -1);
    }

    /** As {@link #tables(int, int, long)} without table {@code skip} (and its edges); -1 skips none. */
    public static Scene tables(int tables, int schemas, long seed, int skip) {
        Random random = new Random(seed);
        List<Group> groups = new ArrayList<>();
        for (int s = 0; s < schemas; s++) {
            groups.add(new Group("schema-" + s, "schema_" + s, s % 3 == 0 ? "Model" : s % 3 == 1 ? "Database" : "Mixed",
                    SyncState.NONE));
        }
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        List<List<Integer>> bySchema = new ArrayList<>();
        for (int s = 0; s < schemas; s++) {
            bySchema.add(new ArrayList<>());
        }
        for (int t = 0; t < tables; t++) {
            int schema = t % schemas;
            int columns = 3 + random.nextInt(7);
            boolean alone = random.nextInt(10) == 0;
            int fks = alone ? 0 : random.nextInt(3); // 0, 1 or 2: about 1 a table
            List<Integer> earlier = bySchema.get(schema);
            List<Row> rows = new ArrayList<>();
            rows.add(new Row("t" + t + ".id", "id", "bigint", Set.of(Marker.KEY, Marker.IDENTITY), SyncState.NONE));
            List<Integer> targets = new ArrayList<>();
            for (int f = 0; f < fks && !earlier.isEmpty(); f++) {
                int target = random.nextInt(20) == 0 && t > schemas
                        ? random.nextInt(t) : earlier.get(Math.max(0, earlier.size() - 1 - random.nextInt(Math.min(earlier.size(), 40))));
                if (!targets.contains(target)) {
                    targets.add(target);
                }
            }
            for (int target : targets) {
                rows.add(new Row("t" + t + ".t" + target + "_id", "table_" + target + "_id", "bigint",
                        EnumSet.of(Marker.FOREIGN_KEY), SyncState.NONE));
            }
            while (rows.size() < columns) {
                int c = rows.size();
                rows.add(new Row("t" + t + ".c" + c, "column_" + c, c % 3 == 0 ? "varchar(200)" : c % 3 == 1 ? "integer" : "timestamp",
                        c % 2 == 0 ? EnumSet.of(Marker.OPTIONAL) : EnumSet.noneOf(Marker.class), SyncState.NONE));
            }
            SyncState state = SyncState.NONE;
            int pick = random.nextInt(50);
            if (pick == 0) {
                state = new SyncState(Set.of(State.ORPHAN), "excludable", "warning", 0, 0, List.of());
            } else if (pick == 1) {
                state = new SyncState(Set.of(State.MARKED), null, null, 0, 0, List.of());
            } else if (pick == 2) {
                state = new SyncState(Set.of(State.ERROR), null, null, 1, 0, List.of("table_" + t + " has no primary key"));
            }
            earlier.add(t);
            if (t == skip) {
                continue;
            }
            nodes.add(new Node("t" + t, NodeKind.TABLE, "table_" + t, "schema-" + schema, rows, 0, state));
            for (int target : targets) {
                if (target != skip) {
                    edges.add(new Edge("fk" + t + "_" + target, EdgeKind.FOREIGN_KEY, End.of("t" + t, "t" + t + ".t" + target + "_id"),
                            End.of("t" + target), "fk_table_" + t + "_table_" + target, SyncState.NONE));
                }
            }
        }
        return new Scene(DiagramKind.TABLES, "Generated: " + tables + " tables", groups, nodes, edges, List.of(
                new Scene.LegendEntry("edge-foreign-key", "foreign key"),
                new Scene.LegendEntry("marked", "marked for deletion"),
                new Scene.LegendEntry("orphan", "orphan")));
    }

    /** {@code scene} with its node rows cut to the key ones (header-only when {@code none}). */
    public static Scene headerOnly(Scene scene) {
        List<Node> nodes = scene.nodes().stream()
                .map(n -> new Node(n.id(), n.kind(), n.name(), n.group(), List.of(), n.rows().size(), n.state())).toList();
        List<Edge> edges = scene.edges().stream()
                .map(e -> new Edge(e.id(), e.kind(), End.of(e.source().node()), End.of(e.target().node()), e.label(), e.state()))
                .toList();
        return new Scene(scene.kind(), scene.title(), scene.groups(), nodes, edges, scene.legend());
    }
}
