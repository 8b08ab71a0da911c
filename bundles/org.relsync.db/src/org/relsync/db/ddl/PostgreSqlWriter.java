package org.relsync.db.ddl;

import org.relsync.model.relational.TableField;
import org.relsync.sync.dialect.Dialect;

/** PostgreSQL: standard SQL, transactional DDL, identity columns that own their sequences. */
final class PostgreSqlWriter extends SqlWriter {

    PostgreSqlWriter(Dialect dialect) {
        super(dialect);
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    /** With {@code USING}, so that a type PostgreSQL cannot cast implicitly (text to integer) still converts. */
    @Override
    protected String alterTypeClause(TableField field) {
        return "TYPE " + type(field) + " USING " + name(field.getName()) + "::" + type(field);
    }
}
