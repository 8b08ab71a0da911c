package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.relsync.model.common.NamedElement;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.mapping.RelationshipMapping;
import org.relsync.model.mapping.TypedViewFieldMapping;
import org.relsync.model.mapping.TypedViewMapping;
import org.relsync.model.mapping.UniqueConstraintMapping;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.UniqueConstraint;
import org.relsync.model.relational.View;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.MigratePhase;
import org.relsync.sync.RefreshedDatabase;
import org.relsync.sync.SyncContext;
import org.relsync.sync.report.ChangeKind;

/**
 * Merges the refreshed meta-data into the model's schemas in place. An element that matches an
 * old one (same kind, same name within its parent: exactly, then without case) keeps the old
 * object, so its id and every mapping that pointed to it stay; its properties take the new values.
 * Unmatched old elements are removed with the mappings onto them, and each entity, field or
 * typed view that lost its mapping gets an error. In a Mixed schema a table that an entity maps
 * (or a many-to-many relationship as its link table) and the database lacks is kept: it waits
 * for its DDL.
 */
public class DefaultMigratePhase implements MigratePhase {

    @Override
    public void migrate(SyncContext context, RefreshedDatabase refreshed) {
        new Run(context, refreshed).migrate();
    }

    /** The state of one database's migration. */
    private static final class Run {
        private final SyncContext context;
        private final RefreshedDatabase refreshed;
        private final Database database;
        private final DatabaseMappings mappings;
        /** snapshot element → the model element that now stands for it */
        private final Map<EObject, EObject> matches = new IdentityHashMap<>();
        private final Set<EObject> removed = new HashSet<>();
        private final List<Schema> schemas = new ArrayList<>();
        private final List<ForeignKey[]> foreignKeys = new ArrayList<>();

        Run(SyncContext context, RefreshedDatabase refreshed) {
            this.context = context;
            this.refreshed = refreshed;
            this.database = refreshed.database();
            this.mappings = context.mappings(database);
        }

        void migrate() {
            for (Catalog snapshotCatalog : refreshed.snapshot().getCatalogs()) {
                for (Schema snapshotSchema : List.copyOf(snapshotCatalog.getSchemas())) {
                    Schema schema = modelSchema(snapshotCatalog.getName(), snapshotSchema.getName());
                    if (schema != null) {
                        schemas.add(schema);
                        mergeSchema(schema, snapshotSchema);
                    }
                }
            }
            resolveReferences();
            dropMappingsOntoRemovedElements();
            mappings.reindexTypedViews();
        }

        private Schema modelSchema(String catalog, String schema) {
            for (Catalog c : database.getCatalogs()) {
                if (Objects.equals(c.getName(), catalog)) {
                    for (Schema s : c.getSchemas()) {
                        if (Objects.equals(s.getName(), schema)) {
                            return s;
                        }
                    }
                }
            }
            return null;
        }

        // ---- schemas, tables, views, sequences

