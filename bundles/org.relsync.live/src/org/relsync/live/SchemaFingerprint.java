package org.relsync.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Objects;

import org.relsync.db.DatabaseKind;

/**
 * A digest of a database's catalog that changes when a schema changes: the SHA-256 of what the
 * kind's {@link DatabaseKind#schemaFingerprintQueries()} return, row by row. The queries are the
 * kind's (one rule per database kind, in its package); this class only runs and hashes them.
 */
public final class SchemaFingerprint {

    private SchemaFingerprint() {
    }

    /** The fingerprint of what {@code connection} sees now, as hexadecimal text. */
    public static String read(Connection connection, DatabaseKind kind) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        MessageDigest digest = sha256();
        try (Statement statement = connection.createStatement()) {
            for (String query : kind.schemaFingerprintQueries()) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String value = rows.getString(i);
                            digest.update(value == null ? new byte[] { 0 } : value.getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0x1f);
                        }
                        digest.update((byte) 0x1e);
                    }
                }
                digest.update((byte) 0x1d);
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit(); // the next read must see what was committed since (no snapshot held)
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
