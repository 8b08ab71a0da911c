package org.relsync.diagram.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relsync.db.Connections;
import org.relsync.db.DatabaseCatalogSource;
import org.relsync.db.DatabaseKinds;
import org.relsync.db.DatabaseSetup;
import org.relsync.db.ProjectReverse;
import org.relsync.diagram.export.SvgExporter;
import org.relsync.diagram.layout.DiagramLayouter;
import org.relsync.diagram.layout.Layout;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.Edge;
import org.relsync.diagram.scene.EdgeKind;
import org.relsync.diagram.scene.Node;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.SceneBuilder;
import org.relsync.diagram.scene.State;
import org.relsync.model.RelSyncModel;
import org.relsync.model.entity.Entity;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.validation.Validation;
import org.relsync.testing.PostgresServer;
import org.relsync.testing.Samples;
import org.relsync.testing.SqlScript;

/**
 * Every PostgreSQL sample schema, reversed from a real server, drawn as each kind of diagram: every
 * mapped entity has its mapping line, every element validation warns or errs about carries it, no two
 * boxes overlap and every line ends on its boxes, and the SVG is the same twice.
 */
@ExtendWith(PostgresServer.class)
class SampleSchemasDiagramsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pagila, pagila-schema.sql", "chinook, Chinook_PostgreSql.sql", "northwind, northwind.sql",
        "adventureworks, adventureworks-schema-only.sql", "sakila, postgres-sakila-schema.sql"})
    void everyKindOfDiagramOfASampleIsWellFormedAndShowsItsStates(String sample, String file) throws Exception {
        String url = PostgresServer.createDatabase("diagram_" + sample);
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            SqlScript.run(c, Samples.file(sample, file), SqlScript.INTO_A_TEST_DATABASE);
        }
        Project project = RelSyncModel.newProject(sample);
        new org.relsync.model.io.ProjectResource(org.eclipse.emf.common.util.URI.createURI("memory:/" + sample + ".relsync"))
                .getContents().add(project); // ids, as in a project file
        Database database = new DatabaseSetup(Connections.fromEnvironment()).add(project, new DatabaseSetup.Spec("db",
                "postgresql", url, "postgres", null, userSchemas(url), SyncSource.DATABASE));
        new ProjectReverse(new DatabaseCatalogSource(Connections.fromEnvironment())).reverse(project, "db", List.of());
        assertTrue(project.getEntityModel().getEntities().size() > 5, sample + ": reversed");

        Map<String, Node> tables = check(project, DiagramKind.TABLES);
        Map<String, Node> mappings = check(project, DiagramKind.MAPPINGS);
        check(project, DiagramKind.ENTITIES);

        Scene mappingScene = SceneBuilder.build(project, DiagramScope.of(DiagramKind.MAPPINGS), null, DatabaseKinds.dialects());
        Set<String> mappedEntities = mappingScene.edges().stream().filter(e -> e.kind() == EdgeKind.ENTITY_MAPPING)
                .map(e -> e.source().node()).collect(Collectors.toSet());
        DatabaseMappings index = DatabaseMappings.existing(project, database);
        for (Entity entity : project.getEntityModel().getEntities()) {
            if (index.target(entity).isPresent()) {
                assertTrue(mappedEntities.contains(entity.getId()), sample + ": " + entity.getName() + " has its mapping line");
            }
        }
        for (Validation.Finding finding : Validation.validate(project, DatabaseKinds.dialects())) {
            String id = ((org.relsync.model.common.Element) finding.element()).getId();
            for (Map<String, Node> nodes : List.of(tables, mappings)) {
                Node node = nodes.get(id);
                if (node != null) {
                    assertTrue(node.state().has(State.WARNING) || node.state().has(State.ERROR),
                            sample + ": " + node.name() + " shows " + finding.code());
                }
            }
        }
    }

    /** The scene of {@code kind}, laid out and exported twice; its nodes by id. */
    private static Map<String, Node> check(Project project, DiagramKind kind) {
        Scene scene = SceneBuilder.build(project, DiagramScope.of(kind), null, DatabaseKinds.dialects());
        Layout layout = DiagramLayouter.layout(scene);
        assertEquals(scene.nodes().size(), layout.nodes().size(), kind + ": every box placed");
        LayoutTest.assertNoOverlap(layout);
        LayoutTest.assertEdgesEndOnTheirNodes(layout);
        for (Edge edge : scene.edges()) {
            assertTrue(layout.nodes().containsKey(edge.source().node()) && layout.nodes().containsKey(edge.target().node()));
        }
        String svg = SvgExporter.toSvg(layout);
        assertTrue(svg.contains("viewBox=\""), kind + ": a viewBox");
        assertEquals(svg, SvgExporter.toSvg(DiagramLayouter.layout(scene)),
                kind + ": the same bytes twice");
        return scene.nodes().stream().collect(Collectors.toMap(Node::id, Function.identity()));
    }

    private static List<String> userSchemas(String url) throws Exception {
        List<String> schemas = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace n WHERE nspname NOT LIKE 'pg\\_%' "
                        + "AND nspname <> 'information_schema' AND EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid "
                        + "AND c.relkind IN ('r', 'p', 'v', 'm')) ORDER BY nspname")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        return schemas;
    }
}
