package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.View;
import org.relsync.sync.Elements;
import org.relsync.sync.report.ChangeKind;

/**
 * Merges one refreshed schema into the model's, in place: sequences, tables with their columns,
 * keys, constraints and indexes, and views. An element that matches an old one keeps the old
 * object (its id, and every mapping onto it) and takes the new values; what the model drives in a
 * Mixed schema ({@link MixedSchemaRules}) waits for its DDL.
 */
final class SchemaMerge {

    private final Migration migration;
    private final MixedSchemaRules mixed;
    private final References references;

    SchemaMerge(Migration migration, References references) {
        this.migration = migration;
        this.mixed = migration.mixed;
        this.references = references;
    }

    private boolean namesFollowTheModel() {
        return migration.context.settings().isSyncRelationalModelDataElementNameWithTargetElementName();
    }

    void merge(Schema schema, Schema snapshot) {
        String scope = Elements.path(schema);
        Predicate<String> involved = migration.refreshed.involved(schema);

        List<Sequence> oldSequences = List.copyOf(schema.getSequences());
        migration.mergeList(scope, "Sequence", schema.getSequences(), oldSequences, snapshot.getSequences(),
                NameMatcher.match(oldSequences, snapshot.getSequences(), Sequence::getName, Sequence::getExternalId),
                Sequence::getName, s -> "", (old, fresh) -> sequence(scope, old, fresh), old -> false);

        List<Table> oldTables = schema.getTables().stream().filter(t -> involved.test(t.getName())).toList();
        List<Table> newTables = snapshot.getTables().stream().filter(t -> involved.test(t.getName())).toList();
        Map<Table, Table> tableMatches = new LinkedHashMap<>(
                NameMatcher.match(oldTables, newTables, Table::getName, Table::getExternalId));
        if (schema.getSyncSource() == SyncSource.MIXED) {
            mixed.matchDrivenTables(oldTables, newTables, tableMatches);
        }
        migration.mergeList(scope, "Table", schema.getTables(), oldTables, newTables, tableMatches, Table::getName,
                t -> t.getFields().size() + " fields", (old, fresh) -> {
                    Migration.keepIdentity(old, fresh);
                    table(scope, old, fresh);
                }, old -> mixed.driven(old)); // created by the model, waiting for its DDL

        List<View> oldViews = schema.getViews().stream().filter(v -> involved.test(v.getName())).toList();
        List<View> newViews = snapshot.getViews().stream().filter(v -> involved.test(v.getName())).toList();
        migration.mergeList(scope, "View", schema.getViews(), oldViews, newViews,
                NameMatcher.match(oldViews, newViews, View::getName, View::getExternalId), View::getName,
                v -> v.getFields().size() + " fields", (old, fresh) -> view(scope, old, fresh), old -> false);
    }

    private void sequence(String scope, Sequence old, Sequence fresh) {
        migration.rename(scope, old, fresh.getName());
        Migration.keepIdentity(old, fresh);
        Differences d = new Differences();
        if (d.check("start", old.getStartValue(), fresh.getStartValue())) {
            old.setStartValue(fresh.getStartValue());
        }
        if (d.check("increment", old.getIncrement(), fresh.getIncrement())) {
            old.setIncrement(fresh.getIncrement());
        }
        migration.changed(scope, old, d);
    }

    private void view(String scope, View old, View fresh) {
        migration.rename(scope, old, fresh.getName());
        Migration.keepIdentity(old, fresh);
        if (!Objects.equals(old.getDefinition(), fresh.getDefinition())) {
            old.setDefinition(fresh.getDefinition());
            migration.context.report().change(ChangeKind.CHANGED, scope, "View", old.getName(), "definition");
        }
        fields(scope, old, fresh);
    }

