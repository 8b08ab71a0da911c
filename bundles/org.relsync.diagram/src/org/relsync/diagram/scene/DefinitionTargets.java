package org.relsync.diagram.scene;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.relsync.model.common.Element;
import org.relsync.model.common.NamedElement;
import org.relsync.model.entity.Entity;
import org.relsync.model.entity.TypedView;
import org.relsync.model.project.Project;
import org.relsync.model.relational.Database;
import org.relsync.model.relational.Schema;
import org.relsync.model.relational.TableOrView;
import org.relsync.sync.Elements;

/**
 * What the names of a {@link DiagramDefinition}'s scope stand for in a project, by model id: the
 * rule of {@link DiagramDefinition#current}. A name is looked up as {@link Scopes} looks it up (an
 * entity or typed view of that name; in a tables or mappings diagram, else a table or view of its
 * database), so the id recorded is of what the name meant.
 */
final class DefinitionTargets {

    private DefinitionTargets() {
    }

    static DiagramDefinition current(DiagramDefinition definition, Project project) {
        DiagramScope scope = definition.scope();
        if (scope.entities().isEmpty()) {
            return definition;
        }
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < scope.entities().size(); i++) {
            String name = scope.entities().get(i);
            String id = definition.ids().isEmpty() ? "" : definition.ids().get(i);
            EObject element = id.isEmpty() ? null : byId(project, id);
            if (!(element instanceof NamedElement named) || named.getName() == null) {
                element = byName(project, scope, name);
            }
            if (element instanceof NamedElement named && named.getName() != null && element instanceof Element e
                    && e.getId() != null) {
                names.add(named.getName());
                ids.add(e.getId());
            } else {
                names.add(name);
                ids.add(id);
            }
        }
        DiagramScope now = new DiagramScope(scope.kind(), scope.database(), scope.schemas(), names, scope.depth(), scope.columns(),
                scope.only());
        return new DiagramDefinition(definition.name(), now, ids.stream().allMatch(String::isEmpty) ? List.of() : ids);
    }

    /** The element with model id {@code id}: the project's ids are its resource's EMF ids. */
    private static EObject byId(Project project, String id) {
        Resource resource = project.eResource();
        EObject found = resource == null ? null : resource.getEObject(id);
        if (found instanceof Element element && id.equals(element.getId())) {
            return found;
        }
        for (Iterator<EObject> all = project.eAllContents(); all.hasNext();) { // a resource without an id index
            EObject next = all.next();
            if (next instanceof Element element && id.equals(element.getId())) {
                return next;
            }
        }
        return null;
    }

    private static EObject byName(Project project, DiagramScope scope, String name) {
        for (Entity entity : project.getEntityModel().getEntities()) {
            if (name.equals(entity.getName())) {
                return entity;
            }
        }
        for (TypedView view : project.getEntityModel().getTypedViews()) {
            if (name.equals(view.getName())) {
                return view;
            }
        }
        if (scope.kind() == DiagramKind.ENTITIES) {
            return null;
        }
        for (Database database : project.getDatabases()) {
            if (scope.database() == null || scope.database().equals(database.getId()) || scope.database().equals(database.getName())) {
                for (Schema schema : Elements.schemas(database)) {
                    for (TableOrView table : schema.getTables()) {
                        if (name.equals(table.getName())) {
                            return table;
                        }
                    }
                    for (TableOrView view : schema.getViews()) {
                        if (name.equals(view.getName())) {
                            return view;
                        }
                    }
                }
            }
        }
        return null;
    }
}
