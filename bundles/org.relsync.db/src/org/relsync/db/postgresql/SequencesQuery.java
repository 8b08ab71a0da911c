package org.relsync.db.postgresql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;

/**
 * Sequences, each linked to the column that owns it, if any (PostgreSQL links one at most: a serial
 * column, 'a', or an identity column, 'i'); columns that only draw from a sequence through their
 * defaults are linked by {@link org.relsync.db.SequenceDefaults}.
 */
final class SequencesQuery extends CatalogQuery {

    private static final String SQL = """
            SELECT n.nspname, c.oid, c.relname, s.seqstart, s.seqincrement, d.refobjid, d.refobjsubid
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.seqrelid AND d.objsubid = 0
                 AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
            WHERE n.nspname = ANY (?)
            """;

    private final Map<String, Schema> schemas;
    private final Map<Long, Sequence> byOid = new HashMap<>();
    private final Map<Schema, List<Sequence>> bySchema = new HashMap<>();

    SequencesQuery(Map<String, Schema> schemas, Map<Long, PgRelation> relations) {
        super(SQL, relations);
        this.schemas = schemas;
    }

    @Override
    void row(ResultSet rs) throws SQLException {
        Sequence sequence = byOid.get(rs.getLong(2));
        if (sequence == null) {
            sequence = RelationalFactory.eINSTANCE.createSequence();
            sequence.setName(rs.getString(3));
            sequence.setExternalId("pg:" + rs.getLong(2));
            sequence.setStartValue(rs.getLong(4));
            sequence.setIncrement(rs.getLong(5) == 0 ? 1 : rs.getLong(5));
            byOid.put(rs.getLong(2), sequence);
            bySchema.computeIfAbsent(schemas.get(rs.getString(1)), s -> new ArrayList<>()).add(sequence);
        }
        if (relations.get(rs.getLong(6)) instanceof PgRelation owner && owner.element instanceof Table) {
            owner.column(rs.getInt(7)).setSequence(sequence);
        }
    }

    /** Adds the sequences read to their schemas, in order of names. */
    void addToSchemas() {
        bySchema.forEach((schema, s) -> PostgresBulkReader.addByName(schema.getSequences(), s));
    }
}
