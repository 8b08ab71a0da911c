package org.relsync.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relsync.diagram.tests.SceneChecks.edge;
import static org.relsync.diagram.tests.SceneChecks.nodeById;
import static org.relsync.diagram.tests.SceneChecks.wellFormed;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.db.ProjectReverse;
import org.relsync.diagram.scene.ColumnDetail;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Edge;
import org.relsync.diagram.scene.EdgeKind;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.NodeKind;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.SceneBuilder;
import org.relsync.diagram.scene.State;
import org.relsync.model.entity.Relationship;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.edit.ProjectEditor;
import org.relsync.sync.report.ChangeReport;

/**
 * The project {@code relsync demo} makes, made the same way here (the shop of examples/shop/shop-h2.sql
 * in H2, added with PUBLIC as Mixed and REPORTING as Database, reversed, synced): every kind of
 * scene is well formed and shows what the model has.
 */
class DemoProjectScenesTest {

    @TempDir
    static Path dir;
    static Project project;
    static Database database;
    static ChangeReport lastSync;

    @BeforeAll
    static void demo() throws Exception {
        Path sql = Path.of(System.getProperty("relsync.repo", "../.."), "examples/shop/shop-h2.sql").toAbsolutePath();
        String url = "jdbc:h2:file:" + dir.resolve("shop") + ";USER=sa";
        Connections connections = new Connections(name -> null);
        Database script = RelationalFactory.eINSTANCE.createDatabase();
        script.setName("shop");
        script.setDriverId("h2");
        script.setUrl(url);
        try (Connection c = connections.open(script, Connections.Access.CREATE); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + sql.toString().replace("'", "''") + "'");
        }
        Path file = dir.resolve("shop.relsync");
        ProjectFiles.create(file, "Shop");
        project = ProjectFiles.load(file);
        ProjectEditor editor = new ProjectEditor(project);
        editor.execute(editor.setSetting("naming.tableCaseStyle", "UPPER_SNAKE"));
        editor.execute(editor.setSetting("naming.fieldCaseStyle", "UPPER_SNAKE"));
        database = new DatabaseSetup(connections).add(project, new DatabaseSetup.Spec("shop", "h2", url, null, null,
                List.of("PUBLIC", "REPORTING"), SyncSource.DATABASE));
        editor.execute(editor.setSyncSource("shop", "PUBLIC", SyncSource.MIXED));
        DatabaseCatalogSource source = new DatabaseCatalogSource(connections);
        new ProjectReverse(source).reverse(project, "shop", List.of());
        lastSync = SyncEngine.builder().catalogSource(source).dialects(DatabaseKinds.dialects()).build()
                .run(project, SyncOptions.defaults()).report();
    }

    private static Scene scene(DiagramKind kind, ColumnDetail columns) {
        return wellFormed(SceneBuilder.build(project,
                new DiagramScope(kind, null, List.of(), List.of(), 0, columns, Set.of()), lastSync, DatabaseKinds.dialects()));
    }

    @Test
    void everyKindAndDetailIsWellFormed() {
        for (DiagramKind kind : DiagramKind.values()) {
            for (ColumnDetail columns : ColumnDetail.values()) {
                assertFalse(scene(kind, columns).nodes().isEmpty(), kind + " " + columns);
            }
        }
    }

    @Test
    void theTablesDiagramHasEveryTableViewSequenceAndForeignKeyInItsSchemaFrame() {
        Scene scene = scene(DiagramKind.TABLES, ColumnDetail.ALL);
        Set<String> keys = new HashSet<>();
        for (Schema schema : Elements.schemas(database)) {
            List<TableOrView> all = new java.util.ArrayList<>(schema.getTables());
            all.addAll(schema.getViews());
            for (TableOrView table : all) {
                Node node = nodeById(scene, table.getId());
                assertEquals(schema.getId(), node.group());
                assertEquals(table.getFields().size(), node.rows().size());
            }
            for (Sequence sequence : schema.getSequences()) {
                assertEquals(NodeKind.SEQUENCE, nodeById(scene, sequence.getId()).kind());
            }
            for (Table table : schema.getTables()) {
                for (ForeignKey key : table.getForeignKeys()) {
                    Edge edge = edge(scene, key.getId());
                    assertEquals(table.getId(), edge.source().node());
                    assertEquals(key.getReferencedTable().getId(), edge.target().node());
                    keys.add(key.getId());
                }
            }
        }
        assertFalse(keys.isEmpty(), "the shop has foreign keys");
        assertEquals(keys.size(), SceneChecks.edges(scene, EdgeKind.FOREIGN_KEY).size());
        assertEquals(List.of("Mixed", "Database"), scene.groups().stream().map(g -> g.syncSource()).toList());
    }

    @Test
    void theUnusedSequenceIsTheOneOrphanAndItsWarningIsTheRunsOneWarning() {
        Scene scene = scene(DiagramKind.TABLES, ColumnDetail.ALL);
        List<Node> orphans = scene.nodes().stream().filter(n -> n.state().has(State.ORPHAN)).toList();
        assertEquals(1, orphans.size(), () -> "orphans: " + orphans);
        Node sequence = orphans.get(0);
        assertEquals(NodeKind.SEQUENCE, sequence.kind());
        assertEquals("excludable", sequence.state().orphanKind());
        assertEquals("warning", sequence.state().orphanAction(), "a Mixed schema marks tables only");
        assertEquals(1, sequence.state().warnings());
        long warnings = lastSync.problems().stream().filter(p -> p.severity().label().equals("warning")).count();
        assertEquals(1, warnings, "the demo's report: No change; 1 warning");
    }

    @Test
    void everyMappingAndRelationshipIsDrawn() {
        Scene entities = scene(DiagramKind.ENTITIES, ColumnDetail.ALL);
        Scene mappings = scene(DiagramKind.MAPPINGS, ColumnDetail.ALL);
        DatabaseMappings index = DatabaseMappings.existing(project, database);
        assertFalse(project.getEntityModel().getRelationships().isEmpty());
        for (Relationship relationship : project.getEntityModel().getRelationships()) {
            Edge edge = edge(entities, relationship.getId());
            assertEquals(relationship.getStart().getId(), edge.source().node());
            assertEquals(relationship.getEnd().getId(), edge.target().node());
            index.relationshipMapping(relationship).ifPresent(rm -> edge(mappings, rm.getId()));
        }
        List<EntityMapping> ems = index.container().getEntityMappings();
        assertEquals(project.getEntityModel().getEntities().size(), ems.size(), "reverse maps every entity");
        for (EntityMapping em : ems) {
            assertEquals(em.getTarget().getId(), edge(mappings, em.getId()).target().node());
            em.getFieldMappings().forEach(fm -> edge(mappings, fm.getId()));
        }
        assertTrue(entities.nodes().stream().noneMatch(n -> n.state().has(State.UNMAPPED)));
    }
}
