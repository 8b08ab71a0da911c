package org.relsync.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relsync.model.ProjectSummary;
import org.relsync.model.io.ProjectFiles;
import org.relsync.model.project.Project;

/**
 * Any EMF tool can read a project file with nothing but the .ecore files: no generated classes,
 * no RelSync code, EMF's own XMI resource.
 */
class DynamicEmfLoadingTest {

    private static final List<String> ECORE_FILES = List.of("common", "entity", "relational", "mapping", "project");

    @Test
    void aSavedProjectLoadsThroughDynamicPackagesWithEveryReferenceResolved(@TempDir Path dir) throws IOException {
        Path file = Files.copy(Examples.shop(), dir.resolve("shop.relsync"));
        ProjectFiles.save(ProjectFiles.load(file), file); // written by RelSync itself
        Map<String, Integer> expectedCounts = ProjectSummary.of(ProjectFiles.load(file)).counts();

        ResourceSet plainEmf = new ResourceSetImpl();
        plainEmf.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        plainEmf.getResourceFactoryRegistry().getExtensionToFactoryMap().put("relsync", new XMIResourceFactoryImpl());
        Path models = ModelCodeGenerator.repositoryRoot().resolve("bundles/org.relsync.model/model");
        for (String name : ECORE_FILES) {
            Resource ecore = plainEmf.getResource(URI.createFileURI(models.resolve(name + ".ecore").toString()), true);
            EPackage dynamic = (EPackage) ecore.getContents().get(0);
            plainEmf.getPackageRegistry().put(dynamic.getNsURI(), dynamic);
        }

        Resource resource = plainEmf.getResource(URI.createFileURI(file.toString()), true);
        assertTrue(resource.getErrors().isEmpty(), () -> "load errors: " + resource.getErrors());
        EObject root = resource.getContents().get(0);
        assertTrue(root instanceof DynamicEObjectImpl, "loaded without generated classes");
        assertFalse(root instanceof Project);
        assertEquals("Project", root.eClass().getName());
        assertEquals("Shop", root.eGet(root.eClass().getEStructuralFeature("name")));

        Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(resource);
        assertTrue(unresolved.isEmpty(), () -> "unresolved references: " + unresolved);

        Map<String, Integer> counts = new HashMap<>();
        counts.merge(root.eClass().getName(), 1, Integer::sum);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            counts.merge(it.next().eClass().getName(), 1, Integer::sum);
        }
        expectedCounts.forEach((kind, count) -> assertEquals(count, counts.getOrDefault(kind, 0), kind));

        // a cross-reference, followed by name: the Customer entity's mapping targets the Customer table
        EObject mapping = (EObject) ((List<?>) root.eGet(feature(root, "mappings"))).get(0);
        EObject entityMapping = (EObject) ((List<?>) mapping.eGet(feature(mapping, "entityMappings"))).get(0);
        EObject entity = (EObject) entityMapping.eGet(feature(entityMapping, "entity"));
        EObject table = (EObject) entityMapping.eGet(feature(entityMapping, "target"));
        assertEquals("Customer", entity.eGet(feature(entity, "name")));
        assertEquals("Table", table.eClass().getName());
        assertEquals("Customer", table.eGet(feature(table, "name")));
        assertSame(resource, table.eResource());
        assertEquals("t.customer", EcoreUtil.getURI(table).fragment(), "referenced by its id, not by a path");
    }

    private static EStructuralFeature feature(EObject object, String name) {
        EClass eClass = object.eClass();
        return Objects.requireNonNull(eClass.getEStructuralFeature(name), name);
    }

}
