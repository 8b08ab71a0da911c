package org.relsync.db.ddl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.relsync.db.ddl.DdlScript.Mode;
import org.relsync.model.common.NamedElement;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.Schema;

/**
 * The baseline of a database, as an update script reads it: the relational model data the last
 * successful apply left, each element's id derived from its model element's. It tells which name
 * a model element had in the database then, and what RelSync made there (and may therefore drop).
 */
final class Baseline {

    private static final String PREFIX = "baseline_";

    private final Map<String, EObject> byModelId = new HashMap<>();
    /** The elements by container names and name, so {@link #recorded} need not scan the baseline. */
    private final Map<List<String>, List<EObject>> byName = new HashMap<>();

    /** The id a baseline element gets: derived from its model element's, so the two can be paired. */
    static String id(String modelId) {
        return PREFIX + modelId;
    }

    /** The baseline {@code model} carries, for an update; none for a create script. */
    static Baseline of(Database model, Mode mode) {
        Baseline baseline = new Baseline();
        if (mode == Mode.UPDATE && model.getBaseline() != null) {
            for (TreeIterator<EObject> it = model.getBaseline().eAllContents(); it.hasNext();) {
                if (it.next() instanceof RelationalElement e && e.getId() != null && e.getId().startsWith(PREFIX)) {
                    baseline.byModelId.put(e.getId().substring(PREFIX.length()), e);
                }
            }
        }
        for (EObject e : baseline.byModelId.values()) {
            if (e instanceof NamedElement named && e.eContainer() instanceof NamedElement parent) {
                baseline.byName.computeIfAbsent(key(parent, named.getName()), k -> new ArrayList<>()).add(e);
            }
        }
        return baseline;
    }

    /** The name the baseline records for {@code element}, or null when it records none. */
    String nameOf(RelationalElement element) {
        return byModelId.get(element.getId()) instanceof NamedElement recorded ? recorded.getName() : null;
    }

    /** Whether the baseline records, in {@code container}, an element of this kind and name that RelSync made. */
    boolean recorded(Class<? extends NamedElement> kind, NamedElement container, String name) {
        for (EObject e : byName.getOrDefault(key(container, name), List.of())) {
            if (kind.isInstance(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where an element is, by names from its schema down ({@code [schema, table, column]}): a
     * column RelSync made in {@code a.orders} is not one of {@code b.orders}.
     */
    private static List<String> key(NamedElement container, String name) {
        List<String> names = new ArrayList<>();
        for (EObject e = container; e instanceof NamedElement n; e = e.eContainer()) {
            names.add(0, n.getName());
            if (e instanceof Schema) {
                break;
            }
        }
        names.add(name);
        return names;
    }
}
