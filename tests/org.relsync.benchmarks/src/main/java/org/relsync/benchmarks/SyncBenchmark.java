package org.relsync.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.relsync.model.RelSyncModel;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityFactory;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.sync.SyncEngine;
import org.relsync.sync.SyncOptions;
import org.relsync.sync.report.ChangeReport;
import org.relsync.sync.report.ReportWriter;

/**
 * The sync benchmark of issue 3: a generated model of N entities (about 15 fields and 1.6
 * relationships each) synced into an empty Model schema; synced again with no change; synced
 * after renaming 5 % of the entities and fields. Prints wall time and peak heap of each run.
 * <p>
 * {@code ./benchmark sync [ENTITIES]} (default 5000).
 */
public final class SyncBenchmark {

    private static final ModelType[] TYPES = {ModelType.STRING, ModelType.INT32, ModelType.INT64, ModelType.DECIMAL,
        ModelType.DATE_TIME, ModelType.BOOLEAN, ModelType.STRING, ModelType.DOUBLE, ModelType.GUID, ModelType.DATE};

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Random random = new Random(42);
        Project project = generate(entities, random);
        SyncEngine engine = SyncEngine.builder().build();
        int fields = project.getEntityModel().getEntities().stream().mapToInt(e -> e.getFields().size()).sum();
        System.out.printf("RelSync sync benchmark: %d entities, %d fields, %d relationships; %s, %d cores, max heap %d MB%n",
                entities, fields, project.getEntityModel().getRelationships().size(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%-34s %10s %14s %10s%n", "run", "wall ms", "peak heap MB", "changes");

        ChangeReport first = measure("first sync into an empty schema", () -> engine.run(project, SyncOptions.defaults()).report());
        ChangeReport again = measure("second sync, no change", () -> engine.run(project, SyncOptions.defaults()).report());
        if (again.hasChanges()) {
            System.out.println("!! the second sync changed something:\n" + ReportWriter.text(again));
        }
        int renamed = rename(project, random);
        ChangeReport renames = measure("sync after renaming 5 % (" + renamed + ")",
                () -> engine.run(project, SyncOptions.defaults()).report());

        Path file = Files.createTempFile("relsync-bench", ".relsync");
        measure("save the project file", () -> {
            ProjectFiles.save(project, file);
            return null;
        });
        measure("load the project file", () -> {
            ProjectFiles.load(file);
            return null;
        });
        System.out.printf("project file: %.1f MB; first sync: %d changes; rename sync: %d renamed%n",
                Files.size(file) / 1e6, first.changes().size(),
                renames.counts().get(org.relsync.sync.report.ChangeKind.RENAMED));
        Files.delete(file);
    }

    private static <T> T measure(String name, Supplier<T> run) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        T result = run.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        String changes = result instanceof ChangeReport report ? String.valueOf(report.changes().size()) : "";
        System.out.printf("%-34s %10d %14d %10s%n", name, millis, peak >> 20, changes);
        return result;
    }

    static Project generate(int count, Random random) {
        Project project = RelSyncModel.newProject("Benchmark");
        Database database = RelationalFactory.eINSTANCE.createDatabase();
        database.setName("bench");
        database.setDriverId("ansi");
        Catalog catalog = RelationalFactory.eINSTANCE.createCatalog();
        catalog.setName("BENCH");
        Schema schema = RelationalFactory.eINSTANCE.createSchema();
        schema.setName("APP");
        schema.setSyncSource(SyncSource.MODEL);
        catalog.getSchemas().add(schema);
        database.getCatalogs().add(catalog);
        database.setDefaultSchema(schema);
        project.getDatabases().add(database);
        // in a resource, as a loaded project is: every element gets its id
        ProjectFiles.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("memory:/bench.relsync"))
                .getContents().add(project);

        List<Entity> entities = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Entity entity = EntityFactory.eINSTANCE.createEntity();
            entity.setName("Entity" + i);
            EntityField id = field(entity, "Id", ModelType.INT64);
            id.setIdentifying(true);
            id.setIdentity(true);
            for (int f = 1; f < 15; f++) {
                EntityField field = field(entity, "Field" + f, TYPES[random.nextInt(TYPES.length)]);
                field.setOptional(random.nextInt(3) == 0);
                if (field.getType() == ModelType.STRING) {
                    field.setLength(20 + random.nextInt(200));
                } else if (field.getType() == ModelType.DECIMAL) {
                    field.setPrecision(12);
                    field.setScale(2);
                }
            }
            project.getEntityModel().getEntities().add(entity);
            entities.add(entity);
        }
        int relationships = count * 8 / 5;
        for (int r = 0; r < relationships; r++) {
            Entity from = entities.get(random.nextInt(count));
            Entity to = entities.get(random.nextInt(count));
            EntityField fk = field(from, to.getName() + "Ref" + r, ModelType.INT64);
            fk.setOptional(true);
            Relationship relationship = EntityFactory.eINSTANCE.createRelationship();
            relationship.setName("Rel" + r);
            relationship.setKind(RelationshipKind.MANY_TO_ONE);
            relationship.setFkSide(RelationshipEnd.START);
            relationship.setStart(from);
            relationship.setEnd(to);
            relationship.getFkFields().add(fk);
            project.getEntityModel().getRelationships().add(relationship);
        }
        return project;
    }

    private static EntityField field(Entity entity, String name, ModelType type) {
        EntityField field = EntityFactory.eINSTANCE.createEntityField();
        field.setName(name);
        field.setType(type);
        entity.getFields().add(field);
        return field;
    }

    /** Renames 5 % of the entities and 5 % of the fields; returns how many. */
    private static int rename(Project project, Random random) {
        int renamed = 0;
        for (Entity entity : project.getEntityModel().getEntities()) {
            if (random.nextInt(20) == 0) {
                entity.setName(entity.getName() + "Renamed");
                renamed++;
            }
            for (EntityField field : entity.getFields()) {
                if (random.nextInt(20) == 0) {
                    field.setName(field.getName() + "Renamed");
                    renamed++;
                }
            }
        }
        return renamed;
    }
}
