package org.relsync.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.diagram.layout.DiagramLayouter;
import org.relsync.diagram.layout.StoredLayout;
import org.relsync.diagram.scene.DiagramDefinition;
import org.relsync.diagram.scene.DiagramKind;
import org.relsync.diagram.scene.DiagramScope;
import org.relsync.diagram.scene.NewDiagrams;
import org.relsync.diagram.scene.Scene;
import org.relsync.diagram.scene.SceneBuilder;
import org.relsync.model.entity.Entity;
import org.relsync.model.project.Project;
import org.relsync.model.relational.TableOrView;

/**
 * A project's own diagrams follow the renames of what they show: a definition keeps the model ids
 * of its entities (or tables) beside their names, finds them by id first, and is named as they are
 * now when followed ({@link StoredLayout#follow}), its positions kept. Files written before the
 * ids were still load, and gain them.
 */
class DiagramRenamesTest {

    @TempDir
    Path dir;

    private final Project shop = Models.shop();

    private Entity entity(String name) {
        return shop.getEntityModel().getEntities().stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
    }

    private TableOrView table(String name) {
        return shop.getDatabases().get(0).eContents().stream().flatMap(c -> c.eContents().stream())
                .flatMap(s -> s.eContents().stream()).filter(t -> t instanceof TableOrView v && name.equals(v.getName()))
                .map(TableOrView.class::cast).findFirst().orElseThrow();
    }

    /** {@code definition} stored with its layout, written to a file and read again. */
    private StoredLayout saved(DiagramDefinition definition) {
        StoredLayout stored = new StoredLayout();
        stored.setDefinitions(List.of(definition));
        Scene scene = SceneBuilder.build(shop, definition.scope(), null);
        stored.put(definition.scope().layoutKey(), DiagramLayouter.layout(scene, null, DiagramLayouter.Mode.KEEP));
        Path file = dir.resolve("shop.relsync.layout.json");
        stored.save(file);
        return StoredLayout.load(file);
    }

    @Test
    void aDiagramOfAnEntityAndItsNeighboursFollowsTheEntitysRename() {
        Entity order = entity("Order");
        DiagramDefinition made = NewDiagrams.neighbours(order).orElseThrow();
        assertEquals(List.of(order.getId()), made.ids(), "the entity's id beside its name");
        StoredLayout stored = saved(made);
        assertTrue(stored.toJson().contains("\"entities\": [\"Order\"], \"depth\": 1, \"ids\": [\"" + order.getId() + "\"]"),
                stored.toJson());
        String oldKey = made.scope().layoutKey();
        var positions = stored.diagram(oldKey).nodes();

        order.setName("Purchase");
        DiagramScope before = stored.requireDefinition(made.name()).scope();
        assertThrows(IllegalArgumentException.class, () -> SceneBuilder.build(shop, before, null),
                "by its name alone the diagram no longer resolves");

        assertTrue(stored.follow(shop), "the definition changed");
        DiagramDefinition followed = stored.requireDefinition(made.name());
        assertEquals(List.of("Purchase"), followed.scope().entities(), "named as the entity is now");
        assertEquals(made.ids(), followed.ids());
        Scene scene = SceneBuilder.build(shop, followed.scope(), null);
        assertTrue(scene.nodes().stream().anyMatch(n -> n.id().equals(order.getId()) && n.name().equals("Purchase")), "drawn");
        assertEquals(positions, stored.diagram(followed.scope().layoutKey()).nodes(), "the positions kept under the new key");
        assertNull(stored.diagram(oldKey), "nothing left under the old key");
        assertFalse(stored.follow(shop), "followed once, nothing more to change");
        assertTrue(stored.toJson().contains("\"entities\": [\"Purchase\"]"), "saved with the name as it is: " + stored.toJson());
    }

    @Test
    void aTablesDiagramFollowsTheTablesRename() {
        TableOrView customer = table("Customer");
        DiagramDefinition made = NewDiagrams.neighbours(customer).orElseThrow();
        assertEquals(List.of(customer.getId()), made.ids());
        StoredLayout stored = saved(made);
        customer.setName("Client");
        entity("Customer").setName("Patron"); // the name no longer stands for the entity either
        stored.follow(shop);
        DiagramDefinition followed = stored.requireDefinition(made.name());
        assertEquals(List.of("Client"), followed.scope().entities());
        Scene scene = SceneBuilder.build(shop, followed.scope(), null);
        assertNotNull(scene.nodes().stream().filter(n -> n.id().equals(customer.getId())).findFirst().orElse(null),
                "the renamed table is on it");
    }

    @Test
    void aDefinitionWrittenWithNamesOnlyStillLoadsGainsIdsAndThenFollowsRenames() throws Exception {
        Path file = dir.resolve("old.relsync.layout.json");
        Files.writeString(file, """
                {
                  "format": "relsync-layout/1",
                  "definitions": [
                    {"name": "Order and neighbours", "kind": "entities", "entities": ["Order"], "depth": 1},
                    {"name": "Gone", "kind": "entities", "entities": ["Nobody"], "depth": 1}
                  ],
                  "diagrams": {}
                }
                """, StandardCharsets.UTF_8);
        StoredLayout stored = StoredLayout.load(file);
        assertEquals(List.of(), stored.requireDefinition("Order and neighbours").ids(), "no ids in an older file");
        assertEquals(DiagramKind.ENTITIES, stored.requireDefinition("Order and neighbours").scope().kind());

        assertTrue(stored.follow(shop), "ids found by name");
        assertEquals(List.of(entity("Order").getId()), stored.requireDefinition("Order and neighbours").ids());
        assertEquals(List.of(), stored.requireDefinition("Gone").ids(), "a name that stands for nothing keeps no id");
        assertEquals(List.of("Nobody"), stored.requireDefinition("Gone").scope().entities(), "and its name as it was");

        entity("Order").setName("Purchase");
        stored.follow(shop);
        assertEquals(List.of("Purchase"), stored.requireDefinition("Order and neighbours").scope().entities());
        stored.save(file);
        assertEquals(List.of("Purchase"), StoredLayout.load(file).requireDefinition("Order and neighbours").scope().entities(),
                "written with the names as they are now");
    }
}
