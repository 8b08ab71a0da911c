package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.List;

import org.relsync.model.entity.Entity;
import org.relsync.model.entity.Relationship;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalFactory;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncContext;
import org.relsync.sync.naming.Naming;
import org.relsync.sync.report.ChangeKind;

/**
 * Step 1: each entity without a mapping in the database is mapped onto the table its name gives
 * by the naming rules, found in a Model or Mixed schema; when there is none, the table is created
 * in the schema for new elements. Then each many-to-many relationship without a link table whose
 * two entities map onto tables of Model or Mixed schemas is mapped onto its link table, found or
 * created the same way (its columns and keys follow in step 6).
 */
public class AutoMapEntitiesStep implements ModelSyncStep {

    @Override
    public String name() {
        return "auto-map entities";
    }

    @Override
    public void run(SyncContext context, Database database) {
        Schema target = Schemas.schemaForNewElements(database);
        if (target == null || context.project().getEntityModel() == null) {
            return;
        }
        DatabaseMappings mappings = context.mappings(database);
        Naming naming = context.naming(database);
        List<TableOrView> tables = new ArrayList<>();
        for (Schema schema : Schemas.modelDrivenSchemas(database)) {
            tables.addAll(schema.getTables());
        }
        TableLookup<TableOrView> lookup = new TableLookup<>(tables);
        List<TableOrView> inTarget = new ArrayList<>(target.getTables());
        inTarget.addAll(target.getViews());
        TableLookup<TableOrView> targetNames = new TableLookup<>(inTarget);
        String scope = "mappings " + database.getName();

        for (Entity entity : context.project().getEntityModel().getEntities()) {
            if (mappings.entityMapping(entity).isPresent() || entity.getName() == null) {
                continue;
            }
            String name = naming.tableName(entity.getName());
            TableOrView table = lookup.find(name, mappings::isFreeForEntity);
            if (table == null) {
                table = create(context, target, naming, lookup, targetNames, name, "for entity " + entity.getName());
            }
            mappings.map(entity, table);
            context.report().change(ChangeKind.CREATED, scope, "EntityMapping", entity.getName(),
                    "-> " + Elements.path(Elements.schemaOf(table)) + "/" + table.getName());
        }

        for (Relationship relationship : context.project().getEntityModel().getRelationships()) {
            if (!LinkTables.named(relationship) || mappings.linkTable(relationship).isPresent()
                    || !modelDrivenTable(mappings, relationship.getStart()) || !modelDrivenTable(mappings, relationship.getEnd())) {
                continue;
            }
            Entity keyless = Elements.identifyingFields(relationship.getStart()).isEmpty() ? relationship.getStart()
                    : Elements.identifyingFields(relationship.getEnd()).isEmpty() ? relationship.getEnd() : null;
            if (keyless != null) {
                context.report().error("relationship.linkTable", Elements.fullPath(relationship),
                        "no link table can be made: " + keyless.getName() + " has no identifying fields",
                        List.of("make a field of " + keyless.getName() + " identifying"));
                continue;
            }
            String name = LinkTables.tableName(naming, relationship);
            TableOrView table = lookup.find(name, t -> !mappings.isTargeted(t));
            if (table == null) {
                table = create(context, target, naming, lookup, targetNames, name, "for relationship " + relationship.getName());
            }
            mappings.mapLinkTable(relationship, (Table) table);
            context.report().change(ChangeKind.CREATED, scope, "RelationshipMapping", String.valueOf(relationship.getName()),
                    "-> " + Elements.path(Elements.schemaOf(table)) + "/" + table.getName());
        }
    }

    /** Creates a table named by {@code name} (made unique in the target schema) and reports it. */
    private static Table create(SyncContext context, Schema target, Naming naming, TableLookup<TableOrView> lookup,
            TableLookup<TableOrView> targetNames, String name, String why) {
        Table created = RelationalFactory.eINSTANCE.createTable();
        created.setName(naming.unique(name, n -> targetNames.taken(n, null)));
        target.getTables().add(created);
        lookup.add(created);
        targetNames.add(created);
        context.report().change(ChangeKind.CREATED, Elements.path(target), "Table", created.getName(), why);
        return created;
    }

    /** Whether the entity maps onto a table of a Model or Mixed schema. */
    private static boolean modelDrivenTable(DatabaseMappings mappings, Entity entity) {
        return mappings.target(entity).orElse(null) instanceof Table table && Schemas.modelDriven(table);
    }
}
