package org.relsync.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.relsync.db.DatabaseKind;

/**
 * A digest of a database's catalog that changes when a schema changes: the SHA-256 of what the
 * kind's {@link DatabaseKind#schemaFingerprintQueries()} return, row by row, one per schema where
 * the kind's rows name their schema ({@link DatabaseKind#fingerprintRowsNameTheirSchema()}), so
 * that two fingerprints tell which schemas changed. The queries are the kind's (one rule per
 * database kind, in its package); this class only runs and hashes them.
 *
 * @param bySchema  the digest of each schema's rows, as hexadecimal text (one, under {@code ""},
 *                  where the rows do not name their schema)
 * @param perSchema whether the rows named their schema
 */
public record SchemaFingerprint(Map<String, String> bySchema, boolean perSchema) {

    public SchemaFingerprint {
        bySchema = Map.copyOf(bySchema);
    }

    /** The fingerprint of what {@code connection} sees now. */
    public static SchemaFingerprint read(Connection connection, DatabaseKind kind) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        boolean perSchema = kind.fingerprintRowsNameTheirSchema();
        Map<String, MessageDigest> digests = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            int query = 0;
            for (String sql : kind.schemaFingerprintQueries()) {
                query++;
                try (ResultSet rows = statement.executeQuery(sql)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        String schema = perSchema ? String.valueOf(rows.getString(1)) : "";
                        MessageDigest digest = digests.computeIfAbsent(schema, s -> sha256());
                        digest.update((byte) query); // a row of another query is another row
                        for (int i = 1; i <= columns; i++) {
                            String value = rows.getString(i);
                            digest.update(value == null ? new byte[] { 0 } : value.getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0x1f);
                        }
                        digest.update((byte) 0x1e);
                    }
                }
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit(); // the next read must see what was committed since (no snapshot held)
        }
        Map<String, String> bySchema = new HashMap<>();
        digests.forEach((schema, digest) -> bySchema.put(schema, HexFormat.of().formatHex(digest.digest())));
        return new SchemaFingerprint(bySchema, perSchema);
    }

    /**
     * The schemas whose rows differ from {@code before} (new and gone ones included); empty when
     * the fingerprints cannot tell (their rows do not name their schemas).
     */
    public Optional<Set<String>> changedSince(SchemaFingerprint before) {
        if (!perSchema || !before.perSchema) {
            return Optional.empty();
        }
        Set<String> changed = new LinkedHashSet<>();
        for (String schema : bySchema.keySet()) {
            if (!bySchema.get(schema).equals(before.bySchema.get(schema))) {
                changed.add(schema);
            }
        }
        for (String schema : before.bySchema.keySet()) {
            if (!bySchema.containsKey(schema)) {
                changed.add(schema);
            }
        }
        return Optional.of(changed);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
