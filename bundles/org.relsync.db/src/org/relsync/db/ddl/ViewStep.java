package org.relsync.db.ddl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.relsync.db.ddl.DdlStatement.Phase;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.View;

/**
 * Views, planned after every table: a view whose name or query changed is dropped first and made
 * again last, in the order views use each other.
 */
final class ViewStep implements DdlStep {

    @Override
    public void plan(DdlPlan plan, Schema schema, Schema now) {
        List<View> present = now == null ? List.of() : now.getViews();
        Set<EObject> taken = new HashSet<>();
        List<View> created = new ArrayList<>();
        for (View view : schema.getViews()) {
            View match = plan.pairs.match(view, present, taken);
            if (match != null) {
                taken.add(match);
                plan.pairs.pair(view, match);
            }
            if (view.isMarkedForDeletion()) {
                if (match != null) {
                    plan.emit(Phase.DROP_VIEW, plan.sql.dropView(now, match.getName()), null);
                }
            } else if (view.getDefinition() == null || view.getDefinition().isBlank()) {
                if (match == null) {
                    plan.note("view " + schema.getName() + "." + view.getName() + " has no definition in the model; not created");
                }
            } else if (match == null) {
                created.add(view);
            } else if (!match.getName().equals(view.getName()) || !sameQuery(view, match)) {
                plan.emit(Phase.DROP_VIEW, plan.sql.dropView(now, match.getName()), null);
                created.add(view);
            }
        }
        for (View view : present) {
            if (!taken.contains(view)) {
                if (plan.baseline.recorded(View.class, now, view.getName())) {
                    plan.emit(Phase.DROP_VIEW, plan.sql.dropView(now, view.getName()), null);
                } else {
                    plan.note("view " + schema.getName() + "." + view.getName()
                            + " is in the database but not in the model; left alone");
                }
            }
        }
        for (View view : viewOrder(created)) {
            plan.emit(Phase.CREATE_VIEW, plan.sql.createView(view), null);
        }
    }

    private static boolean sameQuery(View a, View b) {
        return squeeze(a.getDefinition()).equals(squeeze(b.getDefinition()));
    }

    private static String squeeze(String sql) {
        String s = sql == null ? "" : sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Views that use other views come after them (a view's query naming another view counts as use). */
    private static List<View> viewOrder(List<View> views) {
        Map<View, Set<View>> uses = new IdentityHashMap<>();
        for (View view : views) {
            Set<View> used = new HashSet<>();
            for (View other : views) {
                if (other != view && Pattern.compile("(?i)(^|[^A-Za-z0-9_$])" + Pattern.quote(other.getName()) + "($|[^A-Za-z0-9_$])")
                        .matcher(view.getDefinition()).find()) {
                    used.add(other);
                }
            }
            uses.put(view, used);
        }
        Set<View> done = new LinkedHashSet<>();
        Set<View> visiting = new HashSet<>();
        for (View view : views) {
            visit(view, uses, done, visiting);
        }
        return new ArrayList<>(done);
    }

    private static void visit(View view, Map<View, Set<View>> uses, Set<View> done, Set<View> visiting) {
        if (done.contains(view) || !visiting.add(view)) {
            return;
        }
        for (View used : uses.get(view)) {
            visit(used, uses, done, visiting);
        }
        done.add(view);
    }
}
