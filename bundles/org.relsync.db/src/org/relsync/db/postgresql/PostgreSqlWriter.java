package org.relsync.db.postgresql;

import java.util.List;

import org.relsync.db.ddl.SqlWriter;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.Elements;
import org.relsync.sync.dialect.Dialect;

/** PostgreSQL: standard SQL, transactional DDL, identity columns that own their sequences. */
final class PostgreSqlWriter extends SqlWriter {

    PostgreSqlWriter(Dialect dialect) {
        super(dialect);
    }

    /** With {@code USING}, so that a type PostgreSQL cannot cast implicitly (text to integer) still converts. */
    @Override
    protected String alterTypeClause(TableField field) {
        return "TYPE " + type(field) + " USING " + name(field.getName()) + "::" + type(field);
    }

    /**
     * A sequence that a smallint or integer column owns is made of that type, as {@code serial}
     * makes it (the model holds no type for a sequence; without one PostgreSQL makes a bigint).
     */
    @Override
    public List<String> createSequence(Schema schema, Sequence sequence) {
        String type = null;
        for (TableOrView table : schema.getTables()) {
            for (TableField field : table.getFields()) {
                if (field.getSequence() == sequence && field.isOwnsSequence() && identityByDefault(field)
                        && (type(field).equals("smallint") || type(field).equals("integer"))) {
                    type = type(field);
                }
            }
        }
        return List.of("CREATE SEQUENCE " + qualified(schema, sequence.getName()) + (type == null ? "" : " AS " + type)
                + " START WITH " + sequence.getStartValue() + " INCREMENT BY " + sequence.getIncrement());
    }

    @Override
    public List<String> ownSequence(Table table, TableField field) {
        return List.of("ALTER SEQUENCE " + qualified(Elements.schemaOf(table), field.getSequence().getName()) + " OWNED BY "
                + qualified(table) + "." + name(field.getName()));
    }
}