        private void mergeSchema(Schema schema, Schema snapshot) {
            String scope = Elements.path(schema);
            Predicate<String> involved = refreshed.tableFilter();

            List<Sequence> oldSequences = List.copyOf(schema.getSequences());
            Map<Sequence, Sequence> sequenceMatches = NameMatcher.match(oldSequences, snapshot.getSequences(), Sequence::getName,
                    Sequence::getExternalId);
            for (Sequence fresh : List.copyOf(snapshot.getSequences())) {
                Sequence old = sequenceMatches.get(fresh);
                if (old == null) {
                    schema.getSequences().add(fresh);
                    context.report().change(ChangeKind.CREATED, scope, "Sequence", fresh.getName(), "");
                } else {
                    matches.put(fresh, old);
                    rename(scope, old, fresh.getName());
                    keepIdentity(old, fresh);
                    Differences d = new Differences();
                    if (d.check("start", old.getStartValue(), fresh.getStartValue())) {
                        old.setStartValue(fresh.getStartValue());
                    }
                    if (d.check("increment", old.getIncrement(), fresh.getIncrement())) {
                        old.setIncrement(fresh.getIncrement());
                    }
                    changed(scope, old, d);
                }
            }
            for (Sequence old : oldSequences) {
                if (!sequenceMatches.containsValue(old)) {
                    remove(scope, old);
                    schema.getSequences().remove(old);
                }
            }

            List<Table> oldTables = schema.getTables().stream().filter(t -> involved.test(t.getName())).toList();
            List<Table> newTables = snapshot.getTables().stream().filter(t -> involved.test(t.getName())).toList();
            Map<Table, Table> tableMatches = new java.util.LinkedHashMap<>(
                    NameMatcher.match(oldTables, newTables, Table::getName, Table::getExternalId));
            if (schema.getSyncSource() == SyncSource.MIXED) {
                matchDrivenTables(oldTables, newTables, tableMatches);
            }
            for (Table fresh : newTables) {
                Table old = tableMatches.get(fresh);
                if (old == null) {
                    schema.getTables().add(fresh);
                    context.report().change(ChangeKind.CREATED, scope, "Table", fresh.getName(),
                            fresh.getFields().size() + " fields");
                } else {
                    matches.put(fresh, old);
                    keepIdentity(old, fresh);
                    mergeTable(scope, old, fresh);
                }
            }
            for (Table old : oldTables) {
                if (!tableMatches.containsValue(old)) {
                    if (schema.getSyncSource() == SyncSource.MIXED
                            && (mappings.isMappedByEntity(old) || mappings.linkMappingOf(old).isPresent())) {
                        continue; // created by the model, waiting for its DDL
                    }
                    remove(scope, old);
                    schema.getTables().remove(old);
                }
            }

            List<View> oldViews = schema.getViews().stream().filter(v -> involved.test(v.getName())).toList();
            List<View> newViews = snapshot.getViews().stream().filter(v -> involved.test(v.getName())).toList();
            Map<View, View> viewMatches = NameMatcher.match(oldViews, newViews, View::getName, View::getExternalId);
            for (View fresh : newViews) {
                View old = viewMatches.get(fresh);
                if (old == null) {
                    schema.getViews().add(fresh);
                    context.report().change(ChangeKind.CREATED, scope, "View", fresh.getName(),
                            fresh.getFields().size() + " fields");
                } else {
                    matches.put(fresh, old);
                    rename(scope, old, fresh.getName());
                    keepIdentity(old, fresh);
                    if (!Objects.equals(old.getDefinition(), fresh.getDefinition())) {
                        old.setDefinition(fresh.getDefinition());
                        context.report().change(ChangeKind.CHANGED, scope, "View", old.getName(), "definition");
                    }
                    mergeFields(scope, old, fresh);
                }
            }
            for (View old : oldViews) {
                if (!viewMatches.containsValue(old)) {
                    remove(scope, old);
                    schema.getViews().remove(old);
                }
            }
        }

