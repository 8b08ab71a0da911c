package org.relsync.db.ddl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.relsync.db.ddl.DdlScript.Mode;
import org.relsync.db.ddl.DdlStatement.Phase;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.Table;

/**
 * A DDL script being planned: the database's SQL writer, what the baseline recorded, which present
 * element each model element is, the foreign keys dropped and to add, and the statements and notes
 * so far. The steps of {@link DdlPlanner} all write here.
 */
final class DdlPlan {

    final SqlWriter sql;
    final DdlPlanner.NullCount nullCount;
    final Baseline baseline;
    final Pairs pairs;
    final ForeignKeyChanges foreignKeys;
    private final List<DdlStatement> statements = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    DdlPlan(SqlWriter sql, DdlPlanner.NullCount nullCount, Baseline baseline) {
        this.sql = sql;
        this.nullCount = nullCount;
        this.baseline = baseline;
        this.pairs = new Pairs(sql.dialect(), baseline);
        this.foreignKeys = new ForeignKeyChanges(this);
    }

    /** Adds the statements {@code sqls}, the first one flagged with {@code risk} when it can lose data. */
    void emit(Phase phase, List<String> sqls, String risk) {
        for (int i = 0; i < sqls.size(); i++) {
            statements.add(new DdlStatement(phase, sqls.get(i), i == 0 ? risk : null));
        }
    }

    /** Something the script deliberately does not do, and why. */
    void note(String note) {
        notes.add(note);
    }

    /** Where the statements planned from now on start, for {@link #takeSince}. */
    int mark() {
        return statements.size();
    }

    /** Takes back the statements planned since {@code mark}, to plan them another way. */
    List<DdlStatement> takeSince(int mark) {
        List<DdlStatement> taken = new ArrayList<>(statements.subList(mark, statements.size()));
        statements.subList(mark, statements.size()).clear();
        return taken;
    }

    /** The indexes a script writes: not the ones the database makes for a key itself. */
    List<Index> ownIndexes(Table table) {
        List<Index> own = new ArrayList<>();
        for (Index index : table.getIndexes()) {
            if (!sql.keyIndex(table, index)) {
                own.add(index);
            }
        }
        return own;
    }

    /** The script: statements ordered by phase, and within a phase in the order of the model. */
    DdlScript script(String database, Mode mode, String against) {
        List<DdlStatement> ordered = new ArrayList<>(statements);
        ordered.sort(Comparator.comparing(DdlStatement::phase)); // stable: model order within a phase
        return new DdlScript(database, sql.dialect().id(), mode, against, ordered, notes);
    }
}
