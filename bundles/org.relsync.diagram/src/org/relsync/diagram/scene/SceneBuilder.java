package org.relsync.diagram.scene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.relsync.model.common.Element;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.EntityUniqueConstraint;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.entity.TypedField;
import org.relsync.model.entity.TypedView;
import org.relsync.model.entity.TypedViewField;
import org.relsync.model.mapping.DatabaseMapping;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.mapping.TypedViewFieldMapping;
import org.relsync.model.mapping.TypedViewMapping;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.UniqueConstraint;
import org.relsync.model.relational.View;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.dialect.DialectRegistry;
import org.relsync.sync.report.ChangeReport;

/**
 * Builds the {@link Scene} of one diagram (DIAGRAM-SPEC sections 1 and 2) from a project, a
 * scope and the last sync's report: nodes, rows and edges in model order, each with the model id
 * of what it shows and the sync state {@link States} gives it, then the scope's filter (what does
 * not qualify is faded, not hidden) and the legend of what the scene uses.
 * <p>
 * The same project, scope and report give an equal scene: everything is visited in model order;
 * hash maps serve only lookups.
 */
public final class SceneBuilder {

    private final Project project;
    private final DiagramScope scope;
    private final States states;
    private final Database database;
    private final DatabaseMappings mappings;
    private final List<Group> groups = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    /** The rows each node shows, by node id; an edge end names a row only when it is shown. */
    private final Map<String, Set<String>> shownRows = new HashMap<>();

    private SceneBuilder(Project project, DiagramScope scope, Database database, States states) {
        this.project = project;
        this.scope = scope;
        this.database = database;
        this.states = states;
        this.mappings = database == null ? null : DatabaseMappings.existing(project, database);
    }

    /**
     * The scene of {@code scope} in {@code project}, with identifiers checked by the generic ANSI
     * dialect (see {@link #build(Project, DiagramScope, ChangeReport, DialectRegistry)}).
     *
     * @param lastSync the report of the last sync, for lost mappings and what it created, renamed or
     *                 changed; {@code null}: none
     * @throws IllegalArgumentException when the scope names a database, schema, entity or table the
     *                                  project does not have, or names no database where several exist
     */
    public static Scene build(Project project, DiagramScope scope, ChangeReport lastSync) {
        return build(project, scope, lastSync, DialectRegistry.ansi());
    }

    /**
     * The scene of {@code scope} in {@code project}, validated with {@code dialects} (the
     * command line passes the database kinds' dialects, as {@code relsync validate} does).
     */
    public static Scene build(Project project, DiagramScope scope, ChangeReport lastSync, DialectRegistry dialects) {
        return build(project, scope, lastSync, dialects, null);
    }

    /**
     * As {@link #build(Project, DiagramScope, ChangeReport, DialectRegistry)} with the errors and
     * warnings of a validation already made ({@code findings}; {@code null}: validate now), as the
     * workbench does with the latest validation it has (validating the whole project is the
     * largest part of a scene: it does that off the UI thread).
     */
    public static Scene build(Project project, DiagramScope scope, ChangeReport lastSync, DialectRegistry dialects,
            List<org.relsync.sync.validation.Validation.Finding> findings) {
        if (project.getId() == null) {
            throw new IllegalArgumentException("project " + project.getName()
                    + " has no element ids: load it with ProjectFiles, or add it to a ProjectResource");
        }
        Database database = Scopes.database(project, scope.database(), scope.kind() != DiagramKind.ENTITIES);
        SceneBuilder builder = new SceneBuilder(project, scope, database, States.of(project, database,
                scope.kind() != DiagramKind.ENTITIES, lastSync, dialects, findings));
        String title = switch (scope.kind()) {
            case ENTITIES -> {
                builder.entities();
                yield "Entities of " + project.getName();
            }
            case TABLES -> {
                builder.tables();
                yield "Tables of database " + database.getName();
            }
            case MAPPINGS -> {
                builder.mappings();
                yield "Mappings of " + project.getName() + " onto database " + database.getName();
            }
        };
        return builder.finish(title);
    }

    // ---- entities

