package org.relsync.sync.reverse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.relsync.model.common.CaseStyle;
import org.relsync.model.common.NamingRules;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityFactory;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.EntityUniqueConstraint;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipEnd;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.entity.TypedField;
import org.relsync.model.entity.TypedView;
import org.relsync.model.entity.TypedViewField;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.MappingFactory;
import org.relsync.model.mapping.TypedViewFieldMapping;
import org.relsync.model.mapping.TypedViewMapping;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.UniqueConstraint;
import org.relsync.model.relational.View;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.dialect.Dialect;
import org.relsync.sync.dialect.ModelTypeMatch;
import org.relsync.sync.naming.Inflector;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeKind;
import org.relsync.sync.report.ChangeReport;

/**
 * Reverse engineering: makes the entity model from the relational model data of a database.
 * Every table no entity maps becomes an entity (named by the reverse naming rules), its columns
 * fields (typed by the dialect, identifying where in the primary key), its unique constraints
 * entity unique constraints; every foreign key between reversed or mapped tables becomes a
 * many-to-one relationship (one-to-one when its columns are unique) with navigators on both ends;
 * every pure link table (its primary key is all its columns, covered by exactly two foreign keys)
 * becomes a many-to-many relationship; every view no typed view maps becomes a typed view.
 * Everything made is mapped.
 */
public final class ReverseEngineer {

    private final Project project;
    private final Database database;
    private Naming naming;
    private final Dialect dialect;
    private final ChangeReport report;
    private final DatabaseMappings mappings;

    public ReverseEngineer(Project project, Database database, Naming naming, ChangeReport report) {
        this.project = Objects.requireNonNull(project, "project");
        this.database = Objects.requireNonNull(database, "database");
        this.naming = Objects.requireNonNull(naming, "naming");
        this.dialect = naming.dialect();
        this.report = Objects.requireNonNull(report, "report");
        this.mappings = DatabaseMappings.of(project, database);
    }

    /**
     * Reverses the tables and views of the schemas {@code involved} accepts. Where the model will
     * drive the tables (Mixed and Model schemas), the forward naming rules first take the style of
     * the database's names ({@link #adoptTheDatabasesStyle}), so that the sync that follows keeps
     * the names it found.
     */
    public void reverse(Predicate<Schema> involved) {
        reverse(involved, new BasicMonitor());
    }

    /** As {@link #reverse(Predicate)}, showing progress on {@code monitor}: one unit per table and per link table. */
    public void reverse(Predicate<Schema> involved, Monitor monitor) {
        List<Table> driven = new ArrayList<>();
        for (Schema schema : Elements.schemas(database)) {
            if (involved.test(schema) && schema.getSyncSource() != SyncSource.DATABASE) {
                for (Table table : schema.getTables()) {
                    if (!mappings.isTargeted(table) && !table.isMarkedForDeletion() && !isPureLinkTable(table)) {
                        driven.add(table);
                    }
                }
            }
        }
        adoptTheDatabasesStyle(driven);
        List<Table> reversed = new ArrayList<>();
        List<Table> links = new ArrayList<>();
        int views = 0;
        for (Schema schema : Elements.schemas(database)) {
            if (involved.test(schema)) {
                for (Table table : schema.getTables()) {
                    if (!mappings.isTargeted(table) && !table.isMarkedForDeletion()) {
                        (isPureLinkTable(table) ? links : reversed).add(table);
                    }
                }
                views += (int) schema.getViews().stream().filter(v -> !mappings.isTargeted(v)).count();
            }
        }
        monitor.beginTask("Reverse-engineering " + database.getName(), 2 * reversed.size() + links.size() + views);
        monitor.subTask(String.format("entities from %,d tables, %,d views", reversed.size(), views));
        for (Schema schema : Elements.schemas(database)) {
            if (!involved.test(schema)) {
                continue;
            }
            for (Table table : schema.getTables()) {
                if (!mappings.isTargeted(table) && !table.isMarkedForDeletion() && !isPureLinkTable(table)) {
                    entity(table);
                    monitor.worked(1);
                }
            }
            for (View view : List.copyOf(schema.getViews())) {
                if (!mappings.isTargeted(view)) {
                    typedView(view);
                    monitor.worked(1);
                }
            }
        }
        monitor.subTask(String.format("relationships, %,d link tables", links.size()));
        for (Table table : reversed) {
            for (ForeignKey key : table.getForeignKeys()) {
                relationship(table, key);
            }
            monitor.worked(1);
        }
        for (Table link : links) {
            manyToMany(link);
            monitor.worked(1);
        }
    }