        private void mergeTable(String scope, Table old, Table fresh) {
            boolean driven = driven(old);
            if (!(driven && context.settings().isSyncRelationalModelDataElementNameWithTargetElementName())) {
                rename(scope, old, fresh.getName());
            }
            mergeFields(scope, old, fresh);

            PrimaryKey pk = fresh.getPrimaryKey();
            if (old.getPrimaryKey() != null && driven(old.getPrimaryKey())) {
                // the model's primary key (step 6): the database's waits for the DDL
                if (pk != null) {
                    matches.put(pk, old.getPrimaryKey());
                }
            } else if (pk == null) {
                if (old.getPrimaryKey() != null) {
                    remove(scope, old.getPrimaryKey());
                    old.setPrimaryKey(null);
                }
            } else if (old.getPrimaryKey() == null) {
                old.setPrimaryKey(pk);
                context.report().change(ChangeKind.CREATED, scope, "PrimaryKey", Elements.localPath(pk), "");
            } else {
                matches.put(pk, old.getPrimaryKey());
                rename(scope, old.getPrimaryKey(), pk.getName());
                mergeConstraintFields(scope, old.getPrimaryKey(), pk.getFields());
            }

            mergeConstraints(scope, old.getUniqueConstraints(), fresh.getUniqueConstraints(), "UniqueConstraint");
            mergeIndexes(scope, old, fresh);

            List<ForeignKey> oldKeys = List.copyOf(old.getForeignKeys());
            Map<ForeignKey, ForeignKey> keyMatches = matchConstraints(oldKeys, fresh.getForeignKeys());
            for (ForeignKey key : List.copyOf(fresh.getForeignKeys())) {
                ForeignKey oldKey = keyMatches.get(key);
                if (oldKey == null) {
                    old.getForeignKeys().add(key);
                    context.report().change(ChangeKind.CREATED, scope, "ForeignKey", Elements.localPath(key), "");
                } else {
                    matches.put(key, oldKey);
                    if (!driven(oldKey)) {
                        rename(scope, oldKey, key.getName());
                        foreignKeys.add(new ForeignKey[] {oldKey, key});
                    }
                }
            }
            for (ForeignKey oldKey : oldKeys) {
                if (driven(oldKey)) {
                    continue; // the model's foreign key, waiting for its DDL
                }
                if (!keyMatches.containsValue(oldKey)) {
                    remove(scope, oldKey);
                    old.getForeignKeys().remove(oldKey);
                }
            }
        }

        private void mergeFields(String scope, TableOrView old, TableOrView fresh) {
            List<TableField> oldFields = List.copyOf(old.getFields());
            Map<TableField, TableField> fieldMatches = new java.util.LinkedHashMap<>(NameMatcher.match(oldFields,
                    fresh.getFields(), TableField::getName, TableField::getExternalId));
            matchDrivenColumns(oldFields, fresh.getFields(), fieldMatches);
            Set<TableField> guessed = guessRenamedColumns(oldFields, fresh.getFields(), fieldMatches);
            List<TableField> ordered = new ArrayList<>();
            for (TableField field : List.copyOf(fresh.getFields())) {
                TableField oldField = fieldMatches.get(field);
                if (oldField == null) {
                    ordered.add(field);
                    old.getFields().add(field);
                    context.report().change(ChangeKind.CREATED, scope, "TableField", Elements.localPath(field),
                            ColumnTypes.describe(field));
                } else {
                    matches.put(field, oldField);
                    ordered.add(oldField);
                    boolean driven = driven(oldField);
                    if (driven && context.settings().isSyncRelationalModelDataElementNameWithTargetElementName()) {
                        // the model names it (step 3); the database's name waits for the DDL
                    } else if (guessed.contains(field) && !Objects.equals(oldField.getName(), field.getName())) {
                        String path = Elements.localPath(oldField);
                        oldField.setName(field.getName());
                        context.report().change(ChangeKind.RENAMED, scope, "TableField", path, "-> " + field.getName()
                                + " (a guess: the database gives no identity; same position and type)");
                    } else {
                        rename(scope, oldField, field.getName());
                    }
                    keepIdentity(oldField, field);
                    Differences d = new Differences();
                    boolean drivenType = driven && (context.settings().isReflectTypeOfElementFieldInTargetField()
                            || mappings.linkMappingOf(old).isPresent());
                    if (!drivenType && d.check("type", ColumnTypes.typeOf(oldField), ColumnTypes.typeOf(field))) {
                        oldField.setDataType(field.getDataType());
                        oldField.setLength(field.getLength());
                        oldField.setPrecision(field.getPrecision());
                        oldField.setScale(field.getScale());
                    }
                    boolean drivenNullability = driven && (context.settings().isReflectNullabilityOfElementFieldInTargetField()
                            || mappings.linkMappingOf(old).isPresent());
                    if (!drivenNullability && d.check("nullable", oldField.isNullable(), field.isNullable())) {
                        oldField.setNullable(field.isNullable());
                    }
                    if (!driven && d.check("identity", oldField.isIdentity(), field.isIdentity())) {
                        oldField.setIdentity(field.isIdentity());
                    }
                    if (d.check("default", oldField.getDefaultValue(), field.getDefaultValue())) {
                        oldField.setDefaultValue(field.getDefaultValue());
                    }
                    // the sequence the column draws from (resolved to the model's below, with the other references)
                    if (d.check("sequence", name(oldField.getSequence()), name(field.getSequence()))) {
                        oldField.setSequence(field.getSequence());
                    }
                    if (field.getSequence() != null
                            && d.check("owns sequence", oldField.isOwnsSequence(), field.isOwnsSequence())) {
                        oldField.setOwnsSequence(field.isOwnsSequence());
                    }
                    if (oldField.getOrdinal() != field.getOrdinal()) {
                        oldField.setOrdinal(field.getOrdinal());
                    }
                    changed(scope, oldField, d);
                }
            }
            for (TableField oldField : oldFields) {
                if (!fieldMatches.containsValue(oldField) && driven(oldField)) {
                    ordered.add(oldField); // the model's column, waiting for its DDL
                } else if (!fieldMatches.containsValue(oldField)) {
                    remove(scope, oldField);
                    old.getFields().remove(oldField);
                }
            }
            if (!old.getFields().equals(ordered)) {
                ECollections.setEList(old.getFields(), ordered);
            }
        }

