package org.relsync.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.relsync.diagram.scene.DiagramDefinition;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.NewDiagrams;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.SceneBuilder;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.DatabaseMappings;

/**
 * The diagrams made from model elements (issue 13): the tables of a database or a schema, a
 * selection of entities, an element and its neighbours; each drawn, it shows what its name says.
 * A chain of entities A - B - C - D mapped onto T_A … T_D with foreign keys, and an unrelated E.
 */
class NewDiagramsTest {

    private final Project project = Models.project("New");
    private final Database db = Models.database(project, "main");
    private final Schema app = Models.schema(db, "APP", SyncSource.MODEL);
    private final Schema other = Models.schema(db, "OTHER", SyncSource.DATABASE);
    private final List<Entity> chain = List.of(entity("A"), entity("B"), entity("C"), entity("D"));
    private final Entity alone = entity("E");

    NewDiagramsTest() {
        DatabaseMappings mappings = DatabaseMappings.of(project, db);
        Table previous = null;
        for (int i = 0; i < chain.size(); i++) {
            Entity entity = chain.get(i);
            Table table = Models.table(app, "T_" + entity.getName(), "Id INTEGER NOT NULL", "NextId INTEGER");
            Models.primaryKey(table, "Id");
            mappings.map(entity, table);
            if (previous != null) {
                var fk = Models.foreignKey(previous, "NextId", table, "Id");
                var r = Models.relationship(project, chain.get(i - 1).getName() + entity.getName(), RelationshipKind.MANY_TO_ONE,
                        chain.get(i - 1), entity, RelationshipEnd.START, entity.getName(), chain.get(i - 1).getName() + "s",
                        Models.named(chain.get(i - 1), "NextId"));
                mappings.map(r, fk);
            }
            previous = table;
        }
        Models.table(other, "Audit", "Id INTEGER NOT NULL");
    }

    private Entity entity(String name) {
        return Models.entity(project, name, "Id Int32 key", "NextId Int32 optional");
    }

    private List<String> drawn(DiagramDefinition definition) {
        return SceneChecks.wellFormed(SceneBuilder.build(project, definition.scope(), null)).nodes().stream()
                .map(Node::name).toList();
    }

    private Table table(String name) {
        return app.getTables().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anEntityAndItsNeighbours() {
        DiagramDefinition b = NewDiagrams.neighbours(chain.get(1)).orElseThrow();
        assertEquals("B and neighbours", b.name());
        assertEquals(new DiagramScope(DiagramKind.ENTITIES, null, List.of(), List.of("B"), 1, null, null), b.scope());
        assertEquals(List.of("A", "B", "C"), drawn(b));
        assertEquals(b, NewDiagrams.neighbours(Models.named(chain.get(1), "Id")).orElseThrow(), "a field stands for its entity");
        assertEquals(List.of("E"), drawn(NewDiagrams.neighbours(alone).orElseThrow()));
    }

    @Test
    void aTableAndItsNeighboursOnItsDatabasesTablesDiagram() {
        DiagramDefinition tb = NewDiagrams.neighbours(table("T_B")).orElseThrow();
        assertEquals("T_B and neighbours", tb.name());
        assertEquals(DiagramKind.TABLES, tb.scope().kind());
        assertEquals(db.getId(), tb.scope().database());
        assertEquals(List.of("T_A", "T_B", "T_C"), drawn(tb));
        assertEquals(tb, NewDiagrams.neighbours(Models.column(table("T_B"), "Id")).orElseThrow(), "a column stands for its table");
    }

    @Test
    void anEntityMappingAndItsNeighboursOnTheMappingsDiagram() {
        var mapping = project.getMappings().get(0).getEntityMappings().stream().filter(m -> m.getEntity() == chain.get(3))
                .findFirst().orElseThrow();
        DiagramDefinition d = NewDiagrams.neighbours(mapping).orElseThrow();
        assertEquals("Mappings of D and neighbours", d.name());
        assertEquals(DiagramKind.MAPPINGS, d.scope().kind());
        assertEquals(List.of("C", "D", "T_C", "T_D"), drawn(d));
    }

    @Test
    void theTablesOfADatabaseOrOfASchema() {
        DiagramDefinition all = NewDiagrams.tablesOfDatabase(table("T_A")).orElseThrow();
        assertEquals("Tables of main", all.name());
        assertTrue(drawn(all).containsAll(List.of("T_A", "T_D", "Audit")), drawn(all).toString());
        assertEquals(all, NewDiagrams.tablesOfDatabase(db).orElseThrow());
        DiagramDefinition schema = NewDiagrams.tablesOfSchema(other).orElseThrow();
        assertEquals("Tables of main.OTHER", schema.name());
        assertEquals(List.of("Audit"), drawn(schema));
        assertEquals(schema, NewDiagrams.tablesOfSchema(Models.column(other.getTables().get(0), "Id")).orElseThrow());
        assertTrue(NewDiagrams.tablesOfSchema(db).isEmpty(), "a database is in no schema");
        assertTrue(NewDiagrams.tablesOfDatabase(chain.get(0)).isEmpty(), "an entity is in no database");
    }

    @Test
    void aSelectionOfEntitiesAlone() {
        DiagramDefinition two = NewDiagrams.entities(List.of(chain.get(0), chain.get(2), table("T_B"))).orElseThrow();
        assertEquals("Entities: A, C", two.name());
        assertEquals(List.of("A", "C"), drawn(two), "alone: no neighbours");
        assertEquals("Entities: A, B, C and 2 more",
                NewDiagrams.entities(List.of(chain.get(0), chain.get(1), chain.get(2), chain.get(3), alone)).orElseThrow().name());
        assertTrue(NewDiagrams.entities(List.of(table("T_A"))).isEmpty(), "no entity, no diagram");
    }
}
