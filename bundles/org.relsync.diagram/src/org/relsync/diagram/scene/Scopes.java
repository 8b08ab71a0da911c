package org.relsync.diagram.scene;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.TypedView;
import org.relsync.model.mapping.TypedViewMapping;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;

/**
 * What a {@link DiagramScope} names, found in a project: its database, schemas, and elements with
 * their neighbours. A name the project does not have is an {@link IllegalArgumentException} that
 * lists what there is.
 */
final class Scopes {

    private Scopes() {
    }

    /**
     * The database named by id or name; {@code null} names the project's only database. When
     * {@code required} is false (an entity diagram), no name and not exactly one database give
     * {@code null}: no database's marks, orphans or mappings are shown.
     */
    static Database database(Project project, String wanted, boolean required) {
        List<Database> databases = project.getDatabases();
        if (wanted != null) {
            for (Database database : databases) {
                if (wanted.equals(database.getId())) {
                    return database;
                }
            }
            for (Database database : databases) {
                if (wanted.equals(database.getName())) {
                    return database;
                }
            }
            throw new IllegalArgumentException("no database " + wanted + " in project " + project.getName() + "; "
                    + databaseList(databases));
        }
        if (databases.size() == 1) {
            return databases.get(0);
        }
        if (!required) {
            return null;
        }
        throw new IllegalArgumentException(databases.isEmpty() ? "project " + project.getName() + " has no database"
                : "project " + project.getName() + " has " + databases.size() + " databases, name one: "
                        + databaseList(databases));
    }

    private static String databaseList(List<Database> databases) {
        return databases.isEmpty() ? "it has none"
                : "its databases (id): " + databases.stream().map(d -> Objects.equals(d.getId(), d.getName()) ? d.getId()
                        : d.getId() + " (" + d.getName() + ")").collect(Collectors.joining(", "));
    }

    /** The schemas named (all when none is), in model order. */
    static List<Schema> schemas(Database database, List<String> names) {
        List<Schema> all = Elements.schemas(database);
        if (names.isEmpty()) {
            return all;
        }
        for (String name : names) {
            if (all.stream().noneMatch(s -> name.equals(s.getName()))) {
                throw new IllegalArgumentException("no schema " + name + " in database " + database.getName()
                        + "; its schemas: " + all.stream().map(Schema::getName).collect(Collectors.joining(", ")));
            }
        }
        return all.stream().filter(s -> names.contains(s.getName())).toList();
    }

    /**
     * The entities and typed views named, with the entities {@code depth} relationships (or supertype
     * links) away; {@code null} when no name is given (everything).
     */
    static Set<EObject> entities(Project project, List<String> names, int depth) {
        if (names.isEmpty()) {
            return null;
        }
        Set<EObject> found = newSet();
        List<Entity> seeds = new ArrayList<>();
        for (String name : names) {
            Entity entity = project.getEntityModel().getEntities().stream().filter(e -> name.equals(e.getName())).findFirst()
                    .orElse(null);
            if (entity != null) {
                found.add(entity);
                seeds.add(entity);
                continue;
            }
            TypedView view = project.getEntityModel().getTypedViews().stream().filter(v -> name.equals(v.getName()))
                    .findFirst().orElse(null);
            if (view == null) {
                throw new IllegalArgumentException("no entity or typed view " + name + " in project " + project.getName()
                        + "; its entities: " + names(project.getEntityModel().getEntities().stream().map(Entity::getName).toList()));
            }
            found.add(view);
        }
        Map<Entity, List<Entity>> neighbours = new IdentityHashMap<>();
        for (Relationship r : project.getEntityModel().getRelationships()) {
            if (r.getStart() != null && r.getEnd() != null) {
                neighbours.computeIfAbsent(r.getStart(), k -> new ArrayList<>()).add(r.getEnd());
                neighbours.computeIfAbsent(r.getEnd(), k -> new ArrayList<>()).add(r.getStart());
            }
        }
        for (Entity e : project.getEntityModel().getEntities()) {
            if (e.getSupertype() != null) {
                neighbours.computeIfAbsent(e, k -> new ArrayList<>()).add(e.getSupertype());
                neighbours.computeIfAbsent(e.getSupertype(), k -> new ArrayList<>()).add(e);
            }
        }
        expand(found, seeds, depth, e -> neighbours.getOrDefault(e, List.of()));
        return found;
    }