        /**
         * Columns the database gives no identity for: an unmatched new column takes the place of the
         * only unmatched old column at the same position with the same type (a rename, most likely).
         */
        private Set<TableField> guessRenamedColumns(List<TableField> olds, List<TableField> news,
                Map<TableField, TableField> fieldMatches) {
            Set<TableField> guessed = new HashSet<>();
            Set<TableField> takenOld = new HashSet<>(fieldMatches.values());
            for (TableField fresh : news) {
                if (fieldMatches.containsKey(fresh) || fresh.getExternalId() != null) {
                    continue;
                }
                List<TableField> candidates = olds.stream().filter(o -> !takenOld.contains(o) && o.getExternalId() == null
                        && o.getOrdinal() == fresh.getOrdinal() && o.getOrdinal() > 0
                        && ColumnTypes.typeOf(o).equals(ColumnTypes.typeOf(fresh))).toList();
                if (candidates.size() == 1) {
                    fieldMatches.put(fresh, candidates.get(0));
                    takenOld.add(candidates.get(0));
                    guessed.add(fresh);
                }
            }
            return guessed;
        }

        // ---- Mixed schemas: what the model drives waits for its DDL

        /**
         * Whether the model drives {@code element} in a Mixed schema (SYNC-SPEC section 3.2): a table an
         * entity maps, or a many-to-many relationship as its link table; a column an entity field maps,
         * or one of a link table's mapped foreign keys; the primary key of such a table; a foreign key
         * a relationship maps; a unique constraint an entity constraint maps. Until DDL carries the
         * model's version to the database, the database still has its own, and a refresh must not
         * put that back: model sync would change it again on every run, and a sync would never settle.
         */
        private boolean driven(EObject element) {
            if (element instanceof Table table) {
                return table.eContainer() instanceof Schema s && s.getSyncSource() == SyncSource.MIXED
                        && (mappings.isMappedByEntity(table) || mappings.linkMappingOf(table).isPresent());
            }
            if (element instanceof TableField column) {
                if (!(column.getOwner() instanceof Table table) || !driven(table)) {
                    return false;
                }
                if (mappings.fieldMappedOnto(column).isPresent()) {
                    return true;
                }
                RelationshipMapping link = mappings.linkMappingOf(table).orElse(null);
                return link != null && (link.getTarget() != null && link.getTarget().getFields().contains(column)
                        || link.getInverseTarget() != null && link.getInverseTarget().getFields().contains(column));
            }
            if (element instanceof PrimaryKey pk) {
                // step 6 makes it from the identifying fields (a link table's from its two keys)
                return pk.eContainer() instanceof Table table && driven(table) && (mappings.linkMappingOf(table).isPresent()
                        || mappings.mappingOf(table).map(em -> em.getEntity() != null
                                && !Elements.identifyingFields(em.getEntity()).isEmpty()).orElse(false));
            }
            if (element instanceof ForeignKey key) {
                return key.eContainer() instanceof Table table && mixed(table) && mappings.isTargeted(key);
            }
            if (element instanceof UniqueConstraint uc) {
                return uc.eContainer() instanceof Table table && mixed(table) && mappings.isTargeted(uc);
            }
            return false;
        }

