package org.relsync.db.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.relsync.db.ddl.SqlWriter;
import org.relsync.model.relational.Constraint;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Sequence;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.View;

/**
 * A schema's relational model data as sorted text: tables with their columns (name, type,
 * nullability, identity, default), keys and foreign keys, sequences with the column that owns
 * them and the columns that draw from them through their defaults (but the sequences identity
 * columns make for themselves), and views. Two schemas are equal for a round trip when their
 * dumps are; a failing comparison shows the difference line by line. Names the database does not keep (MariaDB's primary keys,
 * SQLite's constraints) are left out.
 */
final class RelationalDump {

    private RelationalDump() {
    }

    static String of(Schema schema, SqlWriter writer) {
        List<String> lines = new ArrayList<>();
        for (Table table : schema.getTables()) {
            if (table.isMarkedForDeletion()) {
                continue;
            }
            List<String> block = new ArrayList<>();
            block.add("table " + table.getName());
            for (TableField f : table.getFields()) {
                if (!f.isMarkedForDeletion()) {
                    block.add("  column " + f.getName() + " " + writer.type(f).toLowerCase(Locale.ROOT)
                            + (f.isNullable() ? " null" : " not null") + (f.isIdentity() ? " identity" : "")
                            + (f.getDefaultValue() != null ? " default " + f.getDefaultValue() : ""));
                }
            }
            if (table.getPrimaryKey() != null && !table.getPrimaryKey().isMarkedForDeletion()) {
                block.add("  primary key " + (writer.namesPrimaryKeys() ? table.getPrimaryKey().getName() + " " : "")
                        + columns(table.getPrimaryKey()));
            }
            TreeSet<String> keys = new TreeSet<>();
            table.getUniqueConstraints().stream().filter(u -> !u.isMarkedForDeletion())
                    .forEach(u -> keys.add("  unique " + name(u, writer) + columns(u)));
            table.getForeignKeys().stream().filter(fk -> !fk.isMarkedForDeletion()).forEach(fk -> keys.add("  foreign key "
                    + name(fk, writer) + columns(fk) + " -> " + fk.getReferencedTable().getName() + " "
                    + fk.getReferencedFields().stream().map(TableField::getName).toList() + " on delete "
                    + writer.effective(fk.getOnDelete()) + " on update " + writer.effective(fk.getOnUpdate())));
            block.addAll(keys);
            lines.add(String.join("\n", block));
        }
        for (Sequence sequence : schema.getSequences()) {
            List<TableField> users = schema.getTables().stream().flatMap(t -> t.getFields().stream())
                    .filter(f -> f.getSequence() == sequence).toList();
            boolean implicit = users.stream().anyMatch(f -> f.isIdentity() && !SqlWriter.identityByDefault(f));
            if (!sequence.isMarkedForDeletion() && !(implicit && writer.identityOwnsSequence())) {
                lines.add("sequence " + sequence.getName() + " start " + sequence.getStartValue() + " increment "
                        + sequence.getIncrement() + users.stream().map(f -> (f.isOwnsSequence() ? " owned by " : " used by ")
                                + f.getOwner().getName() + "." + f.getName()).sorted().collect(Collectors.joining()));
            }
        }
        for (View view : schema.getViews()) {
            if (!view.isMarkedForDeletion()) {
                lines.add("view " + view.getName() + " " + view.getFields().stream().map(TableField::getName).toList());
            }
        }
        lines.sort(null);
        return lines.stream().collect(Collectors.joining("\n"));
    }

    private static String name(Constraint c, SqlWriter writer) {
        return writer.namesConstraints() ? c.getName() + " " : "";
    }

    private static String columns(Constraint c) {
        return c.getFields().stream().map(TableField::getName).toList().toString();
    }
}
