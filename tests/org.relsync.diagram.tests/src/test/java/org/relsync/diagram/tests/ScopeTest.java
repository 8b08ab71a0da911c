package org.relsync.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.diagram.tests.Models.column;
import static org.relsync.diagram.tests.Models.named;
import static org.relsync.diagram.tests.SceneChecks.edge;
import static org.relsync.diagram.tests.SceneChecks.edges;
import static org.relsync.diagram.tests.SceneChecks.node;
import static org.relsync.diagram.tests.SceneChecks.wellFormed;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.relsync.diagram.scene.ColumnDetail;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Edge;
import org.relsync.diagram.scene.EdgeKind;
import org.relsync.diagram.scene.Group;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.SceneBuilder;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.sync.DatabaseMappings;

/**
 * Scoping (DIAGRAM-SPEC section 1): one database, some schemas, named elements with their
 * neighbours to depth N, column detail; and the kinds of relationship in crow's-foot notation.
 * A chain A → B → C → D of many-to-one relationships, mapped onto tables with foreign keys, and a
 * schema OTHER with a table nothing maps.
 */
class ScopeTest {

    private final Project project = Models.project("Scope");
    private final Database db = Models.database(project, "main");
    private final Schema app = Models.schema(db, "APP", SyncSource.MODEL);
    private final Schema other = Models.schema(db, "OTHER", SyncSource.DATABASE);
    private final Sequence ids = Models.sequence(app, "SEQ_A");
    private final List<Entity> chain = List.of(entity("A"), entity("B"), entity("C"), entity("D"));

    ScopeTest() {
        DatabaseMappings mappings = DatabaseMappings.of(project, db);
        Table previous = null;
        for (int i = 0; i < chain.size(); i++) {
            Entity entity = chain.get(i);
            Table table = Models.table(app, "T_" + entity.getName(), "Id INTEGER NOT NULL", "Name VARCHAR(50)",
                    "NextId INTEGER");
            Models.primaryKey(table, "Id");
            var em = mappings.map(entity, table);
            for (String f : List.of("Id", "Name", "NextId")) {
                mappings.map(em, named(entity, f), column(table, f));
            }
            if (previous != null) {
                var fk = Models.foreignKey(previous, "NextId", table, "Id");
                var r = Models.relationship(project, chain.get(i - 1).getName() + entity.getName(), RelationshipKind.MANY_TO_ONE,
                        chain.get(i - 1), entity, RelationshipEnd.START, entity.getName(), chain.get(i - 1).getName() + "s",
                        named(chain.get(i - 1), "NextId"));
                mappings.map(r, fk);
            }
            previous = table;
        }
        column(table("T_A"), "Id").setSequence(ids);
        Models.table(other, "Audit", "Id INTEGER NOT NULL");
    }

    private Entity entity(String name) {
        return Models.entity(project, name, "Id Int32 key", "Name String(50)", "NextId Int32 optional");
    }

    private Table table(String name) {
        return app.getTables().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    }

    private static DiagramScope scope(DiagramKind kind, String database, List<String> schemas, List<String> names, int depth,
            ColumnDetail columns) {
        return new DiagramScope(kind, database, schemas, names, depth, columns, Set.of());
    }

    private Scene build(DiagramScope scope) {
        return wellFormed(SceneBuilder.build(project, scope, null));
    }

    private static List<String> names(Scene scene) {
        return scene.nodes().stream().map(Node::name).toList();
    }

    @Test
    void anEntityWithItsNeighboursToDepthN() {
        assertEquals(List.of("B"), names(build(scope(DiagramKind.ENTITIES, null, List.of(), List.of("B"), 0, null))));
        for (DiagramKind kind : List.of(DiagramKind.ENTITIES, DiagramKind.MAPPINGS)) {
            Scene one = build(scope(kind, null, List.of(), List.of("B"), 1, null));
            List<String> expected = kind == DiagramKind.ENTITIES ? List.of("A", "B", "C")
                    : List.of("A", "B", "C", "T_A", "T_B", "T_C");
            assertEquals(expected, names(one), kind + ": model order, not the order found");
            Scene two = build(scope(kind, null, List.of(), List.of("B"), 2, null));
            assertTrue(names(two).contains("D") && !names(one).contains("D"), kind.name());
        }
        Scene entities = build(scope(DiagramKind.ENTITIES, null, List.of(), List.of("B"), 1, null));
        assertEquals(List.of("AB", "BC"), edges(entities, EdgeKind.RELATIONSHIP).stream().map(Edge::label).toList(),
                "only the relationships between nodes drawn");
    }

    @Test
    void inATablesDiagramAnEntityStandsForItsTableAndNeighboursFollowForeignKeys() {
        Scene scene = build(scope(DiagramKind.TABLES, "main", List.of(), List.of("C"), 1, ColumnDetail.ALL));

        assertEquals(List.of("T_B", "T_C", "T_D"), names(scene));
        assertEquals(List.of("APP"), scene.groups().stream().map(Group::label).toList(), "only schemas with something drawn");
        assertEquals(2, edges(scene, EdgeKind.FOREIGN_KEY).size());
        Scene byTable = build(scope(DiagramKind.TABLES, "main", List.of(), List.of("T_A"), 0, ColumnDetail.ALL));
        assertEquals(List.of("T_A", "SEQ_A"), names(byTable), "a table by its name, with the sequence it uses");
        Edge use = edges(byTable, EdgeKind.SEQUENCE_USE).get(0);
        assertEquals(column(table("T_A"), "Id").getId(), use.source().row());
        assertEquals(ids.getId(), use.target().node());
    }

