package org.relsync.sync.phase;

import org.relsync.model.entity.Entity;
import org.relsync.model.entity.EntityField;
import org.relsync.model.entity.Relationship;
import org.relsync.model.entity.RelationshipKind;
import org.relsync.model.relational.TableField;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.naming.Naming;

/**
 * The link tables of many-to-many relationships, as model sync makes them: step 1 finds or
 * creates the table, step 3 keeps its names, step 6 its columns and keys (docs/SYNC-DECISIONS.md).
 */
final class LinkTables {

    private LinkTables() {
    }

    /** Whether the relationship is many-to-many with two named entities, so that its link table has a name. */
    static boolean named(Relationship relationship) {
        return relationship.getKind() == RelationshipKind.MANY_TO_MANY && relationship.getStart() != null
                && relationship.getEnd() != null && relationship.getStart().getName() != null
                && relationship.getEnd().getName() != null;
    }

    /** The link table's name by the naming rules: the table name of the start and end entity names joined. */
    static String tableName(Naming naming, Relationship relationship) {
        return naming.linkTableName(relationship.getStart().getName(), relationship.getEnd().getName());
    }

    /**
     * The name of the link table's column that references {@code referenced}, a primary-key column of
     * {@code side}'s table: the side's name joined with the identifying field mapped onto that column
     * (with the column's own name when no field maps it).
     */
    static String columnName(Naming naming, DatabaseMappings mappings, Entity side, TableField referenced) {
        String field = mappings.fieldMappedOnto(referenced).map(EntityField::getName).orElse(referenced.getName());
        return naming.linkColumnName(side.getName(), field);
    }
}
