package org.relsync.db.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.ReferentialAction;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.UniqueConstraint;
import org.relsync.model.relational.View;
import org.relsync.sync.Elements;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.dialect.Dialect;

/**
 * Writes the SQL of one database for the changes {@link DdlPlanner} decides on. The defaults are
 * standard SQL as PostgreSQL and H2 accept it; each database overrides what it does differently.
 * Names are quoted only where the database needs it (mixed case where it folds case, reserved
 * words, characters outside letters, digits and underscore), so scripts stay readable and read
 * back with exactly the names of the model.
 */
public abstract class SqlWriter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    protected final Dialect dialect;

    protected SqlWriter(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether the database has schemas inside a database (PostgreSQL, H2) rather than one per database. */
    protected boolean hasSchemas() {
        return true;
    }

    /** Whether an identity column makes (and owns) its own sequence, so that sequence is never written. */
    public boolean identityOwnsSequence() {
        return true;
    }

    /** Whether {@code ALTER TABLE} can change this table in place; SQLite rebuilds instead. */
    public boolean altersInPlace() {
        return true;
    }

    /** Whether constraints can be renamed; where not, a renamed constraint is dropped and added again. */
    public boolean renamesConstraints() {
        return true;
    }

    /** Whether the database keeps the name of a primary key (MariaDB calls every one PRIMARY, SQLite none). */
    public boolean namesPrimaryKeys() {
        return true;
    }

    /** Whether the database keeps the names of unique and foreign keys; where not, keys pair by definition. */
    public boolean namesConstraints() {
        return true;
    }

    // ---- names

    /** {@code name}, quoted only when the database needs it. */
    public String name(String name) {
        boolean plain = PLAIN.matcher(name).matches() && !dialect.isReservedWord(name)
                && switch (dialect.identifierCase()) {
                    case LOWER -> name.equals(name.toLowerCase(Locale.ROOT));
                    case UPPER -> name.equals(name.toUpperCase(Locale.ROOT));
                    case AS_IS -> true;
                };
        return plain ? name : dialect.quote(name);
    }

    /** A table, view or sequence name with its schema where the database has schemas. */
    public String qualified(Schema schema, String name) {
        return hasSchemas() && schema != null && schema.getName() != null && !schema.getName().isEmpty()
                ? name(schema.getName()) + "." + name(name) : name(name);
    }

    public String qualified(TableOrView table) {
        return qualified(Elements.schemaOf(table), table.getName());
    }

    protected String columns(List<TableField> fields) {
        return fields.stream().map(f -> name(f.getName())).collect(Collectors.joining(", "));
    }

    // ---- schemas and sequences

    public List<String> createSchema(Schema schema) {
        return hasSchemas() ? List.of("CREATE SCHEMA IF NOT EXISTS " + name(schema.getName())) : List.of();
    }

    public List<String> createSequence(Schema schema, Sequence sequence) {
        return List.of("CREATE SEQUENCE " + qualified(schema, sequence.getName()) + " START WITH " + sequence.getStartValue()
                + " INCREMENT BY " + sequence.getIncrement());
    }

    public List<String> alterSequenceIncrement(Schema schema, Sequence sequence) {
        return List.of("ALTER SEQUENCE " + qualified(schema, sequence.getName()) + " INCREMENT BY " + sequence.getIncrement());
    }

    public List<String> renameSequence(Schema schema, String from, String to) {
        return List.of("ALTER SEQUENCE " + qualified(schema, from) + " RENAME TO " + name(to));
    }

    public List<String> dropSequence(Schema schema, String sequence) {
        return List.of("DROP SEQUENCE " + qualified(schema, sequence));
    }

    /**
     * Makes the sequence {@code field} links to belong to that column, so that it goes when the
     * column goes (PostgreSQL's {@code OWNED BY}, which serial columns have); nothing where the
     * database has no such link.
     */
    public List<String> ownSequence(Table table, TableField field) {
        return List.of();
    }

    // ---- tables

    /**
     * {@code CREATE TABLE} with its columns, primary key and unique constraints; foreign keys come
     * later, in {@code ALTER TABLE}, so that tables can reference each other in any order.
     */
    public List<String> createTable(Table table) {
        return List.of(createTableStatement(table, qualified(table), false));
    }

    protected String createTableStatement(Table table, String name, boolean withForeignKeys) {
        List<String> parts = new ArrayList<>();
        for (TableField field : live(table.getFields())) {
            parts.add(columnDefinition(table, field));
        }
        if (table.getPrimaryKey() != null && !table.getPrimaryKey().isMarkedForDeletion() && !primaryKeyInline(table)) {
            parts.add(constraintClause(table.getPrimaryKey(), "PRIMARY KEY (" + columns(table.getPrimaryKey().getFields()) + ")"));
        }
        for (UniqueConstraint unique : live(table.getUniqueConstraints())) {
            parts.add(constraintClause(unique, "UNIQUE (" + columns(unique.getFields()) + ")"));
        }
        if (withForeignKeys) {
            for (ForeignKey fk : live(table.getForeignKeys())) {
                parts.add(constraintClause(fk, foreignKeyClause(fk)));
            }
        }
        return "CREATE TABLE " + name + " (\n    " + String.join(",\n    ", parts) + "\n)";
    }

    /** Whether the primary key is written in its column's definition (SQLite's autoincrement key). */
    protected boolean primaryKeyInline(Table table) {
        return false;
    }

    protected String constraintClause(Constraint constraint, String clause) {
        return constraint.getName() == null || constraint.getName().isEmpty() ? clause
                : "CONSTRAINT " + name(constraint.getName()) + " " + clause;
    }

    /**
     * Whether an identity column draws its values through its default rather than the database's
     * identity mechanism: PostgreSQL's serial columns, whose default is {@code nextval} of a
     * sequence. A script writes such a column with that default, and the sequence on its own.
     */
    public static boolean identityByDefault(TableField field) {
        return field.isIdentity() && field.getDefaultValue() != null && !field.isGenerated();
    }

    /** Whether a column is an identity column of the database's own kind, not one that draws through its default. */
    public static boolean identityColumn(TableField field) {
        return field.isIdentity() && !identityByDefault(field);
    }

    public String type(TableField field) {
        return new DatabaseType(field.getDataType(), field.getLength(), field.getPrecision(), field.getScale()).toString();
    }

    /** A column as {@code CREATE TABLE} and {@code ADD COLUMN} write it. */
    public String columnDefinition(Table table, TableField field) {
        StringBuilder sql = new StringBuilder(name(field.getName())).append(' ').append(type(field));
        if (field.isGenerated() && field.getDefaultValue() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(field.getDefaultValue()).append(") STORED");
        } else if (identityColumn(field)) {
            sql.append(" GENERATED BY DEFAULT AS IDENTITY");
        } else if (field.getDefaultValue() != null) {
            sql.append(" DEFAULT ").append(field.getDefaultValue());
        }
        if (!field.isNullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    public List<String> renameTable(Table table, String from) {
        return List.of("ALTER TABLE " + qualified(Elements.schemaOf(table), from) + " RENAME TO " + name(table.getName()));
    }

    public List<String> dropTable(Schema schema, String table) {
        return List.of("DROP TABLE " + qualified(schema, table));
    }

    // ---- columns

    public List<String> addColumn(Table table, TableField field) {
        return List.of("ALTER TABLE " + qualified(table) + " ADD COLUMN " + columnDefinition(table, field));
    }

    public List<String> dropColumn(Table table, String column) {
        return List.of("ALTER TABLE " + qualified(table) + " DROP COLUMN " + name(column));
    }

    public List<String> renameColumn(Table table, String from, String to) {
        return List.of("ALTER TABLE " + qualified(table) + " RENAME COLUMN " + name(from) + " TO " + name(to));
    }

    /** The statements that turn column {@code was} into {@code field}; {@code change} says what differs. */
    public List<String> alterColumn(Table table, TableField field, TableField was, ColumnChange change) {
        String alter = "ALTER TABLE " + qualified(table) + " ALTER COLUMN " + name(field.getName()) + " ";
        List<String> sql = new ArrayList<>();
        if (change.identity() && !identityColumn(field)) {
            sql.add(alter + "DROP IDENTITY");
        }
        if (change.type()) {
            sql.add(alter + alterTypeClause(field));
        }
        if (change.defaultValue()) {
            sql.add(alter + (field.getDefaultValue() == null ? "DROP DEFAULT" : "SET DEFAULT " + field.getDefaultValue()));
        }
        if (change.nullable()) {
            sql.add(alter + (field.isNullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (change.identity() && identityColumn(field)) {
            sql.add(alter + "ADD GENERATED BY DEFAULT AS IDENTITY");
        }
        return sql;
    }

    protected String alterTypeClause(TableField field) {
        return "TYPE " + type(field);
    }

    // ---- constraints and indexes

    public List<String> addPrimaryKey(Table table) {
        return List.of("ALTER TABLE " + qualified(table) + " ADD "
                + constraintClause(table.getPrimaryKey(), "PRIMARY KEY (" + columns(table.getPrimaryKey().getFields()) + ")"));
    }

    public List<String> dropPrimaryKey(Table table, String name) {
        return dropConstraint(table, name);
    }

    public List<String> addUnique(Table table, UniqueConstraint unique) {
        return List.of("ALTER TABLE " + qualified(table) + " ADD "
                + constraintClause(unique, "UNIQUE (" + columns(unique.getFields()) + ")"));
    }

    public List<String> dropUnique(Table table, String name) {
        return dropConstraint(table, name);
    }

    public List<String> addForeignKey(Table table, ForeignKey fk) {
        return List.of("ALTER TABLE " + qualified(table) + " ADD " + constraintClause(fk, foreignKeyClause(fk)));
    }

    public List<String> dropForeignKey(Table table, String name) {
        return dropConstraint(table, name);
    }

    public List<String> renameConstraint(Table table, String from, String to) {
        return List.of("ALTER TABLE " + qualified(table) + " RENAME CONSTRAINT " + name(from) + " TO " + name(to));
    }

    protected List<String> dropConstraint(Table table, String name) {
        return List.of("ALTER TABLE " + qualified(table) + " DROP CONSTRAINT " + name(name));
    }

    protected String foreignKeyClause(ForeignKey fk) {
        StringBuilder sql = new StringBuilder("FOREIGN KEY (").append(columns(fk.getFields())).append(") REFERENCES ")
                .append(qualified(fk.getReferencedTable())).append(" (").append(columns(fk.getReferencedFields())).append(')');
        if (fk.getOnDelete() != null && fk.getOnDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(rule(fk.getOnDelete()));
        }
        if (fk.getOnUpdate() != null && fk.getOnUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(rule(fk.getOnUpdate()));
        }
        return sql.toString();
    }

    /**
     * What a referential action does in this database, so that two spellings of the same
     * behaviour compare equal (MariaDB's RESTRICT is its NO ACTION).
     */
    public ReferentialAction effective(ReferentialAction action) {
        return action == null ? ReferentialAction.NO_ACTION : action;
    }

    private static String rule(ReferentialAction action) {
        return switch (action) {
            case CASCADE -> "CASCADE";
            case RESTRICT -> "RESTRICT";
            case SET_NULL -> "SET NULL";
            case SET_DEFAULT -> "SET DEFAULT";
            case NO_ACTION -> "NO ACTION";
        };
    }

    public List<String> createIndex(Table table, Index index) {
        return List.of("CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + name(index.getName()) + " ON "
                + qualified(table) + " (" + columns(index.getFields()) + ")");
    }

    /**
     * Whether the database made {@code index} for one of the table's keys itself, so that no
     * script writes it: here, an index with the name of the table's primary key or of one of its
     * unique constraints (PostgreSQL names them so). An index over a foreign key's columns is the
     * user's own where the database makes none for foreign keys.
     */
    public boolean keyIndex(Table table, Index index) {
        String name = String.valueOf(index.getName());
        if (table.getPrimaryKey() != null && name.equalsIgnoreCase(String.valueOf(table.getPrimaryKey().getName()))) {
            return true;
        }
        return table.getUniqueConstraints().stream().anyMatch(u -> name.equalsIgnoreCase(String.valueOf(u.getName())));
    }

    /** The columns of a key or index, lower case, for comparing them. */
    protected static String columnList(List<TableField> fields) {
        return fields.stream().map(f -> String.valueOf(f.getName()).toLowerCase(Locale.ROOT)).toList().toString();
    }

    public List<String> dropIndex(Table table, String index) {
        return List.of("DROP INDEX " + qualified(Elements.schemaOf(table), index));
    }

    // ---- views

    public List<String> createView(View view) {
        return List.of("CREATE VIEW " + qualified(view) + " AS\n" + viewBody(view));
    }

    /** The view's query as the database should get it back: without a closing semicolon. */
    protected String viewBody(View view) {
        String body = view.getDefinition().strip();
        while (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1).strip();
        }
        return body;
    }

    public List<String> dropView(Schema schema, String view) {
        return List.of("DROP VIEW " + qualified(schema, view));
    }

    // ---- SQLite's table rebuild

    /**
     * Rebuilds {@code table} with the model's definition and keeps its rows: the columns the two
     * share are copied across ({@code columns}: new name → old name). Only writers that do not
     * alter in place implement it.
     */
    public List<String> rebuildTable(Table table, String was, Map<String, String> columns) {
        throw new UnsupportedOperationException(dialect.id() + " alters tables in place");
    }

    /** The elements of a list that are not marked for deletion. */
    protected static <T extends RelationalElement> List<T> live(List<T> elements) {
        return elements.stream().filter(e -> !e.isMarkedForDeletion()).toList();
    }

    /** What differs between a column and its new definition. */
    public record ColumnChange(boolean type, boolean nullable, boolean defaultValue, boolean identity) {
        public boolean any() {
            return type || nullable || defaultValue || identity;
        }
    }
}
