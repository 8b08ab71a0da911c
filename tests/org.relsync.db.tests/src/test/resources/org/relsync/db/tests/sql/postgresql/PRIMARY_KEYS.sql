-- RelSync: every primary key column of the database in one query, shaped like
-- DatabaseMetaData.getPrimaryKeys, for SchemaCrawler's data_dictionary_all strategy
SELECT current_database() AS TABLE_CAT, n.nspname AS TABLE_SCHEM, c.relname AS TABLE_NAME,
       a.attname AS COLUMN_NAME, k.ord AS KEY_SEQ, con.conname AS PK_NAME
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
WHERE con.contype = 'p' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY n.nspname, c.relname, k.ord
