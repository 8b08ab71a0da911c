package org.relsync.db.ddl;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.relsync.db.ddl.DdlStatement.Phase;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.sync.Elements;

/**
 * The foreign keys a plan drops and adds. Every foreign key is added by {@code ALTER TABLE} at the
 * end (so cycles need nothing special), and one that stands in the way of a change (a retyped
 * column, a replaced key, a dropped table) is dropped once, and added again if the model keeps it.
 */
final class ForeignKeyChanges {

    private final DdlPlan plan;
    /** Present foreign keys already dropped (so they are dropped once). */
    private final Set<ForeignKey> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Model foreign keys that must be (re-)added. */
    private final Set<ForeignKey> added = new LinkedHashSet<>();

    ForeignKeyChanges(DdlPlan plan) {
        this.plan = plan;
    }

    /** The model's foreign key {@code fk} is to be added. */
    void add(ForeignKey fk) {
        added.add(fk);
    }

    void addAll(Collection<ForeignKey> fks) {
        added.addAll(fks);
    }

    /** Whether the present foreign key {@code fk} is dropped on the way. */
    boolean dropped(ForeignKey fk) {
        return dropped.contains(fk);
    }

    /** Drops the present foreign key {@code fk} of {@code owner}, once. */
    void drop(Table owner, ForeignKey fk) {
        if (fk != null && dropped.add(fk)) {
            plan.emit(Phase.DROP_FOREIGN_KEY, plan.sql.dropForeignKey(owner, fk.getName()), null);
        }
    }

    /** Before a primary key is dropped, every foreign key that references it goes (and comes back if the model keeps it). */
    void dropReferencing(Table now) {
        dropWhere(now, fk -> fk.getReferencedTable() == now);
    }

    /** Drops the foreign keys of the present database that {@code which} selects; those the model keeps come back. */
    void dropWhere(Table now, Predicate<ForeignKey> which) {
        for (Schema s : Elements.schemas(Elements.databaseOf(Elements.schemaOf(now)))) {
            for (Table other : s.getTables()) {
                for (ForeignKey fk : other.getForeignKeys()) {
                    if (which.test(fk)) {
                        drop(other, fk);
                        if (plan.pairs.modelOf(fk) instanceof ForeignKey kept && !kept.isMarkedForDeletion()) {
                            added.add(kept);
                        }
                    }
                }
            }
        }
    }

    /** Adds the foreign keys to add, last; where the database writes them inside {@code CREATE TABLE}, nothing. */
    void planAdditions() {
        if (plan.sql.altersInPlace()) { // elsewhere foreign keys are written inside CREATE TABLE
            for (ForeignKey fk : added) {
                plan.emit(Phase.ADD_FOREIGN_KEY, plan.sql.addForeignKey((Table) fk.eContainer(), fk), null);
            }
        }
    }
}
