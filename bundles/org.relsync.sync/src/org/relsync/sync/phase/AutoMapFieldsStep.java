package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.List;

import org.relsync.model.entity.EntityField;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.TableField;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncContext;
import org.relsync.sync.dialect.DatabaseType;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeKind;

/**
 * Step 2: each unmapped field of a mapped entity is mapped onto the column its name gives by the
 * naming rules; when the table has none and is in a Model or Mixed schema, the column is
 * created, typed by the dialect's converter.
 */
public class AutoMapFieldsStep implements ModelSyncStep {

    @Override
    public String name() {
        return "auto-map fields";
    }

    @Override
    public void run(SyncContext context, Database database) {
        DatabaseMappings mappings = context.mappings(database);
        Naming naming = context.naming(database);
        String mappingScope = "mappings " + database.getName();
        for (EntityMapping em : List.copyOf(mappings.container().getEntityMappings())) {
            TableOrView table = em.getTarget();
            if (table == null || !Schemas.modelDriven(table) || em.getEntity() == null) {
                continue;
            }
            TableLookup<TableField> columns = null;
            for (EntityField field : em.getEntity().getFields()) {
                if (mappings.target(field).isPresent() || field.getName() == null) {
                    continue;
                }
                if (columns == null) {
                    columns = new TableLookup<>(new ArrayList<>(table.getFields()));
                }
                String name = naming.fieldName(field.getName());
                TableField column = columns.find(name, c -> !mappings.isTargeted(c));
                if (column == null) {
                    TableLookup<TableField> current = columns;
                    column = create(context, database, table, field, naming.unique(name, n -> current.taken(n, null)));
                    table.getFields().add(column);
                    columns.add(column);
                    context.report().change(ChangeKind.CREATED, Elements.path(Elements.schemaOf(table)), "TableField",
                            Elements.localPath(column), ColumnTypes.describe(column));
                }
                mappings.map(em, field, column);
                context.report().change(ChangeKind.CREATED, mappingScope, "FieldMapping", Elements.localPath(field),
                        "-> " + Elements.localPath(column));
            }
        }
    }

    private static TableField create(SyncContext context, Database database, TableOrView table, EntityField field,
            String name) {
        TableField column = RelationalFactory.eINSTANCE.createTableField();
        column.setName(name);
        DatabaseType type = context.dialect(database).toDatabaseType(field.getType(), field.getLength(),
                field.getPrecision(), field.getScale());
        column.setDataType(type.name());
        column.setLength(type.length());
        column.setPrecision(type.precision());
        column.setScale(type.scale());
        column.setNullable(field.isOptional() && !field.isIdentifying());
        column.setIdentity(field.isIdentity());
        column.setOrdinal(table.getFields().size() + 1);
        return column;
    }
}
