package org.relsync.diagram.tests;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.relsync.model.RelSyncModel;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityFactory;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.io.ProjectResource;
import org.relsync.model.project.DatabaseSyncTask;
import org.relsync.model.project.Project;
import org.relsync.model.project.ProjectFactory;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.View;

/**
 * Projects for the scene tests, built in code (in a {@link ProjectResource}, so every element has
 * an id) or loaded from the repository's examples. Fields are {@code "Name Type flags"}
 * ({@code "Id Int32 key identity"}, {@code "Note String(500) optional"}), columns
 * {@code "Name TYPE(n) [NOT NULL]"}.
 */
final class Models {

    private static final EntityFactory E = EntityFactory.eINSTANCE;
    private static final RelationalFactory R = RelationalFactory.eINSTANCE;
    private static final Pattern FIELD = Pattern.compile("(\\S+)\\s+(\\w+)(?:\\((\\d+)(?:,(\\d+))?\\))?((?:\\s+\\w+)*)");
    private static final Pattern COLUMN = Pattern.compile("(\\S+)\\s+(\\w+)(?:\\((\\d+)(?:,(\\d+))?\\))?(\\s+NOT NULL)?");

    private Models() {
    }

    /** The repository's sample project, examples/shop/shop.relsync, loaded as the command line loads it. */
    static Project shop() {
        return ProjectFiles.load(Path.of(System.getProperty("relsync.repo", "../.."), "examples/shop/shop.relsync"));
    }

    static Project project(String name) {
        Project project = RelSyncModel.newProject(name);
        new ProjectResource(URI.createURI("memory:/" + name + ".relsync")).getContents().add(project);
        return project;
    }

    static Entity entity(Project project, String name, String... fields) {
        Entity entity = E.createEntity();
        entity.setName(name);
        project.getEntityModel().getEntities().add(entity);
        for (String spec : fields) {
            field(entity, spec);
        }
        return entity;
    }

    static EntityField field(Entity entity, String spec) {
        Matcher m = FIELD.matcher(spec.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(spec);
        }
        EntityField field = E.createEntityField();
        field.setName(m.group(1));
        field.setType(ModelType.get(m.group(2)));
        if (m.group(3) != null && m.group(4) != null) {
            field.setPrecision(Integer.valueOf(m.group(3)));
            field.setScale(Integer.valueOf(m.group(4)));
        } else if (m.group(3) != null) {
            field.setLength(Integer.valueOf(m.group(3)));
        }
        for (String flag : m.group(5).strip().split("\\s+")) {
            switch (flag) {
                case "" -> { }
                case "key" -> field.setIdentifying(true);
                case "identity" -> field.setIdentity(true);
                case "optional" -> field.setOptional(true);
                default -> throw new IllegalArgumentException(flag);
            }
        }
        entity.getFields().add(field);
        return field;
    }

    static EntityField named(Entity entity, String name) {
        return entity.getFields().stream().filter(f -> f.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + entity.getName()));
    }

    /** A relationship; the foreign key on {@code fkSide}, made of {@code fkFields}. */
    static Relationship relationship(Project project, String name, RelationshipKind kind, Entity start, Entity end,
            RelationshipEnd fkSide, String startNavigator, String endNavigator, EntityField... fkFields) {
        Relationship r = E.createRelationship();
        r.setName(name);
        r.setKind(kind);
        r.setStart(start);
        r.setEnd(end);
        r.setFkSide(fkSide);
        r.setStartNavigator(startNavigator);
        r.setEndNavigator(endNavigator);
        r.getFkFields().addAll(java.util.List.of(fkFields));
        project.getEntityModel().getRelationships().add(r);
        return r;
    }

    static Database database(Project project, String name) {
        Database database = R.createDatabase();
        database.setName(name);
        database.setDriverId("ansi");
        Catalog catalog = R.createCatalog();
        catalog.setName("DB");
        database.getCatalogs().add(catalog);
        project.getDatabases().add(database);
        return database;
    }

    static DatabaseSyncTask task(Project project, Database database) {
        DatabaseSyncTask task = ProjectFactory.eINSTANCE.createDatabaseSyncTask();
        task.setName("Sync with database " + database.getName());
        task.setDatabase(database);
        project.getSyncTasks().add(task);
        return task;
    }

    static Schema schema(Database database, String name, SyncSource source) {
        Schema schema = R.createSchema();
        schema.setName(name);
        schema.setSyncSource(source);
        database.getCatalogs().get(0).getSchemas().add(schema);
        if (database.getDefaultSchema() == null) {
            database.setDefaultSchema(schema);
        }
        return schema;
    }

    static Table table(Schema schema, String name, String... columns) {
        Table table = R.createTable();
        table.setName(name);
        schema.getTables().add(table);
        columns(table, columns);
        return table;
    }

    static View view(Schema schema, String name, String... columns) {
        View view = R.createView();
        view.setName(name);
        view.setDefinition("SELECT 1");
        schema.getViews().add(view);
        columns(view, columns);
        return view;
    }

    static Sequence sequence(Schema schema, String name) {
        Sequence sequence = R.createSequence();
        sequence.setName(name);
        schema.getSequences().add(sequence);
        return sequence;
    }

    static PrimaryKey primaryKey(Table table, String... columns) {
        PrimaryKey pk = R.createPrimaryKey();
        pk.setName("PK_" + table.getName());
        for (String c : columns) {
            pk.getFields().add(column(table, c));
        }
        table.setPrimaryKey(pk);
        return pk;
    }

    static ForeignKey foreignKey(Table table, String column, Table referenced, String referencedColumn) {
        ForeignKey fk = R.createForeignKey();
        fk.setName("FK_" + table.getName() + "_" + referenced.getName());
        fk.getFields().add(column(table, column));
        fk.setReferencedTable(referenced);
        fk.getReferencedFields().add(column(referenced, referencedColumn));
        table.getForeignKeys().add(fk);
        return fk;
    }

    static TableField column(TableOrView table, String name) {
        return table.getFields().stream().filter(f -> name.equals(f.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + name + " in " + table.getName()));
    }

    private static void columns(TableOrView table, String... columns) {
        for (String spec : columns) {
            Matcher m = COLUMN.matcher(spec.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException(spec);
            }
            TableField field = R.createTableField();
            field.setName(m.group(1));
            field.setDataType(m.group(2).toUpperCase(Locale.ROOT));
            if (m.group(3) != null && m.group(4) != null) {
                field.setPrecision(Integer.valueOf(m.group(3)));
                field.setScale(Integer.valueOf(m.group(4)));
            } else if (m.group(3) != null) {
                field.setLength(Integer.valueOf(m.group(3)));
            }
            field.setNullable(m.group(5) == null);
            field.setOrdinal(table.getFields().size() + 1);
            table.getFields().add(field);
        }
    }
}
