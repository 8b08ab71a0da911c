package org.relsync.db.ddl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.relsync.db.ddl.DdlScript.Mode;
import org.relsync.db.ddl.DdlStatement.Phase;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.Elements;

/**
 * Decides what a DDL script does: compares the relational model data of a database's
 * {@code Model} and {@code Mixed} schemas with the database's present state (read live, or the
 * baseline of the last apply) and writes the statements through the database's {@link SqlWriter}.
 * <p>
 * A plan runs in passes over the schemas, each a list of {@link DdlStep}s: first every table and
 * column is paired with the database's ({@link Pairs}: by identity, the {@link Baseline}, then the
 * name, so a rename in the model is a rename in the script; where none of them tells, by position
 * and type, a {@link RenameGuess} the script notes) and missing schemas are created; then
 * sequences ({@link SequenceStep}) and tables ({@link TableStep}: columns, keys, SQLite's rebuild,
 * the {@link DestructiveLint}); then views ({@link ViewStep}); last the foreign keys
 * ({@link ForeignKeyChanges}). The statements are ordered by {@link Phase}.
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

    private final SqlWriter sql;
    private final NullCount nullCount;

    public DdlPlanner(SqlWriter sql, NullCount nullCount) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.nullCount = Objects.requireNonNull(nullCount, "nullCount");
    }

    /** The schemas of {@code database} that DDL serves: those whose sync source is Model or Mixed. */
    public static List<Schema> managedSchemas(Database database) {
        return Elements.schemas(database).stream()
                .filter(s -> s.getSyncSource() == SyncSource.MODEL || s.getSyncSource() == SyncSource.MIXED).toList();
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
        DdlPlan plan = new DdlPlan(sql, nullCount, Baseline.of(model, mode));
        Database current = mode == Mode.CREATE ? null : present;
        Map<Schema, Schema> schemas = new LinkedHashMap<>();
        for (Schema schema : managedSchemas(model)) {
            Schema now = current == null ? null : Elements.schemas(current).stream()
                    .filter(s -> Objects.equals(s.getName(), schema.getName())).findFirst().orElse(null);
            schemas.put(schema, now);
            if (now == null) {
                plan.emit(Phase.CREATE_SCHEMA, sql.createSchema(schema), null);
            }
            plan.pairs.pairTables(schema, now);
            RenameGuess.pairColumns(plan, model, schema);
        }
        // views after every table of every schema: a view may use tables of another schema
        for (List<DdlStep> pass : List.of(List.of(new SequenceStep(), new TableStep()), List.<DdlStep>of(new ViewStep()))) {
            schemas.forEach((schema, now) -> pass.forEach(step -> step.plan(plan, schema, now)));
        }
        plan.foreignKeys.planAdditions();
        return plan.script(model.getName(), mode, against);
    }
}
