package org.relsync.diagram.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.relsync.diagram.layout.Box;
import org.relsync.diagram.layout.DiagramLayouter;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Edge;
import org.relsync.diagram.scene.EdgeKind;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.SceneBuilder;
import org.relsync.model.project.Project;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;

/** Layouts of large diagrams: a mapping diagram of 1,000 mappings, and a new table among 300 laid out. */
class LargeLayoutTest {

    @Test
    void aLargeMappingDiagramStandsSideBySideEachTableLevelWithItsEntity() {
        Project project = GeneratedProjects.mapped(1000, 400, 42);
        Scene scene = SceneBuilder.build(project, DiagramScope.of(DiagramKind.MAPPINGS), null);
        assertEquals(2000, scene.nodes().size(), "1,000 entities and their 1,000 tables");
        Layout layout = DiagramLayouter.layout(scene);
        assertEquals(2000, layout.nodes().size());
        LayoutTest.assertNoOverlap(layout);
        LayoutTest.assertEdgesEndOnTheirNodes(layout);
        int mappings = 0;
        double entitySide = Double.MIN_VALUE;
        double tableSide = Double.MAX_VALUE;
        for (Edge edge : scene.edges()) {
            if (edge.kind() == EdgeKind.ENTITY_MAPPING) {
                Box entity = layout.nodes().get(edge.source().node());
                Box table = layout.nodes().get(edge.target().node());
                assertEquals(entity.y(), table.y(), 0.01, "table " + edge.target().node() + " level with its entity");
                entitySide = Math.max(entitySide, entity.right());
                tableSide = Math.min(tableSide, table.x());
                mappings++;
            }
        }
        assertEquals(1000, mappings);
        assertTrue(entitySide < tableSide, "the entities on the left, the tables on the right: " + entitySide + " / " + tableSide);
    }

    @Test
    void aNewTableStandsBesideTheTableItReferencesAndNothingElseMoves() {
        Project project = GeneratedProjects.tables(300, 300, 7);
        DiagramScope scope = DiagramScope.of(DiagramKind.TABLES);
        Layout before = DiagramLayouter.layout(SceneBuilder.build(project, scope, null));
        StoredLayout stored = new StoredLayout();
        stored.put(scope.layoutKey(), before);

        Schema schema = project.getDatabases().get(0).getCatalogs().get(0).getSchemas().get(0);
        Table referenced = (Table) schema.getTables().stream().filter(t -> t.getName().equals("table_150")).findFirst().orElseThrow();
        Table note = table(schema, "table_150_note");
        TableField column = field(note, "table_150_id");
        ForeignKey fk = RelationalFactory.eINSTANCE.createForeignKey();
        fk.setName("fk_note");
        fk.getFields().add(column);
        fk.setReferencedTable(referenced);
        fk.getReferencedFields().add(referenced.getFields().get(0));
        note.getForeignKeys().add(fk);

        Layout after = DiagramLayouter.layout(SceneBuilder.build(project, scope, null), stored.diagram(scope.layoutKey()),
                DiagramLayouter.Mode.KEEP);
        for (Map.Entry<String, Box> entry : before.nodes().entrySet()) {
            assertEquals(entry.getValue(), after.nodes().get(entry.getKey()), entry.getKey() + " stays where it was");
        }
        Box placed = after.nodes().get(note.getId());
        assertNotNull(placed, "the new table is on the diagram");
        Box neighbour = after.nodes().get(referenced.getId());
        double gap = Math.max(Math.max(placed.x() - neighbour.right(), neighbour.x() - placed.right()),
                Math.max(placed.y() - neighbour.bottom(), neighbour.y() - placed.bottom()));
        assertTrue(gap < 200, "the new table stands beside table_150: " + placed + " / " + neighbour + " (gap " + gap + ")");
        LayoutTest.assertNoOverlap(after);
        LayoutTest.assertEdgesEndOnTheirNodes(after);
    }

    private static Table table(Schema schema, String name) {
        Table table = RelationalFactory.eINSTANCE.createTable();
        table.setName(name);
        schema.getTables().add(table);
        TableField id = field(table, "id");
        PrimaryKey pk = RelationalFactory.eINSTANCE.createPrimaryKey();
        pk.setName("pk_" + name);
        pk.getFields().add(id);
        table.setPrimaryKey(pk);
        return table;
    }

    private static TableField field(Table table, String name) {
        TableField field = RelationalFactory.eINSTANCE.createTableField();
        field.setName(name);
        field.setDataType("BIGINT");
        table.getFields().add(field);
        return field;
    }
}