    private void entities() {
        Set<EObject> inScope = Scopes.entities(project, scope.entities(), scope.depth());
        Set<EntityField> fkFields = fkFields();
        for (Entity entity : project.getEntityModel().getEntities()) {
            if (inScope == null || inScope.contains(entity)) {
                nodes.add(entityNode(entity, null, fkFields));
            }
        }
        for (TypedView view : project.getEntityModel().getTypedViews()) {
            if (inScope == null || inScope.contains(view)) {
                nodes.add(typedViewNode(view, null));
            }
        }
        for (Relationship relationship : project.getEntityModel().getRelationships()) {
            relationshipEdge(relationship);
        }
        for (Entity entity : project.getEntityModel().getEntities()) {
            Entity supertype = entity.getSupertype();
            if (supertype != null && shown(entity) && shown(supertype)) {
                edges.add(new Edge(entity.getId() + "/supertype", EdgeKind.SUPERTYPE, End.of(entity.getId()),
                        End.of(supertype.getId()), null, SyncState.NONE));
            }
        }
    }

    private Set<EntityField> fkFields() {
        Set<EntityField> fkFields = new LinkedHashSet<>();
        project.getEntityModel().getRelationships().forEach(r -> fkFields.addAll(r.getFkFields()));
        return fkFields;
    }

    private Node entityNode(Entity entity, String group, Set<EntityField> fkFields) {
        Set<EntityField> unique = new LinkedHashSet<>();
        for (EntityUniqueConstraint uc : entity.getUniqueConstraints()) {
            unique.addAll(uc.getFields());
        }
        List<Row> rows = new ArrayList<>();
        for (EntityField field : entity.getFields()) {
            EnumSet<Marker> markers = EnumSet.noneOf(Marker.class);
            flag(markers, Marker.KEY, field.isIdentifying());
            flag(markers, Marker.OPTIONAL, field.isOptional());
            flag(markers, Marker.FOREIGN_KEY, fkFields.contains(field));
            flag(markers, Marker.IDENTITY, field.isIdentity());
            flag(markers, Marker.UNIQUE, unique.contains(field));
            rows.add(new Row(field.getId(), field.getName(), type(field), markers, states.of(field)));
        }
        return node(entity, NodeKind.ENTITY, entity.getName(), group, rows);
    }

    private Node typedViewNode(TypedView view, String group) {
        List<Row> rows = new ArrayList<>();
        for (TypedViewField field : view.getFields()) {
            EnumSet<Marker> markers = EnumSet.noneOf(Marker.class);
            flag(markers, Marker.OPTIONAL, field.isOptional());
            rows.add(new Row(field.getId(), field.getName(), type(field), markers, states.of(field)));
        }
        return node(view, NodeKind.TYPED_VIEW, view.getName(), group, rows);
    }

    /**
     * A relationship in crow's-foot notation: the foreign-key side is "many" ({@code *}; {@code 0..1}
     * for one-to-one), the other side {@code 1}, or {@code 0..1} when a foreign-key field is optional;
     * many-to-many is {@code *} at both ends. An end's label is the navigator that leads to it
     * (UML's role name: {@code Order.Customer} is written at the Customer end); the foreign-key end
     * starts at the row of its first foreign-key field.
     */
    private void relationshipEdge(Relationship relationship) {
        Entity start = relationship.getStart();
        Entity end = relationship.getEnd();
        if (start == null || end == null || !shown(start) || !shown(end)) {
            return;
        }
        RelationshipKind kind = relationship.getKind();
        boolean fkOnStart = relationship.getFkSide() != RelationshipEnd.END;
        boolean optional = relationship.getFkFields().stream().anyMatch(EntityField::isOptional);
        String one = optional ? "0..1" : "1";
        String fkEnd = kind == RelationshipKind.ONE_TO_ONE ? "0..1" : "*";
        String startCardinality;
        String endCardinality;
        if (kind == RelationshipKind.MANY_TO_MANY) {
            startCardinality = "*";
            endCardinality = "*";
        } else {
            startCardinality = fkOnStart ? fkEnd : one;
            endCardinality = fkOnStart ? one : fkEnd;
        }
        String fkRow = relationship.getFkFields().isEmpty() || kind == RelationshipKind.MANY_TO_MANY ? null
                : relationship.getFkFields().get(0).getId();
        End source = end(start.getId(), fkOnStart ? fkRow : null, startCardinality, relationship.getEndNavigator());
        End target = end(end.getId(), fkOnStart ? null : fkRow, endCardinality, relationship.getStartNavigator());
        edges.add(new Edge(relationship.getId(), EdgeKind.RELATIONSHIP, source, target, relationship.getName(),
                states.of(relationship)));
    }

