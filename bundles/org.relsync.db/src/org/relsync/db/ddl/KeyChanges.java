package org.relsync.db.ddl;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.relsync.db.ddl.DdlStatement.Phase;
import org.relsync.model.common.NamedElement;
import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.PrimaryKey;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.UniqueConstraint;

/**
 * The keys and indexes of a paired table: each kind paired by name (where the database keeps
 * names), then by definition; added, dropped, replaced when their definition changed, renamed.
 * Foreign keys over a retyped column go and come back around the change.
 */
final class KeyChanges {

    private final DdlPlan plan;
    private final KeySignature signatures;
    private final Table table;
    private final Table now;

    private KeyChanges(DdlPlan plan, Table table, Table now) {
        this.plan = plan;
        this.signatures = new KeySignature(plan);
        this.table = table;
        this.now = now;
    }

    /** Plans the keys of {@code table}, paired with {@code now}; returns whether nothing but in-place changes were needed. */
    static boolean plan(DdlPlan plan, Table table, Table now, Set<TableField> retyped) {
        return new KeyChanges(plan, table, now).plan(retyped);
    }

    private boolean plan(Set<TableField> retyped) {
        boolean inPlace = true;
        // foreign keys that involve a retyped column are dropped and added again around the change
        if (!retyped.isEmpty()) {
            plan.foreignKeys.dropWhere(now, fk -> fk.getFields().stream().anyMatch(retyped::contains)
                    || fk.getReferencedFields().stream().anyMatch(retyped::contains));
        }
        inPlace &= primaryKey();
        inPlace &= keys(table.getUniqueConstraints(), now.getUniqueConstraints(),
                unique -> plan.emit(Phase.ADD_UNIQUE, plan.sql.addUnique(table, unique), null),
                unique -> plan.emit(Phase.DROP_UNIQUE, plan.sql.dropUnique(now, unique.getName()), null));
        inPlace &= keys(table.getForeignKeys(), now.getForeignKeys(), plan.foreignKeys::add,
                fk -> plan.foreignKeys.drop(now, fk));
        for (ForeignKey fk : table.getForeignKeys()) {
            if (!fk.isMarkedForDeletion() && plan.pairs.presentOf(fk) instanceof ForeignKey present
                    && plan.foreignKeys.dropped(present)) {
                plan.foreignKeys.add(fk); // dropped on the way (a retyped column or a replaced key): back again
            }
        }
        inPlace &= keys(plan.ownIndexes(table), plan.ownIndexes(now),
                index -> plan.emit(Phase.CREATE_INDEX, plan.sql.createIndex(table, index), null),
                index -> plan.emit(Phase.DROP_INDEX, plan.sql.dropIndex(now, index.getName()), null));
        return inPlace;
    }

    private boolean primaryKey() {
        PrimaryKey key = live(table.getPrimaryKey());
        PrimaryKey was = now.getPrimaryKey();
        if (key != null && was != null && signatures.of(key).equals(signatures.ofPresent(was))) {
            if (plan.sql.namesPrimaryKeys() && !Objects.equals(key.getName(), was.getName()) && key.getName() != null) {
                rename(was.getName(), key);
            }
            return true;
        }
        boolean inPlace = true;
        if (was != null && (key != null || table.getPrimaryKey() != null
                || plan.baseline.recorded(PrimaryKey.class, now, was.getName()))) {
            plan.foreignKeys.dropReferencing(now);
            plan.emit(Phase.DROP_PRIMARY_KEY, plan.sql.dropPrimaryKey(now, was.getName()), null);
            inPlace = false;
        } else if (was != null) {
            plan.note("primary key of " + now.getName() + " is in the database but not in the model; left alone");
        }
        if (key != null) {
            plan.emit(Phase.ADD_PRIMARY_KEY, plan.sql.addPrimaryKey(table), null);
            inPlace = false;
        }
        return inPlace;
    }

    /** Pairs the keys of one kind by name, then by definition; adds, drops, renames. Returns whether all is in place. */
    private <K extends RelationalElement> boolean keys(List<K> model, List<K> present, Consumer<K> add, Consumer<K> drop) {
        boolean inPlace = true;
        Set<EObject> taken = new HashSet<>();
        for (K key : model) {
            K match = plan.sql.namesConstraints() ? Pairs.named(present, key.getName(), taken) : null;
            // then the same definition; then the same columns and target (a foreign key whose rules changed)
            for (boolean strict : new boolean[] {true, false}) {
                for (K candidate : present) {
                    if (match == null && !taken.contains(candidate)
                            && (strict ? signatures.of(key).equals(signatures.ofPresent(candidate))
                                    : KeySignature.shape(signatures.of(key))
                                            .equals(KeySignature.shape(signatures.ofPresent(candidate))))) {
                        match = candidate;
                    }
                }
            }
            if (match != null) {
                taken.add(match);
                plan.pairs.pair(key, match);
            }
            if (key.isMarkedForDeletion()) {
                if (match != null) {
                    drop.accept(match);
                    inPlace = false;
                }
            } else if (match == null) {
                add.accept(key);
                inPlace = false;
            } else if (!signatures.of(key).equals(signatures.ofPresent(match))) {
                drop.accept(match);
                add.accept(key);
                inPlace = false;
            } else if (plan.sql.namesConstraints() && !Objects.equals(key.getName(), match.getName()) && key.getName() != null) {
                if (key instanceof Index) {
                    drop.accept(match);
                    add.accept(key);
                } else {
                    rename(match.getName(), (Constraint) key);
                }
                inPlace = false;
            }
        }
        for (K k : present) {
            if (!taken.contains(k)) {
                if (plan.baseline.recorded(kindOf(k), now, k.getName())) {
                    drop.accept(k);
                    inPlace = false;
                } else {
                    plan.note(describe(k) + " " + now.getName() + "." + k.getName()
                            + " is in the database but not in the model; left alone");
                }
            }
        }
        return inPlace;
    }

    private void rename(String from, Constraint to) {
        if (plan.sql.renamesConstraints()) {
            plan.emit(Phase.RENAME_CONSTRAINT, plan.sql.renameConstraint(table, from, to.getName()), null);
        } else if (to instanceof ForeignKey fk) {
            plan.foreignKeys.drop(now, (ForeignKey) plan.pairs.presentOf(fk));
            plan.foreignKeys.add(fk);
        } else if (to instanceof UniqueConstraint unique) {
            plan.emit(Phase.DROP_UNIQUE, plan.sql.dropUnique(now, from), null);
            plan.emit(Phase.ADD_UNIQUE, plan.sql.addUnique(table, unique), null);
        }
        // a primary key keeps its name where the database cannot rename it (MariaDB calls every one PRIMARY)
    }

    private static Class<? extends NamedElement> kindOf(RelationalElement element) {
        return element instanceof ForeignKey ? ForeignKey.class : element instanceof UniqueConstraint ? UniqueConstraint.class
                : element instanceof Index ? Index.class : PrimaryKey.class;
    }

    private static String describe(RelationalElement element) {
        return element instanceof ForeignKey ? "foreign key" : element instanceof UniqueConstraint ? "unique constraint"
                : element instanceof Index ? "index" : "primary key";
    }

    private static <T extends RelationalElement> T live(T element) {
        return element == null || element.isMarkedForDeletion() ? null : element;
    }
}
