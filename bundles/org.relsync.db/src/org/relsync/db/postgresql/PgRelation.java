package org.relsync.db.postgresql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.InternalEList;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.Index;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.model.relational.UniqueConstraint;

/**
 * A table or view read, with its columns by attribute number, the catalog's key for them, and
 * its constraints and indexes until they are added in order.
 */
final class PgRelation {

    final TableOrView element;
    private TableField[] columns = new TableField[16];
    final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();

    PgRelation(TableOrView element) {
        this.element = element;
    }

    void add(int attnum, TableField column) {
        if (attnum >= columns.length) {
            columns = Arrays.copyOf(columns, Math.max(attnum + 1, columns.length * 2));
        }
        columns[attnum] = column;
    }

    /** Adds the columns read to the table or view, in attribute number order. */
    void addColumns() {
        List<TableField> read = new ArrayList<>(columns.length);
        for (TableField column : columns) {
            if (column != null) {
                read.add(column);
            }
        }
        // distinct by construction (see PostgresBulkReader.addByName)
        ((InternalEList<TableField>) element.getFields()).addAllUnique(read);
    }

    void addConstraintsAndIndexes() {
        if (element instanceof Table table) {
            PostgresBulkReader.addByName(table.getUniqueConstraints(), uniqueConstraints);
            PostgresBulkReader.addByName(table.getForeignKeys(), foreignKeys);
            PostgresBulkReader.addByName(table.getIndexes(), indexes);
        }
    }

    TableField column(int attnum) {
        TableField column = attnum < columns.length ? columns[attnum] : null;
        if (column == null) {
            throw new IllegalStateException(element.getName() + " has no column " + attnum);
        }
        return column;
    }

    /** The numbers in {@code "1 3"}, the text of PostgreSQL's attribute number vectors. */
    static int[] attnums(String text) {
        int count = text.isEmpty() ? 0 : 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                count++;
            }
        }
        int[] numbers = new int[count];
        for (int i = 0, start = 0; i < count; i++) {
            int end = i == count - 1 ? text.length() : text.indexOf(' ', start);
            numbers[i] = Integer.parseInt(text, start, end, 10);
            start = end + 1;
        }
        return numbers;
    }
}
