package org.relsync.db.tests;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;

/**
 * For the SchemaCrawler path of PostgreSQL ({@link PostgresSchemaCrawlerSource}): gives the
 * elements of a snapshot PostgreSQL's rename-proof identities, OIDs for tables, views and
 * sequences, OID and attribute number for columns, as RelSync's bulk reader reads them with the
 * rest. The engine matches on them before names, so a table or column renamed in the database
 * keeps its mappings (SYNC-SPEC section 3.1 M).
 */
final class StableIds {

    private static final String POSTGRESQL = """
            SELECT n.nspname, c.relname, c.oid, a.attname, a.attnum
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND n.nspname = ANY (?)
            """;

    /** Sequences owned by a column: serial columns ('a') and identity columns ('i'). */
    private static final String SEQUENCE_OWNERS = """
            SELECT sn.nspname, seq.relname, tn.nspname, t.relname, a.attname
            FROM pg_depend d
            JOIN pg_class seq ON seq.oid = d.objid AND seq.relkind = 'S'
            JOIN pg_namespace sn ON sn.oid = seq.relnamespace
            JOIN pg_class t ON t.oid = d.refobjid
            JOIN pg_namespace tn ON tn.oid = t.relnamespace
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
            WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
              AND d.deptype IN ('a', 'i') AND tn.nspname = ANY (?)
            """;

    private StableIds() {
    }

    /**
     * Links each column to the sequence the database says it uses (PostgreSQL serial and identity
     * columns), for snapshots read through SchemaCrawler; RelSync's {@code PostgresBulkReader} reads
     * these links with its sequences.
     */
    static void linkSequences(Connection connection, Database snapshot) throws SQLException {
        Map<String, Schema> schemas = new HashMap<>();
        Map<String, Sequence> sequences = new HashMap<>();
        Map<String, TableField> columns = new HashMap<>();
        for (Catalog catalog : snapshot.getCatalogs()) {
            for (Schema schema : catalog.getSchemas()) {
                schemas.put(schema.getName(), schema);
                schema.getSequences().forEach(q -> sequences.put(schema.getName() + '\u0000' + q.getName(), q));
                for (TableOrView table : schema.getTables()) {
                    for (TableField field : table.getFields()) {
                        columns.put(schema.getName() + '\u0000' + table.getName() + '\u0000' + field.getName(), field);
                    }
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(SEQUENCE_OWNERS)) {
            statement.setArray(1, connection.createArrayOf("text", schemas.keySet().toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Sequence sequence = sequences.get(rs.getString(1) + '\u0000' + rs.getString(2));
                    TableField column = columns.get(rs.getString(3) + '\u0000' + rs.getString(4) + '\u0000' + rs.getString(5));
                    if (sequence != null && column != null) {
                        column.setSequence(sequence);
                    }
                }
            }
        }
    }

    static void assign(Connection connection, Database snapshot) throws SQLException {
        List<String> schemas = new ArrayList<>();
        for (Catalog catalog : snapshot.getCatalogs()) {
            catalog.getSchemas().forEach(s -> schemas.add(s.getName()));
        }
        Map<String, String> ids = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(POSTGRESQL)) {
            Array names = connection.createArrayOf("text", schemas.toArray());
            statement.setArray(1, names);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1) + '\u0000' + rs.getString(2);
                    String oid = "pg:" + rs.getLong(3);
                    ids.put(table, oid);
                    if (rs.getString(4) != null) {
                        ids.put(table + '\u0000' + rs.getString(4), oid + ":" + rs.getInt(5));
                    }
                }
            }
        }
        for (Catalog catalog : snapshot.getCatalogs()) {
            for (Schema schema : catalog.getSchemas()) {
                List<TableOrView> tables = new ArrayList<>(schema.getTables());
                tables.addAll(schema.getViews());
                for (TableOrView table : tables) {
                    String key = schema.getName() + '\u0000' + table.getName();
                    table.setExternalId(ids.get(key));
                    for (TableField field : table.getFields()) {
                        field.setExternalId(ids.get(key + '\u0000' + field.getName()));
                    }
                }
                for (Sequence sequence : schema.getSequences()) {
                    sequence.setExternalId(ids.get(schema.getName() + '\u0000' + sequence.getName()));
                }
            }
        }
    }
}