    /**
     * The forward rules (table and field case styles, plural table names) under which the entities
     * and fields about to be reversed from {@code tables} give back the names the tables and
     * columns have, where the present rules give back fewer: model sync would otherwise rename
     * every reversed table and column of a Mixed or Model schema (SYNC-SPEC section 3.2 step 3),
     * and DDL would carry that to the database. The rules changed are the database's own when it
     * has some; else the project's, unless another database already has entities mapped by them,
     * in which case the database gets its own copy. Each change is reported.
     */
    private void adoptTheDatabasesStyle(List<Table> tables) {
        if (tables.isEmpty()) {
            return;
        }
        NamingRules current = naming.rules();
        NamingRules best = EcoreUtil.copy(current);
        int bestTables = tableMatches(tables, best);
        for (CaseStyle style : CaseStyle.VALUES) {
            for (boolean plural : List.of(current.isPluralizeTableNames(), !current.isPluralizeTableNames())) {
                NamingRules trial = EcoreUtil.copy(current);
                trial.setTableCaseStyle(style);
                trial.setPluralizeTableNames(plural);
                int matches = tableMatches(tables, trial);
                if (matches > bestTables) {
                    bestTables = matches;
                    best = trial;
                }
            }
        }
        int bestFields = fieldMatches(tables, best);
        CaseStyle fieldStyle = best.getFieldCaseStyle();
        for (CaseStyle style : CaseStyle.VALUES) {
            NamingRules trial = EcoreUtil.copy(best);
            trial.setFieldCaseStyle(style);
            int matches = fieldMatches(tables, trial);
            if (matches > bestFields) {
                bestFields = matches;
                fieldStyle = style;
            }
        }
        best.setFieldCaseStyle(fieldStyle);
        if (best.getTableCaseStyle() == current.getTableCaseStyle() && best.isPluralizeTableNames() == current.isPluralizeTableNames()
                && best.getFieldCaseStyle() == current.getFieldCaseStyle()) {
            return;
        }
        NamingRules target = current;
        String prefix = database.getNamingRules() != null ? "database " + database.getName() + ": naming." : "naming.";
        if (database.getNamingRules() == null && (project.getSettings() == null || project.getSettings().getNamingRules() == null
                || otherDatabasesUseTheProjectsRules())) {
            target = EcoreUtil.copy(current);
            database.setNamingRules(target);
            prefix = "database " + database.getName() + ": naming.";
            report.change(ChangeKind.CREATED, "settings", "NamingRules", "database " + database.getName(),
                    "its own naming rules (the project's are in use by another database)");
        }
        String why = " (the style of the names in database " + database.getName() + ")";
        if (target.getTableCaseStyle() != best.getTableCaseStyle()) {
            report.change(ChangeKind.CHANGED, "settings", "NamingRules", prefix + "tableCaseStyle",
                    target.getTableCaseStyle().getLiteral() + " -> " + best.getTableCaseStyle().getLiteral() + why);
            target.setTableCaseStyle(best.getTableCaseStyle());
        }
        if (target.isPluralizeTableNames() != best.isPluralizeTableNames()) {
            report.change(ChangeKind.CHANGED, "settings", "NamingRules", prefix + "pluralizeTableNames",
                    target.isPluralizeTableNames() + " -> " + best.isPluralizeTableNames() + why);
            target.setPluralizeTableNames(best.isPluralizeTableNames());
        }
        if (target.getFieldCaseStyle() != best.getFieldCaseStyle()) {
            report.change(ChangeKind.CHANGED, "settings", "NamingRules", prefix + "fieldCaseStyle",
                    target.getFieldCaseStyle().getLiteral() + " -> " + best.getFieldCaseStyle().getLiteral() + why);
            target.setFieldCaseStyle(best.getFieldCaseStyle());
        }
        naming = new Naming(target, dialect);
    }

