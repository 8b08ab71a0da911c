-- RelSync: every foreign key column pair in one query, shaped like
-- DatabaseMetaData.getImportedKeys (rules and deferrability as JDBC codes)
SELECT current_database() AS PKTABLE_CAT, pn.nspname AS PKTABLE_SCHEM, pc.relname AS PKTABLE_NAME,
       pa.attname AS PKCOLUMN_NAME,
       current_database() AS FKTABLE_CAT, fn.nspname AS FKTABLE_SCHEM, fc.relname AS FKTABLE_NAME,
       fa.attname AS FKCOLUMN_NAME, k.ord AS KEY_SEQ,
       CASE con.confupdtype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'd' THEN 4 ELSE 3 END AS UPDATE_RULE,
       CASE con.confdeltype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'd' THEN 4 ELSE 3 END AS DELETE_RULE,
       con.conname AS FK_NAME, NULL AS PK_NAME,
       CASE WHEN con.condeferrable AND con.condeferred THEN 5 WHEN con.condeferrable THEN 6 ELSE 7 END AS DEFERRABILITY
FROM pg_constraint con
JOIN pg_class fc ON fc.oid = con.conrelid
JOIN pg_namespace fn ON fn.oid = fc.relnamespace
JOIN pg_class pc ON pc.oid = con.confrelid
JOIN pg_namespace pn ON pn.oid = pc.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(fkattnum, pkattnum, ord)
JOIN pg_attribute fa ON fa.attrelid = con.conrelid AND fa.attnum = k.fkattnum
JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.pkattnum
WHERE con.contype = 'f' AND fn.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY fn.nspname, fc.relname, con.conname, k.ord
