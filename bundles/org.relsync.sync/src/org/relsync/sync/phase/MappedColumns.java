package org.relsync.sync.phase;

import org.relsync.model.entity.EntityField;
import org.relsync.model.mapping.EntityMapping;
import org.relsync.model.mapping.FieldMapping;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.TableField;
import org.relsync.sync.Elements;
import org.relsync.sync.SyncContext;

/** Visits every mapped column of the tables that the model drives in one database. */
final class MappedColumns {

    /** What to do with one entity field and its column; {@code scope} is the schema's report scope. */
    interface Visitor {
        void visit(EntityField field, TableField column, String scope);
    }

    private MappedColumns() {
    }

    static void forEach(SyncContext context, Database database, Visitor visitor) {
        for (EntityMapping em : context.mappings(database).container().getEntityMappings()) {
            if (em.getTarget() == null || !Schemas.modelDriven(em.getTarget())) {
                continue;
            }
            String scope = Elements.path(Elements.schemaOf(em.getTarget()));
            for (FieldMapping fm : em.getFieldMappings()) {
                if (fm.getField() != null && fm.getTarget() != null) {
                    visitor.visit(fm.getField(), fm.getTarget(), scope);
                }
            }
        }
    }
}
