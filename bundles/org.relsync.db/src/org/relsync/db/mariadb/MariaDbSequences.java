package org.relsync.db.mariadb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;

/**
 * MariaDB's sequences (10.3 and later), which neither its JDBC meta-data nor SchemaCrawler's MySQL
 * plugin reads: {@code information_schema.TABLES} lists them as tables of type {@code SEQUENCE},
 * and each one is itself a one-row table that holds its start value and increment. A column
 * whose default is {@code NEXTVAL} of one is linked to it by {@link org.relsync.db.SequenceDefaults}.
 */
final class MariaDbSequences {

    private static final String SEQUENCES = """
            SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'SEQUENCE'
            """;

    private MariaDbSequences() {
    }

    static void read(Connection connection, Database snapshot) throws SQLException {
        for (Catalog catalog : snapshot.getCatalogs()) {
            for (Schema schema : catalog.getSchemas()) {
                List<String> names = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(SEQUENCES)) {
                    statement.setString(1, schema.getName());
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            names.add(rs.getString(1));
                        }
                    }
                }
                List<Sequence> sequences = new ArrayList<>();
                for (String name : names) {
                    Sequence sequence = RelationalFactory.eINSTANCE.createSequence();
                    sequence.setName(name);
                    try (Statement statement = connection.createStatement();
                            ResultSet rs = statement.executeQuery("SELECT start_value, increment FROM " + quote(schema.getName())
                                    + "." + quote(name))) {
                        if (rs.next()) {
                            sequence.setStartValue(rs.getLong(1));
                            sequence.setIncrement(rs.getLong(2) == 0 ? 1 : rs.getLong(2));
                        }
                    }
                    sequences.add(sequence);
                }
                sequences.sort(Comparator.comparing(Sequence::getName));
                schema.getSequences().addAll(sequences);
            }
        }
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