    /** How many of the tables the rules name as they are named now, from the entity name reversing gives. */
    private int tableMatches(List<Table> tables, NamingRules rules) {
        Naming trial = new Naming(rules, dialect);
        int matches = 0;
        for (Table table : tables) {
            if (table.getName().equals(trial.tableName(naming.entityName(table.getName())))) {
                matches++;
            }
        }
        return matches;
    }

    /** How many of the tables' columns the rules name as they are named now, from the field name reversing gives. */
    private int fieldMatches(List<Table> tables, NamingRules rules) {
        Naming trial = new Naming(rules, dialect);
        int matches = 0;
        for (Table table : tables) {
            for (TableField column : table.getFields()) {
                if (column.getName().equals(trial.fieldName(naming.entityFieldName(column.getName())))) {
                    matches++;
                }
            }
        }
        return matches;
    }

    /** Whether another database of the project has entities mapped, named by the project's rules. */
    private boolean otherDatabasesUseTheProjectsRules() {
        return project.getDatabases().stream().anyMatch(d -> d != database && d.getNamingRules() == null
                && project.getMappings().stream().anyMatch(m -> m.getDatabase() == d && !m.getEntityMappings().isEmpty()));
    }

    /**
     * A pure link table: its primary key is all its columns, and it has exactly two foreign keys
     * that together cover those columns. It becomes a many-to-many relationship, not an entity.
     */
    private static boolean isPureLinkTable(Table table) {
        if (table.getPrimaryKey() == null || table.getForeignKeys().size() != 2) {
            return false;
        }
        Set<TableField> key = new HashSet<>(table.getPrimaryKey().getFields());
        Set<TableField> covered = new HashSet<>();
        table.getForeignKeys().forEach(fk -> covered.addAll(fk.getFields()));
        return key.size() == table.getFields().size() && covered.equals(key)
                && table.getForeignKeys().stream().allMatch(fk -> fk.getReferencedTable() != null);
    }

    private void manyToMany(Table link) {
        // the side whose key comes first in the link table's primary key is the start
        List<ForeignKey> keys = new ArrayList<>(link.getForeignKeys());
        List<TableField> primaryKey = link.getPrimaryKey().getFields();
        keys.sort(java.util.Comparator.comparingInt(fk -> primaryKey.indexOf(fk.getFields().get(0))));
        ForeignKey toStart = keys.get(0);
        ForeignKey toEnd = keys.get(1);
        Entity start = mappings.mappingOf(toStart.getReferencedTable()).map(EntityMapping::getEntity).orElse(null);
        Entity end = mappings.mappingOf(toEnd.getReferencedTable()).map(EntityMapping::getEntity).orElse(null);
        if (start == null || end == null) {
            entity(link); // a side is not in the model: keep the table as an entity of its own
            return;
        }
        Relationship relationship = EntityFactory.eINSTANCE.createRelationship();
        relationship.setName(uniqueRelationshipName(naming.entityName(link.getName())));
        relationship.setKind(RelationshipKind.MANY_TO_MANY);
        relationship.setStart(start);
        relationship.setEnd(end);
        relationship.setFkSide(RelationshipEnd.START);
        relationship.setStartNavigator(navigator(start, Inflector.pluralize(end.getName())));
        relationship.setEndNavigator(navigator(end, Inflector.pluralize(start.getName())));
        project.getEntityModel().getRelationships().add(relationship);
        mappings.mapManyToMany(relationship, link, toStart, toEnd);
        report.change(ChangeKind.CREATED, "entity model", "Relationship", relationship.getName(),
                start.getName() + " <-> " + end.getName() + " (ManyToMany through " + link.getName() + ")");
    }