        private static boolean mixed(Table table) {
            return table.eContainer() instanceof Schema s && s.getSyncSource() == SyncSource.MIXED;
        }

        /**
         * A table the model renamed is found again by the name it had: an unmatched table that an
         * entity (or a many-to-many relationship) maps pairs with the only unmatched table of the
         * database whose name the reverse naming rules turn into the entity's (relationship's) name,
         * as reverse engineering named it.
         */
        private void matchDrivenTables(List<Table> olds, List<Table> news, Map<Table, Table> tableMatches) {
            var naming = context.naming(database);
            Set<Table> taken = new HashSet<>(tableMatches.values());
            for (Table old : olds) {
                if (taken.contains(old) || !driven(old)) {
                    continue;
                }
                String owner = mappings.mappingOf(old).map(em -> em.getEntity() == null ? null : em.getEntity().getName())
                        .orElseGet(() -> mappings.linkMappingOf(old)
                                .map(rm -> rm.getRelationship() == null ? null : rm.getRelationship().getName()).orElse(null));
                if (owner == null) {
                    continue;
                }
                List<Table> candidates = news.stream()
                        .filter(t -> !tableMatches.containsKey(t) && owner.equals(naming.entityName(t.getName()))).toList();
                if (candidates.size() == 1) {
                    tableMatches.put(candidates.get(0), old);
                    taken.add(old);
                }
            }
        }

        /** The same for the columns of a table the model drives: found again by the field's name. */
        private void matchDrivenColumns(List<TableField> olds, List<TableField> news, Map<TableField, TableField> fieldMatches) {
            var naming = context.naming(database);
            Set<TableField> taken = new HashSet<>(fieldMatches.values());
            for (TableField old : olds) {
                if (taken.contains(old) || !driven(old)) {
                    continue;
                }
                String field = mappings.fieldMappedOnto(old).map(f -> f.getName()).orElse(null);
                if (field == null) {
                    continue;
                }
                List<TableField> candidates = news.stream()
                        .filter(c -> !fieldMatches.containsKey(c) && field.equals(naming.entityFieldName(c.getName()))).toList();
                if (candidates.size() == 1) {
                    fieldMatches.put(candidates.get(0), old);
                    taken.add(old);
                }
            }
        }

        /**
         * Constraints pair by name (exactly, then without case); a constraint the model drives in a
         * Mixed schema, whose name the model set, pairs with the only unmatched one on the same columns.
         */
        private <C extends Constraint> Map<C, C> matchConstraints(List<C> olds, List<C> news) {
            Map<C, C> result = new java.util.LinkedHashMap<>(NameMatcher.match(olds, news, NamedElement::getName));
            Set<C> taken = new HashSet<>(result.values());
            for (C old : olds) {
                if (taken.contains(old) || !driven(old)) {
                    continue;
                }
                List<C> candidates = news.stream().filter(c -> !result.containsKey(c)
                        && resolveAll(c.getFields()).equals(old.getFields())).toList();
                if (candidates.size() == 1) {
                    result.put(candidates.get(0), old);
                    taken.add(old);
                }
            }
            return result;
        }

        private static void keepIdentity(org.relsync.model.relational.RelationalElement old,
                org.relsync.model.relational.RelationalElement fresh) {
            if (fresh.getExternalId() != null && !fresh.getExternalId().equals(old.getExternalId())) {
                old.setExternalId(fresh.getExternalId());
            }
        }

