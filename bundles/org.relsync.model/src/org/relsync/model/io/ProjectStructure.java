package org.relsync.model.io;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.relsync.model.common.Element;
import org.relsync.model.common.NamedElement;
import org.relsync.model.io.ProjectFileException.Problem;
import org.relsync.model.project.Project;

/**
 * What a loaded project must be before any command works on it: one project with an entity
 * model, one element per id, and no reference into another file (a project is one file; following
 * such a reference would load whatever it names). Well-formed XMI that breaks one of these rules
 * is refused on load, with one line that names the element, instead of failing later in a command.
 */
final class ProjectStructure {

    private ProjectStructure() {
    }

    /** Checks a project just loaded. */
    static void check(Path file, Resource resource, Project project) {
        check(file, resource, project, true);
    }

    /**
     * Checks a project; without {@code walk}, only its root: for a project from the
     * {@link ProjectCache}, whose entries are made only of projects that passed this check in full
     * and are used only for exactly the bytes they were made of, so their ids and references are
     * the ones that were checked.
     */
    static void check(Path file, Resource resource, Project project, boolean walk) {
        if (resource.getContents().size() > 1) {
            throw new ProjectFileException(file, Problem.NOT_A_PROJECT, "holds " + resource.getContents().size()
                    + " root elements; a project file holds one project");
        }
        if (project.getEntityModel() == null) {
            throw new ProjectFileException(file, Problem.NOT_A_PROJECT,
                    "the project has no entity model (an <entityModel/> element, empty or not, is part of every project)");
        }
        if (!walk) {
            return;
        }
        // the resource's id map holds each element under its id as it was attached: when every element
        // is found there under its own id, no two share one; anything else is looked at closely
        Map<String, EObject> byId = resource instanceof ResourceImpl r ? r.getIntrinsicIDToEObjectMap() : null;
        boolean idsFound = byId != null;
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject object = all.next();
            if (idsFound && object instanceof Element element && element.getId() != null && byId.get(element.getId()) != object) {
                idsFound = false;
            }
            // the references as written, without resolving them: resolving would load the other file
            @SuppressWarnings("unchecked")
            InternalEList<EObject> references = (InternalEList<EObject>) object.eCrossReferences();
            for (EContentsEList.FeatureIterator<EObject> it = (EContentsEList.FeatureIterator<EObject>) references
                    .basicIterator(); it.hasNext();) {
                EObject target = it.next();
                if (target != null && !inThisFile(resource, target)) {
                    String where = ((InternalEObject) target).eIsProxy()
                            ? " '" + asWritten(resource, ((InternalEObject) target).eProxyURI()) + "'" : "";
                    throw new ProjectFileException(file, Problem.CORRUPT, describe(object) + " refers (" + it.feature().getName()
                            + ") to an element of another file" + where + "; a project is one file and refers only to its own elements");
                }
            }
        }
        if (!idsFound) {
            uniqueIds(file, resource);
        }
    }

    private static void uniqueIds(Path file, Resource resource) {
        Map<String, EObject> ids = new HashMap<>(1024);
        for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject object = all.next();
            if (object instanceof Element element && element.getId() != null) {
                EObject other = ids.putIfAbsent(element.getId(), object);
                if (other != null) {
                    throw new ProjectFileException(file, Problem.CORRUPT, "two elements have the id '" + element.getId()
                            + "': " + describe(other) + " and " + describe(object) + "; every element needs an id of its own");
                }
            }
        }
    }

    /** A reference as the file writes it: relative to the project file when it was. */
    private static String asWritten(Resource resource, org.eclipse.emf.common.util.URI uri) {
        org.eclipse.emf.common.util.URI base = resource.getURI();
        return base != null && base.isHierarchical() && !base.isRelative() ? uri.deresolve(base).toString() : uri.toString();
    }

    private static boolean inThisFile(Resource resource, EObject target) {
        InternalEObject internal = (InternalEObject) target;
        if (!internal.eIsProxy()) {
            return target.eResource() == resource;
        }
        org.eclipse.emf.common.util.URI uri = internal.eProxyURI().trimFragment();
        return uri.isEmpty() || uri.equals(resource.getURI());
    }

    private static String describe(EObject object) {
        String kind = object.eClass().getName();
        if (object instanceof NamedElement named && named.getName() != null) {
            return kind + " '" + named.getName() + "'";
        }
        if (object instanceof Element element && element.getId() != null) {
            return kind + " " + element.getId();
        }
        return kind;
    }
}