    @Test
    void someSchemasOnly() {
        Scene scene = build(scope(DiagramKind.TABLES, null, List.of("OTHER"), List.of(), 0, ColumnDetail.ALL));
        assertEquals(List.of("Audit"), names(scene));
        assertEquals("Database", scene.groups().get(0).syncSource());
        Scene mappings = build(scope(DiagramKind.MAPPINGS, null, List.of("OTHER"), List.of(), 0, ColumnDetail.ALL));
        assertEquals(List.of("Audit"), names(mappings), "no entity maps into OTHER");
    }

    @Test
    void keysOnlyKeepsKeyAndForeignKeyRowsAndEdgesFallBackToTheNode() {
        Scene scene = build(scope(DiagramKind.TABLES, null, List.of(), List.of(), 0, ColumnDetail.KEYS));
        Node a = node(scene, "T_A");
        assertEquals(List.of("Id", "NextId"), a.rows().stream().map(r -> r.name()).toList());
        assertEquals(1, a.hiddenRows());
        Node d = node(scene, "T_D");
        assertEquals(List.of("Id"), d.rows().stream().map(r -> r.name()).toList(), "NextId of D is no key");
        assertEquals(2, d.hiddenRows());
        Scene none = build(scope(DiagramKind.TABLES, null, List.of(), List.of(), 0, ColumnDetail.NONE));
        assertEquals(3, node(none, "T_A").hiddenRows());
        Edge fk = edges(none, EdgeKind.FOREIGN_KEY).get(0);
        assertNull(fk.source().row(), "no row to start at: the node itself");
        assertEquals(node(none, "T_A").id(), fk.source().node());
    }

    @Test
    void unknownNamesAreClearErrors() {
        var noDb = assertThrows(IllegalArgumentException.class,
                () -> SceneBuilder.build(project, scope(DiagramKind.TABLES, "nope", List.of(), List.of(), 0, null), null));
        assertTrue(noDb.getMessage().contains("nope") && noDb.getMessage().contains(db.getId()), noDb.getMessage());
        var noSchema = assertThrows(IllegalArgumentException.class,
                () -> SceneBuilder.build(project, scope(DiagramKind.TABLES, null, List.of("NOPE"), List.of(), 0, null), null));
        assertTrue(noSchema.getMessage().contains("NOPE") && noSchema.getMessage().contains("APP, OTHER"), noSchema.getMessage());
        for (DiagramKind kind : DiagramKind.values()) {
            var noEntity = assertThrows(IllegalArgumentException.class,
                    () -> SceneBuilder.build(project, scope(kind, null, List.of(), List.of("Nobody"), 1, null), null));
            assertTrue(noEntity.getMessage().contains("Nobody"), noEntity.getMessage());
        }
        Database second = Models.database(project, "second");
        var which = assertThrows(IllegalArgumentException.class,
                () -> SceneBuilder.build(project, DiagramScope.of(DiagramKind.TABLES), null));
        assertTrue(which.getMessage().contains(db.getId()) && which.getMessage().contains(second.getId()), which.getMessage());
        assertEquals("second", build(scope(DiagramKind.TABLES, "second", List.of(), List.of(), 0, null)).title()
                .replace("Tables of database ", ""), "by name as well as by id");
        Scene entities = build(DiagramScope.of(DiagramKind.ENTITIES));
        assertEquals(4, entities.nodes().size(), "entities need no database");
        assertTrue(entities.nodes().stream().noneMatch(n -> n.state().has(org.relsync.diagram.scene.State.UNMAPPED)),
                "two databases and none named: mapped where?");
        Scene inSecond = build(scope(DiagramKind.ENTITIES, "second", List.of(), List.of(), 0, null));
        assertTrue(inSecond.nodes().stream().allMatch(n -> n.state().has(org.relsync.diagram.scene.State.UNMAPPED)),
                "nothing is mapped in the database named");
    }

    @Test
    void crowsFootCardinalitiesOfEveryKindOfRelationship() {
        Entity person = Models.entity(project, "Person", "Id Int32 key", "PassportId Int32 optional");
        Entity passport = Models.entity(project, "Passport", "Id Int32 key");
        Entity tag = Models.entity(project, "Tag", "Id Int32 key");
        var oneToOne = Models.relationship(project, "PersonPassport", RelationshipKind.ONE_TO_ONE, person, passport,
                RelationshipEnd.START, "Passport", "Holder", named(person, "PassportId"));
        var manyToMany = Models.relationship(project, "PersonTags", RelationshipKind.MANY_TO_MANY, person, tag,
                RelationshipEnd.START, "Tags", "People");
        person.setSupertype(chain.get(0));

        Scene scene = build(DiagramScope.of(DiagramKind.ENTITIES));
        Edge one = edge(scene, oneToOne.getId());
        assertEquals(List.of("0..1", "0..1"), List.of(one.source().cardinality(), one.target().cardinality()),
                "one-to-one with an optional key: at most one at either end");
        assertEquals(named(person, "PassportId").getId(), one.source().row());
        Edge many = edge(scene, manyToMany.getId());
        assertEquals(List.of("*", "*"), List.of(many.source().cardinality(), many.target().cardinality()));
        assertEquals(List.of("People", "Tags"), List.of(many.source().label(), many.target().label()));
        Edge ab = edges(scene, EdgeKind.RELATIONSHIP).get(0);
        assertEquals(List.of("*", "0..1"), List.of(ab.source().cardinality(), ab.target().cardinality()),
                "many-to-one whose key field is optional");
        Edge supertype = edges(scene, EdgeKind.SUPERTYPE).get(0);
        assertEquals(List.of(person.getId(), chain.get(0).getId()), List.of(supertype.source().node(), supertype.target().node()));
    }
}