    private Entity entity(Table table) {
        Entity entity = EntityFactory.eINSTANCE.createEntity();
        entity.setName(uniqueEntityName(naming.entityName(table.getName())));
        project.getEntityModel().getEntities().add(entity);
        EntityMapping em = mappings.map(entity, table);
        report.change(ChangeKind.CREATED, "entity model", "Entity", entity.getName(), "from " + table.getName());
        Set<TableField> keyColumns = table.getPrimaryKey() == null ? Set.of() : new HashSet<>(table.getPrimaryKey().getFields());
        Set<String> names = new HashSet<>();
        for (TableField column : table.getFields()) {
            EntityField field = EntityFactory.eINSTANCE.createEntityField();
            field.setName(unique(naming.entityFieldName(column.getName()), names));
            type(field, column);
            field.setOptional(column.isNullable());
            field.setIdentifying(keyColumns.contains(column));
            field.setIdentity(column.isIdentity() || column.getSequence() != null);
            entity.getFields().add(field);
            mappings.map(em, field, column);
        }
        for (UniqueConstraint uc : table.getUniqueConstraints()) {
            EntityUniqueConstraint constraint = EntityFactory.eINSTANCE.createEntityUniqueConstraint();
            constraint.setName(uc.getName());
            for (TableField column : uc.getFields()) {
                EntityField field = fieldOf(column);
                if (field != null) {
                    constraint.getFields().add(field);
                }
            }
            entity.getUniqueConstraints().add(constraint);
            mappings.map(em, constraint, uc);
        }
        return entity;
    }

    private void type(TypedField field, TableField column) {
        ModelTypeMatch match = dialect.toModelType(new DatabaseType(String.valueOf(column.getDataType()), column.getLength(),
                column.getPrecision(), column.getScale()));
        field.setType(match.type());
        field.setLength(match.length());
        field.setPrecision(match.precision());
        field.setScale(match.scale());
        if (!match.exact()) {
            report.warning("reverse.type", Elements.fullPath(column), "unknown type " + column.getDataType()
                    + ", reversed as " + match.type().getLiteral(), List.of("set the field's type by hand"));
        }
    }

    private void relationship(Table table, ForeignKey key) {
        Entity fkEntity = mappings.mappingOf(table).map(EntityMapping::getEntity).orElse(null);
        Entity pkEntity = key.getReferencedTable() == null ? null
                : mappings.mappingOf(key.getReferencedTable()).map(EntityMapping::getEntity).orElse(null);
        if (fkEntity == null || pkEntity == null || mappings.isTargeted(key)) {
            return;
        }
        List<EntityField> fkFields = new ArrayList<>();
        for (TableField column : key.getFields()) {
            EntityField field = fieldOf(column);
            if (field == null) {
                return;
            }
            fkFields.add(field);
        }
        boolean unique = isUnique(table, key.getFields());
        Relationship relationship = EntityFactory.eINSTANCE.createRelationship();
        relationship.setName(uniqueRelationshipName(key.getName() != null ? naming.entityName(key.getName())
                : fkEntity.getName() + pkEntity.getName()));
        relationship.setKind(unique ? RelationshipKind.ONE_TO_ONE : RelationshipKind.MANY_TO_ONE);
        relationship.setStart(fkEntity);
        relationship.setEnd(pkEntity);
        relationship.setFkSide(RelationshipEnd.START);
        relationship.getFkFields().addAll(fkFields);
        relationship.setStartNavigator(navigator(fkEntity, pkEntity.getName()));
        relationship.setEndNavigator(navigator(pkEntity, unique ? fkEntity.getName() : Inflector.pluralize(fkEntity.getName())));
        project.getEntityModel().getRelationships().add(relationship);
        mappings.map(relationship, key);
        report.change(ChangeKind.CREATED, "entity model", "Relationship", relationship.getName(),
                fkEntity.getName() + " -> " + pkEntity.getName() + " (" + relationship.getKind().getLiteral() + ")");
    }

    private EntityField fieldOf(TableField column) {
        EntityMapping em = mappings.mappingOf(column.getOwner()).orElse(null);
        if (em == null) {
            return null;
        }
        return em.getFieldMappings().stream().filter(fm -> fm.getTarget() == column).map(fm -> fm.getField()).findFirst()
                .orElse(null);
    }

    private static boolean isUnique(Table table, List<TableField> columns) {
        Set<TableField> wanted = new HashSet<>(columns);
        if (table.getPrimaryKey() != null && new HashSet<>(table.getPrimaryKey().getFields()).equals(wanted)) {
            return true;
        }
        return table.getUniqueConstraints().stream().anyMatch(uc -> new HashSet<>(uc.getFields()).equals(wanted))
                || table.getIndexes().stream().anyMatch(i -> i.isUnique() && new HashSet<>(i.getFields()).equals(wanted));
    }

