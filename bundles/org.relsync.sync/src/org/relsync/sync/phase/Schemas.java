package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.List;

import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.SyncSource;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.Elements;

/** Which schemas the model drives. */
final class Schemas {

    private Schemas() {
    }

    /** Model and Mixed schemas: the model may create and change their tables. */
    static boolean modelDriven(Schema schema) {
        return schema.getSyncSource() == SyncSource.MODEL || schema.getSyncSource() == SyncSource.MIXED;
    }

    static boolean modelDriven(TableOrView table) {
        return table.eContainer() instanceof Schema schema && modelDriven(schema);
    }

    static List<Schema> modelDrivenSchemas(Database database) {
        List<Schema> result = new ArrayList<>();
        for (Schema schema : Elements.schemas(database)) {
            if (modelDriven(schema)) {
                result.add(schema);
            }
        }
        return result;
    }

    /** Where new tables and sequences go: the default schema if the model drives it, else the first schema it drives. */
    static Schema schemaForNewElements(Database database) {
        Schema preferred = database.getDefaultSchema();
        if (preferred != null && modelDriven(preferred) && Elements.databaseOf(preferred) == database) {
            return preferred;
        }
        List<Schema> driven = modelDrivenSchemas(database);
        return driven.isEmpty() ? null : driven.get(0);
    }
}
