package org.relsync.db.ddl;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.relsync.db.ddl.DdlStatement.Phase;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;

/**
 * Sequences: created, renamed, their increment changed, dropped when marked for deletion or made by
 * RelSync and gone from the model; never those an identity column makes for itself.
 */
final class SequenceStep implements DdlStep {

    /** Per schema, the sequences its identity columns own ({@link #implicit}), found once. */
    private final Map<Schema, Set<Sequence>> identitySequences = new IdentityHashMap<>();

    @Override
    public void plan(DdlPlan plan, Schema schema, Schema now) {
        List<Sequence> present = now == null ? List.of()
                : now.getSequences().stream().filter(q -> !implicit(plan, now, q)).toList();
        Set<EObject> taken = new HashSet<>();
        for (Sequence sequence : schema.getSequences()) {
            if (implicit(plan, schema, sequence)) {
                continue;
            }
            Sequence match = plan.pairs.match(sequence, present, taken);
            if (match != null) {
                taken.add(match);
                plan.pairs.pair(sequence, match);
            }
            if (sequence.isMarkedForDeletion()) {
                if (match != null) {
                    drop(plan, schema, now, match);
                }
            } else if (match == null) {
                plan.emit(Phase.CREATE_SEQUENCE, plan.sql.createSequence(schema, sequence), null);
            } else {
                if (!match.getName().equals(sequence.getName())) {
                    plan.emit(Phase.RENAME_TABLE, plan.sql.renameSequence(schema, match.getName(), sequence.getName()), null);
                }
                if (match.getIncrement() != sequence.getIncrement()) {
                    plan.emit(Phase.ALTER_SEQUENCE, plan.sql.alterSequenceIncrement(schema, sequence), null);
                }
            }
        }
        for (Sequence q : present) {
            if (!taken.contains(q)) {
                if (plan.baseline.recorded(Sequence.class, now, q.getName())) {
                    drop(plan, schema, now, q);
                } else {
                    plan.note("sequence " + schema.getName() + "." + q.getName()
                            + " is in the database but not in the model; left alone");
                }
            }
        }
    }

    private static void drop(DdlPlan plan, Schema schema, Schema now, Sequence sequence) {
        String user = null;
        for (Table table : now.getTables()) {
            for (TableField field : table.getFields()) {
                if (field.getSequence() == sequence) {
                    user = table.getName() + "." + field.getName();
                }
            }
        }
        plan.emit(Phase.DROP_SEQUENCE, plan.sql.dropSequence(schema, sequence.getName()), user == null ? null
                : "drops sequence " + schema.getName() + "." + sequence.getName() + ", which column " + user + " uses");
    }

    /**
     * A sequence an identity column owns: the database makes it with the column, so no script
     * writes it. Not so the sequence of a column that draws from it through its default (serial).
     */
    private boolean implicit(DdlPlan plan, Schema schema, Sequence sequence) {
        if (!plan.sql.identityOwnsSequence()) {
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
}
