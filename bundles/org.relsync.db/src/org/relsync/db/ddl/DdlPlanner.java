package org.relsync.db.ddl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.relsync.db.ddl.DdlScript.Mode;
import org.relsync.db.ddl.DdlStatement.Phase;
import org.relsync.db.ddl.SqlWriter.ColumnChange;
import org.relsync.model.common.NamedElement;
import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.UniqueConstraint;
import org.relsync.model.relational.View;
import org.relsync.sync.Elements;

/**
 * Decides what a DDL script does: compares the relational model data of a database's
 * {@code Model} and {@code Mixed} schemas with the database's present state (read live, or the
 * baseline of the last apply) and writes the statements through the database's {@link SqlWriter}.
 * <p>
 * Elements are paired by identity before names: the database's own identity ({@code externalId},
 * PostgreSQL OIDs), then the baseline (which name each model element had in the database at the
 * last apply), then the name. So a table or column renamed in the model is renamed in the
 * database, never dropped and added.
 * <p>
 * What gets dropped: elements the model marks for deletion (SYNC-SPEC section 4), and elements
 * the baseline records as made by RelSync that the model no longer has. Anything else the
 * database has and the model does not is left alone, with a note: RelSync does not drop what it
 * does not know.
 */
public final class DdlPlanner {

    /** Counts the nulls of a column of the present database, or returns -1 when it cannot tell. */
    @FunctionalInterface
    public interface NullCount {
        long nulls(Table table, TableField column);

        NullCount UNKNOWN = (table, column) -> -1;
    }

    private static final String BASELINE_PREFIX = "baseline_";

    private final SqlWriter sql;
    private final NullCount nullCount;
    private final List<DdlStatement> statements = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, EObject> baseline = new HashMap<>();
    /** Model element → the element of the present database it is. */
    private final Map<EObject, EObject> pairs = new IdentityHashMap<>();
    /** Present element → model element, the other way round. */
    private final Map<EObject, EObject> reverse = new IdentityHashMap<>();
    /** Present foreign keys already dropped (so they are dropped once). */
    private final Set<ForeignKey> droppedForeignKeys = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Model foreign keys that must be (re-)added. */
    private final Set<ForeignKey> addedForeignKeys = new LinkedHashSet<>();
    /** The baseline's elements by container name and name, so {@link #recorded} need not scan the baseline. */
    private final Map<List<String>, List<EObject>> recordedByName = new HashMap<>();
    /** Per schema, the sequences its identity columns own ({@link #implicit}), found once. */
    private final Map<Schema, Set<Sequence>> identitySequences = new IdentityHashMap<>();

