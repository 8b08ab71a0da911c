package org.relsync.db.ddl;

import org.relsync.model.relational.Schema;

/**
 * One concern of a DDL plan ({@link DdlPlanner}), run for each schema DDL serves: sequences,
 * tables (with their columns and keys), views.
 */
interface DdlStep {

    /**
     * Plans what {@code model}'s elements of the step's kind need.
     *
     * @param present the database's schema of the same name, or null when it has none (a create script)
     */
    void plan(DdlPlan plan, Schema model, Schema present);
}