    private void table(String scope, Table old, Table fresh) {
        if (!(mixed.driven(old) && namesFollowTheModel())) {
            migration.rename(scope, old, fresh.getName());
        }
        fields(scope, old, fresh);
        primaryKey(scope, old, fresh.getPrimaryKey());
        constraints(scope, old.getUniqueConstraints(), fresh.getUniqueConstraints(), "UniqueConstraint");
        indexes(scope, old, fresh);

        List<ForeignKey> oldKeys = List.copyOf(old.getForeignKeys());
        migration.mergeList(scope, "ForeignKey", old.getForeignKeys(), oldKeys, fresh.getForeignKeys(),
                mixed.matchConstraints(oldKeys, fresh.getForeignKeys(), references), Elements::localPath, k -> "",
                (oldKey, key) -> {
                    if (!mixed.driven(oldKey)) {
                        migration.rename(scope, oldKey, key.getName());
                        migration.foreignKeys.add(new ForeignKey[] {oldKey, key});
                    }
                }, oldKey -> mixed.driven(oldKey)); // the model's foreign key, waiting for its DDL
    }

    private void primaryKey(String scope, Table old, PrimaryKey pk) {
        if (old.getPrimaryKey() != null && mixed.driven(old.getPrimaryKey())) {
            // the model's primary key (step 6): the database's waits for the DDL
            if (pk != null) {
                migration.matches.put(pk, old.getPrimaryKey());
            }
        } else if (pk == null) {
            if (old.getPrimaryKey() != null) {
                migration.remove(scope, old.getPrimaryKey());
                old.setPrimaryKey(null);
            }
        } else if (old.getPrimaryKey() == null) {
            old.setPrimaryKey(pk);
            migration.context.report().change(ChangeKind.CREATED, scope, "PrimaryKey", Elements.localPath(pk), "");
        } else {
            migration.matches.put(pk, old.getPrimaryKey());
            migration.rename(scope, old.getPrimaryKey(), pk.getName());
            constraintFields(scope, old.getPrimaryKey(), pk.getFields());
        }
    }

    private <C extends Constraint> void constraints(String scope, EList<C> olds, EList<C> news, String kind) {
        List<C> oldList = List.copyOf(olds);
        migration.mergeList(scope, kind, olds, oldList, news, mixed.matchConstraints(oldList, news, references),
                Elements::localPath, c -> "", (old, fresh) -> {
                    if (!mixed.driven(old)) {
                        migration.rename(scope, old, fresh.getName());
                        constraintFields(scope, old, fresh.getFields());
                    }
                }, old -> mixed.driven(old)); // the model's constraint, waiting for its DDL
    }

    private void indexes(String scope, Table old, Table fresh) {
        List<Index> oldList = List.copyOf(old.getIndexes());
        migration.mergeList(scope, "Index", old.getIndexes(), oldList, fresh.getIndexes(),
                NameMatcher.match(oldList, fresh.getIndexes(), Index::getName), Elements::localPath, i -> "",
                (oldIndex, index) -> {
                    migration.rename(scope, oldIndex, index.getName());
                    if (oldIndex.isUnique() != index.isUnique()) {
                        oldIndex.setUnique(index.isUnique());
                        migration.context.report().change(ChangeKind.CHANGED, scope, "Index", Elements.localPath(oldIndex),
                                "unique: " + !index.isUnique() + " -> " + index.isUnique());
                    }
                    List<TableField> fields = references.resolveAll(index.getFields());
                    if (!oldIndex.getFields().equals(fields)) {
                        ECollections.setEList(oldIndex.getFields(), fields);
                    }
                }, oldIndex -> false);
    }

    private void constraintFields(String scope, Constraint old, List<TableField> freshFields) {
        List<TableField> fields = references.resolveAll(freshFields);
        if (!old.getFields().equals(fields)) {
            String before = Migration.names(old.getFields());
            ECollections.setEList(old.getFields(), fields);
            migration.context.report().change(ChangeKind.CHANGED, scope, old.eClass().getName(), Elements.localPath(old),
                    "fields: " + before + " -> " + Migration.names(fields));
        }
    }

    // ---- columns: in the database's order, the model's own (waiting for DDL) after them