    private void typedView(View view) {
        TypedView typedView = EntityFactory.eINSTANCE.createTypedView();
        typedView.setName(uniqueTypedViewName(naming.entityName(view.getName())));
        TypedViewMapping tvm = MappingFactory.eINSTANCE.createTypedViewMapping();
        tvm.setTypedView(typedView);
        tvm.setTarget(view);
        Set<String> names = new HashSet<>();
        for (TableField column : view.getFields()) {
            TypedViewField field = EntityFactory.eINSTANCE.createTypedViewField();
            field.setName(unique(naming.entityFieldName(column.getName()), names));
            type(field, column);
            field.setOptional(column.isNullable());
            typedView.getFields().add(field);
            TypedViewFieldMapping fm = MappingFactory.eINSTANCE.createTypedViewFieldMapping();
            fm.setField(field);
            fm.setTarget(column);
            tvm.getFieldMappings().add(fm);
        }
        project.getEntityModel().getTypedViews().add(typedView);
        mappings.container().getTypedViewMappings().add(tvm);
        mappings.reindexTypedViews();
        report.change(ChangeKind.CREATED, "entity model", "TypedView", typedView.getName(), "from view " + view.getName());
    }

    /**
     * {@code wanted}, or {@code wanted2}, … whichever {@code owner} has neither as a field nor as a
     * navigator (ignoring case); taken from then on.
     */
    private String navigator(Entity owner, String wanted) {
        Set<String> taken = navigatorNames(owner);
        String name = wanted;
        for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)) || isField(owner, name); i++) {
            name = wanted + i;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static boolean isField(Entity owner, String name) {
        for (EntityField field : owner.getFields()) {
            if (field.getName() != null && field.getName().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    // the navigators of each entity, from the model's relationships once, then kept up to date:
    // scanning every relationship for every new navigator made reversing thousands of foreign keys quadratic
    private Map<Entity, Set<String>> navigators;

    private Set<String> navigatorNames(Entity owner) {
        if (navigators == null) {
            navigators = new HashMap<>();
            for (Relationship r : project.getEntityModel().getRelationships()) {
                if (r.getStart() != null && r.getStartNavigator() != null) {
                    navigators.computeIfAbsent(r.getStart(), e -> new HashSet<>()).add(r.getStartNavigator().toLowerCase(Locale.ROOT));
                }
                if (r.getEnd() != null && r.getEndNavigator() != null) {
                    navigators.computeIfAbsent(r.getEnd(), e -> new HashSet<>()).add(r.getEndNavigator().toLowerCase(Locale.ROOT));
                }
            }
        }
        return navigators.computeIfAbsent(owner, e -> new HashSet<>());
    }

    // the names taken so far, filled from the model once and kept up to date: rebuilding them for
    // every new name made reversing thousands of tables quadratic
    private Set<String> entityNames;
    private Set<String> relationshipNames;
    private Set<String> typedViewAndEntityNames;

    private String uniqueEntityName(String wanted) {
        if (entityNames == null) {
            entityNames = new HashSet<>();
            project.getEntityModel().getEntities().forEach(e -> entityNames.add(e.getName()));
        }
        String name = unique(wanted, entityNames);
        if (typedViewAndEntityNames != null) {
            typedViewAndEntityNames.add(name);
        }
        return name;
    }

    private String uniqueRelationshipName(String wanted) {
        if (relationshipNames == null) {
            relationshipNames = new HashSet<>();
            project.getEntityModel().getRelationships().forEach(r -> relationshipNames.add(r.getName()));
        }
        return unique(wanted, relationshipNames);
    }

    private String uniqueTypedViewName(String wanted) {
        if (typedViewAndEntityNames == null) {
            typedViewAndEntityNames = new HashSet<>();
            project.getEntityModel().getTypedViews().forEach(v -> typedViewAndEntityNames.add(v.getName()));
            project.getEntityModel().getEntities().forEach(e -> typedViewAndEntityNames.add(e.getName()));
        }
        return unique(wanted, typedViewAndEntityNames);
    }

    /** {@code wanted}, or {@code wanted2}, {@code wanted3}, … whichever {@code taken} lacks; adds it. */
    private static String unique(String wanted, Set<String> taken) {
        String name = wanted;
        for (int i = 2; taken.contains(name); i++) {
            name = wanted + i;
        }
        taken.add(name);
        return name;
    }
}