    // ---- tables

    private void tables() {
        List<Schema> schemas = Scopes.schemas(database, scope.schemas());
        Set<TableOrView> inScope = Scopes.tables(project, database, mappings, schemas, scope.entities(), scope.depth());
        for (Schema schema : schemas) {
            List<Node> members = new ArrayList<>();
            for (Table table : schema.getTables()) {
                if (inScope == null || inScope.contains(table)) {
                    members.add(tableNode(table, schema.getId()));
                }
            }
            for (View view : schema.getViews()) {
                if (inScope == null || inScope.contains(view)) {
                    members.add(tableNode(view, schema.getId()));
                }
            }
            for (Sequence sequence : schema.getSequences()) {
                if (inScope == null || usedBy(sequence, inScope)) {
                    members.add(node(sequence, NodeKind.SEQUENCE, sequence.getName(), schema.getId(), List.of()));
                }
            }
            if (inScope == null || !members.isEmpty()) {
                String source = schema.getSyncSource() == null ? null : schema.getSyncSource().getLiteral();
                groups.add(new Group(schema.getId(), schema.getName(), source, states.of(schema)));
                nodes.addAll(members);
            }
        }
        for (Schema schema : schemas) {
            for (Table table : schema.getTables()) {
                for (ForeignKey key : table.getForeignKeys()) {
                    foreignKeyEdge(table, key);
                }
                for (TableField column : table.getFields()) {
                    Sequence sequence = column.getSequence();
                    if (sequence != null && shown(table) && shown(sequence)) {
                        edges.add(new Edge(column.getId() + "/sequence", EdgeKind.SEQUENCE_USE,
                                end(table.getId(), column.getId(), null, null), End.of(sequence.getId()), null,
                                SyncState.NONE));
                    }
                }
            }
        }
    }

    private static boolean usedBy(Sequence sequence, Set<TableOrView> tables) {
        for (TableOrView table : tables) {
            for (TableField column : table.getFields()) {
                if (column.getSequence() == sequence) {
                    return true;
                }
            }
        }
        return false;
    }

