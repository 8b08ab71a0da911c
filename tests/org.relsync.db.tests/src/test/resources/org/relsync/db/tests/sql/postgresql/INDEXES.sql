-- RelSync: every index column in one query, shaped like DatabaseMetaData.getIndexInfo
SELECT current_database() AS TABLE_CAT, n.nspname AS TABLE_SCHEM, c.relname AS TABLE_NAME,
       NOT i.indisunique AS NON_UNIQUE, NULL AS INDEX_QUALIFIER, ic.relname AS INDEX_NAME,
       3 AS TYPE, k.ord AS ORDINAL_POSITION, a.attname AS COLUMN_NAME, 'A' AS ASC_OR_DESC,
       0 AS CARDINALITY, 0 AS PAGES, NULL AS FILTER_CONDITION
FROM pg_index i
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class ic ON ic.oid = i.indexrelid
CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
ORDER BY n.nspname, c.relname, ic.relname, k.ord