    private void fields(String scope, TableOrView old, TableOrView fresh) {
        List<TableField> oldFields = List.copyOf(old.getFields());
        Map<TableField, TableField> fieldMatches = new LinkedHashMap<>(NameMatcher.match(oldFields,
                fresh.getFields(), TableField::getName, TableField::getExternalId));
        mixed.matchDrivenColumns(oldFields, fresh.getFields(), fieldMatches);
        Set<TableField> guessed = guessRenamedColumns(oldFields, fresh.getFields(), fieldMatches);
        List<TableField> ordered = new ArrayList<>();
        for (TableField field : List.copyOf(fresh.getFields())) {
            TableField oldField = fieldMatches.get(field);
            if (oldField == null) {
                ordered.add(field);
                old.getFields().add(field);
                migration.context.report().change(ChangeKind.CREATED, scope, "TableField", Elements.localPath(field),
                        ColumnTypes.describe(field));
            } else {
                migration.matches.put(field, oldField);
                ordered.add(oldField);
                column(scope, old, oldField, field, guessed.contains(field));
            }
        }
        Set<TableField> paired = new HashSet<>(fieldMatches.values());
        for (TableField oldField : oldFields) {
            if (!paired.contains(oldField) && mixed.driven(oldField)) {
                ordered.add(oldField); // the model's column, waiting for its DDL
            } else if (!paired.contains(oldField)) {
                migration.remove(scope, oldField);
                old.getFields().remove(oldField);
            }
        }
        if (!old.getFields().equals(ordered)) {
            ECollections.setEList(old.getFields(), ordered);
        }
    }

    private void column(String scope, TableOrView table, TableField oldField, TableField field, boolean guessed) {
        var settings = migration.context.settings();
        boolean driven = mixed.driven(oldField);
        if (driven && namesFollowTheModel()) {
            // the model names it (step 3); the database's name waits for the DDL
        } else if (guessed && !Objects.equals(oldField.getName(), field.getName())) {
            String path = Elements.localPath(oldField);
            oldField.setName(field.getName());
            migration.context.report().change(ChangeKind.RENAMED, scope, "TableField", path, "-> " + field.getName()
                    + " (a guess: the database gives no identity; same position and type)");
        } else {
            migration.rename(scope, oldField, field.getName());
        }
        Migration.keepIdentity(oldField, field);
        Differences d = new Differences();
        boolean linkTable = migration.mappings.linkMappingOf(table).isPresent();
        boolean drivenType = driven && (settings.isReflectTypeOfElementFieldInTargetField() || linkTable);
        if (!drivenType && d.check("type", ColumnTypes.typeOf(oldField), ColumnTypes.typeOf(field))) {
            oldField.setDataType(field.getDataType());
            oldField.setLength(field.getLength());
            oldField.setPrecision(field.getPrecision());
            oldField.setScale(field.getScale());
        }
        boolean drivenNullability = driven && (settings.isReflectNullabilityOfElementFieldInTargetField() || linkTable);
        if (!drivenNullability && d.check("nullable", oldField.isNullable(), field.isNullable())) {
            oldField.setNullable(field.isNullable());
        }
        if (!driven && d.check("identity", oldField.isIdentity(), field.isIdentity())) {
            oldField.setIdentity(field.isIdentity());
        }
        if (d.check("default", oldField.getDefaultValue(), field.getDefaultValue())) {
            oldField.setDefaultValue(field.getDefaultValue());
        }
        // the sequence the column draws from (resolved to the model's later, with the other references)
        if (d.check("sequence", Migration.name(oldField.getSequence()), Migration.name(field.getSequence()))) {
            oldField.setSequence(field.getSequence());
        }
        if (field.getSequence() != null && d.check("owns sequence", oldField.isOwnsSequence(), field.isOwnsSequence())) {
            oldField.setOwnsSequence(field.isOwnsSequence());
        }
        if (oldField.getOrdinal() != field.getOrdinal()) {
            oldField.setOrdinal(field.getOrdinal());
        }
        migration.changed(scope, oldField, d);
    }

    /**
     * Columns the database gives no identity for: an unmatched new column takes the place of the
     * only unmatched old column at the same position with the same type (a rename, most likely).
     */
    private static Set<TableField> guessRenamedColumns(List<TableField> olds, List<TableField> news,
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
}
