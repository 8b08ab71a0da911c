package org.relsync.db.tests;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database's own catalog says it holds, as sorted text, independent of RelSync's readers:
 * relations with their kind, columns with the server's own spelling of their types, nullability,
 * identity and defaults, primary, unique and foreign keys with their definitions, indexes,
 * sequences with their owners, and view queries. Two databases hold the same relational schema
 * when their listings are equal; the comparison sees what a reader might fold together (two type
 * names read as one, a materialized view read as a view).
 * <p>
 * Left out, because they are outside RelSync's relational model: check and exclusion
 * constraints, triggers, rules, comments, privileges, and the types, domains and functions
 * themselves (a column's type names them).
 */
final class CatalogListing {

    private CatalogListing() {
    }

    /** The listing of {@code schemas} of a PostgreSQL database, one entry per relation or sequence. */
    static Map<String, String> postgresql(Connection c, List<String> schemas) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        Array names = c.createArrayOf("text", schemas.toArray());
        query(c, names, """
                SELECT n.nspname || '.' || c.relname, c.relkind,
                       (SELECT string_agg(pn.nspname || '.' || p.relname, ', ') FROM pg_inherits i
                        JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
                        WHERE i.inhrelid = c.oid)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ANY (?)
                """, rs -> {
                    add(out, rs.getString(1), "kind " + kind(rs.getString(2)));
                    if (rs.getString(3) != null) {
                        add(out, rs.getString(1), "inherits " + rs.getString(3));
                    }
                });
        query(c, names, """
                SELECT n.nspname || '.' || c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod),
                       a.attnotnull, a.attidentity, a.attgenerated, pg_get_expr(d.adbin, d.adrelid)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
                WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ANY (?)
                ORDER BY 1, a.attnum
                """, rs -> add(out, rs.getString(1), "column " + rs.getString(3) + " "
                + rs.getString(4) + (rs.getBoolean(5) ? " not null" : "") + identity(rs.getString(6))
                + (rs.getString(7).isEmpty() ? "" : " generated") + (rs.getString(8) == null ? "" : " default " + rs.getString(8))));
        query(c, names, """
                SELECT n.nspname || '.' || c.relname, c.relkind, con.conname, pg_get_constraintdef(con.oid)
                FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE con.contype IN ('p', 'u', 'f') AND n.nspname = ANY (?)
                """, rs -> add(out, rs.getString(1), "constraint " + rs.getString(3) + " "
                + rs.getString(4)));
        query(c, names, """
                SELECT n.nspname || '.' || c.relname, c.relkind, pg_get_indexdef(i.indexrelid)
                FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ANY (?)
                """, rs -> add(out, rs.getString(1), "index " + rs.getString(3)));
        query(c, names, """
                SELECT n.nspname || '.' || c.relname, c.relkind, pg_get_viewdef(c.oid)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY (?)
                """, rs -> add(out, rs.getString(1), "query " + squeeze(rs.getString(3))));
        query(c, names, """
                SELECT n.nspname || '.' || c.relname, s.seqtypid::regtype, s.seqstart, s.seqincrement, s.seqmin, s.seqmax,
                       s.seqcycle, (SELECT string_agg(t.relname || '.' || a.attname || ' ' || d.deptype::text, ', ')
                                    FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
                                    WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass
                                      AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
                FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ANY (?)
                """, rs -> add(out, rs.getString(1), "sequence " + rs.getString(2) + " start " + rs.getLong(3) + " increment "
                + rs.getLong(4) + " min " + rs.getLong(5) + " max " + rs.getLong(6) + (rs.getBoolean(7) ? " cycle" : "")
                + (rs.getString(8) == null ? "" : " owned by " + rs.getString(8))));
        return joined(out);
    }

    /**
     * The listing of a SQLite database: its declared column types as SQLite takes them (the
     * affinity its rules give the declared name, with the declared arguments: SQLite keeps a
     * type's name only as text), and whether a table's key is AUTOINCREMENT.
     */
    static Map<String, String> sqlite(Connection c) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, type, sql FROM sqlite_master "
                + "WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                add(out, name, "kind " + rs.getString(2));
                if (rs.getString(2).equals("table")) {
                    tables.add(name);
                    if (rs.getString(3).toUpperCase(Locale.ROOT).contains("AUTOINCREMENT")) {
                        add(out, name, "autoincrement");
                    }
                } else {
                    add(out, name, "query " + squeeze(rs.getString(3)).replaceFirst("(?is)^CREATE VIEW .*? AS ", ""));
                }
            }
        }
        for (String table : tables) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid")) {
                s.setString(1, table);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        // DEFAULT NULL is what a column without a default has
                        String defaultValue = rs.getString(4) == null || rs.getString(4).equalsIgnoreCase("NULL") ? ""
                                : " default " + rs.getString(4);
                        add(out, table, "column " + rs.getString(1) + " " + affinity(rs.getString(2))
                                + (rs.getBoolean(3) ? " not null" : "") + defaultValue + (rs.getInt(5) > 0 ? " key " + rs.getInt(5) : ""));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete "
                    + "FROM pragma_foreign_key_list(?) ORDER BY id, seq")) {
                s.setString(1, table);
                Map<Integer, String> keys = new TreeMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        keys.merge(rs.getInt(1), rs.getString(3) + " -> " + rs.getString(2) + "." + rs.getString(4) + " on update "
                                + rs.getString(5) + " on delete " + rs.getString(6), (a, b) -> a + ", " + b);
                    }
                }
                keys.values().forEach(k -> add(out, table, "foreign key " + k));
            }
            try (PreparedStatement s = c.prepareStatement("SELECT l.name, l.\"unique\", l.origin, l.partial, "
                    + "(SELECT group_concat(i.name, ', ') FROM pragma_index_info(l.name) i) FROM pragma_index_list(?) l")) {
                s.setString(1, table);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        // SQLite names the indexes of keys itself (sqlite_autoindex_<table>_<n>), by their order in the table
                        String name = rs.getString(3).equals("c") ? rs.getString(1) : "(" + rs.getString(3) + ")";
                        add(out, table, "index " + name + (rs.getBoolean(2) ? " unique" : "") + (rs.getBoolean(4) ? " partial" : "")
                                + " (" + rs.getString(5) + ")");
                    }
                }
            }
        }
        return joined(out);
    }

    /** SQLite's type affinity of a declared type (section 3.1 of its documentation), with the declared arguments. */
    private static String affinity(String declared) {
        String type = declared.toUpperCase(Locale.ROOT);
        String arguments = type.contains("(") ? type.substring(type.indexOf('(')).replace(" ", "") : "";
        String affinity = type.contains("INT") ? "INTEGER"
                : type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT") ? "TEXT"
                : type.isBlank() || type.contains("BLOB") ? "BLOB"
                : type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") ? "REAL" : "NUMERIC";
        return affinity + arguments;
    }

    /**
     * The listing of MariaDB database {@code schema}: column types as {@code COLUMN_TYPE} spells
     * them (unsigned, display widths), defaults, {@code EXTRA} (auto_increment, on update), keys
     * with their rules, indexes, and view queries with the database's own name taken out (MariaDB
     * qualifies every name in them).
     */
    static Map<String, String> mariadb(Connection c, String schema) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        query(c, schema, "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?",
                rs -> add(out, rs.getString(1), "kind " + rs.getString(2)));
        query(c, schema, """
                SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION
                """, rs -> add(out, rs.getString(1), "column " + rs.getString(2) + " " + rs.getString(3)
                + (rs.getString(4).equals("NO") ? " not null" : "") + (rs.getString(5) == null ? "" : " default " + rs.getString(5))
                + (rs.getString(6).isEmpty() ? "" : " " + rs.getString(6))));
        query(c, schema, """
                SELECT tc.TABLE_NAME, tc.CONSTRAINT_TYPE, tc.CONSTRAINT_NAME,
                       GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '),
                       MAX(k.REFERENCED_TABLE_NAME), GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION SEPARATOR ', '),
                       MAX(r.UPDATE_RULE), MAX(r.DELETE_RULE)
                FROM information_schema.TABLE_CONSTRAINTS tc
                JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                  AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                  AND r.TABLE_NAME = tc.TABLE_NAME AND r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                WHERE tc.TABLE_SCHEMA = ? GROUP BY tc.TABLE_NAME, tc.CONSTRAINT_TYPE, tc.CONSTRAINT_NAME
                """, rs -> add(out, rs.getString(1), rs.getString(2).toLowerCase(Locale.ROOT) + " " + rs.getString(3) + " ("
                + rs.getString(4) + ")" + (rs.getString(5) == null ? "" : " -> " + rs.getString(5) + " (" + rs.getString(6)
                + ") on update " + rs.getString(7) + " on delete " + rs.getString(8))));
        query(c, schema, """
                SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ', ')
                FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE
                """, rs -> add(out, rs.getString(1), "index " + rs.getString(2) + (rs.getInt(3) == 0 ? " unique" : "") + " ("
                + rs.getString(4) + ")"));
        query(c, schema, "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?",
                rs -> add(out, rs.getString(1), "query " + squeeze(rs.getString(2)).replace("`" + schema + "`.", "")));
        return joined(out);
    }

    /**
     * The listing of {@code schemas} of an H2 database. H2 names the indexes of keys itself
     * ({@code PRIMARY_KEY_8}, by an internal counter): only the indexes no constraint uses are listed.
     */
    static Map<String, String> h2(Connection c, List<String> schemas) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        for (String schema : schemas) {
            query(c, schema, "SELECT TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ?",
                    rs -> add(out, schema + "." + rs.getString(1), "kind " + rs.getString(2)));
            query(c, schema, """
                    SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,
                           DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY, IDENTITY_GENERATION, IDENTITY_START,
                           IDENTITY_INCREMENT, GENERATION_EXPRESSION
                    FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION
                    """, rs -> add(out, schema + "." + rs.getString(1), "column " + rs.getString(2) + " " + rs.getString(3)
                    + (rs.getString(4) == null ? "" : " length " + rs.getString(4))
                    + (rs.getString(5) == null ? "" : " precision " + rs.getString(5))
                    + (rs.getString(6) == null ? "" : " scale " + rs.getString(6))
                    + (rs.getString(7) == null ? "" : " time precision " + rs.getString(7))
                    + (rs.getString(8).equals("NO") ? " not null" : "") + (rs.getString(9) == null ? "" : " default " + rs.getString(9))
                    + (rs.getString(10).equals("YES") ? " identity " + rs.getString(11) + " start " + rs.getString(12)
                            + " increment " + rs.getString(13) : "")
                    + (rs.getString(14) == null ? "" : " generated " + rs.getString(14))));
            query(c, schema, """
                    SELECT tc.TABLE_NAME, tc.CONSTRAINT_TYPE, tc.CONSTRAINT_NAME,
                           LISTAGG(k.COLUMN_NAME, ', ') WITHIN GROUP (ORDER BY k.ORDINAL_POSITION),
                           MAX(u.TABLE_NAME), MAX(r.UPDATE_RULE), MAX(r.DELETE_RULE), MAX(r.UNIQUE_CONSTRAINT_NAME)
                    FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
                    JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                      AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                    LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
                      AND r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                    LEFT JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS u ON u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA
                      AND u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME
                    WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
                    GROUP BY tc.TABLE_NAME, tc.CONSTRAINT_TYPE, tc.CONSTRAINT_NAME
                    """, rs -> add(out, schema + "." + rs.getString(1), rs.getString(2).toLowerCase(Locale.ROOT) + " "
                    + rs.getString(3) + " (" + rs.getString(4) + ")" + (rs.getString(5) == null ? "" : " -> " + rs.getString(5)
                    + " on update " + rs.getString(6) + " on delete " + rs.getString(7))));
            query(c, schema, """
                    SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME,
                           LISTAGG(ic.COLUMN_NAME, ', ') WITHIN GROUP (ORDER BY ic.ORDINAL_POSITION)
                    FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic
                      ON ic.INDEX_SCHEMA = i.INDEX_SCHEMA AND ic.INDEX_NAME = i.INDEX_NAME
                    WHERE i.TABLE_SCHEMA = ? AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
                      WHERE tc.INDEX_SCHEMA = i.INDEX_SCHEMA AND tc.INDEX_NAME = i.INDEX_NAME)
                    GROUP BY i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME
                    """, rs -> add(out, schema + "." + rs.getString(1), "index " + rs.getString(2) + " " + rs.getString(3)
                    + " (" + rs.getString(4) + ")"));
            query(c, schema, """
                    SELECT SEQUENCE_NAME, DATA_TYPE, START_VALUE, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES
                    WHERE SEQUENCE_SCHEMA = ? AND SEQUENCE_NAME NOT LIKE 'SYSTEM\\_SEQUENCE\\_%' -- identity columns' own
                    """, rs -> add(out, schema + "." + rs.getString(1), "sequence " + rs.getString(2) + " start " + rs.getString(3)
                    + " increment " + rs.getString(4)));
            query(c, schema, "SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = ?",
                    rs -> add(out, schema + "." + rs.getString(1), "query " + squeeze(rs.getString(2))));
        }
        return joined(out);
    }

    private static String kind(String relkind) {
        return switch (relkind) {
            case "r" -> "table";
            case "p" -> "partitioned table";
            case "v" -> "view";
            case "m" -> "materialized view";
            case "f" -> "foreign table";
            default -> relkind;
        };
    }

    private static String identity(String code) {
        return switch (code) {
            case "a" -> " identity always";
            case "d" -> " identity by default";
            default -> "";
        };
    }

    // ---- shared

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, Object schemas, String sql, Row row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, schemas);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    private static void add(Map<String, List<String>> out, String relation, String line) {
        out.computeIfAbsent(relation, r -> new ArrayList<>()).add(line);
    }

    /** Each relation's lines: its kind, columns in their order, the rest sorted. */
    private static Map<String, String> joined(Map<String, List<String>> out) {
        Map<String, String> result = new TreeMap<>();
        out.forEach((relation, lines) -> {
            List<String> columns = lines.stream().filter(l -> l.startsWith("kind ") || l.startsWith("column ")).toList();
            List<String> rest = new ArrayList<>(lines.stream().filter(l -> !columns.contains(l)).toList());
            rest.sort(null);
            List<String> all = new ArrayList<>(columns);
            all.addAll(rest);
            result.put(relation, String.join("\n", all));
        });
        return result;
    }

    static String squeeze(String sql) {
        return sql == null ? "" : sql.strip().replaceAll("\\s+", " ");
    }

    /**
     * Where two listings differ, relation by relation: {@code relation: -line} for a line only the
     * first has, {@code relation: +line} for one only the second has; relations one of them lacks
     * entirely as {@code -relation} or {@code +relation}.
     */
    static List<String> differences(Map<String, String> first, Map<String, String> second) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> relations = new java.util.TreeSet<>(first.keySet());
        relations.addAll(second.keySet());
        for (String relation : relations) {
            String a = first.get(relation);
            String b = second.get(relation);
            if (a == null || b == null) {
                out.add((a == null ? "+" : "-") + relation);
                continue;
            }
            List<String> left = a.lines().toList();
            List<String> right = b.lines().toList();
            left.stream().filter(l -> !right.contains(l)).forEach(l -> out.add(relation + ": -" + l));
            right.stream().filter(l -> !left.contains(l)).forEach(l -> out.add(relation + ": +" + l));
            if (out.isEmpty() && !left.equals(right)) {
                out.add(relation + ": columns in another order");
            }
        }
        return out;
    }
}
