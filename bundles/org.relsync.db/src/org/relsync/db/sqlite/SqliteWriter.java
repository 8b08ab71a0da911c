package org.relsync.db.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.relsync.db.ddl.SqlWriter;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.dialect.Dialect;

/**
 * SQLite: one schema per file, no sequences, foreign keys only inside {@code CREATE TABLE}, and an
 * {@code ALTER TABLE} that can rename and add columns but change nothing else. Every other change
 * rebuilds the table the way SQLite documents it: create the new table, copy the rows, drop the
 * old one, rename the new one (with foreign-key enforcement off around the script).
 */
final class SqliteWriter extends SqlWriter {

    SqliteWriter(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected boolean hasSchemas() {
        return false;
    }

    @Override
    public boolean altersInPlace() {
        return false;
    }

    @Override
    public boolean renamesConstraints() {
        return false;
    }

    @Override
    public boolean namesPrimaryKeys() {
        return false;
    }

    @Override
    public boolean namesConstraints() {
        return false;
    }

    /** A foreign key goes with its table's rebuild; dropping the table it references needs nothing first. */
    @Override
    public List<String> dropForeignKey(Table table, String name) {
        return List.of();
    }

    /** SQLite's own indexes for primary and unique keys; it makes none for foreign keys. */
    @Override
    public boolean keyIndex(Table table, Index index) {
        return String.valueOf(index.getName()).toLowerCase(java.util.Locale.ROOT).startsWith("sqlite_autoindex");
    }

    @Override
    public List<String> createSequence(Schema schema, Sequence sequence) {
        return List.of(); // SQLite has none; its autoincrement keys keep their own counter
    }

    @Override
    public List<String> alterSequenceIncrement(Schema schema, Sequence sequence) {
        return List.of();
    }

    @Override
    public List<String> renameSequence(Schema schema, String from, String to) {
        return List.of();
    }

    @Override
    public List<String> dropSequence(Schema schema, String sequence) {
        return List.of();
    }

    @Override
    public List<String> createTable(Table table) {
        return List.of(createTableStatement(table, qualified(table), true));
    }

    @Override
    protected boolean primaryKeyInline(Table table) {
        return autoincrementKey(table) != null;
    }

    /** The column written {@code INTEGER PRIMARY KEY AUTOINCREMENT}: a one-column identity key. */
    private static TableField autoincrementKey(Table table) {
        if (table.getPrimaryKey() == null || table.getPrimaryKey().isMarkedForDeletion()
                || table.getPrimaryKey().getFields().size() != 1) {
            return null;
        }
        TableField key = table.getPrimaryKey().getFields().get(0);
        return key.isIdentity() ? key : null;
    }

    @Override
    public String columnDefinition(Table table, TableField field) {
        if (field == autoincrementKey(table)) {
            // NOT NULL said out loud: SQLite would otherwise report its rowid key as nullable
            return name(field.getName()) + " INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT";
        }
        StringBuilder sql = new StringBuilder(name(field.getName())).append(' ').append(type(field));
        if (field.isGenerated() && field.getDefaultValue() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(field.getDefaultValue()).append(") STORED");
        } else if (field.getDefaultValue() != null) {
            sql.append(" DEFAULT ").append(field.getDefaultValue());
        }
        if (!field.isNullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** SQLite's autoincrement key must be declared exactly {@code INTEGER}, whatever integer type the model gives it. */
    @Override
    public String type(TableField field) {
        return field.getOwner() instanceof Table table && autoincrementKey(table) == field ? "INTEGER" : super.type(field);
    }

    @Override
    public List<String> rebuildTable(Table table, String was, Map<String, String> columns) {
        String temporary = name("relsync_new_" + table.getName());
        List<String> sql = new ArrayList<>();
        sql.add(createTableStatement(table, temporary, true));
        if (!columns.isEmpty()) {
            sql.add("INSERT INTO " + temporary + " (" + columns.keySet().stream().map(this::name).collect(Collectors.joining(", "))
                    + ")\n    SELECT " + columns.values().stream().map(this::name).collect(Collectors.joining(", "))
                    + " FROM " + name(was));
        }
        sql.add("DROP TABLE " + name(was));
        sql.add("ALTER TABLE " + temporary + " RENAME TO " + name(table.getName()));
        return sql;
    }
}