    private Node tableNode(TableOrView table, String group) {
        Set<TableField> key = new LinkedHashSet<>();
        Set<TableField> foreign = new LinkedHashSet<>();
        Set<TableField> unique = new LinkedHashSet<>();
        if (table instanceof Table t) {
            if (t.getPrimaryKey() != null) {
                key.addAll(t.getPrimaryKey().getFields());
            }
            t.getForeignKeys().forEach(fk -> foreign.addAll(fk.getFields()));
            for (UniqueConstraint uc : t.getUniqueConstraints()) {
                unique.addAll(uc.getFields());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (TableField column : table.getFields()) {
            EnumSet<Marker> markers = EnumSet.noneOf(Marker.class);
            flag(markers, Marker.KEY, key.contains(column));
            flag(markers, Marker.OPTIONAL, column.isNullable());
            flag(markers, Marker.FOREIGN_KEY, foreign.contains(column));
            flag(markers, Marker.IDENTITY, column.isIdentity());
            flag(markers, Marker.UNIQUE, unique.contains(column));
            rows.add(new Row(column.getId(), column.getName(), type(column), markers, states.of(column)));
        }
        return node(table, table instanceof View ? NodeKind.VIEW : NodeKind.TABLE, table.getName(), group, rows);
    }

    /**
     * A foreign key, from the row of its first column to the referenced table: {@code *} at the
     * referencing end, {@code 1} at the referenced one ({@code 0..1} when a column is nullable). A key
     * whose referenced table is not on the diagram (another schema, out of scope) is not drawn.
     */
    private void foreignKeyEdge(Table table, ForeignKey key) {
        Table referenced = key.getReferencedTable();
        if (referenced == null || !shown(table) || !shown(referenced)) {
            return;
        }
        String row = key.getFields().isEmpty() ? null : key.getFields().get(0).getId();
        boolean nullable = key.getFields().stream().anyMatch(TableField::isNullable);
        edges.add(new Edge(key.getId(), EdgeKind.FOREIGN_KEY, end(table.getId(), row, "*", null),
                end(referenced.getId(), null, nullable ? "0..1" : "1", null), key.getName(), states.of(key)));
    }

    // ---- mappings

    private void mappings() {
        List<Schema> schemas = Scopes.schemas(database, scope.schemas());
        Set<TableOrView> inSchemas = new LinkedHashSet<>();
        for (Schema schema : schemas) {
            inSchemas.addAll(schema.getTables());
            inSchemas.addAll(schema.getViews());
        }
        boolean allSchemas = scope.schemas().isEmpty();
        Set<EObject> inScope = Scopes.entities(project, scope.entities(), scope.depth());
        DatabaseMapping container = project.getMappings().stream().filter(m -> m.getDatabase() == database).findFirst()
                .orElse(null);
        List<TypedViewMapping> typedViewMappings = container == null ? List.of() : container.getTypedViewMappings();

        // the entity side: the entities (and typed views) in scope; with some schemas only, those mapped into them
        String entitySide = project.getEntityModel().getId() == null ? "entities" : project.getEntityModel().getId();
        String tableSide = database.getId();
        groups.add(new Group(entitySide, "Entities of " + project.getName(), null, SyncState.NONE));
        groups.add(new Group(tableSide, "Tables of database " + database.getName(), null, states.of(database)));
        Set<EntityField> fkFields = fkFields();
        Set<TableOrView> targets = new LinkedHashSet<>();
        for (Entity entity : project.getEntityModel().getEntities()) {
            TableOrView target = mappings.target(entity).orElse(null);
            if ((inScope == null || inScope.contains(entity)) && (allSchemas || inSchemas.contains(target))) {
                nodes.add(entityNode(entity, entitySide, fkFields));
                if (target != null) {
                    targets.add(target);
                }
            }
        }
        for (TypedView view : project.getEntityModel().getTypedViews()) {
            TableOrView target = typedViewMappings.stream().filter(m -> m.getTypedView() == view)
                    .map(TypedViewMapping::getTarget).findFirst().orElse(null);
            if ((inScope == null || inScope.contains(view)) && (allSchemas || inSchemas.contains(target))) {
                nodes.add(typedViewNode(view, entitySide));
                if (target != null) {
                    targets.add(target);
                }
            }
        }
        // the table side: every table and view of the schemas, or, for some entities, their tables and link tables
        if (inScope != null) {
            for (Relationship relationship : project.getEntityModel().getRelationships()) {
                if (shown(relationship.getStart()) && shown(relationship.getEnd())) {
                    mappings.linkTable(relationship).ifPresent(targets::add);
                }
            }
        }
        for (Schema schema : schemas) {
            for (Table table : schema.getTables()) {
                if (inScope == null || targets.contains(table)) {
                    nodes.add(tableNode(table, tableSide));
                }
            }
            for (View view : schema.getViews()) {
                if (inScope == null || targets.contains(view)) {
                    nodes.add(tableNode(view, tableSide));
                }
            }
        }
        if (container == null) {
            return;
        }
        boolean detail = scope.columns() == ColumnDetail.ALL;
        for (EntityMapping em : container.getEntityMappings()) {
            mappingEdge(em, EdgeKind.ENTITY_MAPPING, em.getEntity(), null, em.getTarget(), null);
            if (detail) {
                for (FieldMapping fm : em.getFieldMappings()) {
                    mappingEdge(fm, EdgeKind.FIELD_MAPPING, em.getEntity(), fm.getField(), em.getTarget(), fm.getTarget());
                }
            }
        }
        for (TypedViewMapping tvm : container.getTypedViewMappings()) {
            mappingEdge(tvm, EdgeKind.ENTITY_MAPPING, tvm.getTypedView(), null, tvm.getTarget(), null);
            if (detail) {
                for (TypedViewFieldMapping fm : tvm.getFieldMappings()) {
                    mappingEdge(fm, EdgeKind.FIELD_MAPPING, tvm.getTypedView(), fm.getField(), tvm.getTarget(),
                            fm.getTarget());
                }
            }
        }
        for (RelationshipMapping rm : container.getRelationshipMappings()) {
            relationshipMappingEdge(rm);
        }
    }

    private void mappingEdge(Element mapping, EdgeKind kind, Element from, Element fromRow, TableOrView to, TableField toRow) {
        if (from == null || to == null || !shown(from) || !shown(to)) {
            return;
        }
        if (kind == EdgeKind.FIELD_MAPPING && (fromRow == null || toRow == null || !shownRow(from, fromRow)
                || !shownRow(to, toRow))) {
            return;
        }
        edges.add(new Edge(mapping.getId(), kind, end(from.getId(), fromRow == null ? null : fromRow.getId(), null, null),
                end(to.getId(), toRow == null ? null : toRow.getId(), null, null), null, states.of(mapping)));
    }

    /**
     * A relationship's mapping: from the entity on the foreign-key side to the row of the key's first
     * column in the table that holds it; for a many-to-many relationship, from each end's entity to
     * the link table's key that references its table (the second one's id is the mapping's id with
     * {@code /inverse}).
     */
    private void relationshipMappingEdge(RelationshipMapping rm) {
        Relationship relationship = rm.getRelationship();
        if (relationship == null) {
            return;
        }
        boolean manyToMany = relationship.getKind() == RelationshipKind.MANY_TO_MANY;
        Entity from = manyToMany ? relationship.getStart() : Elements.fkEntity(relationship);
        keyMappingEdge(rm.getId(), from, rm.getTarget(), relationship, rm);
        if (manyToMany) {
            keyMappingEdge(rm.getId() + "/inverse", relationship.getEnd(), rm.getInverseTarget(), relationship, rm);
        }
    }

    private void keyMappingEdge(String id, Entity from, ForeignKey key, Relationship relationship, RelationshipMapping rm) {
        if (from == null || key == null || !(key.eContainer() instanceof Table table) || !shown(from) || !shown(table)) {
            return;
        }
        String row = key.getFields().isEmpty() ? null : key.getFields().get(0).getId();
        edges.add(new Edge(id, EdgeKind.RELATIONSHIP_MAPPING, End.of(from.getId()), end(table.getId(), row, null, null),
                relationship.getName() + " \u2192 " + key.getName(), states.of(rm)));
    }

    // ---- nodes, rows, ends

    /** A node with the rows the scope's column detail keeps: all, the key and foreign-key ones, or none. */
    private Node node(Element element, NodeKind kind, String name, String group, List<Row> rows) {
        List<Row> kept = switch (scope.columns()) {
            case ALL -> rows;
            case KEYS -> rows.stream().filter(r -> r.markers().contains(Marker.KEY) || r.markers().contains(Marker.FOREIGN_KEY))
                    .toList();
            case NONE -> List.of();
        };
        Set<String> ids = new LinkedHashSet<>();
        kept.forEach(r -> ids.add(r.id()));
        shownRows.put(element.getId(), ids);
        return new Node(element.getId(), kind, name, group, kept, rows.size() - kept.size(), states.of(element));
    }

    private boolean shown(EObject element) {
        return element instanceof Element e && shownRows.containsKey(e.getId());
    }

    private boolean shownRow(Element node, Element row) {
        Set<String> rows = shownRows.get(node.getId());
        return rows != null && rows.contains(row.getId());
    }

    /** An end at {@code row} of {@code node} when the node shows that row, else at the node itself. */
    private End end(String node, String row, String cardinality, String label) {
        Set<String> rows = shownRows.get(node);
        return new End(node, row != null && rows != null && rows.contains(row) ? row : null, cardinality, label);
    }

    private static void flag(Set<Marker> markers, Marker marker, boolean on) {
        if (on) {
            markers.add(marker);
        }
    }

    /** {@code String(100)}, {@code Decimal(10,2)}, {@code Int32}. */
    private static String type(TypedField field) {
        return sized(field.getType() == null ? null : field.getType().getLiteral(), field.getLength(), field.getPrecision(),
                field.getScale());
    }

    /** {@code VARCHAR(100)}, {@code DECIMAL(10,2)}, {@code INTEGER}. */
    private static String type(TableField column) {
        return sized(column.getDataType(), column.getLength(), column.getPrecision(), column.getScale());
    }

    private static String sized(String type, Integer length, Integer precision, Integer scale) {
        String name = type == null ? "?" : type;
        if (length != null) {
            return name + "(" + length + ")";
        }
        if (precision != null) {
            return name + "(" + precision + (scale != null ? "," + scale : "") + ")";
        }
        return name;
    }

    // ---- filter and legend

    private Scene finish(String title) {
        List<Node> finalNodes = nodes;
        List<Edge> finalEdges = edges;
        if (!scope.only().isEmpty()) {
            finalNodes = nodes.stream().map(n -> qualifies(n) ? n
                    : new Node(n.id(), n.kind(), n.name(), n.group(), n.rows(), n.hiddenRows(), n.state().with(State.FADED)))
                    .toList();
            finalEdges = edges.stream().map(e -> qualifies(e.state()) ? e
                    : new Edge(e.id(), e.kind(), e.source(), e.target(), e.label(), e.state().with(State.FADED))).toList();
        }
        return new Scene(scope.kind(), title, groups, finalNodes, finalEdges, legend(groups, finalNodes, finalEdges));
    }

    /** A node is shown in full when it, or one of its rows (shown or not), has what the filter asks for. */
    private boolean qualifies(Node node) {
        if (qualifies(node.state())) {
            return true;
        }
        for (Row row : node.rows()) {
            if (qualifies(row.state())) {
                return true;
            }
        }
        return false;
    }

    private boolean qualifies(SyncState state) {
        for (Highlight highlight : scope.only()) {
            if (Filters.matches(highlight, state)) {
                return true;
            }
        }
        return false;
    }

    /** Every state and kind of line the scene uses, states first, each in its enum's order. */
    static List<Scene.LegendEntry> legend(Collection<Group> groups, Collection<Node> nodes, Collection<Edge> edges) {
        EnumSet<State> used = EnumSet.noneOf(State.class);
        EnumSet<EdgeKind> lines = EnumSet.noneOf(EdgeKind.class);
        groups.forEach(g -> used.addAll(g.state().states()));
        for (Node node : nodes) {
            used.addAll(node.state().states());
            node.rows().forEach(r -> used.addAll(r.state().states()));
        }
        for (Edge edge : edges) {
            used.addAll(edge.state().states());
            lines.add(edge.kind());
        }
        List<Scene.LegendEntry> legend = new ArrayList<>();
        used.forEach(s -> legend.add(new Scene.LegendEntry(s.cssClass(), Legend.text(s))));
        lines.forEach(k -> legend.add(new Scene.LegendEntry(k.cssClass(), Legend.text(k))));
        return legend;
    }

    /** Which states each highlight asks for. */
    static final class Filters {
        private Filters() {
        }

        static boolean matches(Highlight highlight, SyncState state) {
            return switch (highlight) {
                case ORPHANS -> state.has(State.ORPHAN);
                case MARKED -> state.has(State.MARKED);
                case PROBLEMS -> state.has(State.ERROR) || state.has(State.WARNING) || state.has(State.UNMAPPED)
                        || state.has(State.LOST_MAPPING);
            };
        }
    }

    /** The legend's words. */
    static final class Legend {
        private Legend() {
        }

        static String text(State state) {
            return switch (state) {
                case MARKED -> "marked for deletion: will be dropped";
                case ORPHAN -> "orphan: nothing in the model backs it (badge: warning or mark)";
                case UNMAPPED -> "unmapped: no table or column maps it";
                case LOST_MAPPING -> "lost mapping: its target vanished from the database";
                case ERROR -> "validation errors";
                case WARNING -> "validation warnings";
                case CREATED -> "created by the last sync";
                case RENAMED -> "renamed by the last sync";
                case CHANGED -> "changed by the last sync";
                case FADED -> "outside the filter";
            };
        }

        static String text(EdgeKind kind) {
            return switch (kind) {
                case RELATIONSHIP -> "relationship (cardinality at both ends)";
                case SUPERTYPE -> "supertype";
                case FOREIGN_KEY -> "foreign key";
                case SEQUENCE_USE -> "column draws from sequence";
                case ENTITY_MAPPING -> "entity mapped onto table";
                case FIELD_MAPPING -> "field mapped onto column";
                case RELATIONSHIP_MAPPING -> "relationship mapped onto foreign key";
            };
        }
    }
}
