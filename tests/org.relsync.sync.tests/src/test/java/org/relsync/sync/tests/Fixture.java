package org.relsync.sync.tests;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.relsync.model.RelSyncModel;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityFactory;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.EntityUniqueConstraint;
import org.relsync.model.entity.ModelType;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.entity.TypedView;
import org.relsync.model.entity.TypedViewField;
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
import org.relsync.model.relational.UniqueConstraint;
import org.relsync.model.relational.View;

/**
 * Builds projects and database snapshots in code, tersely, for the scenario tests. Columns are
 * written as DDL-like strings: {@code "Id INTEGER NOT NULL IDENTITY"}, {@code "Name VARCHAR(100)"}.
 */
final class Fixture {

    private static final EntityFactory E = EntityFactory.eINSTANCE;
    private static final RelationalFactory R = RelationalFactory.eINSTANCE;
    private static final Pattern COLUMN = Pattern.compile(
            "(\\S+)\\s+([A-Za-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?(\\s+NOT NULL)?(\\s+IDENTITY)?");

    final Project project;

    private Fixture(Project project) {
        this.project = project;
    }

    /** A new project with the spec's defaults and only the "Sync with the model" task, in a resource (so it has ids). */
    static Fixture project(String name) {
        Project project = RelSyncModel.newProject(name);
        new ProjectResource(org.eclipse.emf.common.util.URI.createURI("memory:/" + name + ".relsync"))
                .getContents().add(project);
        return new Fixture(project);
    }

    // ---- entity model

    Entity entity(String name) {
        Entity entity = E.createEntity();
        entity.setName(name);
        project.getEntityModel().getEntities().add(entity);
        return entity;
    }

    /** Flags: {@code id} (identifying), {@code identity}, {@code optional}, {@code readonly}, {@code len=N}, {@code prec=N}, {@code scale=N}. */
    static EntityField field(Entity entity, String name, ModelType type, String... flags) {
        EntityField field = E.createEntityField();
        field.setName(name);
        field.setType(type);
        for (String flag : flags) {
            switch (flag.replaceAll("=.*", "")) {
                case "id" -> field.setIdentifying(true);
                case "identity" -> field.setIdentity(true);
                case "optional" -> field.setOptional(true);
                case "readonly" -> field.setReadOnly(true);
                case "len" -> field.setLength(Integer.valueOf(flag.substring(4)));
                case "prec" -> field.setPrecision(Integer.valueOf(flag.substring(5)));
                case "scale" -> field.setScale(Integer.valueOf(flag.substring(6)));
                default -> throw new IllegalArgumentException(flag);
            }
        }
        entity.getFields().add(field);
        return field;
    }

    /** A many-to-one relationship from {@code from} (the FK side) to {@code to}. */
    Relationship manyToOne(String name, Entity from, Entity to, EntityField... fkFields) {
        Relationship relationship = E.createRelationship();
        relationship.setName(name);
        relationship.setKind(RelationshipKind.MANY_TO_ONE);
        relationship.setStart(from);
        relationship.setEnd(to);
        relationship.setFkSide(RelationshipEnd.START);
        relationship.getFkFields().addAll(List.of(fkFields));
        project.getEntityModel().getRelationships().add(relationship);
        return relationship;
    }

    /** A many-to-many relationship between {@code start} and {@code end}: no FK fields, a link table holds the keys. */
    Relationship manyToMany(String name, Entity start, Entity end) {
        Relationship relationship = E.createRelationship();
        relationship.setName(name);
        relationship.setKind(RelationshipKind.MANY_TO_MANY);
        relationship.setStart(start);
        relationship.setEnd(end);
        relationship.setFkSide(RelationshipEnd.START);
        project.getEntityModel().getRelationships().add(relationship);
        return relationship;
    }

    static EntityUniqueConstraint unique(Entity entity, String name, EntityField... fields) {
        EntityUniqueConstraint uc = E.createEntityUniqueConstraint();
        uc.setName(name);
        uc.getFields().addAll(List.of(fields));
        entity.getUniqueConstraints().add(uc);
        return uc;
    }

