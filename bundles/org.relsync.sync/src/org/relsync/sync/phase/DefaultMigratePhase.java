package org.relsync.sync.phase;

import java.util.List;

import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Schema;
import org.relsync.sync.MigratePhase;
import org.relsync.sync.RefreshedDatabase;
import org.relsync.sync.SyncContext;

/**
 * Merges the refreshed meta-data into the model's schemas in place, in three steps over one
 * {@link Migration}: {@link SchemaMerge} per schema (an element that matches an old one, by
 * identity where the database gives one, else by name within its parent, exactly then without
 * case, keeps the old object, so its id and every mapping onto it stay, and takes the new values;
 * unmatched old elements are removed), {@link References} (every reference points at model
 * elements), {@link LostMappings} (the mappings onto removed elements go, each with an error for
 * what lost it). In a Mixed schema what the model drives waits for its DDL ({@link MixedSchemaRules}).
 */
public class DefaultMigratePhase implements MigratePhase {

    @Override
    public void migrate(SyncContext context, RefreshedDatabase refreshed) {
        Migration migration = new Migration(context, refreshed);
        References references = new References(migration);
        SchemaMerge merge = new SchemaMerge(migration, references);
        for (Catalog snapshotCatalog : refreshed.snapshot().getCatalogs()) {
            for (Schema snapshotSchema : List.copyOf(snapshotCatalog.getSchemas())) {
                Schema schema = migration.modelSchema(snapshotCatalog.getName(), snapshotSchema.getName());
                if (schema != null) {
                    migration.schemas.add(schema);
                    merge.merge(schema, snapshotSchema);
                }
            }
        }
        references.resolve();
        new LostMappings(migration).drop();
        migration.mappings.reindexTypedViews();
    }
}