    /**
     * The tables and views of a tables diagram: {@code null} (all of the schemas) when no name is
     * given; else each name's table (see {@link #tableNamed}), with the tables {@code depth} foreign
     * keys away, either way.
     */
    static Set<TableOrView> tables(Project project, Database database, DatabaseMappings mappings, List<Schema> schemas,
            List<String> names, int depth) {
        if (names.isEmpty()) {
            return null;
        }
        List<TableOrView> all = new ArrayList<>();
        for (Schema schema : schemas) {
            all.addAll(schema.getTables());
            all.addAll(schema.getViews());
        }
        Set<TableOrView> found = newSet();
        List<TableOrView> seeds = new ArrayList<>();
        for (String name : names) {
            TableOrView table = tableNamed(project, database, mappings, all, name);
            if (found.add(table)) {
                seeds.add(table);
            }
        }
        Set<TableOrView> inSchemas = newSet();
        inSchemas.addAll(all);
        Map<TableOrView, List<TableOrView>> neighbours = new IdentityHashMap<>();
        for (TableOrView t : all) {
            if (t instanceof Table table) {
                for (ForeignKey key : table.getForeignKeys()) {
                    Table referenced = key.getReferencedTable();
                    if (referenced != null && inSchemas.contains(referenced)) {
                        neighbours.computeIfAbsent(table, k -> new ArrayList<>()).add(referenced);
                        neighbours.computeIfAbsent(referenced, k -> new ArrayList<>()).add(table);
                    }
                }
            }
        }
        expand(found, seeds, depth, t -> neighbours.getOrDefault(t, List.of()));
        return found;
    }

    /**
     * The table or view a name stands for in a tables diagram: an entity's table, a typed view's
     * table or view, or a table or view of that name, in the schemas drawn.
     */
    private static TableOrView tableNamed(Project project, Database database, DatabaseMappings mappings,
            List<TableOrView> all, String name) {
        String what;
        TableOrView table;
        Entity entity = project.getEntityModel().getEntities().stream().filter(e -> name.equals(e.getName())).findFirst()
                .orElse(null);
        TypedViewMapping typedView = mappings.container().getTypedViewMappings().stream()
                .filter(m -> m.getTypedView() != null && name.equals(m.getTypedView().getName())).findFirst().orElse(null);
        if (entity != null) {
            what = "entity " + name;
            table = mappings.target(entity).orElse(null);
        } else if (typedView != null) {
            what = "typed view " + name;
            table = typedView.getTarget();
        } else {
            return all.stream().filter(t -> name.equals(t.getName())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no entity, typed view, table or view " + name
                            + " in database " + database.getName() + "; its tables: "
                            + names(all.stream().map(TableOrView::getName).toList())));
        }
        if (table == null) {
            throw new IllegalArgumentException(what + " is mapped onto nothing in database " + database.getName());
        }
        if (!all.contains(table)) {
            throw new IllegalArgumentException("what " + what + " is mapped onto, " + Elements.fullPath(table)
                    + ", is in none of the schemas drawn");
        }
        return table;
    }

    /** Adds to {@code found} what lies up to {@code depth} steps from {@code seeds}, breadth first. */
    private static <T> void expand(Set<? super T> found, List<T> seeds, int depth,
            java.util.function.Function<T, List<T>> neighbours) {
        List<T> frontier = seeds;
        for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
            List<T> next = new ArrayList<>();
            for (T element : frontier) {
                for (T neighbour : neighbours.apply(element)) {
                    if (found.add(neighbour)) {
                        next.add(neighbour);
                    }
                }
            }
            frontier = next;
        }
    }

    private static <T> Set<T> newSet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** The first 20 names, then how many more. */
    private static String names(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        String shown = String.join(", ", names.subList(0, Math.min(20, names.size())));
        return names.size() > 20 ? shown + " and " + (names.size() - 20) + " more" : shown;
    }
}
