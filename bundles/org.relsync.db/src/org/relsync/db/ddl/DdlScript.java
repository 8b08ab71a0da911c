package org.relsync.db.ddl;

import java.util.List;

/**
 * A DDL script for one database: its statements in the order they run, with the ones that can
 * lose data flagged, and notes on what was left alone.
 *
 * @param database   the database's name in the project
 * @param dialect    the database kind the SQL is written for
 * @param mode       a full create script, or an update from the database's present state
 * @param against    what an update was computed against (the live database or the baseline), for the header
 * @param statements in running order
 * @param notes      things the script deliberately does not do, and why
 */
public record DdlScript(String database, String dialect, Mode mode, String against, List<DdlStatement> statements,
        List<String> notes) {

    /** Which script. */
    public enum Mode {
        /** Every element of the model's Model and Mixed schemas, for an empty database. */
        CREATE,
        /** What turns the database's present state into the model's. */
        UPDATE
    }

    public DdlScript {
        statements = List.copyOf(statements);
        notes = List.copyOf(notes);
    }

    public List<DdlStatement> destructive() {
        return statements.stream().filter(DdlStatement::destructive).toList();
    }

    /** Whether an update was computed against the baseline because the database could not be reached. */
    public boolean computedAgainstBaseline() {
        return against != null && against.startsWith(BASELINE);
    }

    /** How {@link #against} begins for an update computed against the baseline. */
    static final String BASELINE = "the baseline of the last apply";

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** The script as a file: a header, the notes, then each statement ended by a semicolon. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("-- RelSync ").append(mode == Mode.CREATE ? "create" : "update").append(" script for database '")
                .append(database).append("' (").append(dialect).append(")\n");
        if (against != null) {
            out.append("-- computed against ").append(against).append('\n');
        }
        int destructive = destructive().size();
        out.append("-- ").append(statements.size()).append(statements.size() == 1 ? " statement" : " statements");
        out.append(destructive == 0 ? ", none can lose data" : ", " + destructive + " can lose data (marked DESTRUCTIVE)")
                .append('\n');
        for (String note : notes) {
            out.append("-- note: ").append(note).append('\n');
        }
        for (DdlStatement statement : statements) {
            out.append('\n');
            if (statement.destructive()) {
                out.append("-- DESTRUCTIVE: ").append(statement.risk()).append('\n');
            }
            out.append(statement.sql()).append(";\n");
        }
        return out.toString();
    }
}
