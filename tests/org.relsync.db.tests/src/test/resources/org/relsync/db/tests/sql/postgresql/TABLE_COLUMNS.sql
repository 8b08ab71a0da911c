-- RelSync: every column of every table and view in one query, shaped like
-- DatabaseMetaData.getColumns; types by name, lengths and precisions decoded from atttypmod
SELECT current_database() AS TABLE_CAT, n.nspname AS TABLE_SCHEM, c.relname AS TABLE_NAME,
       a.attname AS COLUMN_NAME,
       CASE t.typname WHEN 'int2' THEN 5 WHEN 'int4' THEN 4 WHEN 'int8' THEN -5 WHEN 'numeric' THEN 2
         WHEN 'float4' THEN 7 WHEN 'float8' THEN 8 WHEN 'bool' THEN -7 WHEN 'varchar' THEN 12
         WHEN 'bpchar' THEN 1 WHEN 'text' THEN 12 WHEN 'date' THEN 91 WHEN 'time' THEN 92
         WHEN 'timestamp' THEN 93 WHEN 'timestamptz' THEN 93 WHEN 'bytea' THEN -2 WHEN 'xml' THEN 2009
         ELSE 1111 END AS DATA_TYPE,
       t.typname AS TYPE_NAME,
       CASE WHEN t.typname IN ('varchar', 'bpchar') AND a.atttypmod > 4 THEN a.atttypmod - 4
            WHEN t.typname = 'numeric' AND a.atttypmod > 4 THEN ((a.atttypmod - 4) >> 16) & 65535
            ELSE 0 END AS COLUMN_SIZE,
       NULL AS BUFFER_LENGTH,
       CASE WHEN t.typname = 'numeric' AND a.atttypmod > 4 THEN (a.atttypmod - 4) & 65535 ELSE 0 END AS DECIMAL_DIGITS,
       10 AS NUM_PREC_RADIX,
       CASE WHEN a.attnotnull THEN 0 ELSE 1 END AS NULLABLE,
       NULL AS REMARKS,
       pg_get_expr(d.adbin, d.adrelid) AS COLUMN_DEF,
       NULL AS SQL_DATA_TYPE, NULL AS SQL_DATETIME_SUB, NULL AS CHAR_OCTET_LENGTH,
       a.attnum AS ORDINAL_POSITION,
       CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END AS IS_NULLABLE,
       NULL AS SCOPE_CATALOG, NULL AS SCOPE_SCHEMA, NULL AS SCOPE_TABLE, NULL AS SOURCE_DATA_TYPE,
       -- a column whose default draws from a sequence is made identity by SequenceDefaults, after the read
       CASE WHEN a.attidentity IN ('a', 'd') THEN 'YES' ELSE 'NO' END AS IS_AUTOINCREMENT,
       CASE WHEN a.attgenerated <> '' THEN 'YES' ELSE 'NO' END AS IS_GENERATEDCOLUMN
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
ORDER BY n.nspname, c.relname, a.attnum