        private <C extends Constraint> void mergeConstraints(String scope, EList<C> olds, EList<C> news, String kind) {
            List<C> oldList = List.copyOf(olds);
            Map<C, C> constraintMatches = matchConstraints(oldList, news);
            for (C fresh : List.copyOf(news)) {
                C old = constraintMatches.get(fresh);
                if (old == null) {
                    olds.add(fresh);
                    context.report().change(ChangeKind.CREATED, scope, kind, Elements.localPath(fresh), "");
                } else {
                    matches.put(fresh, old);
                    if (!driven(old)) {
                        rename(scope, old, fresh.getName());
                        mergeConstraintFields(scope, old, fresh.getFields());
                    }
                }
            }
            for (C old : oldList) {
                if (driven(old)) {
                    continue; // the model's constraint, waiting for its DDL
                }
                if (!constraintMatches.containsValue(old)) {
                    remove(scope, old);
                    olds.remove(old);
                }
            }
        }

        private void mergeIndexes(String scope, Table old, Table fresh) {
            List<Index> oldList = List.copyOf(old.getIndexes());
            Map<Index, Index> indexMatches = NameMatcher.match(oldList, fresh.getIndexes(), Index::getName);
            for (Index index : List.copyOf(fresh.getIndexes())) {
                Index oldIndex = indexMatches.get(index);
                if (oldIndex == null) {
                    old.getIndexes().add(index);
                    context.report().change(ChangeKind.CREATED, scope, "Index", Elements.localPath(index), "");
                } else {
                    matches.put(index, oldIndex);
                    rename(scope, oldIndex, index.getName());
                    if (oldIndex.isUnique() != index.isUnique()) {
                        oldIndex.setUnique(index.isUnique());
                        context.report().change(ChangeKind.CHANGED, scope, "Index", Elements.localPath(oldIndex),
                                "unique: " + !index.isUnique() + " -> " + index.isUnique());
                    }
                    List<TableField> fields = resolveAll(index.getFields());
                    if (!oldIndex.getFields().equals(fields)) {
                        ECollections.setEList(oldIndex.getFields(), fields);
                    }
                }
            }
            for (Index oldIndex : oldList) {
                if (!indexMatches.containsValue(oldIndex)) {
                    remove(scope, oldIndex);
                    old.getIndexes().remove(oldIndex);
                }
            }
        }

        private void mergeConstraintFields(String scope, Constraint old, List<TableField> freshFields) {
            List<TableField> fields = resolveAll(freshFields);
            if (!old.getFields().equals(fields)) {
                String before = names(old.getFields());
                ECollections.setEList(old.getFields(), fields);
                context.report().change(ChangeKind.CHANGED, scope, old.eClass().getName(), Elements.localPath(old),
                        "fields: " + before + " -> " + names(fields));
            }
        }

        // ---- references

        /** Points every reference of the refreshed schemas at model elements. */
        private void resolveReferences() {
            for (ForeignKey[] pair : foreignKeys) {
                ForeignKey old = pair[0];
                ForeignKey fresh = pair[1];
                String scope = Elements.path((Schema) old.eContainer().eContainer());
                Differences d = new Differences();
                List<TableField> fields = resolveAll(fresh.getFields());
                if (d.check("fields", names(old.getFields()), names(fields))) {
                    ECollections.setEList(old.getFields(), fields);
                }
                Table referenced = (Table) resolve(fresh.getReferencedTable());
                if (d.check("references", name(old.getReferencedTable()), name(referenced))) {
                    old.setReferencedTable(referenced);
                }
                List<TableField> referencedFields = resolveAll(fresh.getReferencedFields());
                if (d.check("referenced fields", names(old.getReferencedFields()), names(referencedFields))) {
                    ECollections.setEList(old.getReferencedFields(), referencedFields);
                }
                if (d.check("on delete", old.getOnDelete(), fresh.getOnDelete())) {
                    old.setOnDelete(fresh.getOnDelete());
                }
                if (d.check("on update", old.getOnUpdate(), fresh.getOnUpdate())) {
                    old.setOnUpdate(fresh.getOnUpdate());
                }
                changed(scope, old, d);
            }
            for (Schema schema : schemas) {
                for (TreeIterator<EObject> it = schema.eAllContents(); it.hasNext();) {
                    EObject element = it.next();
                    if (element instanceof TableField field && field.getSequence() != null) {
                        field.setSequence((Sequence) resolve(field.getSequence()));
                    } else if (element instanceof ForeignKey key) {
                        resolveInPlace(key.getFields());
                        resolveInPlace(key.getReferencedFields());
                        if (key.getReferencedTable() != null && !inModel(key.getReferencedTable())) {
                            key.setReferencedTable((Table) resolve(key.getReferencedTable()));
                        }
                        if (key.getReferencedTable() == null) {
                            context.report().warning("migrate.foreignKey", Elements.fullPath(key),
                                    "the referenced table is not in the model; the foreign key is left without it",
                                    List.of());
                        }
                    } else if (element instanceof Constraint constraint) {
                        resolveInPlace(constraint.getFields());
                    } else if (element instanceof Index index) {
                        resolveInPlace(index.getFields());
                    }
                }
            }
            // foreign keys elsewhere that referenced a removed table or field
            for (Schema schema : Elements.schemas(database)) {
                for (Table table : schema.getTables()) {
                    for (ForeignKey key : List.copyOf(table.getForeignKeys())) {
                        if (removed.contains(key.getReferencedTable())
                                || key.getReferencedFields().stream().anyMatch(removed::contains)) {
                            remove(Elements.path(schema), key);
                            table.getForeignKeys().remove(key);
                        }
                    }
                }
            }
        }

