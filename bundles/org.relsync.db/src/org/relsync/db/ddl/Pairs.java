package org.relsync.db.ddl;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.relsync.model.common.NamedElement;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.Table;
import org.relsync.model.relational.TableField;
import org.relsync.sync.dialect.Dialect;

/**
 * Which element of the present database each model element is, both ways. Elements pair by
 * identity before names: the database's own identity ({@code externalId}, PostgreSQL's OIDs), then
 * the baseline (which name the model element had in the database at the last apply), then the
 * exact name, then the name as the database folds it. So a table or column renamed in the model is
 * renamed in the database, never dropped and added.
 */
final class Pairs {

    private final Dialect dialect;
    private final Baseline baseline;
    /** Model element → the element of the present database it is. */
    private final Map<EObject, EObject> present = new IdentityHashMap<>();
    /** Present element → model element, the other way round. */
    private final Map<EObject, EObject> model = new IdentityHashMap<>();

    Pairs(Dialect dialect, Baseline baseline) {
        this.dialect = dialect;
        this.baseline = baseline;
    }

    void pair(EObject modelElement, EObject presentElement) {
        present.put(modelElement, presentElement);
        model.put(presentElement, modelElement);
    }

    /** The present element {@code modelElement} is, or null. */
    EObject presentOf(EObject modelElement) {
        return present.get(modelElement);
    }

    /** The model element {@code presentElement} is, or null. */
    EObject modelOf(EObject presentElement) {
        return model.get(presentElement);
    }

    /** The model's name for a present table or column: its model element's, or its own when it has none. */
    String modelName(NamedElement presentElement) {
        return model.get(presentElement) instanceof NamedElement m ? m.getName() : presentElement.getName();
    }

    /** Pairs the tables of a schema and their columns; done for every schema before anything else is planned. */
    void pairTables(Schema schema, Schema now) {
        List<Table> candidates = now == null ? List.of() : now.getTables();
        Set<EObject> taken = new HashSet<>();
        for (Table table : schema.getTables()) {
            Table match = match(table, candidates, taken);
            if (match != null) {
                pair(table, match);
                taken.add(match);
                Set<EObject> columns = new HashSet<>();
                for (TableField field : table.getFields()) {
                    TableField column = match(field, match.getFields(), columns);
                    if (column != null) {
                        columns.add(column);
                        pair(field, column);
                    }
                }
            }
        }
    }

    /** The element of {@code candidates} that {@code element} is: by database identity, baseline, exact name, folded name. */
    <T extends RelationalElement> T match(RelationalElement element, List<T> candidates, Set<EObject> taken) {
        if (element.getExternalId() != null) {
            for (T candidate : candidates) {
                if (!taken.contains(candidate) && element.getExternalId().equals(candidate.getExternalId())) {
                    return candidate;
                }
            }
        }
        String recorded = baseline.nameOf(element);
        if (recorded != null) {
            T found = named(candidates, recorded, taken);
            if (found != null) {
                return found;
            }
        }
        T found = named(candidates, element.getName(), taken);
        if (found != null) {
            return found;
        }
        for (T candidate : candidates) {
            if (!taken.contains(candidate) && dialect.sameIdentifier(candidate.getName(), element.getName())) {
                return candidate;
            }
        }
        return null;
    }

    /** The element of {@code candidates} not taken yet with exactly the name {@code name}. */
    static <T extends NamedElement> T named(List<T> candidates, String name, Set<EObject> taken) {
        for (T candidate : candidates) {
            if (!taken.contains(candidate) && Objects.equals(candidate.getName(), name)) {
                return candidate;
            }
        }
        return null;
    }
}
