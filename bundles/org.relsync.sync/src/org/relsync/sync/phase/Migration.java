package org.relsync.sync.phase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.relsync.model.common.NamedElement;
import org.relsync.model.relational.Catalog;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.ForeignKey;
import org.relsync.model.relational.RelationalElement;
import org.relsync.model.relational.Schema;
import org.relsync.sync.DatabaseMappings;
import org.relsync.sync.Elements;
import org.relsync.sync.RefreshedDatabase;
import org.relsync.sync.SyncContext;
import org.relsync.sync.report.ChangeKind;

/**
 * The state of one database's migration ({@link DefaultMigratePhase}), shared by its steps: which
 * model element now stands for each snapshot element, what was removed, which schemas and foreign
 * keys are left to resolve; and the one way every list of the model takes the refreshed one
 * ({@link #mergeList}).
 */
final class Migration {

    final SyncContext context;
    final RefreshedDatabase refreshed;
    final Database database;
    final DatabaseMappings mappings;
    final MixedSchemaRules mixed;
    /** snapshot element → the model element that now stands for it */
    final Map<EObject, EObject> matches = new IdentityHashMap<>();
    final Set<EObject> removed = new HashSet<>();
    /** the model's schemas that were refreshed */
    final List<Schema> schemas = new ArrayList<>();
    /** {model's, snapshot's} foreign keys whose references are resolved once every table is merged */
    final List<ForeignKey[]> foreignKeys = new ArrayList<>();

    Migration(SyncContext context, RefreshedDatabase refreshed) {
        this.context = context;
        this.refreshed = refreshed;
        this.database = refreshed.database();
        this.mappings = context.mappings(database);
        this.mixed = new MixedSchemaRules(this);
    }

    /**
     * Makes the model's list {@code target} (of which {@code olds} are the elements in scope) take
     * the refreshed elements {@code news}, paired by {@code pairs} (fresh → old): an unpaired fresh
     * element moves into the model and is reported created (by {@code name}, with {@code detail});
     * a paired one is merged into its old one by {@code merge}; an unpaired old one is removed,
     * unless {@code keep} holds for it.
     */
    <T extends EObject> void mergeList(String scope, String kind, EList<? super T> target, List<T> olds, List<T> news,
            Map<T, T> pairs, Function<T, String> name, Function<T, String> detail, BiConsumer<T, T> merge, Predicate<T> keep) {
        for (T fresh : List.copyOf(news)) {
            T old = pairs.get(fresh);
            if (old == null) {
                target.add(fresh);
                context.report().change(ChangeKind.CREATED, scope, kind, name.apply(fresh), detail.apply(fresh));
            } else {
                matches.put(fresh, old);
                merge.accept(old, fresh);
            }
        }
        Set<T> paired = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        paired.addAll(pairs.values());
        for (T old : olds) {
            if (!paired.contains(old) && !keep.test(old)) {
                remove(scope, old);
                target.remove(old);
            }
        }
    }

    Schema modelSchema(String catalog, String schema) {
        for (Catalog c : database.getCatalogs()) {
            if (Objects.equals(c.getName(), catalog)) {
                for (Schema s : c.getSchemas()) {
                    if (Objects.equals(s.getName(), schema)) {
                        return s;
                    }
                }
            }
        }
        return null;
    }

    void rename(String scope, NamedElement old, String newName) {
        if (!Objects.equals(old.getName(), newName)) {
            String path = Elements.localPath(old);
            old.setName(newName);
            context.report().change(ChangeKind.RENAMED, scope, old.eClass().getName(), path, "-> " + newName);
        }
    }

    void changed(String scope, EObject element, Differences d) {
        if (!d.isEmpty()) {
            context.report().change(ChangeKind.CHANGED, scope, element.eClass().getName(), Elements.localPath(element),
                    d.toString());
        }
    }

    void remove(String scope, EObject element) {
        removed.add(element);
        for (TreeIterator<EObject> it = element.eAllContents(); it.hasNext();) {
            removed.add(it.next());
        }
        context.report().change(ChangeKind.REMOVED, scope, element.eClass().getName(), Elements.localPath(element), "");
    }

    static void keepIdentity(RelationalElement old, RelationalElement fresh) {
        if (fresh.getExternalId() != null && !fresh.getExternalId().equals(old.getExternalId())) {
            old.setExternalId(fresh.getExternalId());
        }
    }

    static String names(List<? extends NamedElement> elements) {
        List<String> names = new ArrayList<>();
        for (NamedElement e : elements) {
            names.add(e.getName());
        }
        return String.join(",", names);
    }

    static String name(NamedElement element) {
        return element == null ? "none" : element.getName();
    }
}