        private void resolveInPlace(EList<TableField> fields) {
            boolean foreign = false;
            for (TableField f : fields) {
                foreign |= !inModel(f);
            }
            if (foreign) {
                ECollections.setEList(fields, resolveAll(fields));
            }
        }

        private List<TableField> resolveAll(List<TableField> fields) {
            List<TableField> result = new ArrayList<>(fields.size());
            for (TableField f : fields) {
                TableField resolved = (TableField) resolve(f);
                if (resolved != null) {
                    result.add(resolved);
                }
            }
            return result;
        }

        /** The model element for a snapshot element: its match, itself if it moved in, or one found by names. */
        private EObject resolve(EObject element) {
            if (element == null) {
                return null;
            }
            EObject match = matches.get(element);
            if (match != null) {
                return match;
            }
            if (inModel(element)) {
                return element;
            }
            return findByNames(element);
        }

        /**
         * Whether {@code element} is in the project. Not "whose root is the project": a project
         * without a resource is itself contained by the change description of an earlier run.
         */
        private boolean inModel(EObject element) {
            for (EObject e = element; e != null; e = e.eContainer()) {
                if (e == context.project()) {
                    return true;
                }
            }
            return false;
        }

        /** A stand-in from outside the read schemas: find the real element by catalog, schema, table and field name. */
        private EObject findByNames(EObject standIn) {
            TableOrView table = standIn instanceof TableField f ? f.getOwner() : standIn instanceof TableOrView t ? t : null;
            if (table == null || !(table.eContainer() instanceof Schema schema)
                    || !(schema.eContainer() instanceof Catalog catalog)) {
                return null;
            }
            Schema modelSchema = modelSchema(catalog.getName(), schema.getName());
            if (modelSchema == null) {
                return null;
            }
            List<? extends TableOrView> candidates = table instanceof View ? modelSchema.getViews() : modelSchema.getTables();
            for (TableOrView candidate : candidates) {
                if (Objects.equals(candidate.getName(), table.getName())) {
                    if (standIn == table) {
                        return candidate;
                    }
                    for (TableField field : candidate.getFields()) {
                        if (Objects.equals(field.getName(), ((TableField) standIn).getName())) {
                            return field;
                        }
                    }
                }
            }
            return null;
        }

        // ---- mappings