    TypedView typedView(String name, String... fields) {
        TypedView view = E.createTypedView();
        view.setName(name);
        for (String f : fields) {
            TypedViewField field = E.createTypedViewField();
            field.setName(f);
            field.setType(ModelType.STRING);
            view.getFields().add(field);
        }
        project.getEntityModel().getTypedViews().add(view);
        return view;
    }

    // ---- relational model data

    /** A database of the project with one catalog. */
    Database database(String name, String driver) {
        Database database = newDatabase(name, driver);
        project.getDatabases().add(database);
        return database;
    }

    /** A database snapshot, as a catalog source returns it (not part of any project). */
    static Database newDatabase(String name, String driver) {
        Database database = R.createDatabase();
        database.setName(name);
        database.setDriverId(driver);
        Catalog catalog = R.createCatalog();
        catalog.setName("DB");
        database.getCatalogs().add(catalog);
        return database;
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

    DatabaseSyncTask databaseTask(Database database) {
        DatabaseSyncTask task = ProjectFactory.eINSTANCE.createDatabaseSyncTask();
        task.setName("Sync with database " + database.getName());
        task.setDatabase(database);
        project.getSyncTasks().add(task);
        return task;
    }

    static Table table(Schema schema, String name, String... columns) {
        Table table = R.createTable();
        table.setName(name);
        addColumns(table, columns);
        schema.getTables().add(table);
        return table;
    }

    static View view(Schema schema, String name, String... columns) {
        View view = R.createView();
        view.setName(name);
        view.setDefinition("SELECT 1");
        addColumns(view, columns);
        schema.getViews().add(view);
        return view;
    }

    static Sequence sequence(Schema schema, String name) {
        Sequence sequence = R.createSequence();
        sequence.setName(name);
        schema.getSequences().add(sequence);
        return sequence;
    }

    static PrimaryKey primaryKey(Table table, String name, String... columns) {
        PrimaryKey pk = R.createPrimaryKey();
        pk.setName(name);
        for (String c : columns) {
            pk.getFields().add(column(table, c));
        }
        table.setPrimaryKey(pk);
        return pk;
    }

    static UniqueConstraint uniqueConstraint(Table table, String name, String... columns) {
        UniqueConstraint uc = R.createUniqueConstraint();
        uc.setName(name);
        for (String c : columns) {
            uc.getFields().add(column(table, c));
        }
        table.getUniqueConstraints().add(uc);
        return uc;
    }

    static ForeignKey foreignKey(Table table, String name, String column, Table referenced, String referencedColumn) {
        ForeignKey fk = R.createForeignKey();
        fk.setName(name);
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

    static Table table(Database database, String schema, String table) {
        return database.getCatalogs().get(0).getSchemas().stream().filter(s -> s.getName().equals(schema))
                .flatMap(s -> s.getTables().stream()).filter(t -> t.getName().equals(table)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + schema + "." + table));
    }

    private static void addColumns(TableOrView table, String... columns) {
        for (String spec : columns) {
            Matcher m = COLUMN.matcher(spec.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException(spec);
            }
            TableField field = R.createTableField();
            field.setName(m.group(1));
            field.setDataType(m.group(2).strip().toUpperCase(Locale.ROOT));
            if (m.group(3) != null && m.group(4) != null) {
                field.setPrecision(Integer.valueOf(m.group(3)));
                field.setScale(Integer.valueOf(m.group(4)));
            } else if (m.group(3) != null) {
                if (field.getDataType().equals("DECIMAL") || field.getDataType().equals("NUMERIC")) {
                    field.setPrecision(Integer.valueOf(m.group(3)));
                } else {
                    field.setLength(Integer.valueOf(m.group(3)));
                }
            }
            field.setNullable(m.group(5) == null);
            field.setIdentity(m.group(6) != null);
            field.setOrdinal(table.getFields().size() + 1);
            table.getFields().add(field);
        }
    }
}