    public DdlPlanner(SqlWriter sql, NullCount nullCount) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.nullCount = Objects.requireNonNull(nullCount, "nullCount");
    }

    /** The schemas of {@code database} that DDL serves: those whose sync source is Model or Mixed. */
    public static List<Schema> managedSchemas(Database database) {
        return Elements.schemas(database).stream()
                .filter(s -> s.getSyncSource() == SyncSource.MODEL || s.getSyncSource() == SyncSource.MIXED).toList();
    }

    /** The id a baseline element gets: derived from its model element's, so the two can be paired. */
    public static String baselineId(String modelId) {
        return BASELINE_PREFIX + modelId;
    }

    /**
     * Plans a script.
     *
     * @param model   the project's database (relational model data), with its baseline if it has one
     * @param present the database as it is now, or null for an empty one (a create script)
     * @param mode    create or update; a create script ignores {@code present}
     * @param against what {@code present} is, for the script's header
     */
    public DdlScript plan(Database model, Database present, Mode mode, String against) {
        if (mode == Mode.UPDATE && model.getBaseline() != null) {
            for (TreeIterator<EObject> it = model.getBaseline().eAllContents(); it.hasNext();) {
                if (it.next() instanceof RelationalElement e && e.getId() != null && e.getId().startsWith(BASELINE_PREFIX)) {
                    baseline.put(e.getId().substring(BASELINE_PREFIX.length()), e);
                }
            }
        }
        recordedByName.clear();
        for (EObject e : baseline.values()) {
            if (e instanceof NamedElement named && e.eContainer() instanceof NamedElement parent) {
                recordedByName.computeIfAbsent(key(parent, named.getName()), k -> new ArrayList<>()).add(e);
            }
        }
        identitySequences.clear();
        Database current = mode == Mode.CREATE ? null : present;
        List<Schema> schemas = managedSchemas(model);
        Map<Schema, Schema> schemaPairs = new LinkedHashMap<>();
        for (Schema schema : schemas) {
            Schema now = current == null ? null : byName(Elements.schemas(current), schema.getName());
            schemaPairs.put(schema, now);
            if (now == null) {
                emit(Phase.CREATE_SCHEMA, sql.createSchema(schema), null);
            }
            pairTables(schema, now);
        }
        for (Map.Entry<Schema, Schema> e : schemaPairs.entrySet()) {
            sequences(e.getKey(), e.getValue());
            tables(e.getKey(), e.getValue());
        }
        for (Map.Entry<Schema, Schema> e : schemaPairs.entrySet()) {
            views(e.getKey(), e.getValue());
        }
        if (sql.altersInPlace()) { // elsewhere foreign keys are written inside CREATE TABLE
            for (ForeignKey fk : addedForeignKeys) {
                emit(Phase.ADD_FOREIGN_KEY, sql.addForeignKey((Table) fk.eContainer(), fk), null);
            }
        }
        List<DdlStatement> ordered = new ArrayList<>(statements);
        ordered.sort(Comparator.comparing(DdlStatement::phase)); // stable: model order within a phase
        return new DdlScript(model.getName(), sql.dialect().id(), mode, against, ordered, notes);
    }

    // ---- pairing

    private void pairTables(Schema schema, Schema now) {
        List<Table> candidates = now == null ? List.of() : now.getTables();
        Set<EObject> taken = new HashSet<>();
        for (Table table : schema.getTables()) {
            Table match = match(table, candidates, taken);
            if (match != null) {
                pair(table, match);
                taken.add(match);
                Set<EObject> columns = new HashSet<>();
                for (TableField field : table.getFields()) {
                    TableField column = match(field, match.getFields(), columns);
                    if (column != null) {
                        columns.add(column);
                        pair(field, column);
                    }
                }
            }
        }
    }

    private void pair(EObject model, EObject present) {
        pairs.put(model, present);
        reverse.put(present, model);
    }

    /** The element of {@code candidates} that {@code element} is: by database identity, baseline, exact name, folded name. */
    private <T extends RelationalElement> T match(RelationalElement element, List<T> candidates, Set<EObject> taken) {
        if (element.getExternalId() != null) {
            for (T candidate : candidates) {
                if (!taken.contains(candidate) && element.getExternalId().equals(candidate.getExternalId())) {
                    return candidate;
                }
            }
        }
        if (baseline.get(element.getId()) instanceof NamedElement recorded) {
            T found = named(candidates, recorded.getName(), taken);
            if (found != null) {
                return found;
            }
        }
        T found = named(candidates, element.getName(), taken);
        if (found != null) {
            return found;
        }
        for (T candidate : candidates) {
            if (!taken.contains(candidate) && sql.dialect().sameIdentifier(candidate.getName(), element.getName())) {
                return candidate;
            }
        }
        return null;
    }

    private static <T extends NamedElement> T named(List<T> candidates, String name, Set<EObject> taken) {
        for (T candidate : candidates) {
            if (!taken.contains(candidate) && Objects.equals(candidate.getName(), name)) {
                return candidate;
            }
        }
        return null;
    }

    private static <T extends NamedElement> T byName(List<T> elements, String name) {
        return elements.stream().filter(e -> Objects.equals(e.getName(), name)).findFirst().orElse(null);
    }

    /** Whether the baseline records, in {@code schema}, an element of this kind and name that RelSync made. */
    private boolean recorded(Class<? extends NamedElement> kind, NamedElement container, String name) {
        for (EObject e : recordedByName.getOrDefault(key(container, name), List.of())) {
            if (kind.isInstance(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where an element is, by names from its schema down ({@code [schema, table, column]}): a
     * column RelSync made in {@code a.orders} is not one of {@code b.orders}.
     */
    private static List<String> key(NamedElement container, String name) {
        List<String> names = new ArrayList<>();
        for (EObject e = container; e instanceof NamedElement n; e = e.eContainer()) {
            names.add(0, n.getName());
            if (e instanceof Schema) {
                break;
            }
        }
        names.add(name);
        return names;
    }

    /** The model's name for a present table or column: its model element's, or its own when it has none. */
    private String modelName(NamedElement present) {
        return reverse.get(present) instanceof NamedElement m ? m.getName() : present.getName();
    }

    // ---- sequences

    private void sequences(Schema schema, Schema now) {
        List<Sequence> present = now == null ? List.of() : now.getSequences().stream().filter(q -> !implicit(now, q)).toList();
        Set<EObject> taken = new HashSet<>();
        for (Sequence sequence : schema.getSequences()) {
            if (implicit(schema, sequence)) {
                continue;
            }
            Sequence match = match(sequence, present, taken);
            if (match != null) {
                taken.add(match);
                pair(sequence, match);
            }
            if (sequence.isMarkedForDeletion()) {
                if (match != null) {
                    dropSequence(schema, now, match);
                }
            } else if (match == null) {
                emit(Phase.CREATE_SEQUENCE, sql.createSequence(schema, sequence), null);
            } else {
                if (!match.getName().equals(sequence.getName())) {
                    emit(Phase.RENAME_TABLE, sql.renameSequence(schema, match.getName(), sequence.getName()), null);
                }
                if (match.getIncrement() != sequence.getIncrement()) {
                    emit(Phase.ALTER_SEQUENCE, sql.alterSequenceIncrement(schema, sequence), null);
                }
            }
        }
        for (Sequence q : present) {
            if (!taken.contains(q)) {
                if (recorded(Sequence.class, now, q.getName())) {
                    dropSequence(schema, now, q);
                } else {
                    notes.add("sequence " + schema.getName() + "." + q.getName() + " is in the database but not in the model; left alone");
                }
            }
        }
    }

    private void dropSequence(Schema schema, Schema now, Sequence sequence) {
        String user = null;
        for (Table table : now.getTables()) {
            for (TableField field : table.getFields()) {
                if (field.getSequence() == sequence) {
                    user = table.getName() + "." + field.getName();
                }
            }
        }
        emit(Phase.DROP_SEQUENCE, sql.dropSequence(schema, sequence.getName()), user == null ? null
                : "drops sequence " + schema.getName() + "." + sequence.getName() + ", which column " + user + " uses");
    }

    /**
     * A sequence an identity column owns: the database makes it with the column, so no script
     * writes it. Not so the sequence of a column that draws from it through its default (serial).
     */
    private boolean implicit(Schema schema, Sequence sequence) {
        if (!sql.identityOwnsSequence()) {
            return false;
        }
        return identitySequences.computeIfAbsent(schema, s -> {
            Set<Sequence> owned = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Table table : s.getTables()) {
                for (TableField field : table.getFields()) {
                    if (field.isIdentity() && field.getSequence() != null && !SqlWriter.identityByDefault(field)) {
                        owned.add(field.getSequence());
                    }
                }
            }
            return owned;
        }).contains(sequence);
    }

    // ---- tables

    private void tables(Schema schema, Schema now) {
        List<Table> created = new ArrayList<>();
        for (Table table : schema.getTables()) {
            Table match = (Table) pairs.get(table);
            if (table.isMarkedForDeletion()) {
                if (match != null) {
                    dropTable(now, match);
                }
            } else if (match == null) {
                created.add(table);
            } else {
                alterTable(table, match);
            }
        }
        for (Table table : dependencyOrder(created)) {
            emit(Phase.CREATE_TABLE, sql.createTable(table), null);
            SqlWriter.live(table.getFields()).forEach(field -> foreignType(table, field));
            for (TableField field : SqlWriter.live(table.getFields())) {
                if (ownsSequence(field)) {
                    emit(Phase.OWN_SEQUENCE, sql.ownSequence(table, field), null);
                }
            }
            addedForeignKeys.addAll(SqlWriter.live(table.getForeignKeys()));
            for (Index index : ownIndexes(table)) {
                emit(Phase.CREATE_INDEX, sql.createIndex(table, index), null);
            }
        }
        if (now != null) {
            for (Table table : now.getTables()) {
                if (!reverse.containsKey(table)) {
                    if (recorded(Table.class, now, table.getName())) {
                        dropTable(now, table);
                    } else {
                        notes.add("table " + schema.getName() + "." + table.getName()
                                + " is in the database but not in the model; left alone");
                    }
                }
            }
        }
    }

    /** A column that draws from its sequence through its default and owns it (a serial column). */
    private static boolean ownsSequence(TableField field) {
        return SqlWriter.identityByDefault(field) && field.getSequence() != null && field.isOwnsSequence()
                && !field.getSequence().isMarkedForDeletion();
    }

    private void dropTable(Schema now, Table table) {
        for (Table other : now.getTables()) {
            for (ForeignKey fk : other.getForeignKeys()) {
                if (fk.getReferencedTable() == table && other != table) {
                    dropForeignKey(other, fk);
                }
            }
        }
        emit(Phase.DROP_TABLE, sql.dropTable(now, table.getName()),
                "drops table " + now.getName() + "." + table.getName() + " and every row in it");
    }

    /** Referenced tables first, so a reader of the script meets a table before what points at it; cycles keep model order. */
    private static List<Table> dependencyOrder(List<Table> tables) {
        Set<Table> done = new LinkedHashSet<>();
        Set<Table> visiting = new HashSet<>();
        for (Table table : tables) {
            visit(table, tables, done, visiting);
        }
        return new ArrayList<>(done);
    }

    private static void visit(Table table, List<Table> tables, Set<Table> done, Set<Table> visiting) {
        if (done.contains(table) || !visiting.add(table)) {
            return;
        }
        for (ForeignKey fk : table.getForeignKeys()) {
            if (fk.getReferencedTable() != null && tables.contains(fk.getReferencedTable())) {
                visit(fk.getReferencedTable(), tables, done, visiting);
            }
        }
        done.add(table);
    }

    private void alterTable(Table table, Table now) {
        List<DdlStatement> before = new ArrayList<>(statements);
        boolean inPlace = true;
        if (!now.getName().equals(table.getName())) {
            emit(Phase.RENAME_TABLE, sql.renameTable(table, now.getName()), null);
        }
        Map<TableField, TableField> columns = new LinkedHashMap<>();
        for (TableField field : table.getFields()) {
            if (pairs.get(field) instanceof TableField match) {
                columns.put(field, match);
            }
        }
        Set<TableField> taken = new HashSet<>(columns.values());
        Set<TableField> retyped = new HashSet<>();
        for (TableField field : table.getFields()) {
            TableField match = columns.get(field);
            if (field.isMarkedForDeletion()) {
                if (match != null) {
                    dropColumn(table, match);
                    inPlace = false;
                }
            } else if (match == null) {
                emit(Phase.ADD_COLUMN, sql.addColumn(table, field), null);
                foreignType(table, field);
                if (!field.isNullable() && field.getDefaultValue() == null && !field.isIdentity()) {
                    notes.add("column " + table.getName() + "." + field.getName() + " is added NOT NULL without a default: "
                            + "the database refuses that while the table has rows");
                }
                inPlace &= field.isNullable() || field.getDefaultValue() != null;
            } else {
                if (!match.getName().equals(field.getName())) {
                    emit(Phase.RENAME_COLUMN, sql.renameColumn(table, match.getName(), field.getName()), null);
                }
                if (ownsSequence(field) && (match.getSequence() == null || !match.isOwnsSequence()
                        || !match.getSequence().getName().equals(field.getSequence().getName()))) {
                    emit(Phase.OWN_SEQUENCE, sql.ownSequence(table, field), null);
                }
                // a column that draws from a sequence through its default is compared by that default
                // (a lost one is set again), never given an identity of its own
                ColumnChange change = new ColumnChange(!sameType(field, match), field.isNullable() != match.isNullable(),
                        !Objects.equals(normalDefault(field), normalDefault(match)),
                        SqlWriter.identityColumn(field) != SqlWriter.identityColumn(match));
                if (change.any()) {
                    emit(Phase.ALTER_COLUMN, sql.alterColumn(table, field, match, change), risk(table, now, field, match, change));
                    inPlace = false;
                    if (change.type()) {
                        retyped.add(match);
                    }
                }
            }
        }
        for (TableField column : now.getFields()) {
            if (!taken.contains(column)) {
                if (recorded(TableField.class, now, column.getName())) {
                    dropColumn(table, column);
                    inPlace = false;
                } else {
                    notes.add("column " + now.getName() + "." + column.getName()
                            + " is in the database but not in the model; left alone");
                }
            }
        }
        inPlace &= constraints(table, now, retyped);
        if (!sql.altersInPlace() && !inPlace) {
            rebuild(table, now, columns, before);
        }
    }

    /** SQLite: replaces what was planned for this table by a rebuild that keeps the rows, and keeps the risks. */
    private void rebuild(Table table, Table now, Map<TableField, TableField> columns, List<DdlStatement> before) {
        List<DdlStatement> planned = new ArrayList<>(statements.subList(before.size(), statements.size()));
        statements.subList(before.size(), statements.size()).clear();
        List<String> risks = planned.stream().filter(DdlStatement::destructive).map(DdlStatement::risk).toList();
        Map<String, String> copied = new LinkedHashMap<>();
        columns.forEach((field, was) -> {
            if (!field.isMarkedForDeletion()) {
                copied.put(field.getName(), was.getName());
            }
        });
        emit(Phase.REBUILD_TABLE, sql.rebuildTable(table, now.getName(), copied), risks.isEmpty() ? null : String.join("; ", risks));
        for (Index index : ownIndexes(table)) {
            emit(Phase.CREATE_INDEX, sql.createIndex(table, index), null);
        }
    }

    private void dropColumn(Table table, TableField column) {
        emit(Phase.DROP_COLUMN, sql.dropColumn(table, column.getName()),
                "drops column " + table.getName() + "." + column.getName() + " and its values");
    }

    // ---- columns

    /** Compared as the script would write them, which also covers what a database insists on (SQLite's INTEGER key). */
    private boolean sameType(TableField model, TableField present) {
        return model.getDataType() != null && present.getDataType() != null
                && sql.type(model).equalsIgnoreCase(sql.type(present));
    }

    /** The default a script compares: none for an identity column (the database's identity is its default). */
    private static String normalDefault(TableField field) {
        return field.getDefaultValue() == null || SqlWriter.identityColumn(field) ? null : field.getDefaultValue().strip();
    }

    /** The destructive-change lint for one column change. */
    private String risk(Table table, Table now, TableField field, TableField was, ColumnChange change) {
        List<String> risks = new ArrayList<>();
        String column = table.getName() + "." + field.getName();
        if (change.type()) {
            String from = sql.type(was);
            String to = sql.type(field);
            if (!field.getDataType().equalsIgnoreCase(was.getDataType())) {
                risks.add("changes the type of " + column + " from " + from + " to " + to
                        + "; values that do not convert are refused or lost");
            } else if (smaller(field.getLength(), was.getLength()) || smaller(field.getPrecision(), was.getPrecision())
                    || smaller(field.getScale(), was.getScale())) {
                risks.add("narrows " + column + " from " + from + " to " + to + "; longer values are refused or cut");
            }
        }
        if (change.nullable() && !field.isNullable()) {
            long nulls = nullCount.nulls(now, was);
            if (nulls > 0) {
                risks.add("sets NOT NULL on " + column + ", which holds " + nulls + (nulls == 1 ? " null" : " nulls"));
            } else if (nulls < 0) {
                risks.add("sets NOT NULL on " + column + ", which may hold nulls");
            }
        }
        return risks.isEmpty() ? null : String.join("; ", risks);
    }

    /** Whether {@code to} takes less than {@code from}; no limit counts as the largest. */
    private static boolean smaller(Integer to, Integer from) {
        return to != null && (from == null || to < from);
    }

    // ---- constraints and indexes

    /** Plans the keys of a paired table; returns whether nothing but in-place changes were needed. */
    private boolean constraints(Table table, Table now, Set<TableField> retyped) {
        boolean inPlace = true;
        // foreign keys that involve a retyped column are dropped and added again around the change
        if (!retyped.isEmpty()) {
            dropForeignKeys(now, fk -> fk.getFields().stream().anyMatch(retyped::contains)
                    || fk.getReferencedFields().stream().anyMatch(retyped::contains));
        }
        PrimaryKey key = live(table.getPrimaryKey());
        PrimaryKey was = now.getPrimaryKey();
        if (key != null && was != null && signature(key).equals(presentSignature(was))) {
            if (sql.namesPrimaryKeys() && !Objects.equals(key.getName(), was.getName()) && key.getName() != null) {
                renameConstraint(table, was.getName(), key);
            }
        } else {
            if (was != null && (key != null || table.getPrimaryKey() != null
                    || recorded(PrimaryKey.class, now, was.getName()))) {
                dropReferencingForeignKeys(now);
                emit(Phase.DROP_PRIMARY_KEY, sql.dropPrimaryKey(now, was.getName()), null);
                inPlace = false;
            } else if (was != null) {
                notes.add("primary key of " + now.getName() + " is in the database but not in the model; left alone");
            }
            if (key != null) {
                emit(Phase.ADD_PRIMARY_KEY, sql.addPrimaryKey(table), null);
                inPlace = false;
            }
        }
        inPlace &= keys(table, now, table.getUniqueConstraints(), now.getUniqueConstraints(),
                unique -> emit(Phase.ADD_UNIQUE, sql.addUnique(table, unique), null),
                unique -> emit(Phase.DROP_UNIQUE, sql.dropUnique(now, unique.getName()), null));
        inPlace &= keys(table, now, table.getForeignKeys(), now.getForeignKeys(), addedForeignKeys::add,
                fk -> dropForeignKey(now, fk));
        for (ForeignKey fk : table.getForeignKeys()) {
            if (!fk.isMarkedForDeletion() && pairs.get(fk) instanceof ForeignKey present && droppedForeignKeys.contains(present)) {
                addedForeignKeys.add(fk); // dropped on the way (a retyped column or a replaced key): back again
            }
        }
        List<Index> ownNow = ownIndexes(now);
        inPlace &= keys(table, now, ownIndexes(table), ownNow, index -> emit(Phase.CREATE_INDEX, sql.createIndex(table, index), null),
                index -> emit(Phase.DROP_INDEX, sql.dropIndex(now, index.getName()), null));
        return inPlace;
    }

    /** Pairs the keys of one kind by name, then by definition; adds, drops, renames. Returns whether all is in place. */
    private <K extends RelationalElement> boolean keys(Table table, Table now, List<K> model, List<K> present,
            Consumer<K> add, Consumer<K> drop) {
        boolean inPlace = true;
        Set<EObject> taken = new HashSet<>();
        for (K key : model) {
            K match = sql.namesConstraints() ? named(present, key.getName(), taken) : null;
            // then the same definition; then the same columns and target (a foreign key whose rules changed)
            for (boolean strict : new boolean[] {true, false}) {
                for (K candidate : present) {
                    if (match == null && !taken.contains(candidate)
                            && (strict ? signature(key).equals(presentSignature(candidate))
                                    : shape(signature(key)).equals(shape(presentSignature(candidate))))) {
                        match = candidate;
                    }
                }
            }
            if (match != null) {
                taken.add(match);
                pair(key, match);
            }
            if (key.isMarkedForDeletion()) {
                if (match != null) {
                    drop.accept(match);
                    inPlace = false;
                }
            } else if (match == null) {
                add.accept(key);
                inPlace = false;
            } else if (!signature(key).equals(presentSignature(match))) {
                drop.accept(match);
                add.accept(key);
                inPlace = false;
            } else if (sql.namesConstraints() && !Objects.equals(key.getName(), match.getName()) && key.getName() != null) {
                if (key instanceof Index) {
                    drop.accept(match);
                    add.accept(key);
                } else {
                    renameConstraint(table, match.getName(), (Constraint) key);
                }
                inPlace = false;
            }
        }
        for (K k : present) {
            if (!taken.contains(k)) {
                if (recorded(kindOf(k), now, k.getName())) {
                    drop.accept(k);
                    inPlace = false;
                } else {
                    notes.add(describe(k) + " " + now.getName() + "." + k.getName()
                            + " is in the database but not in the model; left alone");
                }
            }
        }
        return inPlace;
    }

    /**
     * A column of a type the database does not have built in (an enum, a domain, an extension's
     * type) is written as the model holds it, but RelSync does not carry the type itself: say so
     * in the script, so that a failure on a new database is no surprise.
     */
    private void foreignType(Table table, TableField field) {
        String type = field.getDataType();
        if (type != null && !sql.dialect().knowsType(type)) {
            notes.add("column " + table.getName() + "." + field.getName() + " has type " + type
                    + ", the database's own (an enum, a domain or an extension's type), which RelSync does not carry: "
                    + "the database must have it before this script runs");
        }
    }

    private static Class<? extends NamedElement> kindOf(RelationalElement element) {
        return element instanceof ForeignKey ? ForeignKey.class : element instanceof UniqueConstraint ? UniqueConstraint.class
                : element instanceof Index ? Index.class : PrimaryKey.class;
    }

    private static String describe(RelationalElement element) {
        return element instanceof ForeignKey ? "foreign key" : element instanceof UniqueConstraint ? "unique constraint"
                : element instanceof Index ? "index" : "primary key";
    }

    private void renameConstraint(Table table, String from, Constraint to) {
        if (sql.renamesConstraints()) {
            emit(Phase.RENAME_CONSTRAINT, sql.renameConstraint(table, from, to.getName()), null);
        } else if (to instanceof ForeignKey fk) {
            dropForeignKey((Table) pairs.get(table), (ForeignKey) pairs.get(fk));
            addedForeignKeys.add(fk);
        } else if (to instanceof UniqueConstraint unique) {
            emit(Phase.DROP_UNIQUE, sql.dropUnique((Table) pairs.get(table), from), null);
            emit(Phase.ADD_UNIQUE, sql.addUnique(table, unique), null);
        }
        // a primary key keeps its name where the database cannot rename it (MariaDB calls every one PRIMARY)
    }

    private void dropForeignKey(Table owner, ForeignKey fk) {
        if (fk != null && droppedForeignKeys.add(fk)) {
            emit(Phase.DROP_FOREIGN_KEY, sql.dropForeignKey(owner, fk.getName()), null);
        }
    }

    /** Before a primary key is dropped, every foreign key that references it goes (and comes back if the model keeps it). */
    private void dropReferencingForeignKeys(Table now) {
        dropForeignKeys(now, fk -> fk.getReferencedTable() == now);
    }

    /** Drops the foreign keys of the present database that {@code which} selects; those the model keeps come back. */
    private void dropForeignKeys(Table now, Predicate<ForeignKey> which) {
        for (Schema s : Elements.schemas(Elements.databaseOf(Elements.schemaOf(now)))) {
            for (Table other : s.getTables()) {
                for (ForeignKey fk : other.getForeignKeys()) {
                    if (which.test(fk)) {
                        dropForeignKey(other, fk);
                        if (reverse.get(fk) instanceof ForeignKey kept && !kept.isMarkedForDeletion()) {
                            addedForeignKeys.add(kept);
                        }
                    }
                }
            }
        }
    }

    /** What a key is, in the model's names: kind, columns, and for a foreign key its target and rules. */
    private String signature(RelationalElement key) {
        return signature(key, NamedElement::getName);
    }

    /** The same for a key of the present database, its tables and columns called by their model names. */
    private String presentSignature(RelationalElement key) {
        return signature(key, this::modelName);
    }

    private String signature(RelationalElement key, Function<NamedElement, String> names) {
        StringBuilder s = new StringBuilder(key.eClass().getName());
        List<TableField> fields = key instanceof Constraint c ? c.getFields() : ((Index) key).getFields();
        fields.forEach(f -> s.append('|').append(names.apply(f)));
        if (key instanceof ForeignKey fk) {
            s.append("->").append(fk.getReferencedTable() == null ? "?" : names.apply(fk.getReferencedTable()));
            fk.getReferencedFields().forEach(f -> s.append('|').append(names.apply(f)));
            s.append(RULES).append(sql.effective(fk.getOnDelete())).append(' ').append(sql.effective(fk.getOnUpdate()));
        }
        if (key instanceof Index index) {
            s.append(index.isUnique() ? " unique" : "");
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    /** A key's signature without its foreign-key rules. */
    private static String shape(String signature) {
        int rules = signature.indexOf(RULES);
        return rules >= 0 ? signature.substring(0, rules) : signature;
    }

    /** Where a foreign key's rules start in its signature: a character no name holds. */
    private static final char RULES = '\u0001';

    private static <T extends RelationalElement> T live(T element) {
        return element == null || element.isMarkedForDeletion() ? null : element;
    }

    /** The indexes a script writes: not the ones the database makes for a key itself. */
    private List<Index> ownIndexes(Table table) {
        List<Index> own = new ArrayList<>();
        for (Index index : table.getIndexes()) {
            if (!sql.keyIndex(table, index)) {
                own.add(index);
            }
        }
        return own;
    }

    // ---- views

    private void views(Schema schema, Schema now) {
        List<View> present = now == null ? List.of() : now.getViews();
        Set<EObject> taken = new HashSet<>();
        List<View> created = new ArrayList<>();
        for (View view : schema.getViews()) {
            View match = match(view, present, taken);
            if (match != null) {
                taken.add(match);
                pair(view, match);
            }
            if (view.isMarkedForDeletion()) {
                if (match != null) {
                    emit(Phase.DROP_VIEW, sql.dropView(now, match.getName()), null);
                }
            } else if (view.getDefinition() == null || view.getDefinition().isBlank()) {
                if (match == null) {
                    notes.add("view " + schema.getName() + "." + view.getName() + " has no definition in the model; not created");
                }
            } else if (match == null) {
                created.add(view);
            } else if (!match.getName().equals(view.getName()) || !sameQuery(view, match)) {
                emit(Phase.DROP_VIEW, sql.dropView(now, match.getName()), null);
                created.add(view);
            }
        }
        for (View view : present) {
            if (!taken.contains(view)) {
                if (recorded(View.class, now, view.getName())) {
                    emit(Phase.DROP_VIEW, sql.dropView(now, view.getName()), null);
                } else {
                    notes.add("view " + schema.getName() + "." + view.getName() + " is in the database but not in the model; left alone");
                }
            }
        }
        for (View view : viewOrder(created)) {
            emit(Phase.CREATE_VIEW, sql.createView(view), null);
        }
    }

    private static boolean sameQuery(View a, View b) {
        return squeeze(a.getDefinition()).equals(squeeze(b.getDefinition()));
    }

    private static String squeeze(String sql) {
        String s = sql == null ? "" : sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Views that use other views come after them (a view's query naming another view counts as use). */
    private static List<View> viewOrder(List<View> views) {
        Map<View, Set<View>> uses = new IdentityHashMap<>();
        for (View view : views) {
            Set<View> used = new HashSet<>();
            for (View other : views) {
                if (other != view && Pattern.compile("(?i)(^|[^A-Za-z0-9_$])" + Pattern.quote(other.getName()) + "($|[^A-Za-z0-9_$])")
                        .matcher(view.getDefinition()).find()) {
                    used.add(other);
                }
            }
            uses.put(view, used);
        }
        Set<View> done = new LinkedHashSet<>();
        Set<View> visiting = new HashSet<>();
        for (View view : views) {
            visitView(view, uses, done, visiting);
        }
        return new ArrayList<>(done);
    }

    private static void visitView(View view, Map<View, Set<View>> uses, Set<View> done, Set<View> visiting) {
        if (done.contains(view) || !visiting.add(view)) {
            return;
        }
        for (View used : uses.get(view)) {
            visitView(used, uses, done, visiting);
        }
        done.add(view);
    }

    // ---- output

    private void emit(Phase phase, List<String> sqls, String risk) {
        for (int i = 0; i < sqls.size(); i++) {
            statements.add(new DdlStatement(phase, sqls.get(i), i == 0 ? risk : null));
        }
    }
}