        private void dropMappingsOntoRemovedElements() {
            if (removed.isEmpty()) {
                return;
            }
            String scope = "mappings " + database.getName();
            for (EntityMapping em : List.copyOf(mappings.container().getEntityMappings())) {
                if (removed.contains(em.getTarget())) {
                    context.report().change(ChangeKind.REMOVED, scope, "EntityMapping", name(em.getEntity()),
                            "target " + name(em.getTarget()) + " is gone");
                    context.report().error("mapping.lost", Elements.fullPath(em.getEntity()),
                            "lost its mapping: " + name(em.getTarget()) + " no longer exists in database "
                                    + database.getName(), List.of("map the entity onto another table", "remove the entity"));
                    mappings.unmap(em);
                    continue;
                }
                for (FieldMapping fm : List.copyOf(em.getFieldMappings())) {
                    if (removed.contains(fm.getTarget())) {
                        context.report().change(ChangeKind.REMOVED, scope, "FieldMapping", Elements.localPath(fm.getField()),
                                "target " + Elements.localPath(fm.getTarget()) + " is gone");
                        context.report().error("mapping.lost", Elements.fullPath(fm.getField()),
                                "lost its mapping: " + Elements.localPath(fm.getTarget()) + " no longer exists in database "
                                        + database.getName(), List.of("map the field onto another column", "remove the field"));
                        mappings.unmap(fm);
                    }
                }
                for (UniqueConstraintMapping um : List.copyOf(em.getUniqueConstraintMappings())) {
                    if (removed.contains(um.getTarget())) {
                        context.report().change(ChangeKind.REMOVED, scope, "UniqueConstraintMapping",
                                name(um.getConstraint()), "target " + name(um.getTarget()) + " is gone");
                        mappings.unmap(um);
                    }
                }
            }
            for (RelationshipMapping rm : List.copyOf(mappings.container().getRelationshipMappings())) {
                if (removed.contains(rm.getTarget()) || removed.contains(rm.getInverseTarget())
                        || removed.contains(rm.getLinkTable())) {
                    context.report().change(ChangeKind.REMOVED, scope, "RelationshipMapping", name(rm.getRelationship()),
                            "foreign key " + name(rm.getTarget()) + " is gone");
                    mappings.unmap(rm);
                }
            }
            for (TypedViewMapping tvm : List.copyOf(mappings.container().getTypedViewMappings())) {
                if (removed.contains(tvm.getTarget())) {
                    context.report().change(ChangeKind.REMOVED, scope, "TypedViewMapping", name(tvm.getTypedView()),
                            "target " + name(tvm.getTarget()) + " is gone");
                    context.report().error("mapping.lost", Elements.fullPath(tvm.getTypedView()),
                            "lost its mapping: " + name(tvm.getTarget()) + " no longer exists in database "
                                    + database.getName(), List.of("map the typed view onto another table or view"));
                    mappings.container().getTypedViewMappings().remove(tvm);
                    continue;
                }
                for (TypedViewFieldMapping fm : List.copyOf(tvm.getFieldMappings())) {
                    if (removed.contains(fm.getTarget())) {
                        context.report().error("mapping.lost", Elements.fullPath(fm.getField()),
                                "lost its mapping: " + Elements.localPath(fm.getTarget()) + " no longer exists",
                                List.of("map the field onto another column"));
                        tvm.getFieldMappings().remove(fm);
                    }
                }
            }
        }

        // ---- helpers

        private void rename(String scope, NamedElement old, String newName) {
            if (!Objects.equals(old.getName(), newName)) {
                String path = Elements.localPath(old);
                old.setName(newName);
                context.report().change(ChangeKind.RENAMED, scope, old.eClass().getName(), path, "-> " + newName);
            }
        }

        private void changed(String scope, EObject element, Differences d) {
            if (!d.isEmpty()) {
                context.report().change(ChangeKind.CHANGED, scope, element.eClass().getName(), Elements.localPath(element),
                        d.toString());
            }
        }

        private void remove(String scope, EObject element) {
            removed.add(element);
            for (TreeIterator<EObject> it = element.eAllContents(); it.hasNext();) {
                removed.add(it.next());
            }
            context.report().change(ChangeKind.REMOVED, scope, element.eClass().getName(), Elements.localPath(element), "");
        }

        private static String names(List<? extends NamedElement> elements) {
            List<String> names = new ArrayList<>();
            for (NamedElement e : elements) {
                names.add(e.getName());
            }
            return String.join(",", names);
        }

        private static String name(NamedElement element) {
            return element == null ? "none" : element.getName();
        }
    }
}
