package org.relsync.db.mariadb;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.relsync.db.ddl.SqlWriter;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.ReferentialAction;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.View;
import org.relsync.sync.Elements;
import org.relsync.sync.dialect.Dialect;

/**
 * MariaDB and MySQL: a schema is a database, so names are not qualified and a script runs in the
 * database its connection names; {@code AUTO_INCREMENT} columns; columns change through
 * {@code MODIFY COLUMN} with their whole definition; DDL is not transactional.
 */
final class MariaDbWriter extends SqlWriter {

    MariaDbWriter(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected boolean hasSchemas() {
        return false;
    }

    @Override
    public boolean identityOwnsSequence() {
        return false;
    }

    @Override
    public boolean namesPrimaryKeys() {
        return false;
    }

    @Override
    public boolean renamesConstraints() {
        return false;
    }

    @Override
    public ReferentialAction effective(ReferentialAction action) {
        return action == ReferentialAction.RESTRICT || action == null ? ReferentialAction.NO_ACTION : action;
    }

    @Override
    public String columnDefinition(Table table, TableField field) {
        StringBuilder sql = new StringBuilder(name(field.getName())).append(' ').append(type(field));
        if (field.isGenerated() && field.getDefaultValue() != null) {
            sql.append(" AS (").append(field.getDefaultValue()).append(") STORED");
            return sql.toString();
        }
        sql.append(field.isNullable() ? " NULL" : " NOT NULL");
        if (field.getDefaultValue() != null && !identityColumn(field)) {
            sql.append(" DEFAULT ").append(field.getDefaultValue()); // NEXTVAL of a sequence too
        }
        if (identityColumn(field)) {
            sql.append(" AUTO_INCREMENT");
        }
        return sql.toString();
    }

    /**
     * MariaDB's index for the primary key ({@code PRIMARY}), and the index it names after a unique
     * or foreign key it makes for that key. An index of the user's over a foreign key's columns
     * stays: the script makes it before the key, which then uses it.
     */
    @Override
    public boolean keyIndex(Table table, Index index) {
        String name = String.valueOf(index.getName());
        return name.equalsIgnoreCase("PRIMARY") || super.keyIndex(table, index)
                || table.getForeignKeys().stream().anyMatch(fk -> name.equalsIgnoreCase(String.valueOf(fk.getName())));
    }

    /** A MariaDB sequence is a kind of table, renamed as one ({@code ALTER SEQUENCE} cannot rename). */
    @Override
    public List<String> renameSequence(Schema schema, String from, String to) {
        return List.of("RENAME TABLE " + name(from) + " TO " + name(to));
    }

    @Override
    public List<String> renameTable(Table table, String from) {
        return List.of("RENAME TABLE " + name(from) + " TO " + name(table.getName()));
    }

    @Override
    public List<String> alterColumn(Table table, TableField field, TableField was, ColumnChange change) {
        return List.of("ALTER TABLE " + qualified(table) + " MODIFY COLUMN " + columnDefinition(table, field));
    }

    @Override
    public List<String> dropPrimaryKey(Table table, String name) {
        return List.of("ALTER TABLE " + qualified(table) + " DROP PRIMARY KEY");
    }

    @Override
    public List<String> dropUnique(Table table, String name) {
        return List.of("ALTER TABLE " + qualified(table) + " DROP INDEX " + name(name));
    }

    @Override
    public List<String> dropForeignKey(Table table, String name) {
        return List.of("ALTER TABLE " + qualified(table) + " DROP FOREIGN KEY " + name(name));
    }

    @Override
    public List<String> dropIndex(Table table, String index) {
        return List.of("DROP INDEX " + name(index) + " ON " + qualified(table));
    }

    /**
     * MariaDB reports a view's query with every name qualified by the database it lives in; that
     * qualifier is dropped, so the view is made over the tables of the database the script runs in.
     */
    @Override
    protected String viewBody(View view) {
        String body = super.viewBody(view);
        Schema schema = Elements.schemaOf(view);
        String database = schema.eContainer() instanceof Catalog catalog && catalog.getName() != null
                && !catalog.getName().isEmpty() ? catalog.getName() : schema.getName();
        if (database == null || database.isEmpty()) {
            return body;
        }
        String qualifier = "`" + database.replace("`", "``") + "`.";
        return body.replaceAll("(?i)" + Pattern.quote(qualifier), Matcher.quoteReplacement(""));
    }
}
